import { describe, it, expect } from 'vitest';
import { resonantPair, generalPair, type Model } from '../../src/model/index.js';
import { deriveMoments, totalMatrix } from '../../src/moments/index.js';
import { expandMoments, paperLimits } from '../../src/series/index.js';
import { evaluateDefinitions, evaluateScalar } from '../../src/numeric/evaluate.js';
import { ohmicAlgebraicWithDerivatives } from '../../src/numeric/spectral-expression.js';
import type { EquationKind } from '../../src/dissipators/index.js';
import type { SpectralDensity } from '../../src/numeric/spectral.js';

/** max |Σ_n kⁿ M^(n) − M| with every symbol lowered at coupling k. */
function truncationError(model: Model, equation: EquationKind, order: 1 | 2, to: number, k: number, spectral: SpectralDensity): number {
  const eqs = deriveMoments({ model, equation, order, basis: 'local' });
  const expansion = expandMoments(eqs, to);
  const parameters = model.resonant
    ? new Map([['omega', 1.2], ['k', k]])
    : new Map([['omega_h', 1.5], ['omega_c', 1.1], ['k', k]]);
  const values = evaluateDefinitions([...model.definitions, ...expansion.definitions], {
    parameters,
    baths: new Map([['h', { temperature: 2, lambda2: 0.3 }], ['c', { temperature: 0.7, lambda2: 0.1 }]]),
    cutoff: 15,
    spectral,
  });
  const exact = totalMatrix(eqs).map((r) => r.map((e) => evaluateScalar(e, values)));
  let worst = 0;
  exact.forEach((row, i) => row.forEach((x, j) => {
    const series = expansion.matrices.reduce((acc, m, n) => acc + k ** n * evaluateScalar(m[i]![j]!, values), 0);
    worst = Math.max(worst, Math.abs(series - x));
  }));
  return worst;
}

describe('k-expansion of the dissipative part', () => {
  const spectral = ohmicAlgebraicWithDerivatives();
  it.each([
    ['redfield', 'resonant', 1], ['global', 'resonant', 1], ['redfield', 'resonant', 2],
    ['redfield', 'general', 1], ['global', 'general', 2],
  ] as const)('%s, %s model, order %s: the error of the order-n truncation shrinks like k^(n+1)', (equation, which, order) => {
    const model = which === 'resonant' ? resonantPair() : generalPair();
    for (const to of [0, 1, 2]) {
      const e1 = truncationError(model, equation, order, to, 0.02, spectral);
      const e2 = truncationError(model, equation, order, to, 0.01, spectral);
      if (e1 < 1e-13) continue; // exact already (e.g. odd terms vanish)
      // halving k divides the error by about 2^(n+1) (2^(n+2) when the next term vanishes)
      expect(Math.log2(e1 / e2)).toBeGreaterThan(to + 1 - 0.35);
    }
  });
  it('the local equation has no k in its dissipative part: M^(n≥1) = 0', () => {
    const e = expandMoments(deriveMoments({ model: resonantPair(), equation: 'local', order: 2, basis: 'local' }), 2);
    expect(e.matrices.slice(1).every((m) => m.every((r) => r.every((x) => x.terms.length === 0)))).toBe(true);
  });
});

describe('limits (eq. 47 and App. D): the paper\'s claims, decided exactly', () => {
  const results = paperLimits();
  it('R^(0) = L for both orders, in and out of resonance', () => {
    expect(results.every((r) => r.redfieldZeroEqualsLocal)).toBe(true);
  });
  it('G^(0) ≠ L in resonance, on the diagonal (eq. 47), and G^(0) = L out of resonance', () => {
    for (const r of results) {
      expect(r.globalZeroEqualsLocal).toBe(!r.resonant);
      if (r.resonant) expect(r.differingEntries.every(([i, j]) => i === j)).toBe(true);
    }
  });
});
