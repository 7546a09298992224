/**
 * The scalar algebra: the only place scalars are built. It holds the declared relations
 * s² = r(earlier symbols) and keeps every scalar in its unique normal form:
 *   - like monomials merged, zero terms dropped, terms sorted by monomial key;
 *   - every power s^e with e ≥ 2 of a related symbol rewritten as s^(e−2)·r;
 *   - every negative power of a symbol whose r is a rational constant (such as √2) rewritten
 *     as s^(e+2)/r;
 *   - the remaining denominators (negative powers of the related symbols, 1/Ω_1) minimal: the
 *     value is written N·Π s_j^(−e_j) with N reduced (every related power 0 or 1) and each e_j ≥ 0
 *     as small as it can be, found by exact division (see `normalise` and docs/architecture.md).
 * So two scalars are equal exactly when their terms are identical, and `isZero` is "no terms".
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
import { exactQuotient } from './polynomial-division.js';

export interface Relation {
  /** The symbol s of s² = square. */
  readonly symbol: string;
  /** r, free of s, in canonical form under the relations declared before it. */
  readonly square: Scalar;
  /**
   * The norm of r down the tower of relations: n = r·cofactor, with n free of every related
   * symbol (a Laurent polynomial in the free symbols) and the cofactor a polynomial in them.
   * X is divisible by r exactly when X·cofactor is divisible by n, term group by term group.
   */
  readonly norm: Scalar;
  readonly cofactor: Scalar;
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
  /** Related symbols whose square is not a constant: the ones that may stay as denominators. */
  private readonly denominators: ReadonlySet<string>;

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
    this.denominators = new Set([...relations.keys()].filter((n) => !constants.has(n)));
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
    for (const t of reduced.terms) {
      if (!isRealG(t.coefficient)) throw new Error(`relation ${symbol}² = …: the square of a real symbol has real coefficients`);
    }
    const { norm, cofactor } = this.normOf(reduced);
    if (isMonomialSquare(reduced)) throw new Error(`relation ${symbol}² = … is the square of a monomial: ${symbol} would not be prime`);
    const next = new Map(this.relations);
    next.set(symbol, Object.freeze({ symbol, square: reduced, norm, cofactor }));
    return new ScalarAlgebra(next);
  }

  /**
   * The norm of r down the tower: multiply by the conjugate u − v·s_l of r = u + v·s_l for the
   * latest related symbol s_l in it (after clearing its denominators by a monomial), until no
   * related symbol is left. Returns n and the cofactor c with r·c = n.
   */
  private normOf(r: Scalar): { norm: Scalar; cofactor: Scalar } {
    const order = [...this.relations.keys()];
    let x = r;
    let cofactor = this.one;
    for (let guard = 0; guard < 4 * order.length + 4; guard++) {
      const clear = this.clearingMonomial(x.terms);
      if (clear.factors.length > 0) {
        const m = this.canonical([{ monomial: clear, coefficient: G_ONE }]);
        x = this.mul(x, m);
        cofactor = this.mul(cofactor, m);
      }
      let latest = -1;
      for (const t of x.terms) for (const [n] of t.monomial.factors) latest = Math.max(latest, order.indexOf(n));
      if (latest < 0) {
        if (x.terms.length === 0) throw new Error('relation: the square has zero norm');
        return { norm: x, cofactor };
      }
      const name = order[latest]!;
      const u = this.coefficientOf(x, name, 0);
      const v = this.coefficientOf(x, name, 1);
      const conjugate = this.sub(u, this.mul(v, this.symbol(name)));
      x = this.mul(x, conjugate);
      cofactor = this.mul(cofactor, conjugate);
    }
    throw new Error('relation: the norm of the square did not terminate');
  }

  /** The monomial in the denominator symbols that clears their negative powers in the terms. */
  private clearingMonomial(terms: readonly ScalarTerm[]): Monomial {
    const clear = new Map<string, number>();
    for (const t of terms) {
      for (const [n, p] of t.monomial.factors) {
        if (p < 0 && this.relations.has(n)) clear.set(n, Math.max(clear.get(n) ?? 0, -p));
      }
    }
    return monomial([...clear.entries()]);
  }

  // ----- construction --------------------------------------------------------------------

  /**
   * The one validating constructor of canonical scalars from raw terms: reduced by the
   * relations. The reduced form is unique unless a denominator of a related symbol is present;
   * `normalForm` then gives the unique form (it is applied where derived values are finished,
   * since minimising denominators after every product would cost several times the derivation).
   */
  canonical(raw: Iterable<ScalarTerm>): Scalar {
    return freezeScalar(this.reduce(raw));
  }

  /**
   * The unique normal form of a value: N·Π s_j^(−e_j), N reduced (every related power 0 or 1),
   * each e_j ≥ 0 minimal. Equal values have identical normal forms (docs/architecture.md).
   */
  normalForm(a: Scalar): Scalar {
    return this.normalise([...a.terms]);
  }

  /** Reduction by the relations (s^e, e ≥ 2, and negative powers of constant-square symbols). */
  private reduce(raw: Iterable<ScalarTerm>): ScalarTerm[] {
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
    return [...acc.values()];
  }

  private hasDenominator(terms: readonly ScalarTerm[]): boolean {
    if (this.denominators.size === 0) return false;
    for (const t of terms) for (const [n, p] of t.monomial.factors) if (p < 0 && this.denominators.has(n)) return true;
    return false;
  }

  /**
   * The normal form of reduced terms. Without denominators of related symbols the reduced form is
   * already unique (the relations are a Gröbner basis). Otherwise: clear every denominator,
   * X = a·Π s_j^c_j (reduced, no negative related powers), then while some e_j > 0 and X is
   * divisible by s_j, X ← X/s_j and e_j ← e_j − 1 (X/s_j = X·s_j/r_j, decided by the norm of r_j).
   * The result X·Π s_j^(−e_j) depends only on the value (docs/architecture.md gives the proof and
   * its conditions).
   */
  private normalise(terms: ScalarTerm[]): Scalar {
    if (!this.hasDenominator(terms)) return freezeScalar(terms);
    const { terms: cleared, e } = this.cleared(terms);
    let x = cleared;
    if (x.length === 0) return this.zero;
    // Under the conditions of docs/architecture.md one pass suffices (whether s_j divides does not
    // depend on the other exponents); a relation whose square has a denominator (sin²ζ = (R + δ)/(2R))
    // is outside them, so passes repeat until none lowers an exponent.
    for (let progress = true; progress; ) {
      progress = false;
      for (const [name, power] of e) {
        let left = power;
        while (left > 0) {
          const q = this.divideBySymbol(x, name);
          if (q === null) break;
          x = q;
          left--;
          progress = true;
        }
        e.set(name, left);
      }
    }
    const down = monomial([...e.entries()].map(([n, p]) => [n, -p] as const));
    return freezeScalar(down.factors.length === 0 ? x : x.map((t) => ({ monomial: mulMonomials(t.monomial, down), coefficient: t.coefficient })));
  }

  /** X = a·Π s_j^c_j reduced and free of denominators, with the exponents c used. */
  private cleared(terms: readonly ScalarTerm[]): { terms: ScalarTerm[]; e: Map<string, number> } {
    let x = [...terms];
    const e = new Map<string, number>();
    for (let guard = 0; guard < 64; guard++) {
      const clear = this.clearingMonomial(x);
      if (clear.factors.length === 0) return { terms: x, e };
      for (const [n, p] of clear.factors) e.set(n, (e.get(n) ?? 0) + p);
      x = this.reduce(x.map((t) => ({ monomial: mulMonomials(t.monomial, clear), coefficient: t.coefficient })));
    }
    throw new Error('clearing denominators did not terminate');
  }

  /** X/s for reduced X free of denominators, if s divides X in the polynomial ring; else null. */
  private divideBySymbol(x: readonly ScalarTerm[], name: string): ScalarTerm[] | null {
    const rel = this.relations.get(name)!;
    const times = x.map((t) => ({ monomial: mulMonomials(t.monomial, monomial([[name, 1]])), coefficient: t.coefficient }));
    // X·s·c = (X/s)·n: its normal form has no denominators when X/s has none.
    const product = this.normalise(this.reduce(multiplyTerms(times, rel.cofactor.terms)));
    const q = exactQuotient(product.terms, rel.norm.terms);
    if (q === null || this.hasNegativeRelated(q)) return null;
    return q;
  }

  private hasNegativeRelated(terms: readonly ScalarTerm[]): boolean {
    for (const t of terms) for (const [n, p] of t.monomial.factors) if (p < 0 && this.relations.has(n)) return true;
    return false;
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
    // A symbol without a relation is already reduced: one term, nothing to merge.
    if (power !== 0 && !this.relations.has(name)) return freezeScalar([{ monomial: monomial([[name, power]]), coefficient: G_ONE }]);
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
   * Exact zero test: is the normal form empty? That is decided by its first step alone: the value
   * is zero exactly when it is zero with every denominator cleared (the related symbols stand for
   * non-zero quantities), and a reduced form without denominators is unique.
   */
  isZero(a: Scalar): boolean {
    if (a.terms.length === 0) return true;
    if (!this.hasDenominator(a.terms)) return false;
    return this.cleared(a.terms).terms.length === 0;
  }
  equals(a: Scalar, b: Scalar): boolean {
    return this.isZero(this.sub(a, b));
  }

  /**
   * Formerly rewrote Ω⁻¹(ω² + k) as Ω by a partial division; now the unique normal form, in which
   * that contraction is part of minimising the denominators. Kept as an alias for callers. How a
   * value is written beyond that is the printer's choice (render/scalar-presentation.ts).
   */
  contractRoots(a: Scalar): Scalar {
    return this.normalForm(a);
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


function multiplyTerms(a: readonly ScalarTerm[], b: readonly ScalarTerm[]): ScalarTerm[] {
  const out: ScalarTerm[] = [];
  for (const s of a) for (const t of b) out.push({ monomial: mulMonomials(s.monomial, t.monomial), coefficient: mulG(s.coefficient, t.coefficient) });
  return out;
}

/** Is r = q·m² for a monomial m and a rational q that is a square (then s = ±√q·m is not prime)? */
function isMonomialSquare(r: Scalar): boolean {
  const t = r.terms[0];
  if (r.terms.length !== 1 || !t || !isRealG(t.coefficient)) return false;
  if (!t.monomial.factors.every(([, p]) => p % 2 === 0)) return false;
  const q = t.coefficient.re;
  const isSquare = (n: bigint): boolean => {
    if (n < 0n) return false;
    let x = BigInt(Math.floor(Math.sqrt(Number(n))));
    while (x * x > n) x--;
    while ((x + 1n) * (x + 1n) <= n) x++;
    return x * x === n;
  };
  return t.monomial.factors.length > 0 && isSquare(q.num) && isSquare(q.den);
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
