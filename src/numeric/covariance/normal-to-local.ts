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

/** Row-major dense copy of an ml-matrix. */
function denseOfMatrix(m: Matrix): Float64Array {
  const n = m.rows;
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out[i * n + j] = m.get(i, j);
  return out;
}

function transposed(a: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out[j * n + i] = a[i * n + j]!;
  return out;
}

/** a·b for row-major n × n arrays, skipping the zeros of a (the normal-mode forms are sparse). */
function multiply(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const o = i * n;
    for (let k = 0; k < n; k++) {
      const v = a[o + k]!;
      if (v === 0) continue;
      const bo = k * n;
      for (let j = 0; j < n; j++) out[o + j] = out[o + j]! + v * b[bo + j]!;
    }
  }
  return out;
}

/** Entries of a dense matrix that are not exactly zero (the heat currents read the sparse form). */
function sparseOf(m: Float64Array, n: number): NumericSparse {
  const rows: number[] = [];
  const columns: number[] = [];
  const values: number[] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    const v = m[i * n + j]!;
    if (v !== 0) { rows.push(i); columns.push(j); values.push(v); }
  }
  return { n, rows: Int32Array.from(rows), columns: Int32Array.from(columns), values: Float64Array.from(values) };
}

export function toLocalQuadratures(lowered: LoweredCovariance, T: Matrix, quadratures: readonly string[]): LoweredCovariance {
  const n = lowered.n;
  const t = denseOfMatrix(T);
  const tInverse = denseOfMatrix(inverse(T));
  const tTransposed = transposed(t, n);
  const tInverseTransposed = transposed(tInverse, n);
  // The sparse normal-mode factor first, so that only one product per matrix is dense.
  const drift = (m: Float64Array): Float64Array => multiply(t, multiply(m, tInverse, n), n);
  const diffusion = (m: Float64Array): Float64Array => multiply(t, multiply(m, tTransposed, n), n);
  return {
    n,
    quadratures,
    drift: drift(lowered.drift),
    diffusion: diffusion(lowered.diffusion),
    hamiltonian: sparseOf(multiply(tInverseTransposed, multiply(denseOf(lowered.hamiltonian), tInverse, n), n), n),
    baths: lowered.baths.map((b) => ({
      bath: b.bath,
      drift: sparseOf(drift(denseOf(b.drift)), n),
      diffusion: sparseOf(diffusion(denseOf(b.diffusion)), n),
    })),
  };
}
