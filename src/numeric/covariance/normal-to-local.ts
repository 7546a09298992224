/**
 * The covariance form of an N-mode network under an equation whose channels are the normal modes
 * (global, Redfield, partial-secular) is derived in the normal-mode quadratures r̃ = (η_1, Π_1, …),
 * where every jump operator touches one normal mode, so the exact derivation stays sparse; in the
 * local quadratures each channel is a sum over all modes and the derivation grows like N⁴.
 *
 * Lowered, it is brought to the local quadratures r = T r̃ (T from the frame's x_α = Σ_j u_αj η_j,
 * p_α = Σ_j v_αj Π_j at the lowered amplitudes):
 *     A = T Ã T⁻¹,  D = T D̃ Tᵀ,  H = T⁻ᵀ H̃ T⁻¹  (and each bath's A_α, D_α alike),
 * so σ, the heat currents and the diagnostics downstream are those of the local form.
 */
import { Matrix, inverse } from 'ml-matrix';
import type { Model } from '../../model/index.js';
import { frameOf } from '../../model/index.js';
import { evaluateScalar, type SymbolValues } from '../evaluate.js';
import { type LoweredCovariance, type NumericSparse, denseOf } from './lowered-covariance.js';

/** T with r = T r̃, row-major n × n (n = 2N), at the lowered values. */
export function localFromNormal(model: Model, values: SymbolValues): Matrix {
  const normal = frameOf(model, 'normal');
  const n = 2 * model.modes.length;
  const T = Matrix.zeros(n, n);
  model.modes.forEach((_, a) => {
    for (const [row, op] of [[2 * a, normal.localPosition(a)], [2 * a + 1, normal.localMomentum(a)]] as const) {
      for (const t of op.terms) {
        if (t.word.length !== 1) continue;
        T.set(row, t.word[0]!, T.get(row, t.word[0]!) + evaluateScalar(t.coefficient, values));
      }
    }
  });
  return T;
}

const toMatrix = (data: Float64Array, n: number): Matrix => {
  const m = new Matrix(n, n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) m.set(i, j, data[i * n + j]!);
  return m;
};

const toDense = (m: Matrix): Float64Array => {
  const n = m.rows;
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out[i * n + j] = m.get(i, j);
  return out;
};

/** Entries of a dense matrix that are not exactly zero (the heat currents read the sparse form). */
function sparseOf(m: Matrix): NumericSparse {
  const rows: number[] = [];
  const columns: number[] = [];
  const values: number[] = [];
  for (let i = 0; i < m.rows; i++) for (let j = 0; j < m.columns; j++) {
    const v = m.get(i, j);
    if (v !== 0) { rows.push(i); columns.push(j); values.push(v); }
  }
  return { n: m.rows, rows: Int32Array.from(rows), columns: Int32Array.from(columns), values: Float64Array.from(values) };
}

export function toLocalQuadratures(lowered: LoweredCovariance, T: Matrix, quadratures: readonly string[]): LoweredCovariance {
  const n = lowered.n;
  const Tinv = inverse(T);
  const Tt = T.transpose();
  const TinvT = Tinv.transpose();
  const drift = (m: Matrix): Matrix => T.mmul(m).mmul(Tinv);
  const diffusion = (m: Matrix): Matrix => T.mmul(m).mmul(Tt);
  return {
    n,
    quadratures,
    drift: toDense(drift(toMatrix(lowered.drift, n))),
    diffusion: toDense(diffusion(toMatrix(lowered.diffusion, n))),
    hamiltonian: sparseOf(TinvT.mmul(toMatrix(denseOf(lowered.hamiltonian), n)).mmul(Tinv)),
    baths: lowered.baths.map((b) => ({
      bath: b.bath,
      drift: sparseOf(drift(toMatrix(denseOf(b.drift), n))),
      diffusion: sparseOf(diffusion(toMatrix(denseOf(b.diffusion), n))),
    })),
  };
}
