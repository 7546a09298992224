/**
 * Spectral densities and the rate functions Δ^(α)(f), Σ^(α)(f) (eqs. 19, 20, 35, B.4). The
 * default is the Ohmic–algebraic J of eq. 19 in closed form; it loads no parser. A user J, and
 * derivatives in f, come from spectral-expression.ts (mathjs), loaded only when needed.
 */
import { InputError } from './input-error.js';
export interface BathParameters {
  readonly temperature: number;
  readonly lambda2: number;
}

export type RateFunction = (f: number) => number;

/** A spectral density's Δ(f) and Σ(f) at derivative order 0 as JavaScript source, for compiled matrix fillers. */
export interface RateSource {
  readonly delta: (f: string, bath: BathParameters, cutoff: number) => string;
  readonly sigma: (f: string, bath: BathParameters, cutoff: number) => string;
}

export interface SpectralDensity {
  readonly kind: 'ohmic-algebraic' | 'expression';
  /** The expression of J in w, lambda2 and L (Λ), as text. */
  readonly text: string;
  /** Δ^(m)(f) or Σ^(m)(f) for one bath. */
  rate(rate: 'Delta' | 'Sigma', derivativeOrder: number, bath: BathParameters, cutoff: number): RateFunction;
  /** The rates as source for compiled fillers (EP maps, EP search); absent for eq. 19, whose closed form the compiler has. */
  readonly source?: RateSource;
}

/** A SpectralDensity argument (or undefined): an object with kind, text and rate(). */
export function checkSpectral(argument: string, value: unknown): void {
  if (value === undefined) return;
  const v = value as Partial<SpectralDensity> | null;
  if (typeof v !== 'object' || v === null || typeof v.rate !== 'function' || typeof v.text !== 'string' || (v.kind !== 'ohmic-algebraic' && v.kind !== 'expression')) {
    throw new InputError(argument, 'must be a spectral density (ohmicAlgebraic(), expressionSpectralDensity(text) or loadSpectralDensity(text))');
  }
}

export const OHMIC_ALGEBRAIC_TEXT = 'lambda2 * w * L^2 / (w^2 + L^2)';

/** Closed forms of eq. 19 (J odd ⇒ Δ(w) = −J(w)/w, Σ(w) = (J(w)/w) coth(w/2T)). */
export function ohmicClosedForm(rate: 'Delta' | 'Sigma', bath: BathParameters, cutoff: number): RateFunction {
  const { lambda2, temperature } = bath;
  const L2 = cutoff * cutoff;
  return rate === 'Delta'
    ? (f) => (-lambda2 * L2) / (f * f + L2)
    : (f) => ((lambda2 * L2) / (f * f + L2)) * (1 + 2 / Math.expm1(f / temperature));
}

/** Eq. 19 without derivatives (derivatives need `ohmicAlgebraicWithDerivatives`). */
export function ohmicAlgebraic(): SpectralDensity {
  return {
    kind: 'ohmic-algebraic',
    text: OHMIC_ALGEBRAIC_TEXT,
    rate(rate, order, bath, cutoff) {
      if (order > 0) throw new Error('rate derivatives need ohmicAlgebraicWithDerivatives() from spectral-expression.js');
      return ohmicClosedForm(rate, bath, cutoff);
    },
  };
}
