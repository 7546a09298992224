import { describe, expect, it } from 'vitest';
import { findExceptionalPoints } from '../../src/numeric/ep/ep-finder.js';
import { compileMatrixFiller } from '../../src/numeric/ep/matrix-filler.js';
import { exceptionalCoupling, globalFirstMomentFillerSource, localFirstMomentFillerSource } from './fixtures.js';

describe('findExceptionalPoints', () => {
  it('locates both exceptional couplings ±k* of M_L,1 to ~1e-11 relative', () => {
    for (const omega of [0.3, 1, 1.7]) {
      const kStar = exceptionalCoupling(omega);
      const found = findExceptionalPoints({ size: 4, omega, kMin: -2 * kStar, kMax: 2.1 * kStar, filler: localFirstMomentFillerSource(), samples: 101 });
      expect(found.map((p) => Math.sign(p.k))).toEqual([-1, 1]);
      for (const point of found) {
        expect(Math.abs(Math.abs(point.k) / kStar - 1)).toBeLessThan(1e-11);
        expect(point.kappa).toBeGreaterThan(1e6);
        expect(point.kappaResolved).toBe(true);
        expect(point.gapExponent).toBeCloseTo(0.5, 2);
        expect(point.kLow).toBeLessThanOrEqual(point.k);
        expect(point.kHigh).toBeGreaterThanOrEqual(point.k);
      }
    }
  });

  it('finds none for the global fixture (its k = 0 degeneracy is diabolic: the gap opens linearly)', () => {
    const kStar = exceptionalCoupling(1);
    expect(findExceptionalPoints({ size: 4, omega: 1, kMin: -3 * kStar, kMax: 3 * kStar, filler: globalFirstMomentFillerSource() })).toEqual([]);
    const compiled = compileMatrixFiller(localFirstMomentFillerSource());
    expect(findExceptionalPoints({ size: 4, omega: 1, kMin: 0.5 * kStar, kMax: 1.5 * kStar, filler: compiled, samples: 11 })).toHaveLength(1);
  });
});
