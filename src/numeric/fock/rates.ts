/**
 * Decay rates of eq. 20 with the Ohmic–algebraic spectral density of eq. 19.
 *
 * J(ω) = λ² ω Λ² / (ω² + Λ²) is odd in ω, and γ_ω = 2 J(ω) (1 + n(ω)) with
 * n(ω) = 1/(e^{ω/T} − 1). For ω > 0 this gives γ_{−ω} = 2 J(ω) n(ω) (detailed balance:
 * γ_{−ω} = e^{−ω/T} γ_ω). At ω = 0 the limit 2 λ² T is returned.
 */

export interface RateParameters {
  readonly temperature: number;
  readonly lambda2: number;
  readonly cutoff: number;
}

/** Eq. 19, extended as an odd function. */
export function spectralDensity(omega: number, lambda2: number, cutoff: number): number {
  return (lambda2 * omega * cutoff * cutoff) / (omega * omega + cutoff * cutoff);
}

/** Bose–Einstein occupation 1/(e^{ω/T} − 1) for ω ≠ 0. */
export function boseEinstein(omega: number, temperature: number): number {
  return 1 / Math.expm1(omega / temperature);
}

/** γ_ω of eq. 20, for either sign of ω. */
export function decayRate(omega: number, params: RateParameters): number {
  const { temperature, lambda2, cutoff } = params;
  if (!(temperature > 0)) throw new Error(`decayRate: temperature must be positive, got ${temperature}`);
  if (!(cutoff > 0)) throw new Error(`decayRate: cutoff must be positive, got ${cutoff}`);
  if (omega === 0) return 2 * lambda2 * temperature;
  const w = Math.abs(omega);
  const J = spectralDensity(w, lambda2, cutoff);
  const n = boseEinstein(w, temperature);
  // ω > 0: 2J(ω)(1 + n(ω)); ω < 0: 2J(−|ω|)(1 + n(−|ω|)) = 2J(|ω|) n(|ω|).
  return omega > 0 ? 2 * J * (1 + n) : 2 * J * n;
}
