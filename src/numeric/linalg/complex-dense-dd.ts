/**
 * Dense complex double-double linear algebra for the extended-precision
 * eigenbasis: null vectors of A − μI and matrix inversion. Matrices are
 * row-major arrays of ComplexDoubleDouble.
 */
import { DD_ONE, DD_ZERO, ddAdd, ddDiv, ddSqrt } from './double-double.js';
import {
  CDD_ZERO,
  cddAdd,
  cddDiv,
  cddFromNumbers,
  cddModulusSquared,
  cddMul,
  cddRoughModulus,
  cddScale,
  cddSub,
  type ComplexDoubleDouble,
} from './complex-double-double.js';

/**
 * A unit 2-norm vector x with (A − μI)x ≈ 0, by Gaussian elimination with
 * complete pivoting: the last pivot is the (near-)zero one, the
 * corresponding unknown is set to 1 and the rest follows by back
 * substitution. Assumes μ is a simple eigenvalue (null space of dimension one).
 */
export function nullVectorOfShiftedDd(matrix: Float64Array, n: number, shift: ComplexDoubleDouble): ComplexDoubleDouble[] {
  const b: ComplexDoubleDouble[] = Array.from(matrix.subarray(0, n * n), (x) => cddFromNumbers(x));
  for (let i = 0; i < n; i++) b[i * n + i] = cddSub(b[i * n + i]!, shift);
  const columnOrder = Array.from({ length: n }, (_, j) => j);
  const swapColumns = (p: number, q: number): void => {
    if (p === q) return;
    for (let i = 0; i < n; i++) {
      const t = b[i * n + p]!;
      b[i * n + p] = b[i * n + q]!;
      b[i * n + q] = t;
    }
    const t = columnOrder[p]!;
    columnOrder[p] = columnOrder[q]!;
    columnOrder[q] = t;
  };
  const swapRows = (p: number, q: number): void => {
    if (p === q) return;
    for (let j = 0; j < n; j++) {
      const t = b[p * n + j]!;
      b[p * n + j] = b[q * n + j]!;
      b[q * n + j] = t;
    }
  };
  for (let k = 0; k < n - 1; k++) {
    let best = -1;
    let pivotRow = k;
    let pivotColumn = k;
    for (let i = k; i < n; i++) {
      for (let j = k; j < n; j++) {
        const m = cddRoughModulus(b[i * n + j]!);
        if (m > best) {
          best = m;
          pivotRow = i;
          pivotColumn = j;
        }
      }
    }
    swapRows(k, pivotRow);
    swapColumns(k, pivotColumn);
    const pivot = b[k * n + k]!;
    if (best === 0) continue;
    for (let i = k + 1; i < n; i++) {
      const factor = cddDiv(b[i * n + k]!, pivot);
      b[i * n + k] = CDD_ZERO;
      for (let j = k + 1; j < n; j++) b[i * n + j] = cddSub(b[i * n + j]!, cddMul(factor, b[k * n + j]!));
    }
  }
  const y: ComplexDoubleDouble[] = new Array<ComplexDoubleDouble>(n).fill(CDD_ZERO);
  y[n - 1] = cddFromNumbers(1);
  for (let i = n - 2; i >= 0; i--) {
    let sum: ComplexDoubleDouble = CDD_ZERO;
    for (let j = i + 1; j < n; j++) sum = cddAdd(sum, cddMul(b[i * n + j]!, y[j]!));
    const pivot = b[i * n + i]!;
    y[i] = cddRoughModulus(pivot) === 0 ? CDD_ZERO : cddSub(CDD_ZERO, cddDiv(sum, pivot));
  }
  const x: ComplexDoubleDouble[] = new Array<ComplexDoubleDouble>(n).fill(CDD_ZERO);
  for (let i = 0; i < n; i++) x[columnOrder[i]!] = y[i]!;
  let normSquared = DD_ZERO;
  for (const xi of x) normSquared = ddAdd(normSquared, cddModulusSquared(xi));
  const inverseNorm = ddDiv(DD_ONE, ddSqrt(normSquared));
  return x.map((xi) => cddScale(xi, inverseNorm));
}

/** The inverse of a complex double-double matrix (Gauss–Jordan, partial pivoting), or undefined if singular. */
export function invertComplexDd(matrix: readonly ComplexDoubleDouble[], n: number): ComplexDoubleDouble[] | undefined {
  const a = matrix.slice();
  const inverse: ComplexDoubleDouble[] = Array.from({ length: n * n }, (_, k) =>
    Math.floor(k / n) === k % n ? cddFromNumbers(1) : CDD_ZERO,
  );
  for (let k = 0; k < n; k++) {
    let best = -1;
    let pivotRow = k;
    for (let i = k; i < n; i++) {
      const m = cddRoughModulus(a[i * n + k]!);
      if (m > best) {
        best = m;
        pivotRow = i;
      }
    }
    if (best === 0) return undefined;
    if (pivotRow !== k) {
      for (let j = 0; j < n; j++) {
        const t = a[k * n + j]!;
        a[k * n + j] = a[pivotRow * n + j]!;
        a[pivotRow * n + j] = t;
        const u = inverse[k * n + j]!;
        inverse[k * n + j] = inverse[pivotRow * n + j]!;
        inverse[pivotRow * n + j] = u;
      }
    }
    const pivot = a[k * n + k]!;
    for (let j = 0; j < n; j++) {
      a[k * n + j] = cddDiv(a[k * n + j]!, pivot);
      inverse[k * n + j] = cddDiv(inverse[k * n + j]!, pivot);
    }
    for (let i = 0; i < n; i++) {
      if (i === k) continue;
      const factor = a[i * n + k]!;
      if (cddRoughModulus(factor) === 0) continue;
      for (let j = 0; j < n; j++) {
        a[i * n + j] = cddSub(a[i * n + j]!, cddMul(factor, a[k * n + j]!));
        inverse[i * n + j] = cddSub(inverse[i * n + j]!, cddMul(factor, inverse[k * n + j]!));
      }
    }
  }
  return inverse;
}
