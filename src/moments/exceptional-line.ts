/**
 * Exceptional lines in closed form, where the structure allows. With μ = ν + tr M / n the
 * characteristic polynomial of M_L,1 has only even powers of ν (it is biquadratic), so its roots
 * are ν² = roots of a quadratic, and two eigenvalues coalesce (at k ≠ 0) where that quadratic's
 * discriminant D(k) = α k² + β vanishes: k = ±√(−β/α), found by an exact polynomial square root.
 * For matrices without this structure the numeric EP finder (numeric/ep) is the tool.
 */
import { type Scalar, type ScalarAlgebra, type ScalarTerm, monomial, powerOf, rational, G_ONE } from '../algebra/index.js';
import type { Polynomial } from './characteristic.js';

export type ExceptionalLine =
  | { readonly kind: 'closed-form'; readonly condition: Scalar; readonly k: Scalar }
  | { readonly kind: 'none-in-closed-form'; readonly reason: string };

/** p(ν + shift) for p given by coefficients (lowest first). */
export function shiftPolynomial(s: ScalarAlgebra, p: Polynomial, shift: Scalar): Scalar[] {
  const n = p.length - 1;
  const out: Scalar[] = Array.from({ length: n + 1 }, () => s.zero);
  // Horner: q ← q·(ν + shift) + p_i, from the top.
  for (let i = n; i >= 0; i--) {
    const next: Scalar[] = Array.from({ length: n + 1 }, () => s.zero);
    for (let j = 0; j < n; j++) {
      next[j + 1] = s.add(next[j + 1]!, out[j]!);
      next[j] = s.add(next[j]!, s.mul(out[j]!, shift));
    }
    next[0] = s.add(next[0]!, p[i]!);
    for (let j = 0; j <= n; j++) out[j] = next[j]!;
  }
  return out;
}

/** The exact square root of a polynomial with a non-negative leading coefficient, or null. */
export function polynomialSquareRoot(s: ScalarAlgebra, x: Scalar): Scalar | null {
  if (x.terms.length === 0) return s.zero;
  // Leading terms under the lexicographic monomial order on the symbols of x (a true monomial
  // order, so lead(r²) = lead(r)² and the classical square-root recurrence applies).
  const symbols = [...new Set(x.terms.flatMap((t) => t.monomial.factors.map(([n]) => n)))].sort();
  const exponents = (t: ScalarTerm): number[] => symbols.map((n) => powerOf(t.monomial, n));
  const lead = (y: Scalar): ScalarTerm =>
    y.terms.reduce((best, t) => {
      const a = exponents(t);
      const b = exponents(best);
      const i = a.findIndex((e, j) => e !== b[j]);
      return i >= 0 && a[i]! > b[i]! ? t : best;
    });
  const termRoot = (t: ScalarTerm): Scalar | null => {
    if (t.monomial.factors.some(([, p]) => p % 2 !== 0) || t.coefficient.im.num !== 0n || t.coefficient.re.num < 0n) return null;
    const r = rationalSqrt(t.coefficient.re.num, t.coefficient.re.den);
    if (!r) return null;
    return s.canonical([{ monomial: monomial(t.monomial.factors.map(([n, p]) => [n, p / 2] as const)), coefficient: { ...G_ONE, re: r } }]);
  };
  const first = termRoot(lead(x));
  if (!first) return null;
  let root = first;
  const twiceLead = s.mul(s.int(2), first);
  for (let step = 0; step < 64; step++) {
    const rest = s.sub(x, s.mul(root, root));
    if (rest.terms.length === 0) return root;
    const next = s.div(s.canonical([lead(rest)]), twiceLead);
    root = s.add(root, next);
  }
  return null;
}

function rationalSqrt(num: bigint, den: bigint) {
  const isqrt = (v: bigint): bigint | null => {
    if (v < 0n) return null;
    let r = BigInt(Math.floor(Math.sqrt(Number(v))));
    while (r * r > v) r--;
    while ((r + 1n) * (r + 1n) <= v) r++;
    return r * r === v ? r : null;
  };
  const a = isqrt(num);
  const b = isqrt(den);
  return a !== null && b !== null ? rational(a, b) : null;
}

/** The exceptional line k(…) of a matrix's characteristic polynomial, in the coupling symbol `k`. */
export function exceptionalLine(s: ScalarAlgebra, p: Polynomial, coupling = 'k'): ExceptionalLine {
  const n = p.length - 1;
  if (n !== 4) return { kind: 'none-in-closed-form', reason: `characteristic polynomial of degree ${n} (the closed form handles 4)` };
  const trace = s.neg(p[n - 1]!); // p = ν⁴ − tr·ν³ + …
  const q = shiftPolynomial(s, p, s.mul(trace, s.fromRational(rational(1, n))));
  if (!s.isZero(q[1]!) || !s.isZero(q[3]!)) return { kind: 'none-in-closed-form', reason: 'the shifted characteristic polynomial is not biquadratic' };
  // ν⁴ + B ν² + C: the quadratic in ν² has discriminant B² − 4C.
  const D = s.sub(s.mul(q[2]!, q[2]!), s.mul(s.int(4), q[0]!));
  const degrees = new Set(D.terms.map((t) => powerOf(t.monomial, coupling)));
  if ([...degrees].some((d) => d !== 0 && d !== 2)) return { kind: 'none-in-closed-form', reason: `the coalescence condition is not of the form α${coupling}² + β` };
  const alpha = s.coefficientOf(D, coupling, 2);
  const beta = s.coefficientOf(D, coupling, 0);
  if (alpha.terms.length === 0) return { kind: 'none-in-closed-form', reason: `the coalescence condition does not involve ${coupling}` };
  const root = polynomialSquareRoot(s, s.neg(s.div(beta, alpha)));
  if (!root) return { kind: 'none-in-closed-form', reason: `−β/α is not a perfect square` };
  return { kind: 'closed-form', condition: D, k: root };
}
