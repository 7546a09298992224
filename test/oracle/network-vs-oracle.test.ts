/**
 * Three-mode networks under every master equation, against the Fock-space oracle, which builds
 * its own normal modes (ml-matrix eigensolver on T^{1/2} V T^{1/2}; the library uses a Cholesky
 * factor and its own degeneracy decision): an x–x chain, a hop chain, and a symmetric ring whose
 * normal modes are exactly degenerate (Ω² = ω² − k twice).
 */
import { describe, expect, it } from 'vitest';
import { lowerMoments } from '../../src/index.js';
import type { NumericModel } from '../../src/numeric/physical.js';
import { oracleMoments } from '../../src/numeric/fock/index.js';
import { networkModes } from '../../src/numeric/fock/network-modes.js';
import { CHAIN, expectAffine } from './helpers.js';

const HOP_CHAIN: NumericModel = {
  frequencies: [1.1, 1.4, 0.9],
  couplings: [
    { a: 0, b: 1, kind: 'hop', strength: 0.15 },
    { a: 1, b: 2, kind: 'hop', strength: 0.25 },
  ],
  baths: [
    { mode: 0, label: 'h', temperature: 2, lambda2: 0.2 },
    { mode: 2, label: 'c', temperature: 0.8, lambda2: 0.1 },
  ],
  cutoff: 15,
};

/** Three equal modes coupled pairwise by k: Ω² = ω² + 2k once and ω² − k twice. */
const RING: NumericModel = {
  frequencies: [1.2, 1.2, 1.2],
  couplings: [
    { a: 0, b: 1, kind: 'xx', strength: 0.2 },
    { a: 1, b: 2, kind: 'xx', strength: 0.2 },
    { a: 0, b: 2, kind: 'xx', strength: 0.2 },
  ],
  baths: [
    { mode: 0, label: 'h', temperature: 2.5, lambda2: 0.3 },
    { mode: 1, label: 'c', temperature: 0.6, lambda2: 0.15 },
  ],
  cutoff: 12,
};

/** A chain mixing pp and xx couplings (kinetic form not the identity). */
const PP_CHAIN: NumericModel = {
  frequencies: [1.0, 1.3, 1.6],
  couplings: [
    { a: 0, b: 1, kind: 'pp', strength: 0.2 },
    { a: 1, b: 2, kind: 'xx', strength: 0.3 },
  ],
  baths: [
    { mode: 0, label: 'h', temperature: 1.7, lambda2: 0.2 },
    { mode: 2, label: 'c', temperature: 0.9, lambda2: 0.25 },
  ],
  cutoff: 20,
};

type Eq = { equation: 'local' | 'global' | 'redfield' | 'partial-secular'; secularCutoff?: number };

/** A cutoff between the smallest and the largest gap of the oracle's normal-mode frequencies, so that partial-secular is neither global nor Redfield. */
function middleCutoff(model: NumericModel): number {
  const O = networkModes(model).Omega;
  const gaps = [...new Set(O.flatMap((a, i) => O.slice(i + 1).map((b) => Math.abs(a - b))).filter((g) => g > 1e-6))].sort((a, b) => a - b);
  return gaps.length > 1 ? (gaps[0]! + gaps[1]!) / 2 : gaps[0]! / 2;
}

const MODELS: Array<[string, NumericModel]> = [['x–x chain', CHAIN], ['hop chain', HOP_CHAIN], ['symmetric ring (degenerate normal modes)', RING], ['pp + xx chain', PP_CHAIN]];

describe('three-mode networks against the Fock-space oracle, every equation', () => {
  for (const [name, model] of MODELS) {
    const equations: Eq[] = [{ equation: 'local' }, { equation: 'global' }, { equation: 'redfield' }, { equation: 'partial-secular', secularCutoff: middleCutoff(model) }];
    for (const eq of equations) {
      for (const order of [1, 2] as const) {
        it(`${name}, ${eq.equation}${eq.secularCutoff === undefined ? '' : ` (X = ${eq.secularCutoff.toPrecision(3)})`}, order ${order}`, () => {
          const lowered = lowerMoments({ model, ...eq, order, basis: 'local' });
          for (const seed of [31, 32]) {
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
  it('the partial-secular cutoffs used are strictly between global and Redfield (the ring has one gap)', () => {
    const O = networkModes(CHAIN).Omega;
    const X = middleCutoff(CHAIN);
    const gaps = [Math.abs(O[0]! - O[1]!), Math.abs(O[1]! - O[2]!), Math.abs(O[0]! - O[2]!)];
    expect(gaps.some((g) => g <= X)).toBe(true);
    expect(gaps.some((g) => g > X)).toBe(true);
  });
});
