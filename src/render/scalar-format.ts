/**
 * Scalars as text (mathjs-parseable, exact) and as LaTeX. Both are pure functions of the
 * canonical form, so they render what the algebra decided and never decide anything.
 */
import { type Scalar, type ScalarTerm, type Rational, isZeroQ, signQ, negQ, rational, divQ, gaussian, monomial, mulMonomials } from '../algebra/index.js';
import { type Notation, DEFAULT_NOTATION, symbolLatex } from './notation.js';
import { presentScalar } from './scalar-presentation.js';

type Signed = { negative: boolean; body: string };

function coefficientParts(t: ScalarTerm): { real: Rational; imaginary: boolean }[] {
  const out: { real: Rational; imaginary: boolean }[] = [];
  if (!isZeroQ(t.coefficient.re)) out.push({ real: t.coefficient.re, imaginary: false });
  if (!isZeroQ(t.coefficient.im)) out.push({ real: t.coefficient.im, imaginary: true });
  return out;
}

/** "{…}" → "…" when the braces enclose the whole string as one group. */
function ungroup(latex: string): string {
  if (!latex.startsWith('{') || !latex.endsWith('}')) return latex;
  let depth = 0;
  for (let i = 0; i < latex.length; i++) {
    if (latex[i] === '{') depth++;
    else if (latex[i] === '}') depth--;
    if (depth === 0 && i < latex.length - 1) return latex;
  }
  return latex.slice(1, -1);
}

/** A symbol's LaTeX needs parentheses before a power unless it is one letter with an optional subscript. */
function needsParentheses(base: string): boolean {
  return !/^(\\[A-Za-z]+|[A-Za-z])(_\{[^{}]*\}|_[A-Za-z0-9])?$/.test(base);
}

export function scalarToText(s: Scalar): string {
  return termsToText(s.terms);
}

/** Text of display terms (a value's terms, possibly regrouped by the presentation). */
export function termsToText(terms: readonly ScalarTerm[]): string {
  const pieces: Signed[] = [];
  for (const t of terms) {
    for (const part of coefficientParts(t)) {
      const negative = signQ(part.real) < 0;
      const q = negative ? negQ(part.real) : part.real;
      const factors: string[] = [];
      if (q.num !== 1n || (t.monomial.factors.length === 0 && !part.imaginary)) factors.push(String(q.num));
      if (part.imaginary) factors.push('i');
      for (const [n, p] of t.monomial.factors) factors.push(p === 1 ? n : p > 0 ? `${n}^${p}` : `${n}^(${p})`);
      const body = factors.join('*') + (q.den !== 1n ? `/${q.den}` : '');
      pieces.push({ negative, body });
    }
  }
  if (pieces.length === 0) return '0';
  return pieces.map((p, i) => (i === 0 ? (p.negative ? `-${p.body}` : p.body) : p.negative ? ` - ${p.body}` : ` + ${p.body}`)).join('');
}

function termLatex(t: ScalarTerm, part: { real: Rational; imaginary: boolean }, notation: Notation): Signed {
  const negative = signQ(part.real) < 0;
  const q = negative ? negQ(part.real) : part.real;
  const up: string[] = [];
  const down: string[] = [];
  for (const [n, p] of t.monomial.factors) {
    const base = symbolLatex(n, notation);
    const wrapped = needsParentheses(base) && Math.abs(p) !== 1 ? `\\left(${ungroup(base)}\\right)` : base;
    const power = Math.abs(p) === 1 ? wrapped : `${wrapped}^{${Math.abs(p)}}`;
    (p > 0 ? up : down).push(power);
  }
  if (part.imaginary) up.unshift('i');
  const numText = q.num === 1n && up.length > 0 ? up.join(' ') : [String(q.num), ...up].join(' ');
  const denParts = [...(q.den !== 1n ? [String(q.den)] : []), ...down];
  const body = denParts.length === 0 ? numText : `\\frac{${numText}}{${denParts.join(' ')}}`;
  return { negative, body };
}

function sumLatex(terms: readonly ScalarTerm[], notation: Notation): string {
  const pieces: Signed[] = [];
  for (const t of terms) for (const part of coefficientParts(t)) pieces.push(termLatex(t, part, notation));
  if (pieces.length === 0) return '0';
  // In the model's symbols a sum starts with a positive term where it has one (ω² − k, not −k + ω²).
  const firstPositive = pieces.findIndex((p) => !p.negative);
  if (notation.algebra && firstPositive > 0) pieces.unshift(...pieces.splice(firstPositive, 1));
  return pieces.map((p, i) => (i === 0 ? (p.negative ? `-${p.body}` : p.body) : p.negative ? ` - ${p.body}` : ` + ${p.body}`)).join('');
}

const gcdN = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcdN(b, a % b));

/**
 * The content of a real sum: the rational gcd of its coefficients (negative when every term is)
 * and the monomial common to every term, or null when it is 1.
 */
function content(terms: readonly ScalarTerm[]): { q: Rational; m: [string, number][] } | null {
  if (terms.length < 2 || terms.some((t) => !isZeroQ(t.coefficient.im))) return null;
  let g = 0n;
  let l = 1n;
  for (const t of terms) {
    g = gcdN(g, t.coefficient.re.num);
    l = (l * t.coefficient.re.den) / gcdN(l, t.coefficient.re.den);
  }
  const negative = terms.every((t) => signQ(t.coefficient.re) < 0);
  const common = new Map<string, number>();
  terms[0]!.monomial.factors.forEach(([n, p]) => common.set(n, p));
  for (const t of terms.slice(1)) {
    for (const [n, p] of [...common]) {
      const q = t.monomial.factors.find(([x]) => x === n)?.[1] ?? 0;
      const keep = p > 0 ? Math.min(p, Math.max(q, 0)) : Math.max(p, Math.min(q, 0));
      if (keep === 0) common.delete(n);
      else common.set(n, keep);
    }
  }
  const q = rational(negative ? -g : g, l);
  if (q.num === 1n && q.den === 1n && common.size === 0) return null;
  return { q, m: [...common.entries()] };
}

export function scalarToLatex(s: Scalar, notation: Notation = DEFAULT_NOTATION): string {
  const terms = notation.algebra ? presentScalar(s, notation.algebra, notation.shorthands ?? []) : s.terms;
  const c = notation.algebra ? content(terms) : null;
  if (!c) return sumLatex(terms, notation);
  // q·m·(Σ terms/(q·m)): a common factor pulled out of the sum, as (Σ_h + Σ_c)/(4Ω_1).
  const inverse = monomial(c.m.map(([n, p]) => [n, -p] as const));
  const inner = terms.map((t) => ({ monomial: mulMonomials(t.monomial, inverse), coefficient: gaussian(divQ(t.coefficient.re, c.q)) }));
  const negative = signQ(c.q) < 0;
  const q = negative ? negQ(c.q) : c.q;
  const up: string[] = [];
  const down: string[] = [];
  for (const [n, p] of c.m) {
    const base = symbolLatex(n, notation);
    const wrapped = needsParentheses(base) && Math.abs(p) !== 1 ? `\\left(${ungroup(base)}\\right)` : base;
    (p > 0 ? up : down).push(Math.abs(p) === 1 ? wrapped : `${wrapped}^{${Math.abs(p)}}`);
  }
  if (q.num !== 1n) up.unshift(String(q.num));
  const sum = sumLatex(inner, notation);
  const numerator = up.length === 0 && (q.den !== 1n || down.length > 0) ? sum : `${up.join(' ')} \\left(${sum}\\right)`;
  const denominator = [...(q.den !== 1n ? [String(q.den)] : []), ...down];
  const body = denominator.length === 0 ? numerator : `\\frac{${numerator}}{${denominator.join(' ')}}`;
  return negative ? `-${body}` : body;
}

