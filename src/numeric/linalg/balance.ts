/**
 * Balancing of a real square matrix, after LAPACK's dgebal (3.5+ version, 2-norms).
 *
 * Balancing replaces A by B = D⁻¹ Pᵀ A P D, where P is a permutation that
 * isolates eigenvalues already visible in the sparsity pattern (optional)
 * and D is diagonal with powers of two, chosen so that rows and columns of
 * the remaining block have comparable norms. Powers of two make the
 * similarity exact in floating point, and it lets the QR algorithm reach
 * backward errors relative to the balanced norm, which can be many orders
 * of magnitude smaller than ‖A‖ when A came from a badly scaled basis.
 *
 * Conventions (0-based, as dgebal with 1-based shifted down by one):
 *  - after the call, rows/columns outside [ilo, ihi] are already triangular;
 *  - for j in [ilo, ihi], scale[j] is the diagonal entry D_jj;
 *  - for j outside [ilo, ihi], scale[j] is the index interchanged with j.
 */
import { squareSizeOf, type RealSquareMatrix } from './square-matrix.js';

const RADIX = 2;
/** A step must reduce the row+column norm by this factor to be taken (dgebal). */
const REQUIRED_REDUCTION = 0.95;
const SAFE_MIN = 2.2250738585072014e-308 / 2.220446049250313e-16;
const SAFE_MAX = 1 / SAFE_MIN;
const SAFE_MIN_RADIX = SAFE_MIN * RADIX;
const SAFE_MAX_RADIX = 1 / SAFE_MIN_RADIX;

export type BalancingJob = 'none' | 'scale' | 'permute-and-scale';

function swapColumns(a: Float64Array, n: number, p: number, q: number, rowEnd: number): void {
  for (let i = 0; i <= rowEnd; i++) {
    const t = a[i * n + p]!;
    a[i * n + p] = a[i * n + q]!;
    a[i * n + q] = t;
  }
}

function swapRows(a: Float64Array, n: number, p: number, q: number, columnStart: number): void {
  for (let j = columnStart; j < n; j++) {
    const t = a[p * n + j]!;
    a[p * n + j] = a[q * n + j]!;
    a[q * n + j] = t;
  }
}

/** Row i has no nonzero off-diagonal entry within columns [0, last]. */
function rowIsIsolated(a: Float64Array, n: number, i: number, last: number): boolean {
  for (let j = 0; j <= last; j++) if (j !== i && a[i * n + j] !== 0) return false;
  return true;
}

/** Column j has no nonzero off-diagonal entry within rows [first, last]. */
function columnIsIsolated(a: Float64Array, n: number, j: number, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (i !== j && a[i * n + j] !== 0) return false;
  return true;
}

/**
 * Balances `a` (n×n, row-major) in place. Writes the scaling/permutation
 * record into `scale` (length n) and [ilo, ihi] into `range` (length 2).
 */
export function balanceInPlace(
  a: Float64Array,
  n: number,
  job: BalancingJob,
  scale: Float64Array,
  range: Int32Array,
): void {
  let low = 0;
  let high = n - 1;
  scale.fill(1, 0, n);
  range[0] = 0;
  range[1] = n - 1;
  if (job === 'none' || n === 0) return;

  if (job === 'permute-and-scale') {
    // Push rows that isolate an eigenvalue to the bottom.
    let searching = true;
    while (searching && high > 0) {
      searching = false;
      for (let i = high; i >= 0; i--) {
        if (!rowIsIsolated(a, n, i, high)) continue;
        scale[high] = i;
        if (i !== high) {
          swapColumns(a, n, i, high, high);
          swapRows(a, n, i, high, low);
        }
        high--;
        searching = true;
        break;
      }
    }
    if (high === 0) {
      scale[0] = 0;
      range[0] = 0;
      range[1] = 0;
      return;
    }
    // Push columns that isolate an eigenvalue to the left.
    searching = true;
    while (searching) {
      searching = false;
      for (let j = low; j <= high; j++) {
        if (!columnIsIsolated(a, n, j, low, high)) continue;
        scale[low] = j;
        if (j !== low) {
          swapColumns(a, n, j, low, high);
          swapRows(a, n, j, low, low);
        }
        low++;
        searching = true;
        break;
      }
    }
    for (let i = low; i <= high; i++) scale[i] = 1;
  }

  let notConverged = true;
  while (notConverged) {
    notConverged = false;
    for (let i = low; i <= high; i++) {
      let c = 0;
      let r = 0;
      for (let k = low; k <= high; k++) {
        const col = a[k * n + i]!;
        const row = a[i * n + k]!;
        c += col * col;
        r += row * row;
      }
      c = Math.sqrt(c);
      r = Math.sqrt(r);
      let ca = 0;
      for (let k = 0; k <= high; k++) ca = Math.max(ca, Math.abs(a[k * n + i]!));
      let ra = 0;
      for (let k = low; k < n; k++) ra = Math.max(ra, Math.abs(a[i * n + k]!));
      if (c === 0 || r === 0) continue;
      // NaN guard, as dgebal: give up on non-finite input.
      if (!Number.isFinite(c + r + ca + ra)) return;

      let g = r / RADIX;
      let f = 1;
      const s = c + r;
      while (c < g && Math.max(f, c, ca) < SAFE_MAX_RADIX && Math.min(r, g, ra) > SAFE_MIN_RADIX) {
        f *= RADIX;
        c *= RADIX;
        ca *= RADIX;
        r /= RADIX;
        g /= RADIX;
        ra /= RADIX;
      }
      g = c / RADIX;
      while (g >= r && Math.max(r, ra) < SAFE_MAX_RADIX && Math.min(f, c, g, ca) > SAFE_MIN_RADIX) {
        f /= RADIX;
        c /= RADIX;
        g /= RADIX;
        ca /= RADIX;
        r *= RADIX;
        ra *= RADIX;
      }
      if (c + r >= REQUIRED_REDUCTION * s) continue;
      const current = scale[i]!;
      if (f < 1 && current < 1 && f * current <= SAFE_MIN) continue;
      if (f > 1 && current > 1 && current >= SAFE_MAX / f) continue;
      scale[i] = current * f;
      notConverged = true;
      const inverse = 1 / f;
      for (let k = low; k < n; k++) a[i * n + k] = a[i * n + k]! * inverse;
      for (let k = 0; k <= high; k++) a[k * n + i] = a[k * n + i]! * f;
    }
  }
  range[0] = low;
  range[1] = high;
}

/**
 * Maps right eigenvectors of the balanced matrix back to the original one
 * (dgebak, side 'R'): x = P D y. `vectors` is n×columns, row-major, one
 * vector per column; it is modified in place.
 */
export function unbalanceRightVectorsInPlace(
  vectors: Float64Array,
  n: number,
  columns: number,
  scale: Float64Array,
  range: Int32Array,
): void {
  const low = range[0]!;
  const high = range[1]!;
  // As dgebak: with a single active index the record there is a permutation.
  for (let i = low; i <= high && low !== high; i++) {
    const d = scale[i]!;
    if (d === 1) continue;
    for (let j = 0; j < columns; j++) vectors[i * columns + j] = vectors[i * columns + j]! * d;
  }
  for (let step = 0; step < n; step++) {
    let i = step;
    if (i >= low && i <= high) continue;
    if (i < low) i = low - 1 - step;
    const k = scale[i]!;
    if (k === i) continue;
    for (let j = 0; j < columns; j++) {
      const t = vectors[i * columns + j]!;
      vectors[i * columns + j] = vectors[k * columns + j]!;
      vectors[k * columns + j] = t;
    }
  }
}

/** The result of balancing, for callers outside the kernels. */
export interface BalancedMatrix {
  /** B = D⁻¹ Pᵀ A P D. */
  readonly balanced: RealSquareMatrix;
  /** dgebal's SCALE record (see module comment). */
  readonly scale: Float64Array;
  /** First and last index of the block that was scaled (0-based, inclusive). */
  readonly low: number;
  readonly high: number;
}

/** Balances a copy of `matrix`; the input is left untouched. */
export function balanceMatrix(matrix: RealSquareMatrix, job: BalancingJob = 'scale'): BalancedMatrix {
  const n = squareSizeOf(matrix.data, matrix.n);
  const data = Float64Array.from(matrix.data);
  const scale = new Float64Array(n);
  const range = new Int32Array(2);
  balanceInPlace(data, n, job, scale, range);
  return { balanced: { n, data }, scale, low: range[0]!, high: range[1]! };
}
