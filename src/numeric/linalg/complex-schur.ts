/**
 * Complex Schur form of a real matrix, M = Q T Qᴴ with T upper triangular, and the unitary
 * operations on T that the spectral-cluster analysis needs: eigenvectors of T, reordering of
 * its diagonal (LAPACK's ztrexc) and the Sylvester equation of a leading block.
 *
 * The real Schur form comes from the project's Hessenberg + Francis QR kernels (no balancing:
 * a diagonal similarity would change the 2-norms that projector norms and κ are measured in);
 * each 2×2 block of a complex-conjugate pair is then split by one unitary 2×2 rotation (as
 * LAPACK's rsf2csf). Q itself is never formed: every quantity computed here (projector norms,
 * κ of an eigenbasis, singular values) is invariant under a unitary change of basis, so T
 * carries all of it.
 *
 * Storage: split real/imaginary row-major n×n arrays (see square-matrix.ts).
 */
import { reduceToHessenbergInPlace } from './hessenberg.js';
import type { ShiftHints } from './real-schur-eigenvectors.js';
import { advanceShiftHints, clearShiftHintsAndHistory, createHintHistory, realSchurFormInPlace, type HintHistory } from './francis-schur.js';
import type { ComplexSquareMatrix } from './square-matrix.js';

/** √(a² + b²) (Math.hypot is several times slower in V8; the arguments here are far from overflow). */
const modulus = (a: number, b: number): number => Math.sqrt(a * a + b * b);
const EPS = 2.220446049250313e-16;
const SAFE_MIN = 2.2250738585072014e-308;

export interface ComplexSchurForm extends ComplexSquareMatrix {
  /** False when the QR iteration did not converge (T is then not usable). */
  readonly converged: boolean;
  /** ‖M‖_F of the input (= ‖T‖_F up to rounding). */
  readonly frobeniusNorm: number;
}

/** Preallocated buffers of complexSchurInto for one matrix size (mutable scratch, one per thread). */
export interface ComplexSchurWorkspace {
  readonly n: number;
  readonly h: Float64Array;
  readonly unused: Float64Array;
  readonly reflector: Float64Array;
  readonly wr: Float64Array;
  readonly wi: Float64Array;
  readonly quotient: Float64Array;
  /** Warm-start shifts (see real-schur-eigenvectors.ts); count 0: none. */
  readonly hints: ShiftHints;
  /** The eigenvalues before the last ones, for extrapolated hints (francis-schur.ts). */
  readonly hintHistory: HintHistory;
  /** Deflate at eps·‖H‖_F too (francis-schur.ts; the EP maps). */
  readonly normwiseDeflation: boolean;
  /** T, split real/imaginary row-major. */
  readonly re: Float64Array;
  readonly im: Float64Array;
  frobeniusNorm: number;
  converged: boolean;
}

export function createComplexSchurWorkspace(n: number, normwiseDeflation = false): ComplexSchurWorkspace {
  return {
    n,
    normwiseDeflation,
    h: new Float64Array(n * n),
    unused: new Float64Array(n * n),
    reflector: new Float64Array(n),
    wr: new Float64Array(n),
    wi: new Float64Array(n),
    quotient: new Float64Array(2),
    hints: { re: new Float64Array(n), im: new Float64Array(n), used: new Uint8Array(n), count: 0 },
    hintHistory: createHintHistory(n),
    re: new Float64Array(n * n),
    im: new Float64Array(n * n),
    frobeniusNorm: Number.NaN,
    converged: false,
  };
}

/** Makes the eigenvalues of the last Schur form (extrapolated, see advanceShiftHints) the shift hints of the next (parameter sweeps). */
export function reuseSchurEigenvaluesAsHints(ws: ComplexSchurWorkspace): void {
  if (!ws.converged) {
    clearShiftHintsAndHistory(ws.hints, ws.hintHistory);
    return;
  }
  advanceShiftHints(ws.hints, ws.hintHistory, ws.wr, ws.wi, ws.n);
}

/** Starts a new parameter sweep: no shift hints. */
export function clearSchurHints(ws: ComplexSchurWorkspace): void {
  clearShiftHintsAndHistory(ws.hints, ws.hintHistory);
}

/** T of M = Q T Qᴴ for a real n×n row-major M (not modified) into the workspace; returns convergence. */
export function complexSchurInto(ws: ComplexSchurWorkspace, matrix: Float64Array): boolean {
  const { n, h, re, im, wr, wi } = ws;
  h.set(matrix.length === n * n ? matrix : matrix.subarray(0, n * n));
  let frobeniusNorm = 0;
  for (let i = 0; i < n * n; i++) frobeniusNorm += h[i]! * h[i]!;
  frobeniusNorm = Math.sqrt(frobeniusNorm);
  ws.frobeniusNorm = frobeniusNorm;
  reduceToHessenbergInPlace(h, n, 0, n - 1, ws.unused, ws.reflector, false);
  const converged = Number.isFinite(frobeniusNorm) && realSchurFormInPlace(h, n, wr, wi, ws.hints, ws.normwiseDeflation);
  ws.converged = converged;
  if (!converged) {
    re.fill(Number.NaN);
    im.fill(Number.NaN);
    return false;
  }
  // Quasi-triangular → keep the upper triangle and the subdiagonal of each 2×2 pair block only
  // (the entries dropped are below the QR deflation tolerance: part of the backward error).
  im.fill(0);
  for (let i = 0; i < n; i++) {
    const row = i * n;
    for (let j = 0; j < i - 1; j++) re[row + j] = 0;
    if (i > 0) re[row + i - 1] = wi[i - 1]! > 0 ? h[row + i - 1]! : 0;
    for (let j = i; j < n; j++) re[row + j] = h[row + j]!;
  }
  for (let j = 0; j + 1 < n; j++) {
    if (!(wi[j]! > 0)) continue;
    splitPairBlock(re, im, n, j, wr[j]!, wi[j]!);
    j++;
  }
  return true;
}

/** Allocating form of complexSchurInto. */
export function complexSchurOfReal(matrix: Float64Array, n: number): ComplexSchurForm {
  const ws = createComplexSchurWorkspace(n);
  complexSchurInto(ws, matrix);
  return { n, re: ws.re, im: ws.im, converged: ws.converged, frobeniusNorm: ws.frobeniusNorm };
}

/**
 * Triangularises the real 2×2 block at (j, j+1), eigenvalues μ, μ̄ (μ = a + ib, b > 0), by the
 * unitary G whose first column is a unit eigenvector u of the block: T ← Gᴴ T G.
 */
function splitPairBlock(re: Float64Array, im: Float64Array, n: number, j: number, a: number, b: number): void {
  const p = re[j * n + j]!;
  const r = re[j * n + j + 1]!;
  const s = re[(j + 1) * n + j]!;
  const t = re[(j + 1) * n + j + 1]!;
  // (B − μI)u = 0: u ∝ (r, μ − p) from the first row, or (μ − t, s) from the second; take the longer.
  let u1r = r;
  let u1i = 0;
  let u2r = a - p;
  let u2i = b;
  const first = u1r * u1r + u2r * u2r + u2i * u2i;
  const second = (a - t) * (a - t) + b * b + s * s;
  if (second > first) {
    u1r = a - t;
    u1i = b;
    u2r = s;
    u2i = 0;
  }
  const norm = Math.sqrt(u1r * u1r + u1i * u1i + u2r * u2r + u2i * u2i);
  u1r /= norm;
  u1i /= norm;
  u2r /= norm;
  u2i /= norm;
  // G = [[u1, −conj(u2)], [u2, conj(u1)]]. Columns j, j+1 of rows 0..j+1: T ← T G.
  for (let i = 0; i <= j + 1; i++) {
    const xr = re[i * n + j]!;
    const xi = im[i * n + j]!;
    const yr = re[i * n + j + 1]!;
    const yi = im[i * n + j + 1]!;
    // x' = x u1 + y u2;  y' = −x conj(u2) + y conj(u1)
    re[i * n + j] = xr * u1r - xi * u1i + yr * u2r - yi * u2i;
    im[i * n + j] = xr * u1i + xi * u1r + yr * u2i + yi * u2r;
    re[i * n + j + 1] = -(xr * u2r + xi * u2i) + yr * u1r + yi * u1i;
    im[i * n + j + 1] = -(xi * u2r - xr * u2i) + yi * u1r - yr * u1i;
  }
  // Rows j, j+1 of columns j..n−1: T ← Gᴴ T, Gᴴ = [[conj(u1), conj(u2)], [−u2, u1]].
  for (let c = j; c < n; c++) {
    const xr = re[j * n + c]!;
    const xi = im[j * n + c]!;
    const yr = re[(j + 1) * n + c]!;
    const yi = im[(j + 1) * n + c]!;
    re[j * n + c] = u1r * xr + u1i * xi + u2r * yr + u2i * yi;
    im[j * n + c] = u1r * xi - u1i * xr + u2r * yi - u2i * yr;
    re[(j + 1) * n + c] = -(u2r * xr - u2i * xi) + u1r * yr - u1i * yi;
    im[(j + 1) * n + c] = -(u2r * xi + u2i * xr) + u1r * yi + u1i * yr;
  }
  re[(j + 1) * n + j] = 0;
  im[(j + 1) * n + j] = 0;
  re[j * n + j] = a;
  im[j * n + j] = b;
  re[(j + 1) * n + j + 1] = a;
  im[(j + 1) * n + j + 1] = -b;
}

/** Smallest pivot used when a denominator t_jj − t_ii vanishes (as LAPACK's ztrevc). */
export function pivotFloor(t: ComplexSquareMatrix): number {
  let norm = 0;
  for (let i = 0; i < t.n * t.n; i++) norm += t.re[i]! * t.re[i]! + t.im[i]! * t.im[i]!;
  return Math.max(EPS * Math.sqrt(norm), SAFE_MIN / EPS);
}

/** (xr + i xi)/(yr + i yi), with |y| floored at `floor`, into out. */
function divide(xr: number, xi: number, yr: number, yi: number, floor: number, out: Float64Array): void {
  if (modulus(yr, yi) < floor) {
    yr = floor;
    yi = 0;
  }
  if (Math.abs(yr) >= Math.abs(yi)) {
    const ratio = yi / yr;
    const d = yr + ratio * yi;
    out[0] = (xr + ratio * xi) / d;
    out[1] = (xi - ratio * xr) / d;
  } else {
    const ratio = yr / yi;
    const d = yi + ratio * yr;
    out[0] = (ratio * xr + xi) / d;
    out[1] = (ratio * xi - xr) / d;
  }
}

/** Right eigenvector x of T for t_ii: x_i = 1, x_j = 0 for j > i (back-substitution). */
export function rightEigenvectorOfTriangular(t: ComplexSquareMatrix, i: number, floor: number): { re: Float64Array; im: Float64Array } {
  const { n, re, im } = t;
  const xr = new Float64Array(n);
  const xi = new Float64Array(n);
  const out = new Float64Array(2);
  xr[i] = 1;
  const mr = re[i * n + i]!;
  const mi = im[i * n + i]!;
  for (let j = i - 1; j >= 0; j--) {
    let sr = 0;
    let si = 0;
    for (let l = j + 1; l <= i; l++) {
      const ar = re[j * n + l]!;
      const ai = im[j * n + l]!;
      sr += ar * xr[l]! - ai * xi[l]!;
      si += ar * xi[l]! + ai * xr[l]!;
    }
    divide(-sr, -si, re[j * n + j]! - mr, im[j * n + j]! - mi, floor, out);
    xr[j] = out[0]!;
    xi[j] = out[1]!;
  }
  return { re: xr, im: xi };
}

/** Left eigenvector y (a row, yT = t_ii y) of T for t_ii: y_i = 1, y_j = 0 for j < i. */
export function leftEigenvectorOfTriangular(t: ComplexSquareMatrix, i: number, floor: number): { re: Float64Array; im: Float64Array } {
  const { n, re, im } = t;
  const yr = new Float64Array(n);
  const yi = new Float64Array(n);
  const out = new Float64Array(2);
  yr[i] = 1;
  const mr = re[i * n + i]!;
  const mi = im[i * n + i]!;
  for (let j = i + 1; j < n; j++) {
    let sr = 0;
    let si = 0;
    for (let l = i; l < j; l++) {
      const ar = re[l * n + j]!;
      const ai = im[l * n + j]!;
      sr += yr[l]! * ar - yi[l]! * ai;
      si += yr[l]! * ai + yi[l]! * ar;
    }
    divide(-sr, -si, re[j * n + j]! - mr, im[j * n + j]! - mi, floor, out);
    yr[j] = out[0]!;
    yi[j] = out[1]!;
  }
  return { re: yr, im: yi };
}

/** Copy of a complex square matrix. */
export function copyComplex(t: ComplexSquareMatrix): { n: number; re: Float64Array; im: Float64Array } {
  return { n: t.n, re: Float64Array.from(t.re), im: Float64Array.from(t.im) };
}

/** The n×n identity as a complex matrix. */
export function complexIdentity(n: number): { n: number; re: Float64Array; im: Float64Array } {
  const re = new Float64Array(n * n);
  for (let i = 0; i < n; i++) re[i * n + i] = 1;
  return { n, re, im: new Float64Array(n * n) };
}

/**
 * Swaps the adjacent diagonal entries k, k+1 of the upper triangular T by a unitary rotation
 * (LAPACK's ztrexc step), updating T in place and accumulating the rotation into Z, if given (T = Zᴴ T₀ Z).
 */
/** Columns k, k+1 of rows 0..rows−1: x' = cs x + conj(sn) y, y' = cs y − sn x. */
function rotateColumnPair(mre: Float64Array, mim: Float64Array, n: number, k: number, rows: number, cs: number, snr: number, sni: number): void {
  for (let r = 0; r < rows; r++) {
    const xr = mre[r * n + k]!;
    const xi = mim[r * n + k]!;
    const yr = mre[r * n + k + 1]!;
    const yi = mim[r * n + k + 1]!;
    mre[r * n + k] = cs * xr + snr * yr + sni * yi;
    mim[r * n + k] = cs * xi + snr * yi - sni * yr;
    mre[r * n + k + 1] = cs * yr - (snr * xr - sni * xi);
    mim[r * n + k + 1] = cs * yi - (snr * xi + sni * xr);
  }
}

export function swapAdjacentDiagonal(t: ComplexSquareMatrix, z: ComplexSquareMatrix | undefined, k: number): void {
  const { n, re, im } = t;
  const a = k * n + k;
  const b = (k + 1) * n + k + 1;
  const t11r = re[a]!;
  const t11i = im[a]!;
  const t22r = re[b]!;
  const t22i = im[b]!;
  // zlartg(f = t_{k,k+1}, g = t22 − t11): cs real, sn complex with [cs sn; −conj(sn) cs][f; g] = [r; 0].
  const fr = re[k * n + k + 1]!;
  const fi = im[k * n + k + 1]!;
  const gr = t22r - t11r;
  const gi = t22i - t11i;
  const fAbs = modulus(fr, fi);
  const gAbs = modulus(gr, gi);
  const length = modulus(fAbs, gAbs);
  if (length === 0) return;
  let cs: number;
  let snr: number;
  let sni: number;
  if (fAbs === 0) {
    cs = 0;
    snr = gr / gAbs;
    sni = -gi / gAbs;
  } else {
    cs = fAbs / length;
    // sn = (f/|f|)·conj(g)/length
    const pr = fr / fAbs;
    const pi = fi / fAbs;
    snr = (pr * gr + pi * gi) / length;
    sni = (pi * gr - pr * gi) / length;
  }
  // Rows k, k+1 from column k+2: x' = cs x + sn y, y' = cs y − conj(sn) x.
  for (let c = k + 2; c < n; c++) {
    const xr = re[k * n + c]!;
    const xi = im[k * n + c]!;
    const yr = re[(k + 1) * n + c]!;
    const yi = im[(k + 1) * n + c]!;
    re[k * n + c] = cs * xr + snr * yr - sni * yi;
    im[k * n + c] = cs * xi + snr * yi + sni * yr;
    re[(k + 1) * n + c] = cs * yr - (snr * xr + sni * xi);
    im[(k + 1) * n + c] = cs * yi - (snr * xi - sni * xr);
  }
  // Columns k, k+1 of rows 0..k−1 (and of Z, all rows), with conj(sn).
  rotateColumnPair(re, im, n, k, k, cs, snr, sni);
  if (z !== undefined) rotateColumnPair(z.re, z.im, n, k, n, cs, snr, sni);
  re[a] = t22r;
  im[a] = t22i;
  re[b] = t11r;
  im[b] = t11i;
}

/**
 * Moves the diagonal entries at `positions` (any order) to the leading positions 0..m−1 of T,
 * keeping their relative order; accumulates the rotations into Z.
 */
export function moveToLeadingBlock(t: ComplexSquareMatrix, z: ComplexSquareMatrix | undefined, positions: readonly number[]): void {
  const sorted = [...positions].sort((x, y) => x - y);
  sorted.forEach((position, target) => {
    for (let k = position - 1; k >= target; k--) swapAdjacentDiagonal(t, z, k);
  });
}

/**
 * X solving T11 X − X T22 = T12 for the leading m×m block T11 of the upper triangular T
 * (X is m×(n−m), row-major), by columns with back-substitution.
 */
export function leadingBlockSylvester(t: ComplexSquareMatrix, m: number, floor: number): { rows: number; cols: number; re: Float64Array; im: Float64Array } {
  const { n, re, im } = t;
  const cols = n - m;
  const xr = new Float64Array(m * cols);
  const xi = new Float64Array(m * cols);
  const out = new Float64Array(2);
  const rhsR = new Float64Array(m);
  const rhsI = new Float64Array(m);
  for (let j = 0; j < cols; j++) {
    const tj = m + j;
    // rhs = T12[:, j] + Σ_{l<j} x_l T22[l, j]
    for (let i = 0; i < m; i++) {
      let sr = re[i * n + tj]!;
      let si = im[i * n + tj]!;
      for (let l = 0; l < j; l++) {
        const ar = re[(m + l) * n + tj]!;
        const ai = im[(m + l) * n + tj]!;
        sr += xr[i * cols + l]! * ar - xi[i * cols + l]! * ai;
        si += xr[i * cols + l]! * ai + xi[i * cols + l]! * ar;
      }
      rhsR[i] = sr;
      rhsI[i] = si;
    }
    const sr = re[tj * n + tj]!;
    const si = im[tj * n + tj]!;
    // (T11 − s I) x = rhs, upward.
    for (let i = m - 1; i >= 0; i--) {
      let ar = rhsR[i]!;
      let ai = rhsI[i]!;
      for (let l = i + 1; l < m; l++) {
        const br = re[i * n + l]!;
        const bi = im[i * n + l]!;
        ar -= br * xr[l * cols + j]! - bi * xi[l * cols + j]!;
        ai -= br * xi[l * cols + j]! + bi * xr[l * cols + j]!;
      }
      divide(ar, ai, re[i * n + i]! - sr, im[i * n + i]! - si, floor, out);
      xr[i * cols + j] = out[0]!;
      xi[i * cols + j] = out[1]!;
    }
  }
  return { rows: m, cols, re: xr, im: xi };
}
