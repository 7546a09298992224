/**
 * The precision reached by the heat currents Q̇_α = q_α·θ + q_α⁰. Two estimates, the larger wins:
 *
 * - a priori: the sum Σ_i |q_αi θ_i| + |q_α⁰| of the terms that cancel, times 2n·eps (rounding of
 *   the sum), and times κ(V) for states propagated through the eigenbasis (V e^{Λt} V⁻¹);
 * - the steady-state identity Σ_α Q̇_α = 0 (d⟨H_S⟩/dt = 0), whose residual is a direct witness of
 *   the error actually made in the steady currents.
 *
 * A quantity whose modulus does not exceed its error is not resolved: the CLI prints the bound,
 * never the digits.
 */
const EPS = Number.EPSILON;

export interface CurrentForm {
  readonly row: readonly number[];
  readonly constant: number;
}

/** The a priori rounding error of one current at state θ; `kappa` = 1 where no eigenbasis was used. */
export function currentRoundingError(form: CurrentForm, theta: ArrayLike<number>, kappa = 1): number {
  let size = Math.abs(form.constant);
  for (let i = 0; i < theta.length; i++) size += Math.abs(form.row[i]! * theta[i]!);
  const n = theta.length;
  return 2 * n * EPS * Math.max(1, Number.isFinite(kappa) ? kappa : 1) * size;
}

export interface SteadyPrecision {
  /** An error bound of each steady current (absolute). */
  readonly current: number;
  /** An error bound of Σ_α Q̇_α/T_α. */
  readonly entropyProduction: number;
  /** |Σ Q̇/T| exceeds its error bound. */
  readonly entropyProductionResolved: boolean;
}

export function steadyPrecision(
  steady: { readonly Qh: number; readonly Qc: number },
  rounding: { readonly Qh: number; readonly Qc: number },
  temperatures: { readonly Th: number; readonly Tc: number },
): SteadyPrecision {
  // One bound for both currents: the larger rounding of the two, as bathsSteadyPrecision then takes it per bath.
  const larger = Math.max(rounding.Qh, rounding.Qc);
  const p = bathsSteadyPrecision({ h: steady.Qh, c: steady.Qc }, { h: larger, c: larger }, new Map([['h', temperatures.Th], ['c', temperatures.Tc]]));
  return { current: p.current['h']!, entropyProduction: p.entropyProduction, entropyProductionResolved: p.entropyProductionResolved };
}

export interface BathsSteadyPrecision {
  /** An error bound of each bath's steady current (absolute). */
  readonly current: Readonly<Record<string, number>>;
  /** An error bound of Σ_α Q̇_α/T_α. */
  readonly entropyProduction: number;
  /** |Σ Q̇/T| exceeds its error bound. */
  readonly entropyProductionResolved: boolean;
}

/** The same two estimates for any number of baths: each current's bound is max(|Σ_α Q̇_α|, its rounding). */
export function bathsSteadyPrecision(
  steady: Readonly<Record<string, number>>,
  rounding: Readonly<Record<string, number>>,
  temperatures: ReadonlyMap<string, number>,
): BathsSteadyPrecision {
  const witness = Math.abs(Object.values(steady).reduce((s, q) => s + q, 0));
  const current: Record<string, number> = {};
  let entropyProduction = 0;
  let value = 0;
  for (const [bath, q] of Object.entries(steady)) {
    const T = temperatures.get(bath);
    if (T === undefined) throw new RangeError(`no temperature for bath ${bath}`);
    current[bath] = Math.max(witness, rounding[bath] ?? 0);
    entropyProduction += current[bath]! / T;
    value += q / T;
  }
  return { current, entropyProduction, entropyProductionResolved: Math.abs(value) > entropyProduction };
}
