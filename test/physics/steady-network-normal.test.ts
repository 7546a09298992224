/**
 * Steady states of N-mode networks under the normal-mode equations (global, Redfield,
 * partial-secular) are derived in the normal-mode quadratures and brought to the local ones at
 * numbers (numeric/covariance/channel-covariance.ts, solved there and brought to the local quadratures by normal-to-local.ts). Checked against
 *  - the Gibbs covariance of H_S, built here from the eigen-decomposition of the potential matrix
 *    (ml-matrix), for global at equal temperatures (an identity), including a ring with degenerate
 *    normal modes;
 *  - the same equations derived in the local quadratures (every channel a sum over all modes: a
 *    different route through the exact core), solved with the same Lyapunov solver.
 */
import { describe, it, expect } from 'vitest';
import { Matrix, EigenvalueDecomposition } from 'ml-matrix';
import { prepareCovariance, steadyCovariance } from '../../src/numeric/covariance/index.js';
import { deriveCovarianceForm } from '../../src/moments/index.js';
import { bridgeModel } from '../../src/numeric/model-bridge.js';
import { evaluateDefinitions } from '../../src/numeric/evaluate.js';
import { equationFor } from '../../src/numeric/lower.js';
import { lowerCovarianceForm } from '../../src/numeric/covariance/lowered-covariance.js';
import { solveLyapunov } from '../../src/numeric/linalg/lyapunov.js';
import type { NumericModel } from '../../src/numeric/physical.js';
import type { EquationKind } from '../../src/dissipators/index.js';

const chain = (n: number, T: [number, number]): NumericModel => ({
  frequencies: Array.from({ length: n }, (_, i) => 1 + 0.1 * i),
  couplings: Array.from({ length: n - 1 }, (_, i) => ({ a: i, b: i + 1, kind: 'xx' as const, strength: 0.08 })),
  baths: [{ mode: 0, label: 'h', temperature: T[0], lambda2: 0.01 }, { mode: n - 1, label: 'c', temperature: T[1], lambda2: 0.02 }],
  cutoff: 30,
});

/** Three equal modes on a ring, equal couplings: a doubly degenerate normal-mode pair. */
const ring = (T: [number, number]): NumericModel => ({
  frequencies: [1, 1, 1],
  couplings: [{ a: 0, b: 1, kind: 'xx', strength: 0.1 }, { a: 1, b: 2, kind: 'xx', strength: 0.1 }, { a: 0, b: 2, kind: 'xx', strength: 0.1 }],
  baths: [{ mode: 0, label: 'h', temperature: T[0], lambda2: 0.01 }, { mode: 1, label: 'c', temperature: T[1], lambda2: 0.02 }],
  cutoff: 30,
});

/** Gibbs covariance of H = ½pᵀp + ½xᵀVx at temperature T (ħ = k_B = 1), order x_1, p_1, …. */
function gibbs(nm: NumericModel, T: number): number[][] {
  const n = nm.frequencies.length;
  const V = Matrix.zeros(n, n);
  nm.frequencies.forEach((w, i) => V.set(i, i, w * w));
  for (const c of nm.couplings) {
    V.set(c.a, c.b, V.get(c.a, c.b) + c.strength);
    V.set(c.b, c.a, V.get(c.b, c.a) + c.strength);
  }
  const e = new EigenvalueDecomposition(V, { assumeSymmetric: true });
  const U = e.eigenvectorMatrix;
  const W = e.realEigenvalues.map(Math.sqrt);
  const coth = (x: number): number => 1 / Math.tanh(x);
  const xx = (i: number, j: number): number => W.reduce((s, w, k) => s + U.get(i, k) * U.get(j, k) * coth(w / (2 * T)) / (2 * w), 0);
  const pp = (i: number, j: number): number => W.reduce((s, w, k) => s + U.get(i, k) * U.get(j, k) * w * coth(w / (2 * T)) / 2, 0);
  const out = Array.from({ length: 2 * n }, () => Array(2 * n).fill(0) as number[]);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    out[2 * i]![2 * j] = xx(i, j);
    out[2 * i + 1]![2 * j + 1] = pp(i, j);
  }
  return out;
}

function localRoute(nm: NumericModel, kind: EquationKind, secularCutoff?: number): Float64Array {
  const { model, input } = bridgeModel(nm);
  const values = evaluateDefinitions(model.definitions, input);
  const form = deriveCovarianceForm({ model, equation: equationFor(model, values, kind, secularCutoff), basis: 'local' });
  const lowered = lowerCovarianceForm(form, values);
  const solved = solveLyapunov(lowered.drift, lowered.diffusion, lowered.n);
  if (solved.kind !== 'solved') throw new Error('not solved');
  return solved.x;
}

const maxAbs = (a: ArrayLike<number>): number => Array.from(a).reduce((m, x) => Math.max(m, Math.abs(x)), 0);

describe('steady states of networks through the normal-mode quadratures', () => {
  for (const [name, nm] of [['4-mode chain', chain(4, [1.5, 1.5])], ['degenerate ring', ring([1.5, 1.5])]] as const) {
    it(`${name}, global, equal temperatures: σ∞ is the Gibbs covariance of H_S (1e-10)`, () => {
      const s = steadyCovariance(prepareCovariance({ model: nm, equation: 'global' }));
      const g = gibbs(nm, 1.5);
      const n = g.length;
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) expect(Math.abs(s.covariance[i * n + j]! - g[i]![j]!)).toBeLessThan(1e-10);
      for (const q of Object.values(s.heat)) expect(Math.abs(q)).toBeLessThan(1e-14);
    });
  }

  for (const [kind, cutoff] of [['global', undefined], ['redfield', undefined], ['partial-secular', 0.05]] as const) {
    it(`5-mode chain, ${kind}: the same σ∞ as the derivation in the local quadratures, ΣQ = 0`, () => {
      const nm = chain(5, [2, 1]);
      const s = steadyCovariance(prepareCovariance({ model: nm, equation: kind, ...(cutoff === undefined ? {} : { secularCutoff: cutoff }) }));
      const reference = localRoute(nm, kind, cutoff);
      const scale = maxAbs(reference);
      s.covariance.forEach((x, i) => expect(Math.abs(x - reference[i]!)).toBeLessThan(1e-10 * scale));
      const q = Object.values(s.heat);
      expect(Math.abs(s.heatSum)).toBeLessThan(1e-9 * Math.max(...q.map(Math.abs)));
    });
  }
});
