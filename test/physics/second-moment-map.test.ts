/**
 * `ep-map --order 2` (issue 10): the second-moment map shows the largest spectral-projector norm,
 * and its exceptional line is the first moments' (App. B) and the exact line ±k*(ω), within one
 * grid cell, on the 200 × 200 default grid.
 */
import { describe, it, expect } from 'vitest';
import { epMaps } from '../../src/numeric/physics/ep-maps.js';
import { FIG2_PARAMETERS } from '../../src/numeric/paper-parameters.js';

const linspace = (a: number, b: number, m: number): number[] => Array.from({ length: m }, (_, i) => a + ((b - a) * i) / (m - 1));

describe('ep-map --order 2', () => {
  it('200 × 200: every point resolved, the ridge of max ‖P‖ on the ridge of κ of order 1 and on ±k*(ω), within one cell', async () => {
    const omegas = linspace(0.2, 2, 200);
    const ks = linspace(-1e-4, 1e-4, 200);
    const request = { equations: ['local'] as const, omegas, ks, parameters: FIG2_PARAMETERS, threads: 0 };
    const first = await epMaps({ ...request, order: 1 });
    const second = await epMaps({ ...request, order: 2 });
    const p1 = first.panels[0]!;
    const p2 = second.panels[0]!;
    expect(p1.witness).toBe('kappa');
    expect(p1.log10Witness).toEqual(p1.log10Kappa);
    expect(p2.witness).toBe('projector-norm');
    expect(p2.unresolvedWitness).toBe(0);
    expect(p2.log10Witness.every((x) => Number.isFinite(x) && x >= 0)).toBe(true);
    const W = omegas.length;
    const ridge = (values: number[], column: number, sign: number): number => {
      let best = -Infinity;
      let at = -1;
      ks.forEach((k, row) => {
        const v = values[row * W + column]!;
        if (Math.sign(k) === sign && v > best) {
          best = v;
          at = row;
        }
      });
      return at;
    };
    let checked = 0;
    omegas.forEach((omega, column) => {
      const kStar = second.line.k[column]!;
      if (!(kStar > ks[100]! && kStar < ks[199]!)) return; // the line leaves the grid at small ω
      for (const sign of [1, -1]) {
        const exact = ks.reduce((best, k, row) => (Math.abs(k - sign * kStar) < Math.abs(ks[best]! - sign * kStar) ? row : best), 0);
        const r2 = ridge(p2.log10Witness, column, sign);
        expect(Math.abs(r2 - ridge(p1.log10Witness, column, sign))).toBeLessThanOrEqual(1);
        expect(Math.abs(r2 - exact)).toBeLessThanOrEqual(1);
        checked++;
      }
      void omega;
    });
    expect(checked).toBeGreaterThan(300);
  }, 120_000);
});
