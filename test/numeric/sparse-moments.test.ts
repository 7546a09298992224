/** The sparse second-moment matrix (through the covariance form) equals the dense closure (`lowerMoments`). */
import { describe, it, expect } from 'vitest';
import { lowerSecondMomentsSparse } from '../../src/numeric/covariance/index.js';
import { lowerMoments } from '../../src/numeric/lower.js';
import type { NumericModel } from '../../src/numeric/physical.js';
import { CHAIN } from '../oracle/helpers.js';

const MIXED: NumericModel = {
  frequencies: [1, 1.1, 0.9, 1.3],
  couplings: [
    { a: 0, b: 1, kind: 'xx', strength: 0.1 }, { a: 1, b: 2, kind: 'pp', strength: 0.05 },
    { a: 2, b: 3, kind: 'xp', strength: 0.07 }, { a: 3, b: 0, kind: 'xx', strength: -0.04 },
  ],
  baths: [{ mode: 0, label: 'h', temperature: 2, lambda2: 0.2 }, { mode: 2, label: 'm', temperature: 1.5, lambda2: 0.05 }, { mode: 3, label: 'c', temperature: 1, lambda2: 0.1 }],
  cutoff: 30,
};

describe('sparse second moments', () => {
  for (const [name, model] of [['three-mode chain', CHAIN], ['four modes, mixed couplings', MIXED], ['three-mode chain, ħ = 2 (c carries one factor ħ, M none; the dense path is checked against the Gibbs state in hbar.test.ts)', { ...CHAIN, hbar: 2 }]] as const) {
    it(name, () => {
      const sparse = lowerSecondMomentsSparse(model, 'local');
      const dense = lowerMoments({ model, equation: 'local', order: 2, basis: 'local' });
      expect(sparse.basis).toEqual(dense.basis);
      const M = dense.M.map((r) => r.map(() => 0));
      for (let e = 0; e < sparse.M.values.length; e++) M[sparse.M.rows[e]!]![sparse.M.columns[e]!]! += sparse.M.values[e]!;
      dense.M.forEach((row, i) => row.forEach((m, j) => expect(Math.abs(M[i]![j]! - m)).toBeLessThan(1e-14 * Math.max(1, Math.abs(m)))));
      dense.c.forEach((c, i) => expect(Math.abs(sparse.c[i]! - c)).toBeLessThan(1e-14 * Math.max(1, Math.abs(c))));
    });
  }
});
