import { describe, expect, it } from 'vitest';
import {
  ddAdd,
  ddDiv,
  ddFromNumber,
  ddMul,
  ddProductOfNumbers,
  ddSqrt,
  ddSub,
  type DoubleDouble,
} from '../../src/numeric/linalg/double-double.js';
import { characteristicPolynomialDd } from '../../src/numeric/linalg/characteristic-polynomial-dd.js';
import { polishRootsDd, coefficientsDd } from '../../src/numeric/linalg/polynomial-roots-dd.js';
import { extendedPrecisionEigenbasis } from '../../src/numeric/linalg/extended-precision-eigenbasis.js';
import { epWitness } from '../../src/numeric/linalg/ep-witness.js';
import { ddToNumber } from '../../src/numeric/linalg/double-double.js';
import { exceptionalCoupling, localFirstMomentMatrix, randomMatrix, seededRandom } from './fixtures.js';

/** Exact value of a double-double (or double) as a rational p/2^SHIFT in BigInt. */
const SHIFT = 1200n;
function exact(x: number): bigint {
  if (x === 0) return 0n;
  const buffer = new DataView(new ArrayBuffer(8));
  buffer.setFloat64(0, x);
  const bits = buffer.getBigUint64(0);
  const sign = bits >> 63n ? -1n : 1n;
  const exponent = Number((bits >> 52n) & 0x7ffn);
  const mantissa = bits & ((1n << 52n) - 1n);
  const significand = exponent === 0 ? mantissa : mantissa | (1n << 52n);
  const power = BigInt((exponent === 0 ? 1 : exponent) - 1075) + SHIFT;
  return sign * (power >= 0n ? significand << power : significand >> -power);
}
const exactDd = (a: DoubleDouble): bigint => exact(a.hi) + exact(a.lo);
/** |a − b| / |b| as a double. */
function relativeError(a: bigint, b: bigint): number {
  const difference = a > b ? a - b : b - a;
  const magnitude = b < 0n ? -b : b;
  return Number((difference * 10n ** 40n) / magnitude) / 1e40;
}

describe('double-double arithmetic (checked with exact BigInt rationals)', () => {
  const random = seededRandom(5);
  const samples = Array.from({ length: 200 }, () => {
    const hi = (random() - 0.5) * 2 ** Math.floor(40 * random() - 20);
    return { hi, lo: hi * 2 ** -60 * (random() - 0.5) };
  }).map((x) => ddAdd(ddFromNumber(x.hi), ddFromNumber(x.lo)));

  it('multiplies two doubles exactly', () => {
    for (let i = 0; i + 1 < samples.length; i += 2) {
      const a = samples[i]!.hi;
      const b = samples[i + 1]!.hi;
      expect(exactDd(ddProductOfNumbers(a, b)) * (1n << SHIFT)).toBe(exact(a) * exact(b));
    }
  });

  it('adds, subtracts, multiplies, divides and takes square roots to ~1e-31 relative', () => {
    for (let i = 0; i + 1 < samples.length; i += 2) {
      const a = samples[i]!;
      const b = samples[i + 1]!;
      const ea = exactDd(a);
      const eb = exactDd(b);
      expect(relativeError(exactDd(ddAdd(a, b)), ea + eb)).toBeLessThan(1e-31);
      expect(relativeError(exactDd(ddSub(a, b)), ea - eb)).toBeLessThan(1e-31);
      expect(relativeError(exactDd(ddMul(a, b)) * (1n << SHIFT), ea * eb)).toBeLessThan(1e-31);
      const q = ddDiv(a, b);
      expect(relativeError(exactDd(q) * eb, ea << SHIFT)).toBeLessThan(1e-31);
      const s = ddSqrt({ hi: Math.abs(a.hi), lo: Math.sign(a.hi) * a.lo });
      const es = exactDd(s);
      // (√a)² vs a: twice the relative error of √a
      expect(relativeError(es * es, exactDd({ hi: Math.abs(a.hi), lo: Math.sign(a.hi) * a.lo }) << SHIFT)).toBeLessThan(3e-31);
    }
  });
});

describe('characteristic polynomial and roots in double-double', () => {
  it('det(λI − A) has the known coefficients for a companion-like and a random matrix', () => {
    // A with known characteristic polynomial: λ³ − 6λ² + 11λ − 6 = (λ−1)(λ−2)(λ−3)
    const a = new Float64Array([6, -11, 6, 1, 0, 0, 0, 1, 0]);
    const c = characteristicPolynomialDd(a, 3).map(ddToNumber);
    expect(c).toEqual([-6, 11, -6, 1]);
    // random 5×5: p(λ) at the eigenvalues (from the double QR) ≈ 0, and trace / determinant identities
    const m = randomMatrix(5, seededRandom(17));
    const coefficients = characteristicPolynomialDd(m.data, 5).map(ddToNumber);
    const trace = [0, 6, 12, 18, 24].reduce((s, idx) => s + m.data[idx]!, 0);
    expect(coefficients[4]).toBeCloseTo(-trace, 13);
  });

  it('Aberth polishing separates a cluster the starting values do not resolve', () => {
    // (x − 1)(x − 1 − d)(x + 2) with d = 2⁻⁴⁰ ≈ 9e−13: all coefficients exact in double.
    const d = 2 ** -40;
    const p = [2 * (1 + d), -3 - d, -d, 1];
    const polished = polishRootsDd(coefficientsDd(p), [
      [1, 0],
      [1, 0],
      [-2, 0],
    ]);
    expect(polished.converged).toBe(true);
    const roots = polished.roots.map((r) => ddToNumber(r.re)).sort((x, y) => x - y);
    expect(Math.abs(roots[2]! - roots[1]! - d)).toBeLessThan(1e-25);
    expect(roots[0]).toBeCloseTo(-2, 14);
  });
});

describe('extended-precision κ near the exceptional point of M_L,1', () => {
  it('gives κ ≈ 2e8 (within a factor 2) at the double nearest k*, where double precision gives far less', () => {
    const m = localFirstMomentMatrix(1, exceptionalCoupling(1));
    const extended = extendedPrecisionEigenbasis(m);
    const double = epWitness(m);
    expect(extended.resolved).toBe(true);
    expect(extended.kappa).toBeGreaterThan(1e8);
    expect(extended.kappa).toBeLessThan(4e8);
    expect(extended.kappa).toBeGreaterThan(10 * double.kappa);
    expect(double.resolved).toBe(false);
  });

  it('agrees with double precision away from the EP', () => {
    const kStar = exceptionalCoupling(0.7);
    for (const factor of [0, 0.5, 0.99, 1.01, 3]) {
      const m = localFirstMomentMatrix(0.7, factor * kStar);
      const double = epWitness(m);
      const extended = extendedPrecisionEigenbasis(m);
      expect(double.resolved).toBe(true);
      expect(Math.abs(extended.kappa / double.kappa - 1)).toBeLessThan(1e-6);
    }
  });

  it('follows the EP-of-order-two law κ ∝ |k − k*|^{−1/2} down to 1e-14 relative detuning', () => {
    const kStar = exceptionalCoupling(1);
    const kappas = [1e-8, 1e-10, 1e-12, 1e-14].map((d) => extendedPrecisionEigenbasis(localFirstMomentMatrix(1, kStar * (1 + d))).kappa);
    for (let i = 1; i < kappas.length; i++) {
      // 100× smaller detuning → 10× larger κ (the last step is ~2 ulps of k, still within 20 %)
      expect(kappas[i]! / kappas[i - 1]!).toBeGreaterThan(8);
      expect(kappas[i]! / kappas[i - 1]!).toBeLessThan(12);
    }
  });
});
