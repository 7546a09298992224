/**
 * The scalar algebra: the only place scalars are built. It holds the declared relations
 * s² = r(other symbols) and keeps every scalar in canonical form:
 *   - like monomials merged, zero terms dropped, terms sorted by monomial key;
 *   - every power s^e with e ≥ 2 of a related symbol rewritten as s^(e−2)·r;
 *   - every negative power of a symbol whose r is a rational constant (such as √2) rewritten
 *     as s^(e+2)/r.
 * Negative powers of a symbol whose r is not constant (1/Ω_1) are kept as they are. Equality is
 * decided by `isZero`, which first clears those denominators and then reduces, so it is exact
 * even where the canonical form of such a quotient is not unique (Ω_1⁻¹(ω² + k) = Ω_1).
 * Anything it cannot represent (division by a sum, a cyclic relation) throws.
 */
import {
  type Rational, rational, isZeroQ, mulQ, addQ, negQ, isOneQ, divQ,
} from './rational.js';
import {
  type Gaussian, gaussian, G_ZERO, G_ONE, G_I, addG, mulG, negG, conjG, isZeroG, divRealG, isRealG, equalsG,
} from './gaussian.js';
import { type Monomial, monomial, mulMonomials, UNIT_MONOMIAL, powerOf, assertSymbolName } from './monomial.js';
import type { Scalar, ScalarTerm } from './scalar.js';

export interface Relation {
  /** The symbol s of s² = square. */
  readonly symbol: string;
  /** r, free of s, in canonical form under the relations declared before it. */
  readonly square: Scalar;
}

const REDUCTION_LIMIT = 100_000;

function freezeScalar(terms: ScalarTerm[]): Scalar {
  terms.sort((a, b) => (a.monomial.key < b.monomial.key ? -1 : a.monomial.key > b.monomial.key ? 1 : 0));
  return Object.freeze({ kind: 'scalar', terms: Object.freeze(terms) });
}

/** Merge raw (unreduced) terms into a map keyed by monomial. */
function accumulate(into: Map<string, ScalarTerm>, m: Monomial, c: Gaussian): void {
  if (isZeroG(c)) return;
  const prev = into.get(m.key);
  if (!prev) {
    into.set(m.key, { monomial: m, coefficient: c });
    return;
  }
  const sum = addG(prev.coefficient, c);
  if (isZeroG(sum)) into.delete(m.key);
  else into.set(m.key, { monomial: m, coefficient: sum });
}

export class ScalarAlgebra {
  readonly relations: ReadonlyMap<string, Relation>;
  private readonly constantSquares: ReadonlyMap<string, Rational>;

  private constructor(relations: ReadonlyMap<string, Relation>) {
    this.relations = relations;
    const constants = new Map<string, Rational>();
    for (const [name, rel] of relations) {
      const only = rel.square.terms[0];
      if (rel.square.terms.length === 1 && only && only.monomial.factors.length === 0 && isRealG(only.coefficient)) {
        constants.set(name, only.coefficient.re);
      }
    }
    this.constantSquares = constants;
  }

  /** An algebra with no relations. */
  static free(): ScalarAlgebra {
    return new ScalarAlgebra(new Map());
  }

  /**
   * A new algebra with one more relation `symbol² = square`. The square must not involve the
   * symbol itself, nor any symbol whose relation involves it (no cycles).
   */
  withRelation(symbol: string, square: Scalar): ScalarAlgebra {
    assertSymbolName(symbol);
    if (this.relations.has(symbol)) throw new Error(`relation for ${symbol} declared twice`);
    const reduced = this.canonical(square.terms);
    const dependsOn = (name: string, seen: Set<string>): boolean => {
      if (name === symbol) return true;
      if (seen.has(name)) return false;
      seen.add(name);
      const rel = this.relations.get(name);
      if (!rel) return false;
      for (const t of rel.square.terms) for (const [n] of t.monomial.factors) if (dependsOn(n, seen)) return true;
      return false;
    };
    for (const t of reduced.terms) {
      for (const [n] of t.monomial.factors) {
        if (dependsOn(n, new Set())) throw new Error(`relation ${symbol}² = … is cyclic through ${n}`);
      }
    }
    if (reduced.terms.length === 0) throw new Error(`relation ${symbol}² = 0 is not allowed`);
    const next = new Map(this.relations);
    next.set(symbol, Object.freeze({ symbol, square: reduced }));
    return new ScalarAlgebra(next);
  }

  // ----- construction --------------------------------------------------------------------

  /** The one validating constructor of canonical scalars from raw terms. */
  canonical(raw: Iterable<ScalarTerm>): Scalar {
    const acc = new Map<string, ScalarTerm>();
    let budget = REDUCTION_LIMIT;
    const stack: ScalarTerm[] = [...raw];
    while (stack.length > 0) {
      if (--budget < 0) throw new Error('scalar canonicalisation did not terminate (relation limit exceeded)');
      const term = stack.pop()!;
      if (isZeroG(term.coefficient)) continue;
      const step = this.reductionStep(term);
      if (step === null) accumulate(acc, term.monomial, term.coefficient);
      else stack.push(...step);
    }
    return freezeScalar([...acc.values()]);
  }

  /** One rewrite of a term by a relation, or null if the term is already reduced. */
  private reductionStep(term: ScalarTerm): ScalarTerm[] | null {
    for (const [name, power] of term.monomial.factors) {
      const rel = this.relations.get(name);
      if (!rel) continue;
      if (power >= 2) {
        const rest = monomial([...term.monomial.factors, [name, -2]]);
        return rel.square.terms.map((t) => ({
          monomial: mulMonomials(rest, t.monomial),
          coefficient: mulG(term.coefficient, t.coefficient),
        }));
      }
      const constant = this.constantSquares.get(name);
      if (power < 0 && constant) {
        return [{ monomial: monomial([...term.monomial.factors, [name, 2]]), coefficient: divRealG(term.coefficient, constant) }];
      }
    }
    return null;
  }

  readonly zero: Scalar = freezeScalar([]);
  readonly one: Scalar = freezeScalar([{ monomial: UNIT_MONOMIAL, coefficient: G_ONE }]);
  readonly i: Scalar = freezeScalar([{ monomial: UNIT_MONOMIAL, coefficient: G_I }]);

  rational(num: bigint | number, den: bigint | number = 1n): Scalar {
    return this.constant(gaussian(rational(num, den)));
  }
  int(n: number): Scalar {
    return this.rational(n);
  }
  constant(c: Gaussian): Scalar {
    return this.canonical([{ monomial: UNIT_MONOMIAL, coefficient: c }]);
  }
  fromRational(q: Rational): Scalar {
    return this.constant(gaussian(q));
  }
  symbol(name: string, power = 1): Scalar {
    assertSymbolName(name);
    return this.canonical([{ monomial: monomial([[name, power]]), coefficient: G_ONE }]);
  }

  // ----- arithmetic ----------------------------------------------------------------------

  add(...xs: Scalar[]): Scalar {
    if (xs.length === 1) return xs[0]!;
    const acc = new Map<string, ScalarTerm>();
    for (const x of xs) for (const t of x.terms) accumulate(acc, t.monomial, t.coefficient);
    return freezeScalar([...acc.values()]);
  }
  neg(a: Scalar): Scalar {
    return freezeScalar(a.terms.map((t) => ({ monomial: t.monomial, coefficient: negG(t.coefficient) })));
  }
  sub(a: Scalar, b: Scalar): Scalar {
    return this.add(a, this.neg(b));
  }
  mul(...xs: Scalar[]): Scalar {
    let acc = this.one;
    for (const x of xs) acc = this.mul2(acc, x);
    return acc;
  }
  private mul2(a: Scalar, b: Scalar): Scalar {
    if (a.terms.length === 0 || b.terms.length === 0) return this.zero;
    if (this.isOneExactly(a)) return b;
    if (this.isOneExactly(b)) return a;
    const raw: ScalarTerm[] = [];
    for (const s of a.terms) {
      for (const t of b.terms) {
        raw.push({ monomial: mulMonomials(s.monomial, t.monomial), coefficient: mulG(s.coefficient, t.coefficient) });
      }
    }
    return this.canonical(raw);
  }
  private isOneExactly(a: Scalar): boolean {
    const t = a.terms[0];
    return a.terms.length === 1 && !!t && t.monomial.factors.length === 0 && equalsG(t.coefficient, G_ONE);
  }
  scaleQ(a: Scalar, q: Rational): Scalar {
    if (isZeroQ(q)) return this.zero;
    if (isOneQ(q)) return a;
    return freezeScalar(a.terms.map((t) => ({ monomial: t.monomial, coefficient: mulG(t.coefficient, gaussian(q)) })));
  }
  conj(a: Scalar): Scalar {
    // Symbols are real, so conjugation acts on the coefficients only.
    return freezeScalar(a.terms.map((t) => ({ monomial: t.monomial, coefficient: conjG(t.coefficient) })));
  }
  /** The inverse of a single term (a monomial times a non-zero constant). Throws for sums. */
  inverse(a: Scalar): Scalar {
    const t = a.terms[0];
    if (a.terms.length !== 1 || !t) {
      throw new Error(`cannot invert a sum of ${a.terms.length} terms exactly; only monomials are invertible`);
    }
    const { re, im } = t.coefficient;
    const norm = addQ(mulQ(re, re), mulQ(im, im));
    const inv = gaussian(divQ(re, norm), divQ(negQ(im), norm));
    return this.canonical([{ monomial: monomial(t.monomial.factors.map(([n, p]) => [n, -p] as const)), coefficient: inv }]);
  }
  div(a: Scalar, b: Scalar): Scalar {
    return this.mul(a, this.inverse(b));
  }
  pow(a: Scalar, n: number): Scalar {
    if (!Number.isInteger(n)) throw new RangeError(`pow: non-integer exponent ${n}`);
    if (n < 0) return this.pow(this.inverse(a), -n);
    let result = this.one;
    let base = a;
    let e = n;
    while (e > 0) {
      if (e & 1) result = this.mul(result, base);
      e >>= 1;
      if (e > 0) base = this.mul(base, base);
    }
    return result;
  }

  // ----- equality ------------------------------------------------------------------------

  /**
   * Exact zero test. Clears negative powers of related symbols with non-constant squares by
   * multiplying through (those symbols stand for non-zero quantities), then reduces.
   */
  isZero(a: Scalar): boolean {
    if (a.terms.length === 0) return true;
    const clear = new Map<string, number>();
    for (const t of a.terms) {
      for (const [n, p] of t.monomial.factors) {
        if (p < 0 && this.relations.has(n)) clear.set(n, Math.max(clear.get(n) ?? 0, -p));
      }
    }
    if (clear.size === 0) return false;
    // Multiply the raw monomials first, so that s^-n · s^n cancels before any relation applies.
    const multiplier = monomial([...clear.entries()]);
    return this.canonical(a.terms.map((t) => ({ monomial: mulMonomials(t.monomial, multiplier), coefficient: t.coefficient }))).terms.length === 0;
  }
  equals(a: Scalar, b: Scalar): boolean {
    return this.isZero(this.sub(a, b));
  }

  /**
   * Contract s⁻¹·r into s for every related symbol s with a non-constant square r: the
   * coefficient P of s⁻¹ is divided by r (leading term: the term of r that contains the
   * alphabetically first symbol to the highest power), and P/r·s⁻¹ becomes Q·s + rem·s⁻¹.
   * The value is unchanged (Ω⁻¹(ω² + k) = Ω); only its written form gets shorter. Used on
   * derived results before they are shown.
   */
  contractRoots(a: Scalar): Scalar {
    let current = a;
    for (const [name, rel] of this.relations) {
      if (this.constantSquares.has(name)) continue;
      const inverseTerms = current.terms.filter((t) => powerOf(t.monomial, name) === -1);
      if (inverseTerms.length === 0) continue;
      const lead = leadingTerm(rel.square);
      if (!lead) continue;
      const rest = rel.square.terms.filter((t) => t !== lead);
      const leadInverse = this.inverse(this.canonical([lead]));
      let remainder = this.canonical(inverseTerms.map((t) => ({ monomial: withoutSymbolPower(t.monomial, name), coefficient: t.coefficient })));
      let quotient = this.zero;
      for (let step = 0; step < 1000; step++) {
        const divisible = remainder.terms.find((t) => divides(lead.monomial, t.monomial));
        if (!divisible) break;
        const q = this.mul(this.canonical([divisible]), leadInverse);
        quotient = this.add(quotient, q);
        remainder = this.sub(remainder, this.mul(q, this.canonical([lead, ...rest])));
      }
      if (quotient.terms.length === 0) continue;
      const others = this.canonical(current.terms.filter((t) => powerOf(t.monomial, name) !== -1));
      current = this.add(others, this.mul(quotient, this.symbol(name)), this.mul(remainder, this.symbol(name, -1)));
    }
    return current;
  }

  // ----- inspection and substitution -----------------------------------------------------

  /** The constant value if the scalar is a Gaussian-rational constant, else null. */
  constantValue(a: Scalar): Gaussian | null {
    if (a.terms.length === 0) return G_ZERO;
    const t = a.terms[0];
    if (a.terms.length === 1 && t && t.monomial.factors.length === 0) return t.coefficient;
    return null;
  }
  /** Replace symbols by scalars. A negative power needs a monomial replacement. */
  substitute(a: Scalar, replacements: ReadonlyMap<string, Scalar>): Scalar {
    const parts: Scalar[] = [];
    for (const t of a.terms) {
      let product = this.constant(t.coefficient);
      const kept: [string, number][] = [];
      for (const [n, p] of t.monomial.factors) {
        const r = replacements.get(n);
        if (r) product = this.mul(product, this.pow(r, p));
        else kept.push([n, p]);
      }
      parts.push(this.mul(product, this.canonical([{ monomial: monomial(kept), coefficient: G_ONE }])));
    }
    return this.add(...parts);
  }
  /** The symbol s with s² = square under the declared relations, or null. */
  rootOf(square: Scalar): string | null {
    for (const [name, rel] of this.relations) if (this.equals(rel.square, square)) return name;
    return null;
  }
  /** Coefficient of symbol^power (as a scalar in the other symbols), treating a as a Laurent polynomial in it. */
  coefficientOf(a: Scalar, symbol: string, power: number): Scalar {
    const raw: ScalarTerm[] = [];
    for (const t of a.terms) {
      if (powerOf(t.monomial, symbol) === power) {
        raw.push({ monomial: monomial(t.monomial.factors.filter(([n]) => n !== symbol)), coefficient: t.coefficient });
      }
    }
    return this.canonical(raw);
  }
}


/** Least common multiple of all coefficient denominators (real and imaginary parts). */
export function lcmDenominators(values: readonly Scalar[]): bigint {
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
  let l = 1n;
  for (const v of values) {
    for (const t of v.terms) for (const d of [t.coefficient.re.den, t.coefficient.im.den]) l = (l * d) / gcd(l, d);
  }
  return l;
}

function leadingTerm(r: Scalar): ScalarTerm | undefined {
  let best: ScalarTerm | undefined;
  let bestKey: [string, number] = ['~', 0];
  for (const t of r.terms) {
    for (const [n, p] of t.monomial.factors) {
      if (p <= 0) continue;
      if (n < bestKey[0] || (n === bestKey[0] && p > bestKey[1])) {
        best = t;
        bestKey = [n, p];
      }
    }
  }
  return best;
}

/** Does monomial d divide m as polynomials (every positive power of d present in m)? */
function divides(d: Monomial, m: Monomial): boolean {
  for (const [n, p] of d.factors) {
    if (p <= 0) return false;
    if (powerOf(m, n) < p) return false;
  }
  return true;
}

function withoutSymbolPower(m: Monomial, name: string): Monomial {
  return monomial(m.factors.filter(([n]) => n !== name));
}
