import { describe, it, expect } from 'vitest';
import { deriveHeatCurrents } from '../../src/moments/index.js';
import { bridgeModel } from '../../src/numeric/model-bridge.js';
import { evaluateDefinitions, evaluateScalar } from '../../src/numeric/evaluate.js';
import { oracleHeatCurrents } from '../../src/numeric/fock/index.js';
import type { NumericModel } from '../../src/numeric/physical.js';

const model = (wh: number, wc: number): NumericModel => ({
  frequencies: [wh, wc],
  couplings: [{ a: 0, b: 1, kind: 'xx', strength: 0.31 }],
  baths: [{ mode: 0, label: 'h', temperature: 1.7, lambda2: 0.25 }, { mode: 1, label: 'c', temperature: 0.6, lambda2: 0.08 }],
  cutoff: 18,
});

describe('heat currents ⟨D_α†(H_S)⟩ (eq. 50) against tr(H_S D_α(ρ)) in the Fock space', () => {
  const cases = (['local', 'global', 'redfield'] as const).flatMap((equation) =>
    (['local', 'normal'] as const).flatMap((basis) => [[equation, basis, 1.2, 1.2], [equation, basis, 1.5, 1.0]] as const),
  );
  it.each(cases)('%s equation, %s basis, ω_h = %s, ω_c = %s', (equation, basis, wh, wc) => {
    const nm = model(wh, wc);
    const { model: symbolic, input } = bridgeModel(nm);
    const values = evaluateDefinitions(symbolic.definitions, input);
    const heat = deriveHeatCurrents({ model: symbolic, equation, basis });
    for (const seed of [3, 4]) {
      const oracle = oracleHeatCurrents({ model: nm, equation, basis, levels: 12, seed, maxOccupation: 3 });
      for (const current of heat.currents) {
        let value = evaluateScalar(current.form.constant, values);
        let scale = Math.abs(value);
        current.form.coefficients.forEach((c, i) => {
          const t = evaluateScalar(c, values) * oracle.theta[i]!;
          value += t;
          scale += Math.abs(t);
        });
        expect(Math.abs(value - oracle.heat[current.bath]!)).toBeLessThan(1e-10 * scale);
      }
    }
  });
});
