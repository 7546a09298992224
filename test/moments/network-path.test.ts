/**
 * The general N-mode path (numeric Williamson normal modes, amplitudes and Ω_j as symbols)
 * against the closed-form two-resonator derivations, and the limits of the secular cutoff.
 */
import { describe, expect, it } from 'vitest';
import type { Scalar } from '../../src/algebra/index.js';
import { type Model, resonantPair, generalPair } from '../../src/model/index.js';
import { deriveMoments, totalMatrix, totalConstant } from '../../src/moments/index.js';
import { masterEquation } from '../../src/dissipators/index.js';
import { bridgeModel } from '../../src/numeric/model-bridge.js';
import { lowerMoments } from '../../src/numeric/lower.js';
import type { NumericModel } from '../../src/numeric/physical.js';
import { networkModes } from '../../src/numeric/fock/network-modes.js';

const pair = (wh: number, wc: number, k: number): NumericModel => ({
  frequencies: [wh, wc],
  couplings: [{ a: 0, b: 1, kind: 'xx', strength: k }],
  baths: [{ mode: 0, label: 'h', temperature: 2, lambda2: 0.2 }, { mode: 1, label: 'c', temperature: 0.7, lambda2: 0.05 }],
  cutoff: 20,
});

/** The closed form's symbols for the general path's: x_α amplitudes → P, bare frequencies and coupling → the pair's. */
function closedFormSubstitution(closed: Model, resonant: boolean): Map<string, Scalar> {
  const s = closed.scalars;
  const P = closed.normalModes!.P;
  const wh = resonant ? 'omega' : 'omega_h';
  const wc = resonant ? 'omega' : 'omega_c';
  const map = new Map<string, Scalar>([
    ['omega_1', s.symbol(wh)], ['omega_2', s.symbol(wc)], ['k_xx_12', s.symbol('k')],
    ['u_1_1', P[0]![0]!], ['u_1_2', P[0]![1]!], ['u_2_1', P[1]![0]!], ['u_2_2', P[1]![1]!],
  ]);
  for (const bath of ['h', 'c']) for (const rate of ['Delta', 'Sigma']) {
    map.set(`${rate}_${bath}_omega_1`, s.symbol(`${rate}_${bath}_${wh}`));
    map.set(`${rate}_${bath}_omega_2`, s.symbol(`${rate}_${bath}_${wc}`));
  }
  return map;
}

describe('two resonators: the general path gives the closed-form derivations', () => {
  for (const resonant of [true, false]) {
    const nm = resonant ? pair(1.3, 1.3, 0.3) : pair(1.6, 1.1, 0.25);
    const closed = resonant ? resonantPair() : generalPair();
    const general = bridgeModel(nm, undefined, { generalPath: true }).model;
    const map = closedFormSubstitution(closed, resonant);
    for (const equation of ['local', 'global', 'redfield'] as const) {
      for (const order of [1, 2] as const) {
        for (const basis of ['local', 'normal'] as const) {
          it(`${resonant ? 'resonant' : 'general'} pair, ${equation}, order ${order}, ${basis} basis: exactly, symbolically`, () => {
            const s = closed.scalars;
            const a = deriveMoments({ model: general, equation, order, basis });
            const b = deriveMoments({ model: closed, equation, order, basis });
            const Ma = totalMatrix(a);
            const Mb = totalMatrix(b);
            Mb.forEach((row, i) => row.forEach((entry, j) => {
              expect(s.isZero(s.sub(s.substitute(Ma[i]![j]!, map), entry)), `M[${i}][${j}]`).toBe(true);
            }));
            const ca = totalConstant(a);
            totalConstant(b).forEach((entry, i) => expect(s.isZero(s.sub(s.substitute(ca[i]!, map), entry)), `c[${i}]`).toBe(true));
          });
          it(`${resonant ? 'resonant' : 'general'} pair, ${equation}, order ${order}, ${basis} basis: lowered to 1e-12`, () => {
            const a = lowerMoments({ model: nm, equation, order, basis, bridge: { generalPath: true } });
            const b = lowerMoments({ model: nm, equation, order, basis });
            const scale = Math.max(...b.M.flat().map(Math.abs), ...b.c.map(Math.abs));
            b.M.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(a.M[i]![j]! - v), `M[${i}][${j}]`).toBeLessThan(1e-12 * scale)));
            b.c.forEach((v, i) => expect(Math.abs(a.c[i]! - v), `c[${i}]`).toBeLessThan(1e-12 * scale));
          });
        }
      }
    }
  }
});

const CHAIN: NumericModel = {
  frequencies: [1.2, 1.5, 1.0],
  couplings: [{ a: 0, b: 1, kind: 'xx', strength: 0.2 }, { a: 1, b: 2, kind: 'hop', strength: 0.15 }],
  baths: [{ mode: 0, label: 'h', temperature: 2, lambda2: 0.2 }, { mode: 2, label: 'c', temperature: 0.8, lambda2: 0.1 }],
  cutoff: 15,
};
const RING: NumericModel = {
  frequencies: [1.2, 1.2, 1.2],
  couplings: [{ a: 0, b: 1, kind: 'xx', strength: 0.2 }, { a: 1, b: 2, kind: 'xx', strength: 0.2 }, { a: 0, b: 2, kind: 'xx', strength: 0.2 }],
  baths: [{ mode: 0, label: 'h', temperature: 2.5, lambda2: 0.3 }, { mode: 1, label: 'c', temperature: 0.6, lambda2: 0.15 }],
  cutoff: 12,
};

describe('limits of the secular cutoff, exactly', () => {
  for (const [name, nm] of [['hop + xx chain', CHAIN], ['degenerate ring', RING], ['paper pair', pair(1.6, 1.1, 0.25)]] as const) {
    const { model } = bridgeModel(nm);
    const values = new Map(networkModes(nm).Omega.map((w, j) => [`Omega${j + 1}`, w]));
    const gaps = [...values.values()].flatMap((a) => [...values.values()].map((b) => Math.abs(a - b)));
    for (const order of [1, 2] as const) {
      it(`${name}, order ${order}: cutoff 0 is global, a cutoff above every gap is redfield`, () => {
        const s = model.scalars;
        const derive = (equation: ReturnType<typeof masterEquation>) => totalMatrix(deriveMoments({ model, equation, order, basis: 'normal' }));
        const same = (A: Scalar[][], B: Scalar[][]): boolean => A.every((row, i) => row.every((x, j) => s.isZero(s.sub(x, B[i]![j]!))));
        const global = derive(masterEquation('global'));
        const redfield = derive(masterEquation('redfield'));
        expect(same(derive(masterEquation('partial-secular', { secularCutoff: 0, bohrValues: values })), global)).toBe(true);
        expect(same(derive(masterEquation('partial-secular', { secularCutoff: 1.01 * Math.max(...gaps), bohrValues: values })), redfield)).toBe(true);
        expect(same(global, redfield)).toBe(false);
      });
    }
  }
  it('the ring has exactly degenerate normal modes, one frequency symbol for both', () => {
    const { model } = bridgeModel(RING);
    expect(model.normalModes!.frequencies).toEqual(['Omega1', 'Omega2', 'Omega2']);
  });
});
