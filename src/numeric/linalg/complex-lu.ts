/**
 * LU factorisation with partial pivoting of a complex n×n matrix stored as
 * split real/imaginary row-major arrays, with solves and inversion.
 */
import type { ComplexSquareMatrix } from './square-matrix.js';

/**
 * Factorises in place (L unit lower, U upper, packed). `pivots[k]` is the row
 * swapped with row k at step k. Returns false when a pivot is exactly zero.
 */
export function luFactorComplexInPlace(re: Float64Array, im: Float64Array, n: number, pivots: Int32Array): boolean {
  let nonsingular = true;
  for (let k = 0; k < n; k++) {
    let pivotRow = k;
    let best = -1;
    for (let i = k; i < n; i++) {
      const m = Math.abs(re[i * n + k]!) + Math.abs(im[i * n + k]!);
      if (m > best) {
        best = m;
        pivotRow = i;
      }
    }
    pivots[k] = pivotRow;
    if (pivotRow !== k) {
      for (let j = 0; j < n; j++) {
        const tr = re[k * n + j]!;
        re[k * n + j] = re[pivotRow * n + j]!;
        re[pivotRow * n + j] = tr;
        const ti = im[k * n + j]!;
        im[k * n + j] = im[pivotRow * n + j]!;
        im[pivotRow * n + j] = ti;
      }
    }
    const pr = re[k * n + k]!;
    const pi = im[k * n + k]!;
    const modulusSquared = pr * pr + pi * pi;
    if (modulusSquared === 0) {
      nonsingular = false;
      continue;
    }
    // 1/pivot
    const ir = pr / modulusSquared;
    const ii = -pi / modulusSquared;
    for (let i = k + 1; i < n; i++) {
      const ar = re[i * n + k]!;
      const ai = im[i * n + k]!;
      const lr = ar * ir - ai * ii;
      const li = ar * ii + ai * ir;
      re[i * n + k] = lr;
      im[i * n + k] = li;
      if (lr === 0 && li === 0) continue;
      for (let j = k + 1; j < n; j++) {
        const ur = re[k * n + j]!;
        const ui = im[k * n + j]!;
        re[i * n + j] = re[i * n + j]! - (lr * ur - li * ui);
        im[i * n + j] = im[i * n + j]! - (lr * ui + li * ur);
      }
    }
  }
  return nonsingular;
}

/** Solves (LU) x = P b in place on (bRe, bIm), using a factorisation from luFactorComplexInPlace. */
export function luSolveComplexInPlace(
  re: Float64Array,
  im: Float64Array,
  n: number,
  pivots: Int32Array,
  bRe: Float64Array,
  bIm: Float64Array,
): void {
  for (let k = 0; k < n; k++) {
    const p = pivots[k]!;
    if (p !== k) {
      const tr = bRe[k]!;
      bRe[k] = bRe[p]!;
      bRe[p] = tr;
      const ti = bIm[k]!;
      bIm[k] = bIm[p]!;
      bIm[p] = ti;
    }
  }
  for (let i = 1; i < n; i++) {
    let sr = bRe[i]!;
    let si = bIm[i]!;
    for (let j = 0; j < i; j++) {
      const lr = re[i * n + j]!;
      const li = im[i * n + j]!;
      sr -= lr * bRe[j]! - li * bIm[j]!;
      si -= lr * bIm[j]! + li * bRe[j]!;
    }
    bRe[i] = sr;
    bIm[i] = si;
  }
  for (let i = n - 1; i >= 0; i--) {
    let sr = bRe[i]!;
    let si = bIm[i]!;
    for (let j = i + 1; j < n; j++) {
      const ur = re[i * n + j]!;
      const ui = im[i * n + j]!;
      sr -= ur * bRe[j]! - ui * bIm[j]!;
      si -= ur * bIm[j]! + ui * bRe[j]!;
    }
    const dr = re[i * n + i]!;
    const di = im[i * n + i]!;
    const d = dr * dr + di * di;
    bRe[i] = (sr * dr + si * di) / d;
    bIm[i] = (si * dr - sr * di) / d;
  }
}

/** The inverse of a complex matrix, or undefined when a pivot vanishes exactly. */
export function invertComplexMatrix(matrix: ComplexSquareMatrix): ComplexSquareMatrix | undefined {
  const { n } = matrix;
  const re = Float64Array.from(matrix.re);
  const im = Float64Array.from(matrix.im);
  const pivots = new Int32Array(n);
  if (!luFactorComplexInPlace(re, im, n, pivots)) return undefined;
  const inverseRe = new Float64Array(n * n);
  const inverseIm = new Float64Array(n * n);
  const columnRe = new Float64Array(n);
  const columnIm = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    columnRe.fill(0);
    columnIm.fill(0);
    columnRe[j] = 1;
    luSolveComplexInPlace(re, im, n, pivots, columnRe, columnIm);
    for (let i = 0; i < n; i++) {
      inverseRe[i * n + j] = columnRe[i]!;
      inverseIm[i * n + j] = columnIm[i]!;
    }
  }
  return { n, re: inverseRe, im: inverseIm };
}
