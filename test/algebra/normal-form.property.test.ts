/**
 * The normal form is unique: for random expressions built from the declared symbols and
 * relations, values that are equal have structurally identical normal forms (toEqual on the
 * term lists, never strings). Equal pairs are built by identities of the relations (multiplying
 * by r_j·s_j⁻² = 1, adding z·(r_j·s_j⁻¹ − s_j) = 0, distributing, re-associating); each normal form
 * is also checked to keep the value, by evaluating both sides at random points where the
 * relations hold (floating point, independent of the algebra).
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { ScalarAlgebra, type Scalar } from '../../src/algebra/index.js';
import { resonantPair, generalPair } from '../../src/model/index.js';

type Point = ReadonlyMap<string, number>;

function evaluate(x: Scalar, at: Point): number {
  let sum = 0;
  for (const t of x.terms) {
    let term = Number(t.coefficient.re.num) / Number(t.coefficient.re.den);
    for (const [n, p] of t.monomial.factors) term *= at.get(n)! ** p;
    sum += term;
  }
  return sum;
}

interface Setting {
  readonly name: string;
  readonly s: ScalarAlgebra;
  readonly free: readonly string[];
  readonly point: (u: number, v: number, w: number) => Point;
}

const resonant: Setting = {
  name: 'resonant pair (√2, Ω_1, Ω_2)',
  s: resonantPair().scalars,
  free: ['omega', 'k', 'Delta_h_omega'],
  point: (u, v, w) => {
    const omega = 1 + u;
    const k = v * omega * omega * 0.9;
    return new Map([['omega', omega], ['k', k], ['Delta_h_omega', w - 0.5], ['sqrt2', Math.SQRT2],
      ['Omega1', Math.sqrt(omega * omega + k)], ['Omega2', Math.sqrt(omega * omega - k)]]);
  },
};

const general: Setting = {
  name: 'general pair (ω_c² = ω_h² − δ, R, Ω_1, Ω_2, sin ζ)',
  s: generalPair().scalars,
  free: ['omega_h', 'delta', 'k'],
  point: (u, v, w) => {
    const wh = 1 + u;
    const wc = 0.5 + 0.4 * v;
    const k = 0.05 + 0.3 * w * wh * wc;
    const delta = wh * wh - wc * wc;
    const R = Math.hypot(2 * k, delta);
    return new Map([['omega_h', wh], ['omega_c', wc], ['delta', delta], ['k', k], ['Rzeta', R],
      ['Omega1', Math.sqrt((wh * wh + wc * wc + R) / 2)], ['Omega2', Math.sqrt((wh * wh + wc * wc - R) / 2)],
      ['sinz', Math.sqrt((R + delta) / (2 * R))]]);
  },
};

/** Random expressions: atoms are free symbols, related symbols (powers −2…2), small rationals and the declared squares. */
function expressions(setting: Setting): fc.Arbitrary<Scalar> {
  const s = setting.s;
  const related = [...s.relations.keys()];
  const atom = fc.oneof(
    fc.tuple(fc.constantFrom(...setting.free), fc.integer({ min: -1, max: 2 })).map(([n, p]) => s.symbol(n, p)),
    fc.tuple(fc.constantFrom(...related), fc.integer({ min: -2, max: 2 })).map(([n, p]) => s.symbol(n, p)),
    fc.tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: 1, max: 4 })).map(([a, b]) => s.rational(a, b)),
    fc.constantFrom(...related).map((n) => s.relations.get(n)!.square),
  );
  const { tree } = fc.letrec<{ tree: Scalar }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      atom,
      fc.tuple(tie('tree'), tie('tree')).map(([a, b]) => s.add(a, b)),
      fc.tuple(tie('tree'), tie('tree')).map(([a, b]) => s.sub(a, b)),
      fc.tuple(tie('tree'), tie('tree')).map(([a, b]) => s.mul(a, b)),
    ),
  }));
  return tree.filter((x) => x.terms.length <= 60);
}

/** A value equal to x, written differently: one identity of the relations applied. */
function rewritten(setting: Setting, x: Scalar, j: number, z: Scalar, which: number): Scalar {
  const s = setting.s;
  const names = [...s.relations.keys()];
  const name = names[j % names.length]!;
  const r = s.relations.get(name)!.square;
  switch (which % 4) {
    case 0: return s.mul(s.mul(x, r), s.symbol(name, -2)); // r·s⁻² = 1
    case 1: return s.add(x, s.mul(z, s.sub(s.mul(r, s.symbol(name, -1)), s.symbol(name)))); // + z·0
    case 2: return s.mul(s.mul(x, s.symbol(name, -3)), s.mul(r, s.symbol(name))); // s⁻³·r·s = 1
    default: return s.sub(s.add(x, s.mul(z, s.symbol(name, -1))), s.mul(s.mul(z, r), s.symbol(name, -3))); // z/s − z r/s³ = 0
  }
}

for (const setting of [resonant, general]) {
  describe(`normal form, ${setting.name}`, () => {
    const s = setting.s;
    it('equal values have identical normal forms', () => {
      fc.assert(fc.property(expressions(setting), expressions(setting), fc.nat(), fc.nat(), (x, z, j, which) => {
        const y = rewritten(setting, x, j, z, which);
        expect(s.isZero(s.sub(x, y))).toBe(true);
        expect(s.normalForm(y)).toEqual(s.normalForm(x));
      }), { numRuns: 200 });
    });
    it('a normal form keeps the value and is idempotent; if a − b is zero the forms agree', () => {
      fc.assert(fc.property(expressions(setting), expressions(setting), fc.double({ min: 0.05, max: 0.9, noNaN: true }), fc.double({ min: 0.05, max: 0.9, noNaN: true }), fc.double({ min: 0.05, max: 0.9, noNaN: true }), (a, b, u, v, w) => {
        const form = s.normalForm(a);
        expect(s.normalForm(form)).toEqual(form);
        const at = setting.point(u, v, w);
        const value = evaluate(a, at);
        const scale = Math.max(1, ...a.terms.map((t) => Math.abs(evaluate(s.canonical([t]), at))));
        expect(Math.abs(evaluate(form, at) - value)).toBeLessThan(1e-9 * scale);
        if (s.isZero(s.sub(a, b))) expect(s.normalForm(b)).toEqual(form);
        else expect(s.normalForm(b)).not.toEqual(form);
      }), { numRuns: 200 });
    });
    it('distributing and re-associating gives the same form', () => {
      fc.assert(fc.property(expressions(setting), expressions(setting), expressions(setting), (a, b, c) => {
        const left = s.mul(s.add(a, b), c);
        const right = s.add(s.mul(c, b), s.mul(a, c));
        expect(s.normalForm(left)).toEqual(s.normalForm(right));
      }), { numRuns: 40 });
    });
  });
}
