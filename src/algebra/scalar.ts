/**
 * Exact scalars: finite sums of Gaussian-rational multiples of Laurent monomials in real
 * symbols. A `Scalar` is an immutable value in canonical form; only a `ScalarAlgebra`
 * (which knows the declared relations) builds them.
 */
import type { Gaussian } from './gaussian.js';
import type { Monomial } from './monomial.js';

export interface ScalarTerm {
  readonly monomial: Monomial;
  readonly coefficient: Gaussian;
}

export interface Scalar {
  readonly kind: 'scalar';
  /** Non-zero terms sorted by monomial key: the canonical form. */
  readonly terms: readonly ScalarTerm[];
}

/** Symbols a scalar depends on. */
export function symbolsOf(s: Scalar): Set<string> {
  const out = new Set<string>();
  for (const t of s.terms) for (const [n] of t.monomial.factors) out.add(n);
  return out;
}
