import { describe, expect, it } from 'vitest';
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import {
  createEigenWorkspace,
  eigenDecompose,
  eigenDecomposeInto,
  leftEigenvectorsFromRight,
  reuseEigenvaluesAsShiftHints,
} from '../../src/numeric/linalg/eigen.js';
import type { ComplexSquareMatrix, RealSquareMatrix } from '../../src/numeric/linalg/square-matrix.js';
import { realSquareMatrixFromRows } from '../../src/numeric/linalg/square-matrix.js';
import { localFirstMomentMatrix, randomMatrix, seededRandom, exceptionalCoupling } from './fixtures.js';

function frobenius(m: RealSquareMatrix): number {
  return Math.sqrt(m.data.reduce((s, x) => s + x * x, 0));
}

/** max_j ‖A v_j − μ_j v_j‖₂ computed directly from the definition. */
function eigenResidual(a: RealSquareMatrix, re: Float64Array, im: Float64Array, v: ComplexSquareMatrix): number {
  const { n } = a;
  let worst = 0;
  for (let j = 0; j < n; j++) {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      let r = 0;
      let s = 0;
      for (let k = 0; k < n; k++) {
        r += a.data[i * n + k]! * v.re[k * n + j]!;
        s += a.data[i * n + k]! * v.im[k * n + j]!;
      }
      r -= re[j]! * v.re[i * n + j]! - im[j]! * v.im[i * n + j]!;
      s -= re[j]! * v.im[i * n + j]! + im[j]! * v.re[i * n + j]!;
      sum += r * r + s * s;
    }
    worst = Math.max(worst, Math.sqrt(sum));
  }
  return worst;
}

/** Greedy matching distance between two eigenvalue lists. */
function spectrumDistance(aRe: ArrayLike<number>, aIm: ArrayLike<number>, bRe: ArrayLike<number>, bIm: ArrayLike<number>): number {
  const used = new Set<number>();
  let worst = 0;
  for (let i = 0; i < aRe.length; i++) {
    let best = Infinity;
    let bestIndex = -1;
    for (let j = 0; j < bRe.length; j++) {
      if (used.has(j)) continue;
      const d = Math.hypot(aRe[i]! - bRe[j]!, aIm[i]! - bIm[j]!);
      if (d < best) {
        best = d;
        bestIndex = j;
      }
    }
    used.add(bestIndex);
    worst = Math.max(worst, best);
  }
  return worst;
}

function mlMatrixEigenvalues(a: RealSquareMatrix): { re: number[]; im: number[] } {
  const rows = Array.from({ length: a.n }, (_, i) => Array.from(a.data.subarray(i * a.n, (i + 1) * a.n)));
  const e = new EigenvalueDecomposition(new Matrix(rows), { assumeSymmetric: false });
  return { re: e.realEigenvalues, im: e.imaginaryEigenvalues };
}

/** D A D⁻¹ with D = diag(d). */
function diagonalSimilarity(a: RealSquareMatrix, d: readonly number[]): RealSquareMatrix {
  const { n } = a;
  const data = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) data[i * n + j] = (d[i]! * a.data[i * n + j]!) / d[j]!;
  return { n, data };
}

describe('eigenDecompose', () => {
  it('satisfies A v = μ v with unit columns and matches ml-matrix on random matrices', () => {
    const random = seededRandom(20240611);
    for (const n of [1, 2, 3, 4, 5, 6, 8, 10, 12]) {
      for (let trial = 0; trial < 20; trial++) {
        const a = randomMatrix(n, random);
        const e = eigenDecompose(a);
        expect(e.converged).toBe(true);
        expect(eigenResidual(a, e.valuesRe, e.valuesIm, e.right)).toBeLessThan(1e-13 * frobenius(a) * n);
        for (let j = 0; j < n; j++) {
          let norm = 0;
          for (let i = 0; i < n; i++) norm += e.right.re[i * n + j]! ** 2 + e.right.im[i * n + j]! ** 2;
          expect(Math.abs(Math.sqrt(norm) - 1)).toBeLessThan(1e-14);
        }
        const reference = mlMatrixEigenvalues(a);
        expect(spectrumDistance(e.valuesRe, e.valuesIm, reference.re, reference.im)).toBeLessThan(1e-10);
      }
    }
  });

  it('orders conjugate pairs with the positive imaginary part first and conjugate vectors', () => {
    const a = realSquareMatrixFromRows([
      [0, 1],
      [-4, 0],
    ]);
    const e = eigenDecompose(a);
    expect(e.valuesIm[0]).toBeCloseTo(2, 14);
    expect(e.valuesIm[1]).toBeCloseTo(-2, 14);
    for (let i = 0; i < 2; i++) {
      expect(e.right.re[i * 2 + 1]).toBe(e.right.re[i * 2]);
      expect(e.right.im[i * 2 + 1]).toBe(-e.right.im[i * 2]!);
    }
  });

  it('handles triangular, diagonal, zero and permuted-triangular matrices (balancing with permutation)', () => {
    const cases = [
      [[0, 0, 0], [0, 0, 0], [0, 0, 0]],
      [[3, 0, 0], [0, -1, 0], [0, 0, 2]],
      [[1, 2, 3], [0, 4, 5], [0, 0, 6]],
      [[1, 0, 0, 0], [2, 3, 0, 0], [4, 5, 6, 0], [7, 8, 9, 10]],
      [[0, 0, 5, 0], [1, 2, 3, 4], [0, 0, 7, 0], [0, 0, 1, -1]],
    ];
    for (const rows of cases) {
      const a = realSquareMatrixFromRows(rows);
      for (const balancing of ['none', 'scale', 'permute-and-scale'] as const) {
        const e = eigenDecompose(a, { balancing });
        expect(e.converged).toBe(true);
        expect(eigenResidual(a, e.valuesRe, e.valuesIm, e.right)).toBeLessThan(1e-13 * (1 + frobenius(a)));
        const reference = mlMatrixEigenvalues(a);
        expect(spectrumDistance(e.valuesRe, e.valuesIm, reference.re, reference.im)).toBeLessThan(1e-12);
      }
    }
  });

  it('finds the roots of a companion matrix (characteristic polynomial check)', () => {
    // (x−1)(x−2)(x+3)(x²+1) = x⁵ − x³ + 7x² − 7x + ... expanded below; roots known exactly.
    const roots = [
      [1, 0],
      [2, 0],
      [-3, 0],
      [0, 1],
      [0, -1],
    ] as const;
    // coefficients of Π(x − r) by convolution, real since roots are closed under conjugation
    let coefRe = [1];
    let coefIm = [0];
    for (const [rr, ri] of roots) {
      const nextRe = new Array<number>(coefRe.length + 1).fill(0);
      const nextIm = new Array<number>(coefRe.length + 1).fill(0);
      for (let i = 0; i < coefRe.length; i++) {
        nextRe[i] = nextRe[i]! + coefRe[i]!;
        nextIm[i] = nextIm[i]! + coefIm[i]!;
        nextRe[i + 1] = nextRe[i + 1]! - (rr * coefRe[i]! - ri * coefIm[i]!);
        nextIm[i + 1] = nextIm[i + 1]! - (rr * coefIm[i]! + ri * coefRe[i]!);
      }
      coefRe = nextRe;
      coefIm = nextIm;
    }
    const n = roots.length;
    const rows = Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => (i === 0 ? -coefRe[j + 1]! : i === j + 1 ? 1 : 0)),
    );
    const e = eigenDecompose(realSquareMatrixFromRows(rows));
    expect(
      spectrumDistance(
        e.valuesRe,
        e.valuesIm,
        roots.map((r) => r[0]),
        roots.map((r) => r[1]),
      ),
    ).toBeLessThan(1e-12);
  });

  it('balancing recovers full accuracy after a 1e6 diagonal similarity (ml-matrix does not)', () => {
    const random = seededRandom(7);
    const scalings = [
      [1, 1e6, 1, 1e6],
      [1, 1e6, 1e12, 1],
      [1, 1e-6, 1e6, 1],
    ];
    let mlWorst = 0;
    for (const d of scalings) {
      for (let trial = 0; trial < 5; trial++) {
        const a = randomMatrix(4, random);
        const reference = mlMatrixEigenvalues(a); // well-scaled: accurate
        const b = diagonalSimilarity(a, d);
        const balanced = eigenDecompose(b, { balancing: 'scale' });
        expect(spectrumDistance(balanced.valuesRe, balanced.valuesIm, reference.re, reference.im)).toBeLessThan(1e-13);
        const ml = mlMatrixEigenvalues(b);
        mlWorst = Math.max(mlWorst, spectrumDistance(ml.re, ml.im, reference.re, reference.im));
      }
    }
    // The test has teeth: without balancing the same matrices lose many digits.
    expect(mlWorst).toBeGreaterThan(1e-6);
  });

  it('left eigenvectors satisfy yᴴ M = μ yᴴ and are biorthogonal to the right ones', () => {
    const random = seededRandom(99);
    for (const n of [3, 4, 7]) {
      const a = randomMatrix(n, random);
      const e = eigenDecompose(a, { left: true });
      const left = e.left!;
      for (let j = 0; j < n; j++) {
        // (yᴴ M)_k = Σ_i conj(y_i) M_ik ;  compare with μ conj(y_k)
        let residual = 0;
        for (let k = 0; k < n; k++) {
          let r = 0;
          let s = 0;
          for (let i = 0; i < n; i++) {
            r += left.re[i * n + j]! * a.data[i * n + k]!;
            s -= left.im[i * n + j]! * a.data[i * n + k]!;
          }
          const yr = left.re[k * n + j]!;
          const yi = -left.im[k * n + j]!;
          r -= e.valuesRe[j]! * yr - e.valuesIm[j]! * yi;
          s -= e.valuesRe[j]! * yi + e.valuesIm[j]! * yr;
          residual += r * r + s * s;
        }
        expect(Math.sqrt(residual)).toBeLessThan(1e-12 * frobenius(a));
      }
    }
    expect(leftEigenvectorsFromRight({ n: 2, re: new Float64Array(4), im: new Float64Array(4) })).toBeUndefined();
  });

  it('decomposes the local fixture across the exceptional line with small residuals', () => {
    for (const omega of [0.3, 1, 1.7]) {
      const kStar = exceptionalCoupling(omega);
      for (const factor of [0, 0.5, 0.999, 1.001, 2]) {
        const a = localFirstMomentMatrix(omega, factor * kStar);
        const e = eigenDecompose(a);
        expect(eigenResidual(a, e.valuesRe, e.valuesIm, e.right)).toBeLessThan(1e-14 * frobenius(a));
      }
    }
  });

  it('converges on two identical oscillators coupled by 1e-12 (needs LAPACK-style exceptional shifts)', () => {
    for (const k of [1e-9, 1e-12, 1e-15]) {
      const s0 = -2.5e-5;
      const a = realSquareMatrixFromRows([
        [s0, 1, 0, 0],
        [-1, s0, -k, 0],
        [0, 0, s0, 1],
        [-k, 0, -1, s0],
      ]);
      const e = eigenDecompose(a);
      expect(e.converged).toBe(true);
      expect(eigenResidual(a, e.valuesRe, e.valuesIm, e.right)).toBeLessThan(1e-14);
      const imaginary = Array.from(e.valuesIm).filter((x) => x > 0).sort();
      // Ω = √(1 ± k)
      expect(Math.abs(imaginary[1]! - imaginary[0]! - k)).toBeLessThan(1e-15);
    }
  });

  it('gives the same decomposition whatever the shift hints (they only steer the iteration)', () => {
    const random = seededRandom(31);
    for (let trial = 0; trial < 20; trial++) {
      const n = 3 + (trial % 8);
      const a = randomMatrix(n, random);
      const ws = createEigenWorkspace(n);
      // adversarial hints: eigenvalues of an unrelated matrix
      eigenDecomposeInto(ws, randomMatrix(n, random).data);
      reuseEigenvaluesAsShiftHints(ws);
      expect(eigenDecomposeInto(ws, a.data)).toBe(true);
      const right = { n, re: ws.vectorsRe, im: ws.vectorsIm };
      expect(eigenResidual(a, ws.valuesRe, ws.valuesIm, right)).toBeLessThan(1e-13 * frobenius(a) * n);
      const reference = mlMatrixEigenvalues(a);
      expect(spectrumDistance(ws.valuesRe, ws.valuesIm, reference.re, reference.im)).toBeLessThan(1e-10);
    }
  });
});
