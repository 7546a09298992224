/**
 * The covariance form assembled at numbers from the lowered normal-mode channels, with the pair
 * sums factorised into one outer product per clique (numeric/covariance/channel-covariance.ts),
 * against the exact pairwise derivation (moments/covariance.ts: every kept pair (ω, ω′) summed one
 * by one in the exact core, then lowered), in the same normal-mode quadratures, to 1e-12 — for
 * global (singleton groups), Redfield (two same-sign cliques per bath) and a partial-secular
 * cutoff whose kept pairs are not cliques (the per-channel path). Then the steady σ through the
 * fast route against the pairwise route's solve.
 */
import { describe, it, expect } from 'vitest';
import { channelCovariance } from '../../src/numeric/covariance/channel-covariance.js';
import { lowerCovarianceForm, denseOf, type LoweredCovariance } from '../../src/numeric/covariance/lowered-covariance.js';
import { prepareCovariance, steadyCovariance, covarianceTransient, localThermalCovariance, heatCurrentsOf } from '../../src/numeric/covariance/index.js';
import { matrixExponential } from '../../src/numeric/propagate/matrix-exponential.js';
import { localFromNormal, congruence } from '../../src/numeric/covariance/normal-to-local.js';
import { deriveCovarianceForm } from '../../src/moments/index.js';
import { channelGroups, dissipatorsOf, keptPairs } from '../../src/dissipators/index.js';
import { frameOf } from '../../src/model/index.js';
import { bridgeModel } from '../../src/numeric/model-bridge.js';
import { evaluateDefinitions } from '../../src/numeric/evaluate.js';
import { equationFor } from '../../src/numeric/lower.js';
import { solveLyapunov } from '../../src/numeric/linalg/lyapunov.js';
import type { NumericModel } from '../../src/numeric/physical.js';

const chain = (n: number): NumericModel => ({
  frequencies: Array.from({ length: n }, (_, i) => 1 + 0.1 * i),
  couplings: Array.from({ length: n - 1 }, (_, i) => ({ a: i, b: i + 1, kind: 'xx' as const, strength: 0.08 })),
  baths: [{ mode: 0, label: 'h', temperature: 2, lambda2: 0.01 }, { mode: 1, label: 'm', temperature: 1.4, lambda2: 0.015 }, { mode: n - 1, label: 'c', temperature: 1, lambda2: 0.02 }],
  cutoff: 30,
});

const maxAbs = (a: ArrayLike<number>): number => Array.from(a).reduce((m, x) => Math.max(m, Math.abs(x)), 0);
const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>): number => Array.from(a).reduce((m, x, i) => Math.max(m, Math.abs(x - b[i]!)), 0);

function expectSame(fast: LoweredCovariance, pairwise: LoweredCovariance): void {
  expect(fast.n).toBe(pairwise.n);
  expect(fast.quadratures).toEqual(pairwise.quadratures);
  const pairs: Array<[string, ArrayLike<number>, ArrayLike<number>]> = [
    ['A', fast.drift, pairwise.drift],
    ['D', fast.diffusion, pairwise.diffusion],
    ['H', denseOf(fast.hamiltonian), denseOf(pairwise.hamiltonian)],
  ];
  pairwise.baths.forEach((b, k) => {
    expect(fast.baths[k]!.bath).toBe(b.bath);
    pairs.push([`A_${b.bath}`, denseOf(fast.baths[k]!.drift), denseOf(b.drift)], [`D_${b.bath}`, denseOf(fast.baths[k]!.diffusion), denseOf(b.diffusion)]);
  });
  for (const [what, x, y] of pairs) expect(maxDiff(x, y), what).toBeLessThanOrEqual(1e-12 * Math.max(maxAbs(y), 1e-300));
}

describe('covariance form from the lowered channels (factorised) = the exact pairwise derivation', () => {
  for (const [kind, cutoff] of [['global', undefined], ['redfield', undefined], ['partial-secular', 0.105]] as const) {
    it(`5-mode chain, three baths, ${kind}: A, D, H and every A_α, D_α to 1e-12`, () => {
      const { model, input } = bridgeModel(chain(5));
      const values = evaluateDefinitions(model.definitions, input);
      const equation = equationFor(model, values, kind, cutoff);
      if (kind === 'partial-secular') {
        // The cutoff must leave kept pairs that are not cliques, or the per-channel path goes untested.
        const groups = dissipatorsOf(frameOf(model, 'normal'), equation).flatMap(channelGroups);
        expect(groups.some((g) => !g.clique)).toBe(true);
      }
      const pairwise = lowerCovarianceForm(deriveCovarianceForm({ model, equation, basis: 'normal' }), values);
      expectSame(channelCovariance(model, equation, values), pairwise);
    });
  }

  it('channel groups at cutoff 0 (global) and ∞ (redfield) are the components of the kept-pair graph, each a clique', () => {
    const { model, input } = bridgeModel(chain(5));
    const values = evaluateDefinitions(model.definitions, input);
    for (const kind of ['global', 'redfield'] as const) {
      for (const dissipator of dissipatorsOf(frameOf(model, 'normal'), equationFor(model, values, kind))) {
        // Components by union–find over keptPairs, the pair rule's own list.
        const index = new Map(dissipator.channels.map((c, i) => [c, i]));
        const root = dissipator.channels.map((_, i) => i);
        const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i]!)));
        for (const [a, b] of keptPairs(dissipator)) root[find(index.get(a)!)] = find(index.get(b)!);
        const expected = new Map<number, number[]>();
        dissipator.channels.forEach((_, i) => expected.set(find(i), [...(expected.get(find(i)) ?? []), i]));
        const groups = channelGroups(dissipator);
        expect(groups.map((g) => g.channels.map((c) => index.get(c)!))).toEqual([...expected.values()]);
        const kept = new Set(keptPairs(dissipator).map(([a, b]) => `${index.get(a)} ${index.get(b)}`));
        for (const g of groups) {
          expect(g.clique).toBe(true);
          for (const a of g.channels) for (const b of g.channels) expect(kept.has(`${index.get(a)} ${index.get(b)}`)).toBe(true);
        }
      }
    }
  });

  it('redfield, 6-mode chain: steady σ∞ (local quadratures) = the pairwise form’s σ̃∞ brought to them, T σ̃ Tᵀ (1e-11 relative)', () => {
    const nm = chain(6);
    const steady = steadyCovariance(prepareCovariance({ model: nm, equation: 'redfield' }));
    const { model, input } = bridgeModel(nm);
    const values = evaluateDefinitions(model.definitions, input);
    const pairwise = lowerCovarianceForm(deriveCovarianceForm({ model, equation: equationFor(model, values, 'redfield'), basis: 'normal' }), values);
    const solved = solveLyapunov(pairwise.drift, pairwise.diffusion, pairwise.n);
    if (solved.kind !== 'solved') throw new Error(solved.kind);
    const reference = congruence(localFromNormal(model, values), solved.x, pairwise.n);
    expect(maxDiff(steady.covariance, reference)).toBeLessThan(1e-11 * maxAbs(reference)); // the Lyapunov operator's condition number (≈ ω/κ ≈ 1e2) times rounding
    expect(steady.residual).toBeLessThan(1e-13);
  });

  it('transients, 4-mode chain, redfield: heat currents propagated in the normal-mode quadratures = the pairwise local form propagated in the local ones', () => {
    const nm = chain(4);
    const times = [0, 2.5, 30];
    const initial = localThermalCovariance(nm);
    const fast = covarianceTransient(prepareCovariance({ model: nm, equation: 'redfield' }), initial, times);
    const { model, input } = bridgeModel(nm);
    const values = evaluateDefinitions(model.definitions, input);
    const local = lowerCovarianceForm(deriveCovarianceForm({ model, equation: equationFor(model, values, 'redfield'), basis: 'local' }), values);
    const n = local.n;
    const solved = solveLyapunov(local.drift, local.diffusion, n);
    if (solved.kind !== 'solved') throw new Error(solved.kind);
    times.forEach((t, k) => {
      const e = matrixExponential({ n, data: local.drift }, t).data;
      // σ(t) = σ∞ + E (σ₀ − σ∞) Eᵀ, written out.
      const sigma = new Float64Array(n * n);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
        let s = solved.x[i * n + j]!;
        for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) s += e[i * n + a]! * (initial[a * n + b]! - solved.x[a * n + b]!) * e[j * n + b]!;
        sigma[i * n + j] = s;
      }
      const q = heatCurrentsOf(local, sigma);
      for (const bath of Object.keys(q)) expect(Math.abs(fast.heat[bath]![k]! - q[bath]!), `${bath} at t = ${t}`).toBeLessThan(1e-10 * Math.abs(q[bath]!) + 1e-15);
    });
  });

  it('redfield, 80-mode chain: the low-rank factors of D reproduce it, and the solve with them equals the solve without (1e-12)', () => {
    // The benchmark chain (equal modes, end baths): far-detuned chains leave interior modes all but undamped.
    const nm: NumericModel = {
      frequencies: Array.from({ length: 80 }, () => 1),
      couplings: Array.from({ length: 79 }, (_, i) => ({ a: i, b: i + 1, kind: 'xx' as const, strength: 0.1 })),
      baths: [{ mode: 0, label: 'h', temperature: 2, lambda2: 0.01 }, { mode: 79, label: 'c', temperature: 1, lambda2: 0.01 }],
      cutoff: 30,
    };
    const { model, input } = bridgeModel(nm);
    const values = evaluateDefinitions(model.definitions, input);
    const fast = channelCovariance(model, equationFor(model, values, 'redfield'), values);
    const factors = fast.diffusionFactors;
    if (!factors) throw new Error('no diffusion factors for Redfield');
    const n = fast.n;
    const d = new Float64Array(n * n);
    factors.u.forEach((u, k) => {
      const w = factors.w[k]!;
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) d[i * n + j] = d[i * n + j]! + u[i]! * w[j]! + w[i]! * u[j]!;
    });
    expect(maxDiff(d, fast.diffusion)).toBeLessThan(1e-13 * maxAbs(fast.diffusion));
    const plain = solveLyapunov(fast.drift, fast.diffusion, n);
    const factored = solveLyapunov(fast.drift, fast.diffusion, n, { diffusionFactors: factors });
    if (plain.kind !== 'solved' || factored.kind !== 'solved') throw new Error('not solved');
    expect(maxDiff(plain.x, factored.x)).toBeLessThan(1e-12 * maxAbs(plain.x));
    expect(factored.residual).toBeLessThan(1e-13);
  });
});
