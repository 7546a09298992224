/** Issue 3 target: all twelve matrices (3 equations × 2 orders × 2 bases) plus k-expansions to second order, < 300 ms in process. */
import { bench, describe } from 'vitest';
import { resonantPair, type FrameKind } from '../../src/model/index.js';
import { deriveMoments, type MomentOrder } from '../../src/moments/index.js';
import { EQUATIONS } from '../../src/dissipators/index.js';
import { expandMoments } from '../../src/series/index.js';

describe('symbolic derivation, all equations', () => {
  bench('12 matrices + k-expansions to order 2 (resonant)', () => {
    const model = resonantPair();
    for (const equation of EQUATIONS) {
      for (const order of [1, 2] as MomentOrder[]) {
        for (const basis of ['local', 'normal'] as FrameKind[]) expandMoments(deriveMoments({ model, equation, order, basis }), 2);
      }
    }
  }, { warmupIterations: 2, iterations: 5 });
  bench('12 matrices only (resonant)', () => {
    const model = resonantPair();
    for (const equation of EQUATIONS) {
      for (const order of [1, 2] as MomentOrder[]) {
        for (const basis of ['local', 'normal'] as FrameKind[]) deriveMoments({ model, equation, order, basis });
      }
    }
  }, { warmupIterations: 2, iterations: 5 });
});
