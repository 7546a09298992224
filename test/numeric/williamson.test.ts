/**
 * The general symplectic (Williamson) normal modes of numeric/normal-modes.ts, against identities
 * and independent computations: S J Sᵀ = J and Sᵀ K S = ⊕ diag(Ω², 1) (the theorem itself), the
 * Ω_j against the eigenvalues ±iΩ_j of the Heisenberg generator J K (ml-matrix's general
 * eigensolver, a different algorithm), the exact degeneracy decision, refusal of an H_S unbounded
 * below, and, for models without x–p couplings, agreement with the point-transformation path.
 */
import { describe, expect, it } from 'vitest';
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { lowerMoments } from '../../src/numeric/lower.js';
import type { NumericModel } from '../../src/numeric/physical.js';
import { numericNormalModes, williamson, hamiltonianMatrix } from '../../src/numeric/normal-modes.js';
import { bridgeModel } from '../../src/numeric/model-bridge.js';
import { InputError } from '../../src/numeric/input-error.js';
import { oracleMoments } from '../../src/numeric/fock/index.js';
import { expectAffine } from '../oracle/helpers.js';

const bath = (mode: number, label: string, temperature: number, lambda2: number) => ({ mode, label, temperature, lambda2 });

const XP_CHAIN: NumericModel = { frequencies: [1.2, 1.5, 1.0], couplings: [{ a: 0, b: 1, kind: 'xp', strength: 0.3 }, { a: 1, b: 2, kind: 'xx', strength: 0.2 }], baths: [bath(0, 'h', 2, 0.2), bath(2, 'c', 0.8, 0.1)], cutoff: 15 };
const MIXED: NumericModel = { frequencies: [1.1, 1.6, 0.9], couplings: [{ a: 0, b: 1, kind: 'xx', strength: 0.15 }, { a: 1, b: 2, kind: 'pp', strength: 0.2 }, { a: 2, b: 0, kind: 'xp', strength: 0.25 }, { a: 0, b: 1, kind: 'xp', strength: -0.1 }, { a: 0, b: 2, kind: 'hop', strength: 0.05 }], baths: [bath(1, 'h', 2.2, 0.25), bath(2, 'c', 0.7, 0.15)], cutoff: 18 };
/** Two identical x–p coupled pairs (0–2 and 1–3): every Ω exactly twice. */
const DOUBLED: NumericModel = { frequencies: [1.2, 1.2, 0.9, 0.9], couplings: [{ a: 0, b: 2, kind: 'xp', strength: 0.3 }, { a: 1, b: 3, kind: 'xp', strength: 0.3 }, { a: 0, b: 1, kind: 'xx', strength: 0 }], baths: [bath(0, 'h', 2, 0.2), bath(3, 'c', 0.8, 0.3)], cutoff: 15 };

const CHAIN: NumericModel = { frequencies: [1.2, 1.5, 1.0], couplings: [{ a: 0, b: 1, kind: 'xx', strength: 0.2 }, { a: 1, b: 2, kind: 'xx', strength: 0.35 }], baths: [bath(0, 'h', 2, 0.2), bath(2, 'c', 0.8, 0.1)], cutoff: 15 };
const HOP_CHAIN: NumericModel = { frequencies: [1.1, 1.4, 0.9], couplings: [{ a: 0, b: 1, kind: 'hop', strength: 0.15 }, { a: 1, b: 2, kind: 'hop', strength: 0.25 }], baths: [bath(0, 'h', 2, 0.2), bath(2, 'c', 0.8, 0.1)], cutoff: 15 };
const PP_CHAIN: NumericModel = { frequencies: [1.0, 1.3, 1.6], couplings: [{ a: 0, b: 1, kind: 'pp', strength: 0.2 }, { a: 1, b: 2, kind: 'xx', strength: 0.3 }], baths: [bath(0, 'h', 1.7, 0.2), bath(2, 'c', 0.9, 0.25)], cutoff: 20 };
const RING: NumericModel = { frequencies: [1.2, 1.2, 1.2], couplings: [{ a: 0, b: 1, kind: 'xx', strength: 0.2 }, { a: 1, b: 2, kind: 'xx', strength: 0.2 }, { a: 0, b: 2, kind: 'xx', strength: 0.2 }], baths: [bath(0, 'h', 2.5, 0.3), bath(1, 'c', 0.6, 0.15)], cutoff: 12 };

const J = (dim: number): Matrix => {
  const m = Matrix.zeros(dim, dim);
  for (let i = 0; i < dim; i += 2) { m.set(i, i + 1, 1); m.set(i + 1, i, -1); }
  return m;
};
const maxAbs = (m: Matrix): number => Math.max(...m.to1DArray().map(Math.abs));

/** A symplectic matrix far from orthogonal: shears, squeezes and two-mode mixings in a row. */
function randomSymplectic(n: number, seed: number): Matrix {
  let x = seed;
  const rnd = (): number => { x = (x * 1103515245 + 12345) % 2147483648; return x / 2147483648 - 0.5; };
  let S = Matrix.eye(2 * n, 2 * n);
  for (let step = 0; step < 6 * n; step++) {
    const E = Matrix.eye(2 * n, 2 * n);
    const a = Math.floor((rnd() + 0.5) * n) % n;
    const b = (a + 1 + (Math.floor((rnd() + 0.5) * (n - 1)) % Math.max(1, n - 1))) % n;
    switch (step % 3) {
      case 0: E.set(2 * a, 2 * a + 1, rnd()); break; // x_a += t p_a
      case 1: { const r = Math.exp(rnd()); E.set(2 * a, 2 * a, r); E.set(2 * a + 1, 2 * a + 1, 1 / r); break; }
      default: { // x_a += t x_b, p_b −= t p_a (a point transformation)
        if (a === b) break;
        const t = rnd();
        E.set(2 * a, 2 * b, t);
        E.set(2 * b + 1, 2 * a + 1, -t);
      }
    }
    S = S.mmul(E);
  }
  return S;
}

function checkTheorem(K: number[][], Omega: readonly number[], S: Matrix): void {
  const dim = K.length;
  const s2 = maxAbs(S) ** 2;
  expect(maxAbs(S.mmul(J(dim)).mmul(S.transpose()).sub(J(dim))) / s2).toBeLessThan(1e-12);
  const D = Matrix.zeros(dim, dim);
  Omega.forEach((w, j) => { D.set(2 * j, 2 * j, w * w); D.set(2 * j + 1, 2 * j + 1, 1); });
  expect(maxAbs(S.transpose().mmul(new Matrix(K)).mmul(S).sub(D)) / (s2 * maxAbs(new Matrix(K)))).toBeLessThan(1e-12);
  Omega.forEach((w, j) => { expect(w).toBeGreaterThan(0); if (j > 0) expect(w).toBeLessThanOrEqual(Omega[j - 1]!); });
}

/** Ω from the eigenvalues ±iΩ of J K, by ml-matrix's general eigensolver. */
function heisenbergFrequencies(K: number[][]): number[] {
  const JK = J(K.length).mmul(new Matrix(K));
  return new EigenvalueDecomposition(JK).imaginaryEigenvalues.filter((v) => v > 0).sort((a, b) => b - a);
}

describe('Williamson normal modes', () => {
  for (const [name, model] of [['xx + xp chain', XP_CHAIN], ['xx + pp + xp + hop', MIXED], ['two identical x–p pairs', DOUBLED]] as const) {
    it(`${name}: S symplectic, Sᵀ K S = ⊕ diag(Ω², 1), Ω the frequencies of J K`, () => {
      const K = hamiltonianMatrix(model);
      const { Omega, S } = williamson(K);
      checkTheorem(K, Omega, S);
      const independent = heisenbergFrequencies(K);
      Omega.forEach((w, j) => expect(Math.abs(w - independent[j]!) / w).toBeLessThan(1e-12));
      // The amplitudes the model carries are the columns of S.
      const modes = numericNormalModes(model);
      expect(modes.mixing).toBe(true);
      const n = model.frequencies.length;
      for (let a = 0; a < n; a++) for (let j = 0; j < n; j++) {
        expect(modes.L[a]![j]).toBe(S.get(2 * a, 2 * j));
        expect(modes.LPi[a]![j]).toBe(S.get(2 * a, 2 * j + 1));
        expect(modes.QEta[a]![j]).toBe(S.get(2 * a + 1, 2 * j));
        expect(modes.Q[a]![j]).toBe(S.get(2 * a + 1, 2 * j + 1));
      }
    });
  }
  it('a K = S₀⁻ᵀ diag(Ω², 1) S₀⁻¹ with degenerate Ω and a far-from-orthogonal S₀ gives back Ω', () => {
    const Omega0 = [1.7, 1.3, 1.3, 0.6];
    const S0 = randomSymplectic(4, 7);
    const D = Matrix.zeros(8, 8);
    Omega0.forEach((w, j) => { D.set(2 * j, 2 * j, w * w); D.set(2 * j + 1, 2 * j + 1, 1); });
    const S0inv = J(8).transpose().mmul(S0.transpose()).mmul(J(8)); // S⁻¹ = Jᵀ Sᵀ J
    expect(maxAbs(S0inv.mmul(S0).sub(Matrix.eye(8, 8)))).toBeLessThan(1e-10);
    const Km = S0inv.transpose().mmul(D).mmul(S0inv);
    const K = Km.add(Km.transpose()).div(2).to2DArray();
    const { Omega, S } = williamson(K);
    checkTheorem(K, Omega, S);
    Omega.forEach((w, j) => expect(Math.abs(w - Omega0[j]!)).toBeLessThan(1e-10));
  });
  it('exactly degenerate x–p normal modes share a class, decided exactly', () => {
    const modes = numericNormalModes(DOUBLED);
    expect(modes.degeneracy).toBe('exact');
    expect(modes.classes).toEqual([0, 0, 1, 1]);
    expect(modes.Omega[0]).toBe(modes.Omega[1]);
    const { model } = bridgeModel(DOUBLED);
    expect(model.normalModes!.frequencies).toEqual(['Omega1', 'Omega1', 'Omega2', 'Omega2']);
    // A tiny asymmetry is a different frequency, exactly.
    const split = numericNormalModes({ ...DOUBLED, couplings: [DOUBLED.couplings[0]!, { ...DOUBLED.couplings[1]!, strength: 0.3000001 }] });
    expect(split.classes).toEqual([0, 1, 2, 3]);
  });
  it('an H_S unbounded below is refused with an InputError naming the couplings', () => {
    const bad: NumericModel = { ...XP_CHAIN, couplings: [{ a: 0, b: 1, kind: 'xp', strength: 1.6 }, { a: 1, b: 2, kind: 'xx', strength: 0.2 }] };
    expect(() => numericNormalModes(bad)).toThrow(InputError);
    expect(() => numericNormalModes(bad)).toThrow(/couplings\[0\] xp 0-1, couplings\[1\] xx 1-2.*unbounded below/);
    expect(() => lowerMoments({ model: bad, equation: 'global', order: 1, basis: 'local' })).toThrow(/couplings\[0\] xp 0-1.*unbounded below/);
  });
});

describe('two identical x–p pairs (exactly degenerate) against the Fock-space oracle', () => {
  for (const eq of [{ equation: 'global' as const }, { equation: 'redfield' as const }, { equation: 'partial-secular' as const, secularCutoff: 0.05 }]) {
    const orders = eq.equation === 'global' ? ([1, 2] as const) : ([2] as const);
    it(`${eq.equation}, order ${orders.join(' and ')}`, () => {
      for (const order of orders) {
        const lowered = lowerMoments({ model: DOUBLED, ...eq, order, basis: 'local' });
        const oracle = oracleMoments({ model: DOUBLED, ...eq, order, basis: 'local', levels: order + 3, seed: 3, maxOccupation: 1 });
        expect(lowered.basis).toEqual(oracle.basis);
        expectAffine(`doubled/${eq.equation}/${order}`, oracle.basis, oracle.dtheta, lowered.M, oracle.theta, lowered.c);
      }
    });
  }
});

describe('without x–p couplings the general path agrees with the point transformation', () => {
  for (const [name, model] of [['x–x chain', CHAIN], ['hop chain', HOP_CHAIN], ['pp + xx chain', PP_CHAIN], ['degenerate ring', RING]] as const) {
    it(`${name}: Ω, classes and lowered M, c of every equation`, () => {
      const point = numericNormalModes(model);
      const general = numericNormalModes(model, { method: 'williamson' });
      expect(point.mixing).toBe(false);
      expect(general.classes).toEqual(point.classes);
      general.Omega.forEach((w, j) => expect(Math.abs(w - point.Omega[j]!) / w).toBeLessThan(1e-12));
      const degenerate = new Set(point.classes).size < point.classes.length;
      if (!degenerate) {
        // Same modes, same phases: x has no Π amplitude, and the amplitudes agree.
        const n = model.frequencies.length;
        for (let a = 0; a < n; a++) for (let j = 0; j < n; j++) {
          expect(Math.abs(general.LPi[a]![j]!)).toBeLessThan(1e-12);
          expect(Math.abs(general.QEta[a]![j]!)).toBeLessThan(1e-12);
          expect(Math.abs(general.L[a]![j]! - point.L[a]![j]!)).toBeLessThan(1e-12);
          expect(Math.abs(general.Q[a]![j]! - point.Q[a]![j]!)).toBeLessThan(1e-12);
        }
      }
      // Distinct gaps only: a cutoff equal to a gap would make the decision hang on rounding.
      const gaps = point.Omega.flatMap((u, i) => point.Omega.slice(i + 1).map((v) => Math.abs(u - v))).filter((g) => g > 1e-6).sort((a, b) => a - b)
        .filter((g, i, all) => i === 0 || g - all[i - 1]! > 1e-6);
      for (const eq of [{ equation: 'global' as const }, { equation: 'redfield' as const }, { equation: 'partial-secular' as const, secularCutoff: gaps.length > 1 ? (gaps[0]! + gaps[1]!) / 2 : gaps[0]! / 2 }]) {
        const a = lowerMoments({ model, ...eq, order: 2, basis: 'local' });
        const b = lowerMoments({ model, ...eq, order: 2, basis: 'local', bridge: { williamsonNormalModes: true } });
        const scale = Math.max(...a.M.flat().map(Math.abs), ...a.c.map(Math.abs));
        a.M.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(v - b.M[i]![j]!), `${eq.equation} M[${i}][${j}]`).toBeLessThan(1e-12 * scale)));
        a.c.forEach((v, i) => expect(Math.abs(v - b.c[i]!), `${eq.equation} c[${i}]`).toBeLessThan(1e-12 * scale));
      }
    });
  }
  it('the symbolic model of a network without x–p couplings carries no mixing amplitudes (the existing derivation, unchanged)', () => {
    for (const model of [CHAIN, HOP_CHAIN, PP_CHAIN, RING]) {
      const names = bridgeModel(model).model.definitions.map((d) => d.name);
      expect(names.some((n) => /^[wz]_/.test(n))).toBe(false);
    }
    const names = bridgeModel(XP_CHAIN).model.definitions.map((d) => d.name);
    expect(names).toContain('w_2_1');
    expect(names).toContain('z_3_3');
  });
});
