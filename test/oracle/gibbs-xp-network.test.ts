/**
 * Identity: with every bath at one temperature T, the global equation's steady second moments are
 * those of the Gibbs state of H_S, for networks with x–p couplings. The Gibbs covariance is built
 * by the oracle (src/numeric/fock/dynamical-modes.ts), not from a symplectic diagonalisation:
 * σ = −φ(G) J with G = J K the Heisenberg generator and φ(z) = (i/2) coth(−iz/2T), through the
 * spectral projectors of G. Checked first against the closed form of one oscillator and the
 * point-transformation Gibbs state of an x–x chain.
 */
import { describe, expect, it } from 'vitest';
import { Matrix, solve, inverse } from 'ml-matrix';
import { lowerMoments } from '../../src/numeric/lower.js';
import { prepareCovariance, steadyCovariance } from '../../src/numeric/covariance/index.js';
import type { NumericModel } from '../../src/numeric/physical.js';
import { gibbsCovariance } from '../../src/numeric/fock/dynamical-modes.js';
import { networkModes } from '../../src/numeric/fock/network-modes.js';

const T = 1.3;
const bath = (mode: number, label: string, lambda2: number) => ({ mode, label, temperature: T, lambda2 });
const MODELS: Array<[string, NumericModel]> = [
  ['xx + xp chain', { frequencies: [1.2, 1.5, 1.0], couplings: [{ a: 0, b: 1, kind: 'xp', strength: 0.3 }, { a: 1, b: 2, kind: 'xx', strength: 0.2 }], baths: [bath(0, 'h', 0.2), bath(2, 'c', 0.1)], cutoff: 15 }],
  ['xx + pp + xp + hop', { frequencies: [1.1, 1.6, 0.9], couplings: [{ a: 0, b: 1, kind: 'xx', strength: 0.15 }, { a: 1, b: 2, kind: 'pp', strength: 0.2 }, { a: 2, b: 0, kind: 'xp', strength: 0.25 }, { a: 0, b: 1, kind: 'xp', strength: -0.1 }, { a: 0, b: 2, kind: 'hop', strength: 0.05 }], baths: [bath(1, 'h', 0.25), bath(2, 'c', 0.15)], cutoff: 18 }],
  ['four modes, two x–p', { frequencies: [1.0, 1.3, 1.7, 1.1], couplings: [{ a: 0, b: 1, kind: 'xp', strength: 0.2 }, { a: 2, b: 1, kind: 'xp', strength: 0.15 }, { a: 2, b: 3, kind: 'xx', strength: 0.3 }], baths: [bath(0, 'h', 0.2), bath(3, 'c', 0.3)], cutoff: 20 }],
];

const coth = (x: number): number => 1 / Math.tanh(x);

describe('the oracle\'s Gibbs covariance', () => {
  it('is that of one oscillator: diag(coth(ω/2T)/(2ω), ω coth(ω/2T)/2)', () => {
    const w = 1.7;
    const s = gibbsCovariance({ frequencies: [w], couplings: [], baths: [], cutoff: 10 }, T);
    expect(Math.abs(s[0]![0]! - coth(w / (2 * T)) / (2 * w))).toBeLessThan(1e-14);
    expect(Math.abs(s[1]![1]! - (w * coth(w / (2 * T))) / 2)).toBeLessThan(1e-14);
    expect(Math.abs(s[0]![1]!) + Math.abs(s[1]![0]!)).toBeLessThan(1e-14);
  });
  it('is the point-transformation Gibbs state of an x–x + p–p chain (x = L η, p = L⁻ᵀ Π)', () => {
    const model: NumericModel = { frequencies: [1.0, 1.3, 1.6], couplings: [{ a: 0, b: 1, kind: 'pp', strength: 0.2 }, { a: 1, b: 2, kind: 'xx', strength: 0.3 }], baths: [], cutoff: 20 };
    const { Omega, L } = networkModes(model);
    const Lm = new Matrix(L.map((r) => [...r]));
    const Q = inverse(Lm).transpose();
    const s = gibbsCovariance(model, T);
    for (let a = 0; a < 3; a++) for (let b = 0; b < 3; b++) {
      const xx = Omega.reduce((t, w, j) => t + Lm.get(a, j) * Lm.get(b, j) * coth(w / (2 * T)) / (2 * w), 0);
      const pp = Omega.reduce((t, w, j) => t + Q.get(a, j) * Q.get(b, j) * w * coth(w / (2 * T)) / 2, 0);
      expect(Math.abs(s[2 * a]![2 * b]! - xx)).toBeLessThan(1e-12);
      expect(Math.abs(s[2 * a + 1]![2 * b + 1]! - pp)).toBeLessThan(1e-12);
      expect(Math.abs(s[2 * a]![2 * b + 1]!)).toBeLessThan(1e-12);
    }
  });
});

describe('equal temperatures, x–p couplings: the global steady state is the Gibbs state of H_S', () => {
  for (const [name, model] of MODELS) {
    const sigma = gibbsCovariance(model, T);
    const scale = Math.max(...sigma.flat().map(Math.abs));
    const n = model.frequencies.length;
    const moment = (b: string): number => {
      const sq = /^([xp])_(\d+)\^2$/.exec(b);
      if (sq) { const i = 2 * (Number(sq[2]) - 1) + (sq[1] === 'p' ? 1 : 0); return sigma[i]![i]!; }
      const anti = /^\{x_(\d+),p_(\d+)\}\/2$/.exec(b);
      if (anti) { const a = Number(anti[1]) - 1; return sigma[2 * a]![2 * a + 1]!; }
      const pair = /^([xp])_(\d+) ([xp])_(\d+)$/.exec(b);
      if (pair) return sigma[2 * (Number(pair[2]) - 1) + (pair[1] === 'p' ? 1 : 0)]![2 * (Number(pair[4]) - 1) + (pair[3] === 'p' ? 1 : 0)]!;
      throw new Error(`unknown moment ${b}`);
    };
    it(`${name}: second moments of lowerMoments`, () => {
      const lowered = lowerMoments({ model, equation: 'global', order: 2, basis: 'local' });
      expect(lowered.basis).toHaveLength(n * (2 * n + 1));
      const steady = solve(new Matrix(lowered.M), Matrix.columnVector(lowered.c.map((v) => -v))).getColumn(0);
      lowered.basis.forEach((b, i) => expect(Math.abs(steady[i]! - moment(b)), b).toBeLessThan(1e-10 * scale));
    });
    it(`${name}: the covariance path (steady)`, () => {
      const steady = steadyCovariance(prepareCovariance({ model, equation: 'global' }));
      for (let i = 0; i < 2 * n; i++) for (let j = 0; j < 2 * n; j++) {
        expect(Math.abs(steady.covariance[i * 2 * n + j]! - sigma[i]![j]!), `σ[${i}][${j}]`).toBeLessThan(1e-10 * scale);
      }
    });
  }
});
