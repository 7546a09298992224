/**
 * Truncated power series in k with exact scalar coefficients: a[0] + a[1] k + … + a[n] kⁿ.
 * Immutable; every operation truncates at the common order.
 */
import { type Scalar, type ScalarAlgebra, type Rational, rational, mulQ, subQ, divQ, ONE } from '../algebra/index.js';

export interface PowerSeries {
  readonly kind: 'power-series';
  readonly coefficients: readonly Scalar[];
}

export class SeriesAlgebra {
  constructor(readonly scalars: ScalarAlgebra, readonly order: number) {
    if (!Number.isInteger(order) || order < 0) throw new RangeError(`series order must be a non-negative integer, got ${order}`);
  }

  /** The one constructor: pads or truncates to order + 1 coefficients. */
  series(coefficients: readonly Scalar[]): PowerSeries {
    const out = Array.from({ length: this.order + 1 }, (_, i) => coefficients[i] ?? this.scalars.zero);
    return Object.freeze({ kind: 'power-series', coefficients: Object.freeze(out) });
  }
  constant(c: Scalar): PowerSeries {
    return this.series([c]);
  }
  /** The variable k itself. */
  variable(): PowerSeries {
    return this.series([this.scalars.zero, this.scalars.one]);
  }
  add(...xs: PowerSeries[]): PowerSeries {
    const s = this.scalars;
    return this.series(Array.from({ length: this.order + 1 }, (_, i) => s.add(...xs.map((x) => x.coefficients[i]!))));
  }
  sub(a: PowerSeries, b: PowerSeries): PowerSeries {
    return this.add(a, this.scale(b, this.scalars.int(-1)));
  }
  scale(a: PowerSeries, c: Scalar): PowerSeries {
    return this.series(a.coefficients.map((x) => this.scalars.mul(c, x)));
  }
  mul(a: PowerSeries, b: PowerSeries): PowerSeries {
    const s = this.scalars;
    const out: Scalar[] = [];
    for (let n = 0; n <= this.order; n++) {
      const parts: Scalar[] = [];
      for (let i = 0; i <= n; i++) {
        const x = a.coefficients[i]!;
        const y = b.coefficients[n - i]!;
        if (x.terms.length > 0 && y.terms.length > 0) parts.push(s.mul(x, y));
      }
      out.push(parts.length > 0 ? s.add(...parts) : s.zero);
    }
    return this.series(out);
  }
  /** 1/a, for a series whose constant term is an invertible monomial. */
  inverse(a: PowerSeries): PowerSeries {
    const s = this.scalars;
    const inv0 = s.inverse(s.normalForm(a.coefficients[0]!));
    const b: Scalar[] = [inv0];
    for (let n = 1; n <= this.order; n++) {
      const parts: Scalar[] = [];
      for (let i = 1; i <= n; i++) parts.push(s.mul(a.coefficients[i]!, b[n - i]!));
      b.push(s.neg(s.mul(inv0, s.add(...parts))));
    }
    return this.series(b);
  }
  pow(a: PowerSeries, n: number): PowerSeries {
    if (n < 0) return this.pow(this.inverse(a), -n);
    let r = this.constant(this.scalars.one);
    for (let i = 0; i < n; i++) r = this.mul(r, a);
    return r;
  }
  /**
   * a^r for rational r, when the constant term a0 is a monomial whose r-th power is a monomial
   * (e.g. (ω² + k)^{1/2} = ω (1 + k/ω²)^{1/2}): a0^r Σ_m binom(r, m) yᵐ with y = a/a0 − 1.
   */
  rationalPower(a: PowerSeries, r: Rational, rootOfConstant: Scalar): PowerSeries {
    const s = this.scalars;
    const a0 = a.coefficients[0]!;
    // 1/a0 = rootOfConstant^(−1/r) when 1/r is an integer (a0 = ω_c² may be written as a sum, ω_h² − δ).
    const n = r.num === 1n ? Number(r.den) : 0;
    const inv0 = n > 0 ? s.pow(rootOfConstant, -n) : s.inverse(a0);
    const y = this.sub(this.scale(a, inv0), this.constant(s.one));
    let term = this.constant(s.one);
    let binom: Rational = ONE;
    let sum = this.constant(s.one);
    for (let m = 1; m <= this.order; m++) {
      binom = mulQ(binom, divQ(subQ(r, rational(m - 1)), rational(m)));
      term = this.mul(term, y);
      sum = this.add(sum, this.scale(term, s.fromRational(binom)));
    }
    return this.scale(sum, rootOfConstant);
  }
  /** f(a) = Σ_m f_m (a − a0)^m / m! given the Taylor coefficients' symbols f_m at a0. */
  taylor(a: PowerSeries, derivativesAtConstant: readonly Scalar[]): PowerSeries {
    const s = this.scalars;
    const shifted = this.sub(a, this.constant(a.coefficients[0]!));
    let power = this.constant(s.one);
    let factorial = 1n;
    let sum = this.constant(derivativesAtConstant[0]!);
    for (let m = 1; m <= this.order; m++) {
      factorial *= BigInt(m);
      power = this.mul(power, shifted);
      sum = this.add(sum, this.scale(power, s.mul(derivativesAtConstant[m]!, s.fromRational(rational(1n, factorial)))));
    }
    return sum;
  }
}
