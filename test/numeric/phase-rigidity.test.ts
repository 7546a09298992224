import { describe, expect, it } from 'vitest';
import { phaseRigidities } from '../../src/numeric/linalg/phase-rigidity.js';
import { extendedPrecisionEigenbasis } from '../../src/numeric/linalg/extended-precision-eigenbasis.js';
import { realSquareMatrixFromRows } from '../../src/numeric/linalg/square-matrix.js';
import { exceptionalCoupling, globalFirstMomentMatrix, localFirstMomentMatrix } from './fixtures.js';

describe('phase rigidities', () => {
  it('are 1 for a symmetric matrix', () => {
    const r = phaseRigidities(realSquareMatrixFromRows([[2, 1, 0], [1, 3, 1], [0, 1, 4]]));
    for (const x of r) expect(x).toBeCloseTo(1, 14);
  });

  it('match the closed form |b − a|/√(1 + (b − a)²) of [[a, 1], [0, b]]', () => {
    for (const gap of [1, 1e-2, 1e-5]) {
      const r = phaseRigidities(realSquareMatrixFromRows([[0.5, 1], [0, 0.5 + gap]]));
      const expected = gap / Math.sqrt(1 + gap * gap);
      for (const x of r) expect(Math.abs(x / expected - 1)).toBeLessThan(1e-9);
    }
  });

  it('vanish at the EP of M_L,1 and are ≈ 1 far from it (ω = 1, Fig. 3b)', () => {
    const kStar = exceptionalCoupling(1);
    for (const k of [0, 10 * kStar, -10 * kStar]) {
      for (const x of phaseRigidities(localFirstMomentMatrix(1, k))) expect(x).toBeGreaterThan(0.99);
    }
    // approaching k*: r ∝ |k − k*|^{1/2}
    const near = phaseRigidities(localFirstMomentMatrix(1, kStar * (1 + 1e-6)));
    for (const x of near) expect(x).toBeLessThan(2e-3);
    const at = extendedPrecisionEigenbasis(localFirstMomentMatrix(1, kStar));
    for (const x of at.phaseRigidities) expect(x).toBeLessThan(1e-7);
    // the global approach has no coalescence on the same line
    for (const x of phaseRigidities(globalFirstMomentMatrix(1, kStar))) expect(x).toBeGreaterThan(0.999);
  });

  it('away from ω = 1 reduce at k = 0 to 2ω/(1 + ω²) of a lone oscillator (x and p scaled differently)', () => {
    for (const omega of [0.3, 0.5, 2]) {
      for (const x of phaseRigidities(localFirstMomentMatrix(omega, 0))) {
        expect(x).toBeCloseTo((2 * omega) / (1 + omega * omega), 6);
      }
    }
  });
});
