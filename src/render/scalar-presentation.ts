/**
 * How a value is written, chosen among equal forms: the one a physicist writes. Starting from the
 * unique normal form, a group of terms that is a multiple of a declared square r_j is written with
 * the symbol, Ω_1² rather than ω² + k (−4Ω_1² rather than −4k − 4ω², Ω_1 rather than (ω² + k)/Ω_1),
 * whenever that makes the sum shorter. Printing never changes a value: the display terms are the
 * normal form's terms regrouped by exact identities s² = r, and a test evaluates both.
 */
import {
  type Scalar, type ScalarTerm, type ScalarAlgebra, monomial, mulMonomials, powerOf, divideWithRemainder, addG, isZeroG,
} from '../algebra/index.js';
import type { Shorthand } from '../model/index.js';

/** Terms to print: monomials may hold powers of related symbols that the algebra would reduce. */
export type DisplayTerms = readonly ScalarTerm[];

function withoutSymbol(t: ScalarTerm, name: string): ScalarTerm {
  return { monomial: monomial(t.monomial.factors.filter(([n]) => n !== name)), coefficient: t.coefficient };
}

function times(terms: readonly ScalarTerm[], name: string, power: number): ScalarTerm[] {
  const m = monomial([[name, power]]);
  return terms.map((t) => ({ monomial: mulMonomials(t.monomial, m), coefficient: t.coefficient }));
}

/** One pass for one related symbol: each group of terms with the same power p of s written as Q·s^(p+2) + rest where shorter. */
function contractSymbol(terms: readonly ScalarTerm[], name: string, square: readonly ScalarTerm[]): ScalarTerm[] {
  const groups = new Map<number, ScalarTerm[]>();
  for (const t of terms) {
    const p = powerOf(t.monomial, name);
    const g = groups.get(p) ?? [];
    g.push(withoutSymbol(t, name));
    groups.set(p, g);
  }
  const out: ScalarTerm[] = [];
  for (const [p, group] of groups) {
    let rest: ScalarTerm[] = group;
    let power = p;
    const lifted: ScalarTerm[] = [];
    // Repeatedly: rest = Q·r + R; keep it when |Q| + |R| < |rest|, then try Q again (s⁴, …).
    for (let depth = 0; depth < 4 && rest.length > 1; depth++) {
      const { quotient, remainder } = divideWithRemainder(rest, square);
      if (quotient.length === 0 || quotient.length + remainder.length >= rest.length) break;
      lifted.push(...times(remainder, name, power));
      rest = quotient;
      power += 2;
    }
    out.push(...lifted, ...times(rest, name, power));
  }
  return merged(out);
}

/** Like terms merged (a regrouped term may meet one of another group), zeros dropped, sorted by key. */
function merged(terms: readonly ScalarTerm[]): ScalarTerm[] {
  const acc = new Map<string, ScalarTerm>();
  for (const t of terms) {
    const prev = acc.get(t.monomial.key);
    const c = prev ? addG(prev.coefficient, t.coefficient) : t.coefficient;
    if (isZeroG(c)) acc.delete(t.monomial.key);
    else acc.set(t.monomial.key, { monomial: t.monomial, coefficient: c });
  }
  return [...acc.values()].sort((a, b) => (a.monomial.key < b.monomial.key ? -1 : a.monomial.key > b.monomial.key ? 1 : 0));
}

/** a → mean + difference, b → mean − difference, kept where the value gets fewer terms. */
function withShorthand(x: Scalar, algebra: ScalarAlgebra, h: Shorthand): Scalar {
  const names = new Set([h.a, h.b]);
  if (!x.terms.some((t) => t.monomial.factors.some(([n]) => names.has(n)))) return x;
  const m = algebra.symbol(h.mean.name);
  const d = algebra.symbol(h.difference.name);
  const y = algebra.normalForm(algebra.substitute(x, new Map([[h.a, algebra.add(m, d)], [h.b, algebra.sub(m, d)]])));
  return y.terms.length < x.terms.length ? y : x;
}

/** The display terms of a value under the declared relations (and the model's shorthands). */
export function presentScalar(x: Scalar, algebra: ScalarAlgebra, shorthands: readonly Shorthand[] = []): DisplayTerms {
  let value = algebra.normalForm(x);
  for (const h of shorthands) value = withShorthand(value, algebra, h);
  let terms: ScalarTerm[] = [...value.terms];
  for (const [name, rel] of algebra.relations) {
    const constant = rel.square.terms.length === 1 && rel.square.terms[0]!.monomial.factors.length === 0;
    if (constant || terms.length < 2) continue;
    terms = contractSymbol(terms, name, rel.square.terms);
  }
  return terms;
}
