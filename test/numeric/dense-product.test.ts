/**
 * The dense kernels of the covariance path (linalg/dense-product.ts) and the block-wise congruence
 * of a point transformation (covariance/normal-to-local.ts), against ml-matrix's products, at sizes
 * that leave every remainder of the 2×4 blocking.
 */
import { describe, it, expect } from 'vitest';
import { Matrix } from 'ml-matrix';
import { multiplyByTranspose, symmetricCongruence } from '../../src/numeric/linalg/dense-product.js';
import { congruence } from '../../src/numeric/covariance/normal-to-local.js';

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a * 1664525 + 1013904223) >>> 0;
    return a / 4294967296 - 0.5;
  };
}
const toMatrix = (x: Float64Array, n: number): Matrix => new Matrix(Array.from({ length: n }, (_, i) => Array.from(x.subarray(i * n, i * n + n))));
const maxDifference = (x: Float64Array, m: Matrix, n: number): number => {
  let e = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) e = Math.max(e, Math.abs(x[i * n + j]! - m.get(i, j)));
  return e;
};
const symmetric = (n: number, r: () => number): Float64Array => {
  const x = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) x[i * n + j] = x[j * n + i] = r();
  return x;
};

describe('dense products', () => {
  for (const n of [1, 2, 3, 5, 6, 7, 9, 13]) {
    it(`A Bᵀ, its lower triangle and M X Mᵀ agree with ml-matrix, n = ${n}`, () => {
      const r = seeded(n);
      const a = Float64Array.from({ length: n * n }, r);
      const b = Float64Array.from({ length: n * n }, r);
      const ref = toMatrix(a, n).mmul(toMatrix(b, n).transpose());
      expect(maxDifference(multiplyByTranspose(a, b, n), ref, n)).toBeLessThan(1e-14 * n);
      const x = symmetric(n, r);
      const congruent = toMatrix(a, n).mmul(toMatrix(x, n)).mmul(toMatrix(a, n).transpose());
      const ours = symmetricCongruence(a, x, n);
      expect(maxDifference(ours, congruent, n)).toBeLessThan(1e-14 * n * n);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) expect(ours[i * n + j]).toBe(ours[j * n + i]);
    });
  }
  for (const N of [1, 2, 3, 5]) {
    it(`a point transformation's congruence, block by block, agrees with ml-matrix, N = ${N}`, () => {
      const r = seeded(100 + N);
      const n = 2 * N;
      const t = new Float64Array(n * n);
      for (let i = 0; i < n; i++) for (let j = i & 1; j < n; j += 2) t[i * n + j] = r();
      const x = symmetric(n, r);
      const ref = toMatrix(t, n).mmul(toMatrix(x, n)).mmul(toMatrix(t, n).transpose());
      expect(maxDifference(congruence(t, x, n), ref, n)).toBeLessThan(1e-14 * n * n);
      // One x–p entry makes it general: the dense path.
      t[1] = 0.3;
      const general = toMatrix(t, n).mmul(toMatrix(x, n)).mmul(toMatrix(t, n).transpose());
      expect(maxDifference(congruence(t, x, n), general, n)).toBeLessThan(1e-14 * n * n);
    });
  }
});
