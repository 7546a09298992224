/**
 * e^A by scaling and squaring with Padé approximants of degree 3, 5, 7, 9
 * or 13, chosen from ‖A‖₁ (N. J. Higham, "The scaling and squaring method
 * for the matrix exponential revisited", SIAM J. Matrix Anal. Appl. 26
 * (2005) 1179–1193, Algorithm 2.3). Backward stable in exact arithmetic
 * terms for every A, and — unlike the eigen-decomposition route — oblivious
 * to how ill-conditioned the eigenvectors are, hence usable at an EP.
 */
import { luFactorRealInPlace, luSolveRealInPlace } from '../linalg/real-lu.js';
import { squareSizeOf, type RealSquareMatrix } from '../linalg/square-matrix.js';

/** θ_m of Higham (2005), Table 2.3. */
const THETA = { 3: 1.495585217958292e-2, 5: 2.539398330063230e-1, 7: 9.504178996162932e-1, 9: 2.097847961257068, 13: 5.371920351148152 } as const;

/** Padé numerator coefficients b_0..b_m, Higham (2005) eq. (2.11). */
const PADE_COEFFICIENTS: Readonly<Record<3 | 5 | 7 | 9 | 13, readonly number[]>> = {
  3: [120, 60, 12, 1],
  5: [30240, 15120, 3360, 420, 30, 1],
  7: [17297280, 8648640, 1995840, 277200, 25200, 1512, 56, 1],
  9: [17643225600, 8821612800, 2075673600, 302702400, 30270240, 2162160, 110880, 3960, 90, 1],
  13: [
    64764752532480000, 32382376266240000, 7771770303897600, 1187353796428800, 129060195264000, 10559470521600,
    670442572800, 33522128640, 1323241920, 40840800, 960960, 16380, 182, 1,
  ],
};

function multiply(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const c = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < n; k++) {
      const aik = a[i * n + k]!;
      if (aik === 0) continue;
      for (let j = 0; j < n; j++) c[i * n + j] = c[i * n + j]! + aik * b[k * n + j]!;
    }
  }
  return c;
}

/** Σ_k w_k X_k + w_I·I. */
function combination(n: number, terms: readonly (readonly [number, Float64Array])[], identityWeight: number): Float64Array {
  const out = new Float64Array(n * n);
  for (const [w, x] of terms) for (let i = 0; i < n * n; i++) out[i] = out[i]! + w * x[i]!;
  for (let i = 0; i < n; i++) out[i * n + i] = out[i * n + i]! + identityWeight;
  return out;
}

function oneNorm(a: Float64Array, n: number): number {
  let best = 0;
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += Math.abs(a[i * n + j]!);
    best = Math.max(best, s);
  }
  return best;
}

/** U (odd part) and V (even part) of the degree-m Padé approximant, for m ≤ 9. */
function lowDegreeParts(a: Float64Array, n: number, m: 3 | 5 | 7 | 9): readonly [Float64Array, Float64Array] {
  const b = PADE_COEFFICIENTS[m];
  const powers: Float64Array[] = [];
  const a2 = multiply(a, a, n);
  let power = a2;
  for (let k = 2; k <= m - 1; k += 2) {
    powers.push(power);
    if (k + 2 <= m - 1) power = multiply(power, a2, n);
  }
  const oddInner = combination(n, powers.map((p, idx) => [b[2 * idx + 3]!, p] as const), b[1]!);
  const u = multiply(a, oddInner, n);
  const v = combination(n, powers.map((p, idx) => [b[2 * idx + 2]!, p] as const), b[0]!);
  return [u, v];
}

function degree13Parts(a: Float64Array, n: number): readonly [Float64Array, Float64Array] {
  const b = PADE_COEFFICIENTS[13];
  const a2 = multiply(a, a, n);
  const a4 = multiply(a2, a2, n);
  const a6 = multiply(a2, a4, n);
  const uInner = multiply(a6, combination(n, [[b[13]!, a6], [b[11]!, a4], [b[9]!, a2]], 0), n);
  const u = multiply(a, combination(n, [[1, uInner], [b[7]!, a6], [b[5]!, a4], [b[3]!, a2]], b[1]!), n);
  const vInner = multiply(a6, combination(n, [[b[12]!, a6], [b[10]!, a4], [b[8]!, a2]], 0), n);
  const v = combination(n, [[1, vInner], [b[6]!, a6], [b[4]!, a4], [b[2]!, a2]], b[0]!);
  return [u, v];
}

/** r_m = (V − U)⁻¹ (V + U). */
function padeQuotient(u: Float64Array, v: Float64Array, n: number): Float64Array {
  const denominator = new Float64Array(n * n);
  const numerator = new Float64Array(n * n);
  for (let i = 0; i < n * n; i++) {
    denominator[i] = v[i]! - u[i]!;
    numerator[i] = v[i]! + u[i]!;
  }
  const pivots = new Int32Array(n);
  luFactorRealInPlace(denominator, n, pivots);
  luSolveRealInPlace(denominator, n, pivots, numerator, n);
  return numerator;
}

/** e^{tA} (t = 1 by default). The input is not modified. */
export function matrixExponential(matrix: RealSquareMatrix, t = 1): RealSquareMatrix {
  const n = squareSizeOf(matrix.data, matrix.n);
  const a = Float64Array.from(matrix.data, (x) => x * t);
  const norm = oneNorm(a, n);
  if (!Number.isFinite(norm)) return { n, data: new Float64Array(n * n).fill(Number.NaN) };
  for (const m of [3, 5, 7, 9] as const) {
    if (norm <= THETA[m]) {
      const [u, v] = lowDegreeParts(a, n, m);
      return { n, data: padeQuotient(u, v, n) };
    }
  }
  const squarings = Math.max(0, Math.ceil(Math.log2(norm / THETA[13])));
  const scale = 2 ** -squarings;
  for (let i = 0; i < n * n; i++) a[i] = a[i]! * scale;
  const [u, v] = degree13Parts(a, n);
  let result = padeQuotient(u, v, n);
  for (let s = 0; s < squarings; s++) result = multiply(result, result, n);
  return { n, data: result };
}
