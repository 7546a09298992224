import { describe, it, expect } from 'vitest';
import { ScalarAlgebra, rational, parseQ, type Scalar } from '../../src/algebra/index.js';
import { parseScalar } from '../../src/algebra/parse.js';
import { scalarToText } from '../../src/render/index.js';
import { generalPair, InputError } from '../../src/model/index.js';

const free = ScalarAlgebra.free();
const w2 = free.pow(free.symbol('omega'), 2);
const k = free.symbol('k');
const S = free.withRelation('sqrt2', free.int(2)).withRelation('Omega1', free.add(w2, k)).withRelation('Omega2', free.sub(w2, k));
const p = (t: string): Scalar => parseScalar(t, S);

describe('exact rationals', () => {
  it('reduce to lowest terms with a positive denominator', () => {
    const q = rational(6, -4);
    expect([q.num, q.den]).toEqual([-3n, 2n]);
    expect(() => rational(1, 0)).toThrow();
    expect(() => rational(0.5)).toThrow();
  });
  it('read decimals exactly', () => {
    expect(parseQ('0.1')).toEqual(rational(1, 10));
    expect(parseQ('1e-3')).toEqual(rational(1, 1000));
  });
});

describe('canonical scalars', () => {
  it('are independent of input order and idempotent', () => {
    const a = p('k*omega - 1/2*Delta_h_omega + 3*i*k');
    const b = p('3*i*k + (-Delta_h_omega)/2 + omega*k');
    expect(a).toEqual(b);
    expect(S.canonical(a.terms)).toEqual(a);
    expect(p(scalarToText(a))).toEqual(a);
  });
  it('apply declared relations: Ω₁² = ω² + k, √2² = 2, 1/√2 = √2/2', () => {
    expect(S.equals(p('Omega1^2'), p('omega^2 + k'))).toBe(true);
    expect(p('Omega1^3')).toEqual(p('Omega1*omega^2 + Omega1*k'));
    expect(p('sqrt2^2')).toEqual(S.int(2));
    expect(p('1/sqrt2')).toEqual(p('sqrt2/2'));
    expect(S.equals(p('Omega1^2*Omega2^2'), p('omega^4 - k^2'))).toBe(true);
  });
  it('write equal quotients identically (minimal denominators)', () => {
    // Ω₁⁻¹(ω² + k) = Ω₁: the normal form is unique, so the two are the same value structurally.
    const lhs = S.normalForm(S.mul(S.inverse(S.symbol('Omega1')), p('omega^2 + k')));
    expect(lhs).toEqual(S.symbol('Omega1'));
    expect(S.equals(lhs, S.symbol('Omega1'))).toBe(true);
    // Ω₁⁻⁴(ω² + k) = Ω₁⁻², and Ω₁⁻¹Ω₂⁻¹ keeps its two denominators.
    expect(S.normalForm(S.mul(S.symbol('Omega1', -4), p('omega^2 + k')))).toEqual(S.symbol('Omega1', -2));
    expect(S.normalForm(S.mul(S.symbol('Omega1', -1), S.symbol('Omega2', -1))).terms).toHaveLength(1);
    expect(S.normalForm(p('Omega1 - (omega^2 + k)/Omega1')).terms).toHaveLength(0);
    expect(S.isZero(p('Omega1 - (omega^2 + k)/Omega1'))).toBe(true);
    expect(S.equals(lhs, S.symbol('Omega2'))).toBe(false);
  });
  it('throw on what they cannot represent', () => {
    expect(() => p('1/(omega + k)')).toThrow(/invert a sum/);
    expect(() => p('omega^(1/2)')).toThrow(/integer exponents/);
    expect(() => p('sin(omega)')).toThrow(/unsupported function/);
    expect(() => free.withRelation('a', free.symbol('a'))).toThrow(/cyclic/);
    // A relation whose symbol could not be prime: s² = 4k² makes s = ±2k.
    expect(() => free.withRelation('s', free.mul(free.int(4), k, k))).toThrow(/square of a monomial/);
    expect(() => free.withRelation('s', free.i)).toThrow(/real coefficients/);
  });
  it('know the norm of each relation: r·cofactor is free of related symbols', () => {
    const general = generalPair().scalars;
    for (const [, rel] of general.relations) {
      expect(general.isZero(general.sub(general.mul(rel.square, rel.cofactor), rel.norm))).toBe(true);
      for (const t of rel.norm.terms) for (const [n] of t.monomial.factors) expect(general.relations.has(n)).toBe(false);
    }
  });
  it('read sqrt of a declared square as its root symbol', () => {
    expect(p('sqrt(omega^2 + k)')).toEqual(S.symbol('Omega1'));
    expect(() => p('sqrt(omega)')).toThrow(/not a declared root/);
  });
  it('substitute symbols', () => {
    const r = S.substitute(p('omega^2*k + 1/omega'), new Map([['omega', S.int(2)]]));
    expect(r).toEqual(p('4*k + 1/2'));
  });
});

describe('unreadable text is bad input, not a crash', () => {
  it('parseScalar and parseQ throw the library error type, naming the argument', () => {
    for (const text of ['x +', 'sin(x)', 'x^(1/2)', 'sqrt(omega)', '"a"']) {
      expect(() => p(text)).toThrow(InputError);
      expect(() => p(text)).toThrow(/^parseScalar\(text\): /);
    }
    expect(() => parseQ('1/0x')).toThrow(InputError);
  });
});
