/**
 * Dense square matrices of the numeric kernels.
 *
 * Storage is row-major: entry (i, j) of an n×n matrix is `data[i * n + j]`.
 * Kernels never write into a matrix they receive as input; they copy it into
 * a workspace they own first.
 */

/** A real n×n matrix, row-major. */
export interface RealSquareMatrix {
  readonly n: number;
  readonly data: Float64Array;
}

/** A complex n×n matrix, row-major, split into real and imaginary parts. */
export interface ComplexSquareMatrix {
  readonly n: number;
  readonly re: Float64Array;
  readonly im: Float64Array;
}

/** Builds a real square matrix from an array of equal-length rows. */
export function realSquareMatrixFromRows(rows: readonly (readonly number[])[]): RealSquareMatrix {
  const n = rows.length;
  const data = new Float64Array(n * n);
  rows.forEach((row, i) => {
    if (row.length !== n) throw new RangeError(`row ${i} has ${row.length} entries, expected ${n}`);
    row.forEach((value, j) => {
      data[i * n + j] = value;
    });
  });
  return { n, data };
}

/** The rows of a real square matrix as plain arrays (for display and tests). */
export function rowsOfRealSquareMatrix(matrix: RealSquareMatrix): number[][] {
  const { n, data } = matrix;
  return Array.from({ length: n }, (_, i) => Array.from(data.subarray(i * n, (i + 1) * n)));
}

/** Checks that `data` has n² entries and returns n. */
export function squareSizeOf(data: Float64Array, n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`matrix size must be a positive integer, got ${n}`);
  if (data.length !== n * n) throw new RangeError(`expected ${n * n} entries for a ${n}×${n} matrix, got ${data.length}`);
  return n;
}
