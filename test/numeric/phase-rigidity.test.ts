/**
 * Phase rigidities (eqs. 21–23) as the report, Fig. 3b and the explorer compute them (`analyseMatrix`,
 * from the Schur form and spectral projectors), against closed forms.
 */
import { describe, expect, it } from 'vitest';
import { analyseMatrix } from '../../src/numeric/physics/eigen-analysis.js';
import { rowsOfRealSquareMatrix, type RealSquareMatrix } from '../../src/numeric/linalg/square-matrix.js';
import { exceptionalCoupling, globalFirstMomentMatrix, localFirstMomentMatrix } from './fixtures.js';

const rigidities = (m: RealSquareMatrix | number[][]): number[] => {
  const a = analyseMatrix(Array.isArray(m) ? m : rowsOfRealSquareMatrix(m));
  return a.phaseRigidity.map((r) => {
    expect(r).not.toBeNull();
    return r!;
  });
};

describe('phase rigidities', () => {
  it('are 1 for a symmetric matrix', () => {
    for (const x of rigidities([[2, 1, 0], [1, 3, 1], [0, 1, 4]])) expect(x).toBeCloseTo(1, 14);
  });

  it('match the closed form |b − a|/√(1 + (b − a)²) of [[a, 1], [0, b]]', () => {
    for (const gap of [1, 1e-2, 1e-5]) {
      const expected = gap / Math.sqrt(1 + gap * gap);
      for (const x of rigidities([[0.5, 1], [0, 0.5 + gap]])) expect(Math.abs(x / expected - 1)).toBeLessThan(1e-9);
    }
  });

  it('vanish at the EP of M_L,1 and are ≈ 1 far from it (ω = 1, Fig. 3b)', () => {
    const kStar = exceptionalCoupling(1);
    for (const k of [0, 10 * kStar, -10 * kStar]) for (const x of rigidities(localFirstMomentMatrix(1, k))) expect(x).toBeGreaterThan(0.99);
    // approaching k*: r ∝ |k − k*|^{1/2}
    for (const x of rigidities(localFirstMomentMatrix(1, kStar * (1 + 1e-6)))) expect(x).toBeLessThan(2e-3);
    // at k*: defective (2 × 2 Jordan blocks), no rigidity of single eigenvalues, the smallest rigidity 0
    const at = analyseMatrix(rowsOfRealSquareMatrix(localFirstMomentMatrix(1, kStar)));
    expect(at.exceptionalPointOrder).toBe(2);
    expect(at.smallestRigidity).toBe(0);
    expect(at.kappa).toBe(Infinity);
    // the global approach has no coalescence on the same line
    for (const x of rigidities(globalFirstMomentMatrix(1, kStar))) expect(x).toBeGreaterThan(0.999);
  });

  it('away from ω = 1 reduce at k = 0 to 2ω/(1 + ω²) of a lone oscillator (x and p scaled differently)', () => {
    for (const omega of [0.3, 0.5, 2]) {
      for (const x of rigidities(localFirstMomentMatrix(omega, 0))) expect(x).toBeCloseTo((2 * omega) / (1 + omega * omega), 6);
    }
  });

  it('at the diabolic point of the global equation (k = 0: two equal normal modes) κ = 1 and the projector rigidity is 1', () => {
    const a = analyseMatrix(rowsOfRealSquareMatrix(globalFirstMomentMatrix(1, 0)));
    expect(a.exceptionalPointOrder).toBeNull();
    expect(a.phaseRigidity.every((r) => r === null)).toBe(true);
    expect(a.kappa).toBeCloseTo(1, 12);
    expect(a.smallestRigidity).toBeCloseTo(1, 12);
  });
});
