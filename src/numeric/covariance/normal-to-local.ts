/**
 * The change of quadratures between the normal-mode ones r̃ = (η_1, Π_1, …) and the local ones
 * r = T r̃ (T from the normal frame's x_α = Σ_j P_αj η_j, p_α = Σ_j Q_αj Π_j, at the lowered
 * amplitudes). A covariance goes as σ = T σ̃ Tᵀ. T is symplectic (the normal quadratures are
 * canonical), so T⁻¹ = −J Tᵀ J; that is checked on a probe vector, and a general inverse is used
 * where the check fails.
 */
import { inverse, Matrix } from 'ml-matrix';
import type { Scalar } from '../../algebra/index.js';
import { type Model, type Frame, frameOf, momentumAmplitudes } from '../../model/index.js';
import { evaluateScalar, type SymbolValues } from '../evaluate.js';
import { InputError } from '../input-error.js';
import { symmetricCongruence, multiplyByTranspose } from '../linalg/dense-product.js';

/** J_{r, r^1}: +1 on even (position) rows, −1 on odd (momentum) rows. */
const sign = (r: number): 1 | -1 => ((r & 1) === 0 ? 1 : -1);

/**
 * T with r = T r̃, row-major n × n (n = 2N), at the lowered values: the amplitudes P[α][j] of x_α on
 * η_j and Q[α][j] of p_α on Π_j (model/normal-modes.ts), evaluated once each. The normal frame's
 * own expansion of x_1 and p_1 is checked against rows 1 and 2, and the whole of T is read from the
 * frame (N² operator terms) if a row differs.
 */
export function localFromNormal(model: Model, values: SymbolValues, frame: Frame = frameOf(model, 'normal')): Float64Array {
  const normal = model.normalModes;
  const n = 2 * model.modes.length;
  const T = new Float64Array(n * n);
  if (normal === null) throw new InputError('normal modes', `the ${model.name} model has no normal modes`);
  const Q = momentumAmplitudes(normal);
  model.modes.forEach((_, a) => {
    for (let j = 0; j < normal.frequencies.length; j++) {
      T[2 * a * n + 2 * j] = lowered(normal.P[a]![j]!, values);
      T[(2 * a + 1) * n + 2 * j + 1] = lowered(Q[a]![j]!, values);
    }
  });
  const fromFrame = new Float64Array(n * n);
  const fill = (rows: readonly number[]): void => {
    for (const a of rows) {
      for (const [row, op] of [[2 * a, frame.localPosition(a)], [2 * a + 1, frame.localMomentum(a)]] as const) {
        for (const t of op.terms) {
          if (t.word.length !== 1) continue;
          fromFrame[row * n + t.word[0]!] = fromFrame[row * n + t.word[0]!]! + lowered(t.coefficient, values);
        }
      }
    }
  };
  fill([0]);
  // Rows 1 and 2 as the frame writes them, and T symplectic (the amplitudes are those of canonical
  // quadratures): otherwise T is read from the frame row by row.
  let same = isSymplectic(T, n);
  for (let k = 0; k < 2 * n && same; k++) if (fromFrame[k] !== T[k]) same = false;
  if (same) return T;
  fill(model.modes.slice(1).map((_, a) => a + 1));
  return fromFrame;
}

/** T J Tᵀ = J on a probe vector: T (−J Tᵀ J) v = v. */
function isSymplectic(T: Float64Array, n: number): boolean {
  const inv = symplecticInverse(T, n);
  const v = Float64Array.from({ length: n }, (_, i) => 1 + ((i * 7919) % 13) / 13);
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += inv[i * n + j]! * v[j]!;
    w[i] = s;
  }
  let err = 0;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += T[i * n + j]! * w[j]!;
    err = Math.max(err, Math.abs(s - v[i]!));
  }
  return err <= 1e-12 * n * 2;
}

/** −J Tᵀ J: (−J Tᵀ J)_{kl} = sign(k) sign(l) T_{l^1, k^1}. */
function symplecticInverse(T: Float64Array, n: number): Float64Array {
  const inv = new Float64Array(n * n);
  for (let k = 0; k < n; k++) for (let l = 0; l < n; l++) inv[k * n + l] = sign(k) * sign(l) * T[(l ^ 1) * n + (k ^ 1)]!;
  return inv;
}

function lowered(x: Scalar, values: SymbolValues): number {
  const v = evaluateScalar(x, values);
  if (!Number.isFinite(v)) throw new InputError('parameters', `a normal-mode amplitude is ${v}: the parameters are outside what double precision represents`);
  return v;
}

/** T⁻¹: −J Tᵀ J when T is symplectic (checked on a probe vector), else a general inverse. */
export function normalFromLocal(T: Float64Array, n: number): Float64Array {
  if (isSymplectic(T, n)) return symplecticInverse(T, n);
  const general = inverse(new Matrix(Array.from({ length: n }, (_, i) => Array.from(T.subarray(i * n, (i + 1) * n)))));
  const inv = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) inv[i * n + j] = general.get(i, j);
  return inv;
}

/**
 * M X Mᵀ for row-major n × n M and symmetric X, symmetric (linalg/dense-product.ts). A point
 * transformation (M maps positions to positions and momenta to momenta: M_{2a, 2j+1} =
 * M_{2a+1, 2j} = 0) goes block by block, σ_xx = L X_ηη Lᵀ, σ_xp = L X_ηΠ Qᵀ, σ_pp = Q X_ΠΠ Qᵀ,
 * at 5/12 of the dense cost.
 */
export function congruence(m: Float64Array, x: Float64Array, n: number): Float64Array {
  if (n % 2 !== 0 || !isPointTransformation(m, n)) return symmetricCongruence(m, x, n);
  const N = n / 2;
  const block = (src: Float64Array, rowParity: 0 | 1, columnParity: 0 | 1): Float64Array => {
    const out = new Float64Array(N * N);
    for (let a = 0; a < N; a++) for (let b = 0; b < N; b++) out[a * N + b] = src[(2 * a + rowParity) * n + 2 * b + columnParity]!;
    return out;
  };
  const L = block(m, 0, 0), Q = block(m, 1, 1);
  const xx = symmetricCongruence(L, block(x, 0, 0), N);
  const pp = symmetricCongruence(Q, block(x, 1, 1), N);
  // L X_ηΠ = L (X_Πη)ᵀ, then (L X_ηΠ) Qᵀ.
  const xp = multiplyByTranspose(multiplyByTranspose(L, block(x, 1, 0), N), Q, N);
  const out = new Float64Array(n * n);
  for (let a = 0; a < N; a++) {
    for (let b = 0; b < N; b++) {
      out[2 * a * n + 2 * b] = xx[a * N + b]!;
      out[(2 * a + 1) * n + 2 * b + 1] = pp[a * N + b]!;
      out[2 * a * n + 2 * b + 1] = xp[a * N + b]!;
      out[(2 * b + 1) * n + 2 * a] = xp[a * N + b]!;
    }
  }
  return out;
}

function isPointTransformation(m: Float64Array, n: number): boolean {
  for (let i = 0; i < n; i++) for (let j = (i & 1) === 0 ? 1 : 0; j < n; j += 2) if (m[i * n + j] !== 0) return false;
  return true;
}
