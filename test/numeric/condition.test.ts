import { describe, expect, it } from 'vitest';
import { Matrix, SingularValueDecomposition, inverse } from 'ml-matrix';
import { eigenDecompose } from '../../src/numeric/linalg/eigen.js';
import {
  conditionNumberInto,
  createEigenvectorConditionWorkspace,
  kappaAboveRoundoffFloor,
} from '../../src/numeric/linalg/eigenvector-condition.js';
import { epWitness } from '../../src/numeric/linalg/ep-witness.js';
import { eigenbasisCondition } from '../../src/numeric/linalg/eigenbasis-condition.js';
import type { ComplexSquareMatrix } from '../../src/numeric/linalg/square-matrix.js';
import { realSquareMatrixFromRows } from '../../src/numeric/linalg/square-matrix.js';
import {
  exceptionalCoupling,
  globalFirstMomentMatrix,
  localFirstMomentMatrix,
  randomMatrix,
  seededRandom,
} from './fixtures.js';

/** [[Re, −Im], [Im, Re]]: its singular values are those of V, each twice. */
function realEmbedding(v: ComplexSquareMatrix): Matrix {
  const { n } = v;
  return Matrix.from1DArray(
    2 * n,
    2 * n,
    Array.from({ length: 4 * n * n }, (_, idx) => {
      const i = Math.floor(idx / (2 * n));
      const j = idx % (2 * n);
      const re = v.re[(i % n) * n + (j % n)]!;
      const im = v.im[(i % n) * n + (j % n)]!;
      if (i < n) return j < n ? re : -im;
      return j < n ? im : re;
    }),
  );
}

function kappaByMlMatrixSvd(v: ComplexSquareMatrix): number {
  const s = new SingularValueDecomposition(realEmbedding(v), { computeLeftSingularVectors: false, computeRightSingularVectors: false })
    .diagonal;
  return Math.max(...s) / Math.min(...s);
}

function spectralNorm(m: Matrix): number {
  return new SingularValueDecomposition(m, { computeLeftSingularVectors: false, computeRightSingularVectors: false }).norm2;
}

describe('κ(V)', () => {
  it('agrees with ml-matrix SVD of the 2n×2n real embedding, and with ‖V‖‖V⁻¹‖ from ml-matrix inverse', () => {
    const random = seededRandom(11);
    const matrices = [
      ...Array.from({ length: 20 }, (_, t) => randomMatrix(2 + (t % 9), random)),
      localFirstMomentMatrix(1, 0.5 * exceptionalCoupling(1)),
      localFirstMomentMatrix(0.4, 3 * exceptionalCoupling(0.4)),
      globalFirstMomentMatrix(1.3, 4e-5),
    ];
    for (const m of matrices) {
      const e = eigenDecompose(m);
      const reference = kappaByMlMatrixSvd(e.right);
      const viaInverse = spectralNorm(realEmbedding(e.right)) * spectralNorm(inverse(realEmbedding(e.right)));
      const direct = conditionNumberInto(createEigenvectorConditionWorkspace(m.n), e.right.re, e.right.im);
      const witness = epWitness(m);
      // The complex Jacobi on V and the real-storage route of the witness agree with each other …
      expect(Math.abs(witness.kappa / direct - 1)).toBeLessThan(1e-12);
      // … and with two independent dense computations.
      expect(Math.abs(direct / reference - 1)).toBeLessThan(1e-9 * Math.max(1, reference));
      expect(Math.abs(direct / viaInverse - 1)).toBeLessThan(1e-9 * Math.max(1, reference));
    }
  });

  it('is 1 for normal matrices', () => {
    const rotationLike = realSquareMatrixFromRows([
      [0, 2, 0],
      [-2, 0, 0],
      [0, 0, 5],
    ]);
    expect(epWitness(rotationLike).kappa).toBeCloseTo(1, 14);
  });

  it('never returns NaN near coalescence: exactly defective input gives a huge or infinite κ flagged unresolved', () => {
    const jordan = realSquareMatrixFromRows([
      [2, 1, 0],
      [0, 2, 1],
      [0, 0, 2],
    ]);
    const w = epWitness(jordan);
    expect(Number.isNaN(w.kappa)).toBe(false);
    expect(w.kappa).toBeGreaterThan(1e4);
    expect(w.resolved).toBe(false);
    const ws = createEigenvectorConditionWorkspace(2);
    const parallel = conditionNumberInto(ws, new Float64Array([1, 1, 0, 0]), new Float64Array(4));
    expect(parallel).toBe(Number.POSITIVE_INFINITY);
    expect(kappaAboveRoundoffFloor(parallel)).toBe(true);
    expect(kappaAboveRoundoffFloor(10)).toBe(false);
  });

  it('peaks at k* within one grid step for the local fixture (eq. 36)', () => {
    for (const omega of [0.3, 0.8, 1, 1.6]) {
      const kStar = exceptionalCoupling(omega);
      const count = 401;
      const ks = Array.from({ length: count }, (_, i) => (2.4 * kStar * i) / (count - 1) - 0.2 * kStar);
      const step = ks[1]! - ks[0]!;
      const kappas = ks.map((k) => epWitness(localFirstMomentMatrix(omega, k)).kappa);
      const peak = kappas.indexOf(Math.max(...kappas));
      expect(Math.abs(ks[peak]! - kStar)).toBeLessThanOrEqual(step);
      expect(kappas[peak]).toBeGreaterThan(100 * kappas[0]!);
      // symmetric exceptional line at −k*
      const mirrored = ks.map((k) => epWitness(localFirstMomentMatrix(omega, -k)).kappa);
      expect(Math.abs(-ks[mirrored.indexOf(Math.max(...mirrored))]! + kStar)).toBeLessThanOrEqual(step);
    }
  });

  it('stays near 1 along the same line for the global fixture (no EP, eq. 46b)', () => {
    for (const omega of [0.5, 0.8, 1, 1.25, 2]) {
      const scaleOfQuadratures = Math.max(omega, 1 / omega); // κ of a lone oscillator's (x, p) eigenvectors
      for (const factor of [0.5, 1, 2]) {
        const w = epWitness(globalFirstMomentMatrix(omega, factor * exceptionalCoupling(omega)));
        expect(w.resolved).toBe(true);
        expect(w.kappa).toBeLessThan(1.001 * scaleOfQuadratures);
      }
    }
    expect(epWitness(globalFirstMomentMatrix(1, exceptionalCoupling(1))).kappa).toBeLessThan(1.001);
  });

  it('flags double precision as unresolved close to k* and then switches to double-double', () => {
    const kStar = exceptionalCoupling(1);
    const far = eigenbasisCondition(localFirstMomentMatrix(1, 1.5 * kStar));
    expect(far.precision).toBe('double');
    expect(far.resolved).toBe(true);
    const near = eigenbasisCondition(localFirstMomentMatrix(1, kStar * (1 + 1e-10)));
    expect(near.precision).toBe('extended');
    expect(near.resolved).toBe(true);
    // κ ∝ |k − k*|^{-1/2} for an EP of order two: 1e-10 relative gives ~sqrt(1e10)/…
    expect(near.kappa).toBeGreaterThan(1e5);
  });
});
