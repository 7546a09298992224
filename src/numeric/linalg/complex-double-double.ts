/** Complex numbers with double-double real and imaginary parts. */
import {
  DD_ZERO,
  ddAdd,
  ddDiv,
  ddFromNumber,
  ddMul,
  ddNegate,
  ddSqrt,
  ddSub,
  ddToNumber,
  type DoubleDouble,
} from './double-double.js';

export interface ComplexDoubleDouble {
  readonly re: DoubleDouble;
  readonly im: DoubleDouble;
}

export const CDD_ZERO: ComplexDoubleDouble = Object.freeze({ re: DD_ZERO, im: DD_ZERO });

export function cddFromNumbers(re: number, im = 0): ComplexDoubleDouble {
  return { re: ddFromNumber(re), im: ddFromNumber(im) };
}

export function cddAdd(a: ComplexDoubleDouble, b: ComplexDoubleDouble): ComplexDoubleDouble {
  return { re: ddAdd(a.re, b.re), im: ddAdd(a.im, b.im) };
}

export function cddSub(a: ComplexDoubleDouble, b: ComplexDoubleDouble): ComplexDoubleDouble {
  return { re: ddSub(a.re, b.re), im: ddSub(a.im, b.im) };
}

export function cddMul(a: ComplexDoubleDouble, b: ComplexDoubleDouble): ComplexDoubleDouble {
  return {
    re: ddSub(ddMul(a.re, b.re), ddMul(a.im, b.im)),
    im: ddAdd(ddMul(a.re, b.im), ddMul(a.im, b.re)),
  };
}

export function cddScale(a: ComplexDoubleDouble, s: DoubleDouble): ComplexDoubleDouble {
  return { re: ddMul(a.re, s), im: ddMul(a.im, s) };
}

export function cddConjugate(a: ComplexDoubleDouble): ComplexDoubleDouble {
  return { re: a.re, im: ddNegate(a.im) };
}

/** |a|² */
export function cddModulusSquared(a: ComplexDoubleDouble): DoubleDouble {
  return ddAdd(ddMul(a.re, a.re), ddMul(a.im, a.im));
}

export function cddModulus(a: ComplexDoubleDouble): DoubleDouble {
  return ddSqrt(cddModulusSquared(a));
}

/** A cheap magnitude for pivoting and stopping tests: |re| + |im| in double. */
export function cddRoughModulus(a: ComplexDoubleDouble): number {
  return Math.abs(ddToNumber(a.re)) + Math.abs(ddToNumber(a.im));
}

export function cddDiv(a: ComplexDoubleDouble, b: ComplexDoubleDouble): ComplexDoubleDouble {
  // Scale the denominator by a power of two to keep |b|² in range.
  const magnitude = Math.max(Math.abs(b.re.hi), Math.abs(b.im.hi));
  const exponent = magnitude > 0 ? Math.floor(Math.log2(magnitude)) : 0;
  const scale = ddFromNumber(2 ** -exponent);
  const br = ddMul(b.re, scale);
  const bi = ddMul(b.im, scale);
  const denominator = ddAdd(ddMul(br, br), ddMul(bi, bi));
  const re = ddAdd(ddMul(a.re, br), ddMul(a.im, bi));
  const im = ddSub(ddMul(a.im, br), ddMul(a.re, bi));
  return { re: ddMul(ddDiv(re, denominator), scale), im: ddMul(ddDiv(im, denominator), scale) };
}

export function cddToNumbers(a: ComplexDoubleDouble): readonly [number, number] {
  return [ddToNumber(a.re), ddToNumber(a.im)];
}
