/**
 * The Bartels–Stewart Lyapunov solver and the Hermitian extreme-eigenvalue kernel, against
 * independent dense computations with ml-matrix: the vectorised system (I ⊗ A + A ⊗ I) vec X =
 * −vec D solved by LU, and the symmetric eigenvalues of the real embedding of σ + iJ/2.
 */
import { describe, it, expect } from 'vitest';
import { Matrix, solve, EigenvalueDecomposition } from 'ml-matrix';
import { solveLyapunov } from '../../src/numeric/linalg/lyapunov.js';
import { realSchur } from '../../src/numeric/linalg/real-schur.js';
import { STREAM_MIN_SIZE } from '../../src/numeric/linalg/reflector-stream.js';
import { smallestHermitianEigenvalue } from '../../src/numeric/linalg/hermitian-extreme.js';

/** A seeded generator (mulberry32), so the matrices are the same in every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296 - 0.5;
  };
}

function stableMatrix(n: number, seed: number, shift: number): Float64Array {
  const r = random(seed);
  const a = new Float64Array(n * n);
  for (let i = 0; i < n * n; i++) a[i] = r();
  for (let i = 0; i < n; i++) a[i * n + i] = a[i * n + i]! - shift;
  return a;
}

function symmetricPsd(n: number, seed: number): Float64Array {
  const r = random(seed);
  const b = Array.from({ length: n }, () => Array.from({ length: n }, () => r()));
  const d = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) for (let k = 0; k < n; k++) d[i * n + j] = d[i * n + j]! + b[i]![k]! * b[j]![k]!;
  return d;
}

function vectorisedSolve(a: Float64Array, d: Float64Array, n: number): number[] {
  const K = Matrix.zeros(n * n, n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    const row = i * n + j;
    for (let k = 0; k < n; k++) {
      K.set(row, k * n + j, K.get(row, k * n + j) + a[i * n + k]!);
      K.set(row, i * n + k, K.get(row, i * n + k) + a[j * n + k]!);
    }
  }
  return solve(K, Matrix.columnVector(Array.from(d, (x) => -x))).to1DArray();
}

describe('Lyapunov solver (Bartels–Stewart)', () => {
  for (const [n, seed, shift] of [[1, 1, 1], [2, 2, 1], [5, 3, 1.5], [8, 4, 0.9], [12, 5, 2]] as const) {
    it(`agrees with the dense vectorised solve, n = ${n}`, () => {
      const a = stableMatrix(n, seed, shift);
      const d = symmetricPsd(n, seed + 100);
      const r = solveLyapunov(a, d, n);
      expect(r.kind).toBe('solved');
      if (r.kind !== 'solved') return;
      const ref = vectorisedSolve(a, d, n);
      const scale = Math.max(...ref.map(Math.abs));
      ref.forEach((x, i) => expect(Math.abs(r.x[i]! - x)).toBeLessThan(1e-11 * scale));
      expect(r.residual).toBeLessThan(1e-14);
    });
  }
  it('Schur form: Q orthogonal, A = Q T Qᵀ, T quasi-triangular', () => {
    const n = 9;
    const a = stableMatrix(n, 7, 0.5);
    const s = realSchur(a, n)!;
    const Q = new Matrix(Array.from({ length: n }, (_, i) => Array.from(s.q.subarray(i * n, i * n + n))));
    const T = new Matrix(Array.from({ length: n }, (_, i) => Array.from(s.t.subarray(i * n, i * n + n))));
    const A = new Matrix(Array.from({ length: n }, (_, i) => Array.from(a.subarray(i * n, i * n + n))));
    expect(Q.transpose().mmul(Q).sub(Matrix.eye(n)).norm()).toBeLessThan(1e-13);
    expect(Q.mmul(T).mmul(Q.transpose()).sub(A).norm()).toBeLessThan(1e-13 * A.norm());
    for (let i = 2; i < n; i++) for (let j = 0; j < i - 1; j++) expect(T.get(i, j)).toBe(0);
    for (let i = 1; i + 1 < n; i++) expect(T.get(i, i - 1) !== 0 && T.get(i + 1, i) !== 0).toBe(false);
  });
  it('Schur form at n ≥ STREAM_MIN_SIZE, Qᵀ accumulated on a second thread: the identities, and the one-thread result bit for bit', () => {
    // A dense random matrix, and a damped chain (banded: the Hessenberg reduction's sparse path).
    const chain = (modes: number): Float64Array => {
      const n = 2 * modes;
      const a = new Float64Array(n * n);
      for (let j = 0; j < modes; j++) {
        a[2 * j * n + 2 * j + 1] = 1;
        a[(2 * j + 1) * n + 2 * j] = -1 - 0.01 * j;
        if (j > 0) a[(2 * j + 1) * n + 2 * j - 2] = -0.1;
        if (j + 1 < modes) a[(2 * j + 1) * n + 2 * j + 2] = -0.1;
      }
      a[1 * n + 1] = -0.01;
      a[(n - 1) * n + n - 1] = -0.01;
      return a;
    };
    for (const [n, a] of [[STREAM_MIN_SIZE + 20, stableMatrix(STREAM_MIN_SIZE + 20, 11, 2)], [240, chain(120)]] as const) {
      const s = realSchur(a, n)!;
      const one = realSchur(a, n, { secondThread: false })!;
      const Q = new Matrix(Array.from({ length: n }, (_, i) => Array.from(s.q.subarray(i * n, i * n + n))));
      const T = new Matrix(Array.from({ length: n }, (_, i) => Array.from(s.t.subarray(i * n, i * n + n))));
      const A = new Matrix(Array.from({ length: n }, (_, i) => Array.from(a.subarray(i * n, i * n + n))));
      expect(Q.transpose().mmul(Q).sub(Matrix.eye(n)).norm()).toBeLessThan(1e-12);
      expect(Q.mmul(T).mmul(Q.transpose()).sub(A).norm()).toBeLessThan(1e-12 * A.norm());
      for (let i = 2; i < n; i++) for (let j = 0; j < i - 1; j++) expect(T.get(i, j)).toBe(0);
      expect(Array.from(s.q)).toEqual(Array.from(one.q));
      expect(Array.from(s.t)).toEqual(Array.from(one.t));
    }
  });
  it('reports an unstable A instead of solving', () => {
    const a = new Float64Array([0, 1, -1, 0]); // undamped oscillator: eigenvalues ±i
    expect(solveLyapunov(a, new Float64Array([1, 0, 0, 1]), 2).kind).toBe('unstable');
  });
});

describe('smallest eigenvalue of a Hermitian matrix', () => {
  for (const n of [1, 2, 3, 6, 11]) {
    it(`agrees with the symmetric real embedding (ml-matrix), n = ${n}`, () => {
      const r = random(40 + n);
      const re = new Float64Array(n * n);
      const im = new Float64Array(n * n);
      for (let i = 0; i < n; i++) {
        re[i * n + i] = r();
        for (let j = 0; j < i; j++) {
          const [x, y] = [r(), r()];
          re[i * n + j] = x; re[j * n + i] = x;
          im[i * n + j] = y; im[j * n + i] = -y;
        }
      }
      const emb = Array.from({ length: 2 * n }, (_, i) => Array.from({ length: 2 * n }, (_, j) => {
        const [a, b] = [i % n, j % n];
        if ((i < n) === (j < n)) return re[a * n + b]!;
        return i < n ? -im[a * n + b]! : im[a * n + b]!;
      }));
      const expected = Math.min(...new EigenvalueDecomposition(new Matrix(emb), { assumeSymmetric: true }).realEigenvalues);
      const got = smallestHermitianEigenvalue(re, im, n);
      expect(Math.abs(got.value - expected)).toBeLessThan(1e-13 * Math.max(1, n));
    });
  }
});
