/**
 * Networks with x–p couplings (the general symplectic, Williamson, normal modes of
 * numeric/normal-modes.ts) under every master equation, against the Fock-space oracle. The
 * oracle does not diagonalise H_S symplectically: its jump operators are the parts of x_α at each
 * Bohr frequency, from the spectral projectors of the Heisenberg equations dξ/dt = J K ξ
 * (src/numeric/fock/dynamical-modes.ts, ml-matrix's general eigensolver).
 */
import { describe, expect, it } from 'vitest';
import { lowerMoments } from '../../src/index.js';
import type { NumericModel } from '../../src/numeric/physical.js';
import { oracleMoments } from '../../src/numeric/fock/index.js';
import { dynamicalModes } from '../../src/numeric/fock/dynamical-modes.js';
import { expectAffine } from './helpers.js';

/** A chain with one x–p coupling: H ∋ k x_1 p_2 + k′ x_2 x_3. */
export const XP_CHAIN: NumericModel = {
  frequencies: [1.2, 1.5, 1.0],
  couplings: [
    { a: 0, b: 1, kind: 'xp', strength: 0.3 },
    { a: 1, b: 2, kind: 'xx', strength: 0.2 },
  ],
  baths: [
    { mode: 0, label: 'h', temperature: 2, lambda2: 0.2 },
    { mode: 2, label: 'c', temperature: 0.8, lambda2: 0.1 },
  ],
  cutoff: 15,
};

/** Every kind at once: xx, pp, xp (both orders) and hop, baths on two modes. */
export const MIXED: NumericModel = {
  frequencies: [1.1, 1.6, 0.9],
  couplings: [
    { a: 0, b: 1, kind: 'xx', strength: 0.15 },
    { a: 1, b: 2, kind: 'pp', strength: 0.2 },
    { a: 2, b: 0, kind: 'xp', strength: 0.25 },
    { a: 0, b: 1, kind: 'xp', strength: -0.1 },
    { a: 0, b: 2, kind: 'hop', strength: 0.05 },
  ],
  baths: [
    { mode: 1, label: 'h', temperature: 2.2, lambda2: 0.25 },
    { mode: 2, label: 'c', temperature: 0.7, lambda2: 0.15 },
  ],
  cutoff: 18,
};

type Eq = { equation: 'local' | 'global' | 'redfield' | 'partial-secular'; secularCutoff?: number };

/** A cutoff between the smallest and the second gap of the oracle's Bohr frequencies. */
function middleCutoff(model: NumericModel): number {
  const O = dynamicalModes(model).Omega;
  const gaps = O.flatMap((a, i) => O.slice(i + 1).map((b) => Math.abs(a - b))).sort((a, b) => a - b);
  return (gaps[0]! + gaps[1]!) / 2;
}

const MODELS: Array<[string, NumericModel]> = [['xx + xp chain', XP_CHAIN], ['xx + pp + xp + hop', MIXED]];

describe('x–p coupled three-mode networks against the Fock-space oracle, every equation', () => {
  for (const [name, model] of MODELS) {
    const equations: Eq[] = [{ equation: 'local' }, { equation: 'global' }, { equation: 'redfield' }, { equation: 'partial-secular', secularCutoff: middleCutoff(model) }];
    for (const eq of equations) {
      for (const order of [1, 2] as const) {
        it(`${name}, ${eq.equation}, order ${order}`, () => {
          const lowered = lowerMoments({ model, ...eq, order, basis: 'local' });
          for (const seed of [41, 42]) {
            const oracle = oracleMoments({ model, ...eq, order, basis: 'local', levels: 7, seed, maxOccupation: 3 });
            expect(lowered.basis).toEqual(oracle.basis);
            const label = `${name}/${eq.equation}/${order}/seed ${seed}`;
            expectAffine(`${label} full`, oracle.basis, oracle.dtheta, lowered.M, oracle.theta, lowered.c);
            expectAffine(`${label} dissipative`, oracle.basis, oracle.dthetaDissipative, lowered.Mdissipative, oracle.theta, lowered.cDissipative);
          }
        });
      }
    }
  }
  it('the partial-secular cutoffs keep some cross pairs and drop others', () => {
    for (const [, model] of MODELS) {
      const O = dynamicalModes(model).Omega;
      const X = middleCutoff(model);
      const gaps = [Math.abs(O[0]! - O[1]!), Math.abs(O[1]! - O[2]!), Math.abs(O[0]! - O[2]!)];
      expect(gaps.some((g) => g <= X)).toBe(true);
      expect(gaps.some((g) => g > X)).toBe(true);
    }
  });
  it('the x–p models really mix x and p in their normal modes (global differs from the point-transformation form)', () => {
    // x_α has a component on Π_j: the positive-frequency part of x_1 is not a real multiple of a ladder operator of (η, Π) pairs alone.
    const { projectors } = dynamicalModes(XP_CHAIN);
    const row = projectors[0]!;
    // For a point transformation (P_g)_{x_a, p_b} is i × real with (P_g)_{x_a, x_b} real; here a real part appears on some p column.
    const mixed = row.re[0]!.some((v, b) => b % 2 === 1 && Math.abs(v) > 1e-3) || row.im[0]!.some((v, b) => b % 2 === 0 && Math.abs(v) > 1e-3);
    expect(mixed).toBe(true);
  });
});
