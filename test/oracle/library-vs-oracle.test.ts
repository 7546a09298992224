/**
 * The symbolic library's lowered moment equations against the Fock-space oracle: for random
 * states ρ, tr(θ 𝓛(ρ)) must equal M·⟨θ⟩ + c row by row (and likewise for the dissipative part).
 */
import { describe, expect, it } from 'vitest';
import { lowerMoments } from '../../src/index.js';
import type { NumericModel } from '../../src/numeric/physical.js';
import { oracleMoments } from '../../src/numeric/fock/index.js';
import { CHAIN, NON_RESONANT, RESONANT, expectAffine } from './helpers.js';

type Equation = 'local' | 'global' | 'redfield';
type Basis = 'local' | 'normal';

interface Case {
  readonly name: string;
  readonly model: NumericModel;
  readonly equation: Equation;
  readonly order: 1 | 2;
  readonly basis: Basis;
  readonly levels: number;
  readonly maxOccupation: number;
  readonly seeds: readonly number[];
}

const SEEDS = [11, 12, 13];

/** Two modes with a 'pp' and an 'xp' coupling (the latter x_2 p_1, i.e. a = 1, b = 0). Not the
 * paper model, so its modes are named by index (x_1, x_2). */
const PP_XP: NumericModel = {
  frequencies: [1.2, 1.5],
  couplings: [
    { a: 0, b: 1, kind: 'pp', strength: 0.2 },
    { a: 1, b: 0, kind: 'xp', strength: 0.15 },
  ],
  baths: [
    { mode: 0, label: 'h', temperature: 1.5, lambda2: 0.25 },
    { mode: 1, label: 'c', temperature: 0.5, lambda2: 0.1 },
  ],
  cutoff: 10,
};

/** 'xx' coupling plus an 'xp' coupling in the other direction (x_1 p_2). */
const XX_XP: NumericModel = {
  frequencies: [1.0, 1.4],
  couplings: [
    { a: 0, b: 1, kind: 'xx', strength: 0.1 },
    { a: 0, b: 1, kind: 'xp', strength: 0.25 },
  ],
  baths: [
    { mode: 0, label: 'h', temperature: 3, lambda2: 0.15 },
    { mode: 1, label: 'c', temperature: 1, lambda2: 0.3 },
  ],
  cutoff: 50,
};

function twoMode(name: string, model: NumericModel, equation: Equation, order: 1 | 2, basis: Basis): Case {
  return { name, model, equation, order, basis, levels: 10, maxOccupation: 5, seeds: SEEDS };
}

const CASES: Case[] = [];
for (const order of [1, 2] as const) {
  CASES.push(twoMode('resonant', RESONANT, 'local', order, 'local'));
  CASES.push(twoMode('non-resonant', NON_RESONANT, 'local', order, 'local'));
  CASES.push({ name: 'three-mode chain', model: CHAIN, equation: 'local', order, basis: 'local', levels: 7, maxOccupation: 3, seeds: [21, 22] });
  CASES.push(twoMode('pp + xp couplings', PP_XP, 'local', order, 'local'));
  CASES.push(twoMode('xx + xp couplings', XX_XP, 'local', order, 'local'));
  // x–p couplings under the normal-mode equations (Williamson normal modes; the oracle's from the Heisenberg projectors).
  for (const equation of ['global', 'redfield'] as const) {
    CASES.push(twoMode('pp + xp couplings', PP_XP, equation, order, 'local'));
    CASES.push(twoMode('xx + xp couplings', XX_XP, equation, order, 'local'));
  }
  for (const equation of ['global', 'redfield'] as const) {
    for (const basis of ['local', 'normal'] as const) {
      CASES.push(twoMode('resonant', RESONANT, equation, order, basis));
      CASES.push(twoMode('non-resonant', NON_RESONANT, equation, order, basis));
    }
  }
}

describe('library lowerMoments against the Fock-space oracle', () => {
  for (const cs of CASES) {
    it(`${cs.equation}, order ${cs.order}, ${cs.basis} basis, ${cs.name}`, () => {
      const lowered = lowerMoments({ model: cs.model, equation: cs.equation, order: cs.order, basis: cs.basis });
      for (const seed of cs.seeds) {
        const oracle = oracleMoments({
          model: cs.model,
          equation: cs.equation,
          order: cs.order,
          basis: cs.basis,
          levels: cs.levels,
          seed,
          maxOccupation: cs.maxOccupation,
        });
        expect(lowered.basis).toEqual(oracle.basis);
        const label = `${cs.equation}/${cs.order}/${cs.basis}/${cs.name}/seed ${seed}`;
        expectAffine(`${label} full`, oracle.basis, oracle.dtheta, lowered.M, oracle.theta, lowered.c);
        expectAffine(
          `${label} dissipative`,
          oracle.basis,
          oracle.dthetaDissipative,
          lowered.Mdissipative,
          oracle.theta,
          lowered.cDissipative,
        );
      }
    });
  }
});
