/**
 * The symmetric eigensolver of the normal modes (linalg/symmetric-eigen.ts) against ml-matrix's
 * EigenvalueDecomposition and against its own defining identities: A v = λ v, V Vᵀ = I, for random
 * matrices, a chain's stiffness matrix, and matrices with exactly repeated eigenvalues.
 */
import { describe, it, expect } from 'vitest';
import { Matrix, EigenvalueDecomposition } from 'ml-matrix';
import { symmetricEigen } from '../../src/numeric/linalg/symmetric-eigen.js';

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a * 1664525 + 1013904223) >>> 0;
    return a / 4294967296 - 0.5;
  };
}

function check(a: Float64Array, n: number): void {
  const r = symmetricEigen(a, n);
  expect(r).not.toBeNull();
  const { values, vectors } = r!;
  let norm = 0;
  for (let i = 0; i < n * n; i++) norm = Math.max(norm, Math.abs(a[i]!));
  const ref = new EigenvalueDecomposition(new Matrix(Array.from({ length: n }, (_, i) => Array.from(a.subarray(i * n, i * n + n)))), { assumeSymmetric: true }).realEigenvalues.sort((x, y) => x - y);
  for (let j = 0; j < n; j++) {
    expect(Math.abs(values[j]! - ref[j]!)).toBeLessThan(1e-13 * n * Math.max(norm, 1));
    if (j > 0) expect(values[j]!).toBeGreaterThanOrEqual(values[j - 1]!);
    // A v = λ v.
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += a[i * n + k]! * vectors[j * n + k]!;
      expect(Math.abs(s - values[j]! * vectors[j * n + i]!)).toBeLessThan(1e-13 * n * Math.max(norm, 1));
    }
    // Orthonormal rows.
    for (let k = 0; k <= j; k++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += vectors[j * n + i]! * vectors[k * n + i]!;
      expect(Math.abs(s - (j === k ? 1 : 0))).toBeLessThan(1e-13 * n);
    }
  }
}

describe('symmetric eigensolver', () => {
  for (const n of [1, 2, 3, 4, 7, 16, 33]) {
    it(`random symmetric, n = ${n}`, () => {
      const r = seeded(n);
      const a = new Float64Array(n * n);
      for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) a[i * n + j] = a[j * n + i] = r();
      check(a, n);
    });
  }
  it('a chain of 40 equal oscillators (eigenvalues ω² + 2k cos(jπ/41), some nearly degenerate)', () => {
    const n = 40;
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      a[i * n + i] = 1;
      if (i + 1 < n) a[i * n + i + 1] = a[(i + 1) * n + i] = 0.1;
    }
    check(a, n);
    const values = symmetricEigen(a, n)!.values;
    for (let j = 1; j <= n; j++) expect(values.some((v) => Math.abs(v - (1 + 0.2 * Math.cos((j * Math.PI) / (n + 1)))) < 1e-14)).toBe(true);
  });
  it('exactly repeated eigenvalues: a rotated diag(1, 1, 1, 2, 2, 5) and the identity', () => {
    const n = 6;
    const r = seeded(99);
    // Q diag Qᵀ with Q from Gram–Schmidt of a random matrix.
    const q: number[][] = [];
    for (let i = 0; i < n; i++) {
      let v = Array.from({ length: n }, r);
      for (const u of q) {
        const d = v.reduce((s, x, k) => s + x * u[k]!, 0);
        v = v.map((x, k) => x - d * u[k]!);
      }
      const len = Math.hypot(...v);
      q.push(v.map((x) => x / len));
    }
    const diag = [1, 1, 1, 2, 2, 5];
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) for (let k = 0; k < n; k++) a[i * n + j] = a[i * n + j]! + q[k]![i]! * diag[k]! * q[k]![j]!;
    check(a, n);
    const eye = new Float64Array(n * n);
    for (let i = 0; i < n; i++) eye[i * n + i] = 1;
    check(eye, n);
  });
});
