/**
 * Issue 8 target: the symbolic first- and second-moment equations of a 10-mode chain, for each
 * equation, < 1 s. Each equation in its own frame (local in the local quadratures, the others in
 * the normal modes, whose Ω_j and amplitudes are symbols); the model (numeric Williamson
 * diagonalisation, exact degeneracy test) is built once per iteration too.
 */
import { bench, describe } from 'vitest';
import { bridgeModel } from '../../src/numeric/model-bridge.js';
import { equationFor } from '../../src/numeric/lower.js';
import { evaluateDefinitions } from '../../src/numeric/evaluate.js';
import { deriveMoments } from '../../src/moments/index.js';
import type { NumericModel } from '../../src/numeric/physical.js';

const N = 10;
const CHAIN: NumericModel = {
  frequencies: Array.from({ length: N }, (_, i) => 1 + 0.1 * i),
  couplings: Array.from({ length: N - 1 }, (_, i) => ({ a: i, b: i + 1, kind: 'xx' as const, strength: 0.05 })),
  baths: [{ mode: 0, label: 'h', temperature: 2, lambda2: 0.01 }, { mode: N - 1, label: 'c', temperature: 1, lambda2: 0.01 }],
  cutoff: 30,
};

describe('10-mode x–x chain, first + second moments', () => {
  for (const equation of ['local', 'global', 'redfield', 'partial-secular'] as const) {
    bench(equation, () => {
      const { model, input } = bridgeModel(CHAIN);
      const values = evaluateDefinitions(model.definitions, input);
      const eq = equationFor(model, values, equation, equation === 'partial-secular' ? 0.05 : undefined);
      const basis = equation === 'local' ? 'local' : 'normal';
      for (const order of [1, 2] as const) deriveMoments({ model, equation: eq, order, basis });
    }, { warmupIterations: 1, iterations: 3 });
  }
});
