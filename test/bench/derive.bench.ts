/** Issue 2 target: local first- plus second-moment derivation < 20 ms in process, after warm-up. */
import { bench, describe } from 'vitest';
import { resonantPair } from '../../src/model/index.js';
import { deriveMoments } from '../../src/moments/index.js';

describe('symbolic derivation', () => {
  bench('local M_L,1 + M_L,2 (resonant model built each time)', () => {
    const model = resonantPair();
    deriveMoments({ model, equation: 'local', order: 1, basis: 'local' });
    deriveMoments({ model, equation: 'local', order: 2, basis: 'local' });
  }, { warmupIterations: 5, iterations: 30 });
});
