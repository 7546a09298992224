/** Exact complex coefficients a + b·i with rational a, b (Gaussian rationals). */
import {
  type Rational, ZERO, ONE, rational, addQ, subQ, mulQ, negQ, divQ, isZeroQ, equalsQ,
} from './rational.js';

export interface Gaussian {
  readonly kind: 'gaussian';
  readonly re: Rational;
  readonly im: Rational;
}

/** The one constructor. */
export function gaussian(re: Rational, im: Rational = ZERO): Gaussian {
  return Object.freeze({ kind: 'gaussian', re, im });
}

export const G_ZERO = gaussian(ZERO);
export const G_ONE = gaussian(ONE);
export const G_I = gaussian(ZERO, ONE);
export const gaussianInt = (n: number): Gaussian => gaussian(rational(n));

export const isZeroG = (a: Gaussian): boolean => isZeroQ(a.re) && isZeroQ(a.im);
export const equalsG = (a: Gaussian, b: Gaussian): boolean => equalsQ(a.re, b.re) && equalsQ(a.im, b.im);
export const isRealG = (a: Gaussian): boolean => isZeroQ(a.im);
export const addG = (a: Gaussian, b: Gaussian): Gaussian => gaussian(addQ(a.re, b.re), addQ(a.im, b.im));
export const negG = (a: Gaussian): Gaussian => gaussian(negQ(a.re), negQ(a.im));
export const conjG = (a: Gaussian): Gaussian => gaussian(a.re, negQ(a.im));
export function mulG(a: Gaussian, b: Gaussian): Gaussian {
  if (isZeroQ(a.im) && isZeroQ(b.im)) return gaussian(mulQ(a.re, b.re));
  if (isZeroQ(a.im)) return gaussian(mulQ(a.re, b.re), mulQ(a.re, b.im));
  if (isZeroQ(b.im)) return gaussian(mulQ(a.re, b.re), mulQ(a.im, b.re));
  return gaussian(subQ(mulQ(a.re, b.re), mulQ(a.im, b.im)), addQ(mulQ(a.re, b.im), mulQ(a.im, b.re)));
}
export function divRealG(a: Gaussian, q: Rational): Gaussian {
  return gaussian(divQ(a.re, q), divQ(a.im, q));
}
