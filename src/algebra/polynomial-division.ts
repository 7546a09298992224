/**
 * Division of Laurent polynomials (terms in the shape of a `Scalar`, any symbols) by one
 * Laurent polynomial, under the lexicographic order of exponent vectors with symbols in
 * alphabetical order. These are helpers of the scalar algebra's normal form and of the
 * printer; they see raw term lists and never reduce by relations.
 *
 * Exactness: the divisor is first shifted by a monomial so that no symbol divides it, and the
 * dividend so that it has no negative powers. Then both are polynomials, {divisor} is a Gröbner
 * basis of the ideal it generates, and the remainder is zero exactly when the divisor divides
 * the dividend in the polynomial ring, which (the divisor having no monomial factor, in a UFD)
 * is exactly when it divides it in the Laurent ring.
 */
import { type Gaussian, addG, mulG, negG, isZeroG, gaussian } from './gaussian.js';
import { addQ, mulQ, divQ, negQ } from './rational.js';
import { type Monomial, monomial, mulMonomials } from './monomial.js';
import type { ScalarTerm } from './scalar.js';

/** Lexicographic comparison of exponent vectors (symbols alphabetically): > 0 when a is larger. */
export function compareLex(a: Monomial, b: Monomial): number {
  let i = 0;
  let j = 0;
  const fa = a.factors;
  const fb = b.factors;
  while (i < fa.length || j < fb.length) {
    const x = fa[i];
    const y = fb[j];
    if (y === undefined || (x !== undefined && x[0] < y[0])) return x![1] > 0 ? 1 : -1;
    if (x === undefined || y[0] < x[0]) return y[1] > 0 ? -1 : 1;
    if (x[1] !== y[1]) return x[1] > y[1] ? 1 : -1;
    i++;
    j++;
  }
  return 0;
}

export function divG(a: Gaussian, b: Gaussian): Gaussian {
  const norm = addQ(mulQ(b.re, b.re), mulQ(b.im, b.im));
  const re = divQ(addQ(mulQ(a.re, b.re), mulQ(a.im, b.im)), norm);
  const im = divQ(addQ(mulQ(a.im, b.re), negQ(mulQ(a.re, b.im))), norm);
  return gaussian(re, im);
}

/** m such that every term of `terms`·m has only non-negative powers, and some power of every symbol is 0. */
function normalisingShift(terms: readonly ScalarTerm[]): Monomial {
  const min = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const t of terms) {
    for (const [n, p] of t.monomial.factors) {
      min.set(n, Math.min(min.get(n) ?? 0, p));
      seen.set(n, (seen.get(n) ?? 0) + 1);
    }
  }
  const shift: [string, number][] = [];
  for (const [n, count] of seen) {
    // A symbol present in every term with positive powers divides the polynomial: shift it down.
    let m = min.get(n) ?? 0;
    if (count === terms.length) {
      m = Infinity;
      for (const t of terms) for (const [x, p] of t.monomial.factors) if (x === n) m = Math.min(m, p);
    }
    if (m !== 0) shift.push([n, -m]);
  }
  return monomial(shift);
}

function shifted(terms: readonly ScalarTerm[], by: Monomial): ScalarTerm[] {
  return terms.map((t) => ({ monomial: mulMonomials(t.monomial, by), coefficient: t.coefficient }));
}

function dividesMonomial(d: Monomial, m: Monomial): Monomial | null {
  const out: (readonly [string, number])[] = [...m.factors];
  for (const [n, p] of d.factors) {
    const q = m.factors.find(([x]) => x === n)?.[1] ?? 0;
    if (q < p) return null;
    out.push([n, -p]);
  }
  return monomial(out);
}

function leading(terms: Iterable<ScalarTerm>): ScalarTerm | undefined {
  let best: ScalarTerm | undefined;
  for (const t of terms) if (!best || compareLex(t.monomial, best.monomial) > 0) best = t;
  return best;
}

function addInto(acc: Map<string, ScalarTerm>, m: Monomial, c: Gaussian): void {
  const prev = acc.get(m.key);
  const sum = prev ? addG(prev.coefficient, c) : c;
  if (isZeroG(sum)) acc.delete(m.key);
  else acc.set(m.key, { monomial: m, coefficient: sum });
}

export interface DivisionResult {
  readonly quotient: ScalarTerm[];
  readonly remainder: ScalarTerm[];
}

/**
 * Division with remainder: dividend = quotient·divisor + remainder, no term of the remainder
 * divisible by the leading term of the (shifted) divisor. With `exact`, stops at the first
 * remainder term and returns null (the divisor does not divide the dividend).
 */
function divide(dividend: readonly ScalarTerm[], divisor: readonly ScalarTerm[], exact: boolean, budget = 100_000): DivisionResult | null {
  if (divisor.length === 0) throw new RangeError('division by the zero polynomial');
  const m0 = normalisingShift(divisor);
  const n = shifted(divisor, m0);
  const m1 = normalisingShift(dividend.length > 0 ? dividend : []);
  // Only shift the dividend up (out of negative powers); a positive common factor is harmless.
  const up = monomial(m1.factors.filter(([, p]) => p > 0));
  const down = monomial(up.factors.map(([x, p]) => [x, -p] as const));
  const lead = leading(n)!;
  const rest = n.filter((t) => t !== lead);
  const work = new Map<string, ScalarTerm>();
  for (const t of shifted(dividend, up)) addInto(work, t.monomial, t.coefficient);
  const quotient = new Map<string, ScalarTerm>();
  const remainder: ScalarTerm[] = [];
  while (work.size > 0) {
    if (--budget < 0) throw new Error('polynomial division did not terminate');
    const t = leading(work.values())!;
    const q = dividesMonomial(lead.monomial, t.monomial);
    if (q === null) {
      if (exact) return null;
      remainder.push(t);
      work.delete(t.monomial.key);
      continue;
    }
    const c = divG(t.coefficient, lead.coefficient);
    addInto(quotient, q, c);
    work.delete(t.monomial.key);
    for (const r of rest) addInto(work, mulMonomials(q, r.monomial), negG(mulG(c, r.coefficient)));
  }
  // dividend·up = Q·(divisor·m0) + rem  ⇒  dividend = (Q·m0·down)·divisor + rem·down.
  return {
    quotient: shifted([...quotient.values()], mulMonomials(m0, down)),
    remainder: shifted(remainder, down),
  };
}

/** The exact quotient dividend/divisor in the Laurent ring, or null if the divisor does not divide. */
export function exactQuotient(dividend: readonly ScalarTerm[], divisor: readonly ScalarTerm[]): ScalarTerm[] | null {
  if (dividend.length === 0) return [];
  return divide(dividend, divisor, true)?.quotient ?? null;
}

/** Division with remainder (lexicographic order); used to choose how a value is written. */
export function divideWithRemainder(dividend: readonly ScalarTerm[], divisor: readonly ScalarTerm[]): DivisionResult {
  return divide(dividend, divisor, false)!;
}
