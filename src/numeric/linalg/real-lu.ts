/** LU factorisation with partial pivoting of a real n×n row-major matrix, and solves. */

/** Factorises in place; returns false when a pivot is exactly zero. */
export function luFactorRealInPlace(a: Float64Array, n: number, pivots: Int32Array): boolean {
  let nonsingular = true;
  for (let k = 0; k < n; k++) {
    let pivotRow = k;
    let best = Math.abs(a[k * n + k]!);
    for (let i = k + 1; i < n; i++) {
      const m = Math.abs(a[i * n + k]!);
      if (m > best) {
        best = m;
        pivotRow = i;
      }
    }
    pivots[k] = pivotRow;
    if (pivotRow !== k) {
      for (let j = 0; j < n; j++) {
        const t = a[k * n + j]!;
        a[k * n + j] = a[pivotRow * n + j]!;
        a[pivotRow * n + j] = t;
      }
    }
    const pivot = a[k * n + k]!;
    if (pivot === 0) {
      nonsingular = false;
      continue;
    }
    for (let i = k + 1; i < n; i++) {
      const l = a[i * n + k]! / pivot;
      a[i * n + k] = l;
      if (l === 0) continue;
      for (let j = k + 1; j < n; j++) a[i * n + j] = a[i * n + j]! - l * a[k * n + j]!;
    }
  }
  return nonsingular;
}

/** Solves A X = B in place on B (n×columns, row-major) from luFactorRealInPlace's output. */
export function luSolveRealInPlace(lu: Float64Array, n: number, pivots: Int32Array, b: Float64Array, columns: number): void {
  for (let k = 0; k < n; k++) {
    const p = pivots[k]!;
    if (p === k) continue;
    for (let j = 0; j < columns; j++) {
      const t = b[k * columns + j]!;
      b[k * columns + j] = b[p * columns + j]!;
      b[p * columns + j] = t;
    }
  }
  for (let i = 1; i < n; i++) {
    for (let k = 0; k < i; k++) {
      const l = lu[i * n + k]!;
      if (l === 0) continue;
      for (let j = 0; j < columns; j++) b[i * columns + j] = b[i * columns + j]! - l * b[k * columns + j]!;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    for (let k = i + 1; k < n; k++) {
      const u = lu[i * n + k]!;
      if (u === 0) continue;
      for (let j = 0; j < columns; j++) b[i * columns + j] = b[i * columns + j]! - u * b[k * columns + j]!;
    }
    const d = lu[i * n + i]!;
    for (let j = 0; j < columns; j++) b[i * columns + j] = b[i * columns + j]! / d;
  }
}

/** Solves A X = B for X (A n×n, B n×columns, both row-major, neither modified). Throws if A is singular. */
export function solveReal(a: Float64Array, n: number, b: Float64Array, columns = 1): Float64Array {
  const lu = Float64Array.from(a);
  const pivots = new Int32Array(n);
  if (!luFactorRealInPlace(lu, n, pivots)) throw new RangeError('matrix is singular');
  const x = Float64Array.from(b);
  luSolveRealInPlace(lu, n, pivots, x, columns);
  return x;
}
