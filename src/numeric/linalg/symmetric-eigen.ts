/**
 * Eigenvalues and orthonormal eigenvectors of a real symmetric matrix (the normal modes of a
 * network, numeric/normal-modes.ts): Householder reduction to tridiagonal form with the
 * reflectors accumulated, then the implicit QL iteration with Wilkinson-type shifts and plane
 * rotations accumulated into the eigenvectors (the tred2/tql2 pair of EISPACK, on Float64Arrays).
 * The eigenvectors are kept as rows (Zᵀ), so each rotation updates two contiguous rows. Measured
 * at N = 200 (docs/performance.md): 41 ms against ≈ 200 ms for ml-matrix's EigenvalueDecomposition,
 * whose element access goes through method calls.
 */
import { squareSizeOf } from './square-matrix.js';

const EPS = 2.220446049250313e-16;
const ITERATIONS_PER_EIGENVALUE = 60;

export interface SymmetricEigen {
  /** Eigenvalues, ascending. */
  readonly values: Float64Array;
  /** Row j is the unit eigenvector of values[j] (row-major n × n). */
  readonly vectors: Float64Array;
}

/** Eigen-decomposition of the symmetric part of row-major `a` (only its lower triangle is read); null if QL does not converge. */
export function symmetricEigen(a: Float64Array, n: number): SymmetricEigen | null {
  squareSizeOf(a, n);
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) m[i * n + j] = m[j * n + i] = a[i * n + j]!;
  const d = new Float64Array(n);
  const e = new Float64Array(n);
  const zt = tridiagonalise(m, n, d, e);
  if (!implicitQl(d, e, zt, n)) return null;
  // Sort ascending (selection: n swaps of rows at most).
  for (let i = 0; i < n; i++) {
    let k = i;
    for (let j = i + 1; j < n; j++) if (d[j]! < d[k]!) k = j;
    if (k === i) continue;
    const t = d[i]!;
    d[i] = d[k]!;
    d[k] = t;
    for (let c = 0; c < n; c++) {
      const u = zt[i * n + c]!;
      zt[i * n + c] = zt[k * n + c]!;
      zt[k * n + c] = u;
    }
  }
  return { values: d, vectors: zt };
}

/**
 * M (symmetric, overwritten) = Q T Qᵀ with T tridiagonal: d its diagonal, e[i] the entry (i, i+1)
 * (e[n−1] = 0). Returns Qᵀ, row-major.
 */
function tridiagonalise(m: Float64Array, n: number, d: Float64Array, e: Float64Array): Float64Array {
  const vs = new Float64Array(n * n);
  const betas = new Float64Array(n);
  const p = new Float64Array(n);
  for (let k = 0; k + 2 < n; k++) {
    // The reflector I − β v vᵀ on rows/columns k+1 … n−1 that zeroes column k below row k+1.
    let norm2 = 0;
    for (let i = k + 1; i < n; i++) norm2 += m[i * n + k]! ** 2;
    const x0 = m[(k + 1) * n + k]!;
    if (norm2 - x0 * x0 === 0) {
      e[k] = x0;
      continue;
    }
    const norm = Math.sqrt(norm2);
    const alpha = x0 > 0 ? -norm : norm;
    const vo = k * n;
    for (let i = k + 1; i < n; i++) vs[vo + i] = m[i * n + k]!;
    vs[vo + k + 1] = x0 - alpha;
    let vv = 0;
    for (let i = k + 1; i < n; i++) vv += vs[vo + i]! ** 2;
    const beta = 2 / vv;
    betas[k] = beta;
    e[k] = alpha;
    // p = β M v on the trailing block, w = p − (β/2)(pᵀv) v, M ← M − v wᵀ − w vᵀ.
    for (let i = k + 1; i < n; i++) {
      const o = i * n;
      let s = 0;
      for (let j = k + 1; j < n; j++) s += m[o + j]! * vs[vo + j]!;
      p[i] = beta * s;
    }
    let pv = 0;
    for (let i = k + 1; i < n; i++) pv += p[i]! * vs[vo + i]!;
    const half = 0.5 * beta * pv;
    for (let i = k + 1; i < n; i++) p[i] = p[i]! - half * vs[vo + i]!;
    for (let i = k + 1; i < n; i++) {
      const o = i * n;
      const vi = vs[vo + i]!, wi = p[i]!;
      for (let j = k + 1; j < n; j++) m[o + j] = m[o + j]! - vi * p[j]! - wi * vs[vo + j]!;
    }
  }
  for (let i = 0; i < n; i++) d[i] = m[i * n + i]!;
  if (n >= 2) e[n - 2] = m[(n - 1) * n + n - 2]!;
  e[n - 1] = 0;
  // Q = H_0 ⋯ H_{n−3}, so Qᵀ = H_{n−3} ⋯ H_0: X ← X H_k for k = n−3 … 0 from X = I. Rows ≤ k of X
  // are still zero on columns k+1 …, so only rows k+1 … change.
  const qt = new Float64Array(n * n);
  for (let i = 0; i < n; i++) qt[i * n + i] = 1;
  for (let k = n - 3; k >= 0; k--) {
    const beta = betas[k]!;
    if (beta === 0) continue;
    const vo = k * n;
    for (let r = k + 1; r < n; r++) {
      const o = r * n;
      let s = 0;
      for (let j = k + 1; j < n; j++) s += qt[o + j]! * vs[vo + j]!;
      s *= beta;
      if (s === 0) continue;
      for (let j = k + 1; j < n; j++) qt[o + j] = qt[o + j]! - s * vs[vo + j]!;
    }
  }
  return qt;
}

/**
 * The tridiagonal (d, e) diagonalised in place by implicit QL; zt's rows (the basis the
 * tridiagonal form is written in) are rotated along, so they end as the eigenvectors.
 */
function implicitQl(d: Float64Array, e: Float64Array, zt: Float64Array, n: number): boolean {
  for (let l = 0; l < n; l++) {
    let iter = 0;
    for (;;) {
      let m = l;
      for (; m < n - 1; m++) {
        const dd = Math.abs(d[m]!) + Math.abs(d[m + 1]!);
        if (Math.abs(e[m]!) <= EPS * dd) break;
      }
      if (m === l) break;
      if (++iter > ITERATIONS_PER_EIGENVALUE) return false;
      let g = (d[l + 1]! - d[l]!) / (2 * e[l]!);
      let r = Math.hypot(g, 1);
      g = d[m]! - d[l]! + e[l]! / (g + (g >= 0 ? r : -r));
      let s = 1, c = 1, p = 0;
      let i = m - 1;
      let underflow = false;
      for (; i >= l; i--) {
        const f = s * e[i]!;
        const b = c * e[i]!;
        r = Math.hypot(f, g);
        e[i + 1] = r;
        if (r === 0) {
          d[i + 1] = d[i + 1]! - p;
          e[m] = 0;
          underflow = true;
          break;
        }
        s = f / r;
        c = g / r;
        g = d[i + 1]! - p;
        r = (d[i]! - g) * s + 2 * c * b;
        p = s * r;
        d[i + 1] = g + p;
        g = c * r - b;
        rotateRows(zt, n, i, c, s);
      }
      if (underflow) continue;
      d[l] = d[l]! - p;
      e[l] = g;
      e[m] = 0;
    }
  }
  return true;
}

/** Rows i, i+1 of Zᵀ: (z_i, z_{i+1}) ← (c z_i − s z_{i+1}, s z_i + c z_{i+1}). */
function rotateRows(zt: Float64Array, n: number, i: number, c: number, s: number): void {
  const o0 = i * n, o1 = o0 + n;
  for (let k = 0; k < n; k++) {
    const f = zt[o1 + k]!;
    const z = zt[o0 + k]!;
    zt[o1 + k] = s * z + c * f;
    zt[o0 + k] = c * z - s * f;
  }
}
