/** Exact rationals over BigInt. One constructor, `rational`, reduces and validates. */
import { InputError } from './input-error.js';

export interface Rational {
  readonly kind: 'rational';
  /** Numerator; carries the sign. */
  readonly num: bigint;
  /** Denominator; always positive, coprime with num. */
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/** The one validating constructor: reduces to lowest terms with a positive denominator. */
export function rational(num: bigint | number, den: bigint | number = 1n): Rational {
  const n = toBigInt(num, 'numerator');
  const d = toBigInt(den, 'denominator');
  if (d === 0n) throw new RangeError('rational: zero denominator');
  if (n === 0n) return Object.freeze({ kind: 'rational', num: 0n, den: 1n });
  const g = gcd(n, d);
  const sign = d < 0n ? -1n : 1n;
  return Object.freeze({ kind: 'rational', num: (sign * n) / g, den: (sign * d) / g });
}

function toBigInt(value: bigint | number, what: string): bigint {
  if (typeof value === 'bigint') return value;
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`rational: ${what} ${value} is not an exact integer`);
  }
  return BigInt(value);
}

export const ZERO: Rational = rational(0n);
export const ONE: Rational = rational(1n);

export const isZeroQ = (a: Rational): boolean => a.num === 0n;
export const isOneQ = (a: Rational): boolean => a.num === 1n && a.den === 1n;
export const equalsQ = (a: Rational, b: Rational): boolean => a.num === b.num && a.den === b.den;
export const negQ = (a: Rational): Rational => Object.freeze({ kind: 'rational', num: -a.num, den: a.den });
export function addQ(a: Rational, b: Rational): Rational {
  if (a.num === 0n) return b;
  if (b.num === 0n) return a;
  if (a.den === 1n && b.den === 1n) return integerQ(a.num + b.num);
  return a.den === b.den ? rational(a.num + b.num, a.den) : rational(a.num * b.den + b.num * a.den, a.den * b.den);
}
/** An integer as a rational, without the gcd. */
const integerQ = (n: bigint): Rational => Object.freeze({ kind: 'rational', num: n, den: 1n });
export const subQ = (a: Rational, b: Rational): Rational => addQ(a, negQ(b));
export function mulQ(a: Rational, b: Rational): Rational {
  if (a.num === 0n || b.num === 0n) return ZERO;
  if (a.den === 1n && a.num === 1n) return b;
  if (b.den === 1n && b.num === 1n) return a;
  if (a.den === 1n && b.den === 1n) return integerQ(a.num * b.num);
  return rational(a.num * b.num, a.den * b.den);
}
export function invQ(a: Rational): Rational {
  if (a.num === 0n) throw new RangeError('rational: division by zero');
  return rational(a.den, a.num);
}
export const divQ = (a: Rational, b: Rational): Rational => mulQ(a, invQ(b));
export const signQ = (a: Rational): -1 | 0 | 1 => (a.num < 0n ? -1 : a.num > 0n ? 1 : 0);
export const toNumberQ = (a: Rational): number => Number(a.num) / Number(a.den);

/** Parse "3", "-1/2", "0.25" (decimal literals are exact). */
export function parseQ(text: string): Rational {
  const t = text.trim();
  const frac = /^([+-]?\d+)\s*\/\s*(\d+)$/.exec(t);
  if (frac) return rational(BigInt(frac[1]!), BigInt(frac[2]!));
  const dec = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(t);
  if (dec && (dec[2] || dec[3])) {
    const sign = dec[1] === '-' ? -1n : 1n;
    const intPart = dec[2] || '0';
    const fracPart = dec[3] ?? '';
    const exp = Number(dec[4] ?? '0');
    let num = BigInt(intPart + fracPart) * sign;
    let den = 10n ** BigInt(fracPart.length);
    if (exp > 0) num *= 10n ** BigInt(exp);
    if (exp < 0) den *= 10n ** BigInt(-exp);
    return rational(num, den);
  }
  throw new InputError('parseQ(text)', `not an exact number: "${text}"`);
}
