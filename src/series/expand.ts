/**
 * Expansion of moment equations in k: M = M^(0) + k M^(1) + k² M^(2) + …, where the coherent
 * part (from i[H_S, θ]) is kept exact inside M^(0) and only the dissipative part is expanded,
 * as the paper does for eqs. 47 and 49.
 */
import { type Scalar, type ScalarTerm, monomial, G_ONE, exactQuotient } from '../algebra/index.js';
import type { SymbolDefinition } from '../model/index.js';
import type { MomentEquations } from '../moments/index.js';
import { type KDependence, kDependence } from './k-dependence.js';
import type { PowerSeries } from './power-series.js';

export interface MomentExpansion {
  readonly kind: 'moment-expansion';
  readonly equations: MomentEquations;
  readonly order: number;
  /** matrices[n] = M^(n); matrices[0] includes the exact coherent part. */
  readonly matrices: readonly (readonly (readonly Scalar[])[])[];
  /** constants[n] = c^(n). */
  readonly constants: readonly (readonly Scalar[])[];
  readonly definitions: readonly SymbolDefinition[];
}

/** Expand one scalar into a power series in k. */
export function expandScalar(x: Scalar, dep: KDependence, powers: Map<string, PowerSeries> = new Map()): PowerSeries {
  const A = dep.algebra;
  const s = A.scalars;
  const parts: PowerSeries[] = [];
  for (const t of x.terms) {
    const kept: [string, number][] = [];
    let product = A.constant(s.canonical([{ monomial: monomial([]), coefficient: t.coefficient }]));
    for (const [name, p] of t.monomial.factors) {
      const series = dep.series.get(name);
      if (!series) {
        kept.push([name, p]);
        continue;
      }
      const key = `${name}^${p}`;
      let power = powers.get(key);
      if (!power) {
        power = A.pow(series, p);
        powers.set(key, power);
      }
      product = A.mul(product, power);
    }
    const rest = s.canonical([{ monomial: monomial(kept), coefficient: G_ONE }]);
    parts.push(A.scale(product, rest));
  }
  const sum = parts.length > 0 ? A.add(...parts) : A.constant(s.zero);
  return A.series(sum.coefficients.map((c) => writeBackPositivePowers(c, dep)));
}

/**
 * Replace positive powers of placeholder symbols (δ) by their values; negative powers stay, as
 * few as the value allows: c = P/δ^N with P free of δ, then P is divided by δ's value exactly
 * while it can be (so δ⁻¹(ω_h² − ω_c²) is 1).
 */
function writeBackPositivePowers(c: Scalar, dep: KDependence): Scalar {
  if (dep.expandPositivePowers.size === 0) return c;
  const s = dep.algebra.scalars;
  let current = c;
  for (const [name, value] of dep.expandPositivePowers) {
    let depth = 0;
    for (const t of current.terms) for (const [n, p] of t.monomial.factors) if (n === name && p < 0) depth = Math.max(depth, -p);
    const parts: Scalar[] = [];
    for (const t of current.terms) {
      let factor = s.one;
      const kept: [string, number][] = [];
      for (const [n, p] of t.monomial.factors) {
        if (n === name) {
          if (p + depth > 0) factor = s.mul(factor, s.pow(value, p + depth));
        } else kept.push([n, p]);
      }
      if (t.monomial.factors.every(([n]) => n !== name) && depth > 0) factor = s.pow(value, depth);
      const term: ScalarTerm = { monomial: monomial(kept), coefficient: t.coefficient };
      parts.push(s.mul(factor, s.canonical([term])));
    }
    let numerator = s.add(...parts);
    while (depth > 0) {
      const q = exactQuotient(numerator.terms, value.terms);
      if (q === null) break;
      numerator = s.canonical(q);
      depth--;
    }
    current = s.mul(numerator, s.symbol(name, -depth));
  }
  return current;
}

export function expandMoments(eqs: MomentEquations, order: number): MomentExpansion {
  const dep = kDependence(eqs.model, order);
  const s = dep.algebra.scalars;
  const powers = new Map<string, PowerSeries>();
  const matrices: Scalar[][][] = Array.from({ length: order + 1 }, () => []);
  const constants: Scalar[][] = Array.from({ length: order + 1 }, () => []);
  eqs.dissipative.forEach((row, i) => {
    for (let n = 0; n <= order; n++) matrices[n]!.push([]);
    row.forEach((entry, j) => {
      const series = expandScalar(entry, dep, powers);
      for (let n = 0; n <= order; n++) {
        const value = n === 0 ? s.add(eqs.coherent[i]![j]!, series.coefficients[0]!) : series.coefficients[n]!;
        matrices[n]![i]!.push(s.normalForm(value));
      }
    });
    const cSeries = expandScalar(eqs.cDissipative[i]!, dep, powers);
    for (let n = 0; n <= order; n++) {
      constants[n]!.push(s.normalForm(n === 0 ? s.add(eqs.cCoherent[i]!, cSeries.coefficients[0]!) : cSeries.coefficients[n]!));
    }
  });
  return Object.freeze({ kind: 'moment-expansion', equations: eqs, order, matrices, constants, definitions: dep.definitions });
}
