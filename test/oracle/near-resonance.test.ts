import { describe, it, expect } from 'vitest';
import { lowerMoments } from '../../src/numeric/lower.js';
import { oracleMoments } from '../../src/numeric/fock/index.js';
import type { NumericModel } from '../../src/numeric/physical.js';

/** Close to resonance R = √(4k² + δ²) must not lose its digits (δ = (ω_h − ω_c)(ω_h + ω_c), R by hypot). */
describe('the general model next to resonance agrees with the oracle', () => {
  it.each([
    [1.0001, 1e-9], [1.000001, 1e-10], [1.00000001, 1e-12],
  ])('ω_c = %s, k = %s', (wc, k) => {
    const model: NumericModel = {
      frequencies: [1, wc],
      couplings: [{ a: 0, b: 1, kind: 'xx', strength: k }],
      baths: [{ mode: 0, label: 'h', temperature: 2, lambda2: 0.2 }, { mode: 1, label: 'c', temperature: 1, lambda2: 0.05 }],
      cutoff: 20,
    };
    for (const equation of ['global', 'redfield'] as const) {
      const L = lowerMoments({ model, equation, order: 1, basis: 'local' });
      const o = oracleMoments({ model, equation, order: 1, basis: 'local', levels: 8, seed: 3, maxOccupation: 2 });
      L.M.forEach((row, i) => {
        const value = row.reduce((s, m, j) => s + m * o.theta[j]!, L.c[i]!);
        const scale = row.reduce((s, m, j) => s + Math.abs(m * o.theta[j]!), 0);
        expect(Math.abs(value - o.dtheta[i]!)).toBeLessThan(1e-10 * scale);
      });
    }
  });
});
