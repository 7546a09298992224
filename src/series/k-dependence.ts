/**
 * How each symbol of a model depends on k, as a power series to a given order. The coherent
 * part is never expanded; these series act on the dissipative part only (eqs. 47, 49, App. D).
 *
 * Resonant: Ω_{1,2} = (ω² ± k)^{1/2}, and each rate at Ω_j is its Taylor series about ω,
 *   Δ^(α)(Ω_j) = Σ_m Δ^(α,m)(ω) (Ω_j − ω)^m / m!, with new symbols Delta_α_omega_d<m>.
 * General (ω_h > ω_c assumed, δ = ω_h² − ω_c² > 0, kept as the symbol `delta` where it divides):
 *   R = δ (1 + 4k²/δ²)^{1/2}, Ω_1² = ω_h² + (R − δ)/2, Ω_2² = ω_c² − (R − δ)/2,
 *   sin ζ = ((R + δ)/(2R))^{1/2}, cos ζ = k/(R sin ζ); rates at Ω_1 about ω_h, at Ω_2 about ω_c.
 */
import { type Scalar, rational } from '../algebra/index.js';
import { type Model, type SymbolDefinition, rateSymbol } from '../model/index.js';
import { type PowerSeries, SeriesAlgebra } from './power-series.js';

export interface KDependence {
  readonly algebra: SeriesAlgebra;
  /** Series of every k-dependent symbol (k itself included). */
  readonly series: ReadonlyMap<string, PowerSeries>;
  /** Definitions of the symbols the expansion introduces (rate derivatives, δ). */
  readonly definitions: readonly SymbolDefinition[];
  /** Symbols to write back in terms of others where they appear to a positive power. */
  readonly expandPositivePowers: ReadonlyMap<string, Scalar>;
}

function rateSeries(
  algebra: SeriesAlgebra,
  model: Model,
  frequencySeries: PowerSeries,
  normalFrequency: string,
  expansionPoint: string,
  series: Map<string, PowerSeries>,
  definitions: SymbolDefinition[],
): void {
  const s = algebra.scalars;
  for (const bath of model.baths) {
    for (const rate of ['Delta', 'Sigma'] as const) {
      const derivatives: Scalar[] = [];
      for (let m = 0; m <= algebra.order; m++) {
        const name = rateSymbol(rate, bath.label, expansionPoint, m);
        derivatives.push(s.symbol(name));
        if (m > 0 && !definitions.some((d) => d.name === name)) {
          definitions.push({ kind: 'rate', name, rate, bath: bath.label, at: s.symbol(expansionPoint), derivative: m });
        }
      }
      series.set(rateSymbol(rate, bath.label, normalFrequency), algebra.taylor(frequencySeries, derivatives));
    }
  }
}

export function kDependence(model: Model, order: number): KDependence {
  const s = model.scalars;
  const A = new SeriesAlgebra(s, order);
  const k = A.variable();
  const series = new Map<string, PowerSeries>([['k', k]]);
  const definitions: SymbolDefinition[] = [];
  const half = rational(1, 2);
  if (!model.normalModes) return { algebra: A, series, definitions, expandPositivePowers: new Map() };
  const [f1, f2] = model.normalModes.frequencies as [string, string];
  if (model.resonant) {
    const w = s.symbol('omega');
    const w2 = A.constant(s.mul(w, w));
    const omega1 = A.rationalPower(A.add(w2, k), half, w);
    const omega2 = A.rationalPower(A.sub(w2, k), half, w);
    series.set(f1, omega1).set(f2, omega2);
    rateSeries(A, model, omega1, f1, 'omega', series, definitions);
    rateSeries(A, model, omega2, f2, 'omega', series, definitions);
    return { algebra: A, series, definitions, expandPositivePowers: new Map() };
  }
  const wh = s.symbol('omega_h');
  const wc = s.symbol('omega_c');
  const delta = s.symbol('delta');
  const deltaValue = s.sub(s.mul(wh, wh), s.mul(wc, wc));
  if (!model.definitions.some((d) => d.name === 'delta')) definitions.push({ kind: 'value', name: 'delta', value: deltaValue });
  const u = A.scale(A.mul(k, k), s.mul(s.int(4), s.pow(delta, -2)));
  const root = A.rationalPower(A.add(A.constant(s.one), u), half, s.one); // (1 + 4k²/δ²)^{1/2}
  const R = A.scale(root, delta);
  const excess = A.scale(A.sub(R, A.constant(delta)), s.fromRational(half)); // (R − δ)/2
  const omega1 = A.rationalPower(A.add(A.constant(s.mul(wh, wh)), excess), half, wh);
  const omega2 = A.rationalPower(A.sub(A.constant(s.mul(wc, wc)), excess), half, wc);
  const sin2 = A.scale(A.mul(A.add(root, A.constant(s.one)), A.inverse(root)), s.fromRational(half));
  const sin = A.rationalPower(sin2, half, s.one);
  const cos = A.mul(k, A.inverse(A.mul(R, sin)));
  const finished = (x: PowerSeries): PowerSeries => A.series(x.coefficients.map((c) => s.normalForm(c)));
  series.set('Rzeta', finished(R)).set(f1, finished(omega1)).set(f2, finished(omega2)).set('sinz', finished(sin)).set('cosz', finished(cos));
  rateSeries(A, model, omega1, f1, 'omega_h', series, definitions);
  rateSeries(A, model, omega2, f2, 'omega_c', series, definitions);
  return { algebra: A, series, definitions, expandPositivePowers: new Map([['delta', deltaValue]]) };
}
