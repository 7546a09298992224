/**
 * The normal modes are exact in the algebra: Pᵀ P = 1 and H_S written in the local quadratures
 * x = P η, p = P Π equals H_S in normal modes (eq. 38), term by term, for the resonant pair
 * (eq. 39) and for the general pair (eq. D.1 with sin²ζ = (R + δ)/(2R), cos ζ = k/(R sin ζ)).
 * These are identities: nothing here comes from the code under test's output.
 */
import { describe, it, expect } from 'vitest';
import { resonantPair, generalPair, normalFrame, localHamiltonian, type Model } from '../../src/model/index.js';
import type { Scalar } from '../../src/algebra/index.js';

function transposeTimes(model: Model, A: readonly (readonly Scalar[])[], B: readonly (readonly Scalar[])[]): Scalar[][] {
  const s = model.scalars;
  const n = A[0]!.length;
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => s.add(...A.map((row, a) => s.mul(row[i]!, B[a]![j]!)))));
}

for (const model of [resonantPair(), generalPair()]) {
  describe(`normal modes of ${model.name}`, () => {
    const s = model.scalars;
    const P = model.normalModes!.P;
    it('Pᵀ P = 1 exactly (and the normal form of each entry is 0 or 1)', () => {
      const PtP = transposeTimes(model, P, P);
      PtP.forEach((row, i) => row.forEach((x, j) => {
        expect(s.isZero(s.sub(x, i === j ? s.one : s.zero))).toBe(true);
        expect(s.normalForm(x)).toEqual(i === j ? s.one : s.zero);
      }));
    });
    it('Pᵀ K P = diag(Ω_1², Ω_2²) with K the local potential matrix', () => {
      const k = s.symbol('k');
      const w = model.modes.map((m) => s.pow(s.symbol(m.frequency), 2));
      const K = [[w[0]!, k], [k, w[1]!]];
      const PtKP = transposeTimes(model, P, transposeTimes(model, K.map((r) => r), P).map((r) => r));
      // transposeTimes(K, P) = Kᵀ P = K P (K symmetric); then Pᵀ (K P).
      model.normalModes!.frequencies.forEach((f, j) => {
        expect(s.isZero(s.sub(PtKP[j]![j]!, s.pow(s.symbol(f), 2)))).toBe(true);
      });
      expect(s.isZero(PtKP[0]![1]!)).toBe(true);
      expect(s.isZero(PtKP[1]![0]!)).toBe(true);
    });
    it('H_S in local coordinates (x = Pη, p = PΠ) equals H_S in normal modes', () => {
      const frame = normalFrame(model);
      const ops = frame.ops;
      const local = localHamiltonian(model, ops, (a) => frame.localPosition(a), (a) => frame.localMomentum(a));
      const difference = ops.add(local, ops.scale(frame.hamiltonian, s.int(-1)));
      for (const t of difference.terms) expect(s.isZero(t.coefficient)).toBe(true);
      expect(difference.terms.every((t) => s.normalForm(t.coefficient).terms.length === 0)).toBe(true);
    });
  });
}

describe('the general pair\'s mixing angle', () => {
  const model = generalPair();
  const s = model.scalars;
  const sin = s.symbol('sinz');
  const cos = model.normalModes!.P[0]![1]!;
  const R = s.symbol('Rzeta');
  it('sin ζ cos ζ R = k, sin²ζ + cos²ζ = 1, cos²ζ − sin²ζ = −δ/R', () => {
    expect(s.normalForm(s.mul(sin, cos, R))).toEqual(s.symbol('k'));
    expect(s.normalForm(s.add(s.mul(sin, sin), s.mul(cos, cos)))).toEqual(s.one);
    const delta = s.sub(s.pow(s.symbol('omega_h'), 2), s.pow(s.symbol('omega_c'), 2));
    expect(s.isZero(s.add(s.sub(s.mul(cos, cos), s.mul(sin, sin)), s.mul(delta, s.inverse(R))))).toBe(true);
  });
});
