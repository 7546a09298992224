/**
 * Identity: with every bath at one temperature T, the global equation's steady second moments
 * are those of the Gibbs state of H_S. The Gibbs covariance is built independently, from the
 * oracle's own normal modes (x = L η, p = L⁻ᵀ Π): ⟨η_j²⟩ = coth(Ω_j/2T)/(2Ω_j),
 * ⟨Π_j²⟩ = Ω_j coth(Ω_j/2T)/2, ⟨{η_j, Π_j}⟩ = 0, modes uncorrelated (docs/conventions.md).
 */
import { describe, expect, it } from 'vitest';
import { Matrix, solve, inverse } from 'ml-matrix';
import { lowerMoments } from '../../src/numeric/lower.js';
import type { NumericModel } from '../../src/numeric/physical.js';
import { networkModes } from '../../src/numeric/fock/network-modes.js';

const T = 1.3;
const bath = (mode: number, label: string, lambda2: number) => ({ mode, label, temperature: T, lambda2 });
const MODELS: Array<[string, NumericModel]> = [
  ['x–x chain', { frequencies: [1.2, 1.5, 1.0], couplings: [{ a: 0, b: 1, kind: 'xx', strength: 0.2 }, { a: 1, b: 2, kind: 'xx', strength: 0.35 }], baths: [bath(0, 'h', 0.2), bath(2, 'c', 0.1)], cutoff: 15 }],
  ['hop chain', { frequencies: [1.1, 1.4, 0.9], couplings: [{ a: 0, b: 1, kind: 'hop', strength: 0.15 }, { a: 1, b: 2, kind: 'hop', strength: 0.25 }], baths: [bath(0, 'h', 0.2), bath(2, 'c', 0.1)], cutoff: 15 }],
  ['pp + xx chain', { frequencies: [1.0, 1.3, 1.6], couplings: [{ a: 0, b: 1, kind: 'pp', strength: 0.2 }, { a: 1, b: 2, kind: 'xx', strength: 0.3 }], baths: [bath(0, 'h', 0.2), bath(2, 'c', 0.25)], cutoff: 20 }],
  ['degenerate ring', { frequencies: [1.2, 1.2, 1.2], couplings: [{ a: 0, b: 1, kind: 'xx', strength: 0.2 }, { a: 1, b: 2, kind: 'xx', strength: 0.2 }, { a: 0, b: 2, kind: 'xx', strength: 0.2 }], baths: [bath(0, 'h', 0.3), bath(1, 'c', 0.15)], cutoff: 12 }],
];

function gibbsMoments(model: NumericModel): Map<string, number> {
  const { Omega, L } = networkModes(model);
  const Lm = new Matrix(L.map((r) => [...r]));
  const Q = inverse(Lm).transpose();
  const n = Omega.length;
  const coth = (x: number): number => 1 / Math.tanh(x);
  const eta2 = Omega.map((w) => coth(w / (2 * T)) / (2 * w));
  const pi2 = Omega.map((w) => (w * coth(w / (2 * T))) / 2);
  const xx = (a: number, b: number): number => Omega.reduce((s, _, j) => s + Lm.get(a, j) * Lm.get(b, j) * eta2[j]!, 0);
  const pp = (a: number, b: number): number => Omega.reduce((s, _, j) => s + Q.get(a, j) * Q.get(b, j) * pi2[j]!, 0);
  const out = new Map<string, number>();
  const name = (a: number): string => String(a + 1);
  for (let a = 0; a < n; a++) {
    out.set(`x_${name(a)}^2`, xx(a, a));
    out.set(`p_${name(a)}^2`, pp(a, a));
    out.set(`{x_${name(a)},p_${name(a)}}/2`, 0);
    for (let b = a + 1; b < n; b++) {
      out.set(`x_${name(a)} p_${name(b)}`, 0);
      out.set(`x_${name(b)} p_${name(a)}`, 0);
      out.set(`x_${name(a)} x_${name(b)}`, xx(a, b));
      out.set(`p_${name(a)} p_${name(b)}`, pp(a, b));
    }
  }
  return out;
}

describe('equal temperatures: the global steady state is the Gibbs state of H_S', () => {
  for (const [name, model] of MODELS) {
    it(name, () => {
      const lowered = lowerMoments({ model, equation: 'global', order: 2, basis: 'local' });
      const steady = solve(new Matrix(lowered.M), Matrix.columnVector(lowered.c.map((v) => -v))).getColumn(0);
      const gibbs = gibbsMoments(model);
      const scale = Math.max(...[...gibbs.values()].map(Math.abs));
      lowered.basis.forEach((b, i) => {
        const expected = gibbs.get(b);
        expect(expected, b).toBeDefined();
        expect(Math.abs(steady[i]! - expected!), b).toBeLessThan(1e-10 * scale);
      });
    });
  }
});
