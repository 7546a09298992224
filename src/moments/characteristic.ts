/**
 * Exceptional-point conditions, exactly. The characteristic polynomial det(μ − M) of a symbolic
 * matrix, and a test of whether its discriminant vanishes on a printed condition "c = 0": the
 * condition is declared as a relation x² = … for a symbol x that appears in it only squared, and
 * the resultant of p and p' (a Sylvester determinant) is reduced under it.
 */
import { type Scalar, type ScalarAlgebra, ScalarAlgebra as Algebra, powerOf } from '../algebra/index.js';

/** Coefficients of det(μ I − M), lowest power first. */
export type Polynomial = readonly Scalar[];

/** Determinant by expansion over column subsets (exact; fine for n ≤ 8). */
export function determinant<T>(n: number, entry: (i: number, j: number) => T, ring: { zero: T; one: T; add(...x: T[]): T; mul(...x: T[]): T; neg(x: T): T }): T {
  const f = new Map<number, T>([[0, ring.one]]);
  for (let mask = 1; mask < 1 << n; mask++) {
    const row = popcount(mask) - 1;
    const parts: T[] = [];
    for (let j = 0; j < n; j++) {
      if (!(mask & (1 << j))) continue;
      const sub = f.get(mask ^ (1 << j));
      if (sub === undefined) continue;
      const higher = popcount(mask >> (j + 1));
      const term = ring.mul(entry(row, j), sub);
      parts.push(higher % 2 === 0 ? term : ring.neg(term));
    }
    f.set(mask, parts.length > 0 ? ring.add(...parts) : ring.zero);
  }
  return f.get((1 << n) - 1)!;
}

function popcount(x: number): number {
  let c = 0;
  for (let v = x; v; v &= v - 1) c++;
  return c;
}

function polynomialRing(s: ScalarAlgebra) {
  const trim = (p: Scalar[]): Scalar[] => {
    const out = [...p];
    while (out.length > 1 && out[out.length - 1]!.terms.length === 0) out.pop();
    return out;
  };
  return {
    zero: [s.zero] as Scalar[],
    one: [s.one] as Scalar[],
    add: (...xs: Scalar[][]): Scalar[] => {
      const n = Math.max(...xs.map((x) => x.length));
      return trim(Array.from({ length: n }, (_, i) => s.add(...xs.map((x) => x[i] ?? s.zero))));
    },
    mul: (...xs: Scalar[][]): Scalar[] =>
      xs.reduce((a, b) => {
        const out: Scalar[] = Array.from({ length: a.length + b.length - 1 }, () => s.zero);
        a.forEach((x, i) => b.forEach((y, j) => (out[i + j] = s.add(out[i + j]!, s.mul(x, y)))));
        return trim(out);
      }),
    neg: (x: Scalar[]): Scalar[] => x.map((e) => s.neg(e)),
  };
}

export function characteristicPolynomial(s: ScalarAlgebra, M: readonly (readonly Scalar[])[]): Polynomial {
  const n = M.length;
  const ring = polynomialRing(s);
  return determinant(n, (i, j) => (i === j ? [s.neg(M[i]![j]!), s.one] : [s.neg(M[i]![j]!)]), ring);
}

/** Resultant of p and its derivative: zero iff p has a repeated root. */
export function discriminantOf(s: ScalarAlgebra, p: Polynomial): Scalar {
  const n = p.length - 1;
  const dp = p.slice(1).map((c, i) => s.mul(c, s.int(i + 1)));
  const size = 2 * n - 1;
  const row = (i: number, j: number): Scalar => {
    if (i < n - 1) {
      const k = j - i;
      return k >= 0 && k <= n ? p[n - k]! : s.zero;
    }
    const r = i - (n - 1);
    const k = j - r;
    return k >= 0 && k <= n - 1 ? dp[n - 1 - k]! : s.zero;
  };
  return determinant(size, row, { zero: s.zero, one: s.one, add: (...x) => s.add(...x), mul: (...x) => s.mul(...x), neg: (x) => s.neg(x) });
}

/** Does the discriminant of p vanish wherever `condition` = 0? */
export function discriminantVanishesOn(s: ScalarAlgebra, p: Polynomial, condition: Scalar): boolean {
  const symbols = new Set<string>();
  for (const t of condition.terms) for (const [n] of t.monomial.factors) symbols.add(n);
  for (const x of symbols) {
    if (s.relations.has(x)) continue;
    if (!condition.terms.every((t) => [0, 2].includes(powerOf(t.monomial, x)))) continue;
    const a = s.coefficientOf(condition, x, 2);
    const constant = s.constantValue(a);
    if (!constant || (constant.re.num === 0n && constant.im.num === 0n)) continue;
    const b = s.coefficientOf(condition, x, 0);
    let reduced: ScalarAlgebra = Algebra.free();
    for (const rel of s.relations.values()) reduced = reduced.withRelation(rel.symbol, rel.square);
    reduced = reduced.withRelation(x, reduced.canonical(s.neg(s.div(b, a)).terms));
    const q = p.map((c) => reduced.canonical(c.terms));
    return reduced.isZero(discriminantOf(reduced, q));
  }
  throw new Error('the condition has no symbol that appears only squared; cannot decide it exactly');
}
