/**
 * Steady states and transients of a numeric model from its covariance form: the drift A and
 * diffusion D are derived exactly (moments/covariance.ts), lowered, and
 *   steady:     A σ∞ + σ∞ Aᵀ + D = 0   (Bartels–Stewart, linalg/lyapunov.ts);
 *   transient:  σ(t) = σ∞ + e^{At} (σ₀ − σ∞) e^{Aᵀt}.
 * Heat currents, entropy production and the uncertainty relation are read off σ
 * (observables.ts) and reported as they are, never clipped.
 */
import { deriveCovarianceForm, type CovarianceForm } from '../../moments/index.js';
import { type EquationKind, EQUATION_REGISTRY } from '../../dissipators/index.js';
import { type Model, frameOf } from '../../model/index.js';
import { channelCovariance } from './channel-covariance.js';
import { localFromNormal, normalFromLocal, congruence } from './normal-to-local.js';
import type { NumericModel } from '../physical.js';
import { bridgeModel } from '../model-bridge.js';
import { evaluateDefinitions } from '../evaluate.js';
import { equationFor } from '../lower.js';
import { InputError } from '../input-error.js';
import { type SpectralDensity, ohmicAlgebraic } from '../spectral.js';
import { solveLyapunov } from '../linalg/lyapunov.js';
import { matrixExponential } from '../propagate/matrix-exponential.js';
import { type LoweredCovariance, type NumericSparse, lowerCovarianceForm } from './lowered-covariance.js';
import { heatCurrentsOf, heatCurrentTermsOf, entropyProductionOf, uncertaintyCheck, occupationsOf, type UncertaintyCheck } from './observables.js';
import { bathsSteadyPrecision, type BathsSteadyPrecision } from '../physics/heat-precision.js';

export interface NumericCovarianceRequest {
  readonly model: NumericModel;
  readonly equation: EquationKind;
  readonly spectral?: SpectralDensity;
  /** The partial-secular cutoff X (with equation 'partial-secular'). */
  readonly secularCutoff?: number;
  /** The model's per-bath spectral densities, loaded (loadBathSpectra). */
  readonly bathSpectra?: ReadonlyMap<string, SpectralDensity>;
}

export interface PreparedCovariance {
  readonly model: NumericModel;
  readonly equation: EquationKind;
  /** The exact covariance form; null where the numbers were assembled from the lowered channels (channel-covariance.ts). */
  readonly form: CovarianceForm | null;
  /** The form at numbers, in the quadratures it is solved in: the local ones, or the normal-mode ones of a network under normal-mode channels. */
  readonly lowered: LoweredCovariance;
  /** T with r_local = T r_lowered (σ = T σ̃ Tᵀ), row-major; null when `lowered` is in the local quadratures. */
  readonly localFromLowered: Float64Array | null;
  /** The local quadrature names x_1, p_1, …: the order of every reported σ. */
  readonly quadratures: readonly string[];
  readonly temperatures: ReadonlyMap<string, number>;
  /** ħ of the model (1 unless the model file sets it): D, σ and the heat currents carry one factor ħ. */
  readonly hbar: number;
}

export interface SecondLawCheck {
  /** −Σ_α Q_α/T_α in the steady state. */
  readonly entropyProduction: number;
  /** Its error bound (precision.entropyProduction). */
  readonly tolerance: number;
  /** entropyProduction ≥ −tolerance (the Clausius inequality). */
  readonly holds: boolean;
}

export interface SteadyCovariance {
  readonly equation: EquationKind;
  readonly quadratures: readonly string[];
  /** σ∞, row-major 2N × 2N in the order x_1, p_1, …, x_N, p_N. */
  readonly covariance: Float64Array;
  readonly heat: Readonly<Record<string, number>>;
  readonly heatSum: number;
  readonly entropyProduction: number;
  readonly secondLaw: SecondLawCheck;
  /** Error bounds of the heat currents and of Σ Q_α/T_α: max(|Σ_α Q_α|, rounding of each sum), as for `heat` (physics/heat-precision.ts). */
  readonly precision: BathsSteadyPrecision;
  readonly uncertainty: UncertaintyCheck;
  readonly occupations: readonly number[];
  /** Largest real part of the eigenvalues of A (< 0). */
  readonly spectralAbscissa: number;
  /** Relative residual ‖Aσ + σAᵀ + D‖/(2‖A‖‖σ‖ + ‖D‖). */
  readonly residual: number;
}

export function prepareCovariance(req: NumericCovarianceRequest): PreparedCovariance {
  // The local equation's channels are the bare modes': a network then needs no normal modes.
  const localChannels = EQUATION_REGISTRY[req.equation].channels !== 'normal';
  const { model, input } = bridgeModel(req.model, req.spectral ?? ohmicAlgebraic(), { ...(req.bathSpectra ? { bathSpectra: req.bathSpectra } : {}), ...(localChannels ? { withoutNormalModes: true } : {}) });
  const values = evaluateDefinitions(model.definitions, input);
  const equation = equationFor(model, values, req.equation, req.secularCutoff);
  // Networks under normal-mode channels: assembled at numbers from the lowered channels, whose pair
  // sums factorise, in the normal-mode quadratures (channel-covariance.ts), and solved there; σ is
  // brought to the local quadratures (normal-to-local.ts). The paper's pair keeps the closed-form
  // local derivation.
  const inNormalModes = EQUATION_REGISTRY[equation.kind].channels === 'normal' && model.normalModes !== null && req.model.frequencies.length > 2;
  const form = inNormalModes ? null : deriveCovarianceForm({ model, equation, basis: 'local' });
  const normalFrame = inNormalModes ? frameOf(model, 'normal') : null;
  const symbolic = normalFrame ? channelCovariance(model, equation, values, normalFrame) : lowerCovarianceForm(form!, values);
  const localFromLowered = normalFrame ? localFromNormal(model, values, normalFrame) : null;
  // The paper's pair names its baths h and c whatever the numeric labels are (bridgeModel): report the user's labels.
  const userLabel = (bath: string): string => {
    if (req.model.baths.some((b) => b.label === bath)) return bath;
    const mode = model.baths.find((b) => b.label === bath)!.mode;
    return req.model.baths.find((b) => b.mode === mode)!.label;
  };
  const hbar = req.model.hbar ?? 1;
  const lowered = diffusionWithHbar({ ...symbolic, baths: symbolic.baths.map((b) => ({ ...b, bath: userLabel(b.bath) })) }, hbar);
  const temperatures = new Map(req.model.baths.map((b) => [b.label, b.temperature]));
  return { model: req.model, equation: req.equation, form, lowered, localFromLowered, quadratures: localQuadratureNames(model), temperatures, hbar };
}

/**
 * ħ ≠ 1 (docs/conventions.md, "Where ħ enters"): the drift has none; the diffusion carries one factor ħ
 * (it comes from [x, p] = iħ and the rates, whose Bose factors already use ħf/k_BT in the lowered values).
 */
function diffusionWithHbar(lowered: LoweredCovariance, hbar: number): LoweredCovariance {
  if (hbar === 1) return lowered;
  const scaled = (m: NumericSparse): NumericSparse => ({ ...m, values: m.values.map((x) => hbar * x) });
  return {
    ...lowered,
    diffusion: lowered.diffusion.map((x) => hbar * x),
    baths: lowered.baths.map((b) => ({ ...b, diffusion: scaled(b.diffusion) })),
    ...(lowered.diffusionFactors ? { diffusionFactors: { u: lowered.diffusionFactors.u.map((u) => u.map((x) => hbar * x)), w: lowered.diffusionFactors.w } } : {}),
  };
}

/** The local quadrature names x_1, p_1, … of the model, in the covariance order. */
function localQuadratureNames(model: Model): string[] {
  const names = frameOf(model, 'local').names;
  return names.position.flatMap((x, m) => [x, names.momentum[m]!]);
}

/** Modes that no bath with λ² > 0 reaches, directly or through couplings. */
export function undampedModes(nm: NumericModel): number[] {
  const reached = new Set<number>(nm.baths.filter((b) => b.lambda2 > 0).map((b) => b.mode));
  const queue = [...reached];
  while (queue.length > 0) {
    const m = queue.pop()!;
    for (const c of nm.couplings) {
      if (c.strength === 0) continue;
      const other = c.a === m ? c.b : c.b === m ? c.a : -1;
      if (other >= 0 && !reached.has(other)) {
        reached.add(other);
        queue.push(other);
      }
    }
  }
  return nm.frequencies.map((_, i) => i).filter((i) => !reached.has(i));
}

export function steadyCovariance(prepared: PreparedCovariance): SteadyCovariance {
  return solveSteady(prepared).steady;
}

/** The steady state, and σ∞ in the lowered quadratures. */
function solveSteady(prepared: PreparedCovariance): { steady: SteadyCovariance; lowered: Float64Array } {
  const { lowered, equation } = prepared;
  const n = lowered.n;
  const solved = solveLyapunov(lowered.drift, lowered.diffusion, n, lowered.diffusionFactors ? { diffusionFactors: lowered.diffusionFactors } : {});
  if (solved.kind !== 'solved') {
    const loose = undampedModes(prepared.model);
    if (loose.length > 0) {
      throw new InputError('steady state', `${loose.length === 1 ? 'mode' : 'modes'} ${loose.map((m) => `${m + 1} (x_${m + 1}, p_${m + 1}; index ${m} in the model file)`).join(', ')} ${loose.length === 1 ? 'is' : 'are'} reached by no bath with λ² > 0 (directly or through couplings), so nothing damps it: A is not strictly stable and there is no unique steady state`);
    }
    if (solved.kind === 'no-convergence') throw new InputError('steady state', 'the Schur decomposition of the drift A did not converge; no steady state is reported');
    throw new InputError('steady state', `the drift A of the ${equation} equation is not strictly stable (an eigenvalue has real part ${solved.spectralAbscissa.toExponential(3)} ≥ 0): there is no unique steady state`);
  }
  // Heat currents are traces, the same in either quadratures; σ is reported in the local ones.
  const terms = heatCurrentTermsOf(lowered, solved.x);
  const heat = Object.fromEntries(Object.entries(terms).map(([b, t]) => [b, t.value]));
  const rounding = Object.fromEntries(Object.entries(terms).map(([b, t]) => [b, 2 * t.terms * Number.EPSILON * t.size]));
  const precision = bathsSteadyPrecision(heat, rounding, prepared.temperatures);
  const sigma = toLocal(prepared, solved.x);
  const entropyProduction = entropyProductionOf(heat, prepared.temperatures);
  const tolerance = precision.entropyProduction;
  const steady: SteadyCovariance = {
    equation,
    quadratures: prepared.quadratures,
    covariance: sigma,
    heat,
    heatSum: Object.values(heat).reduce((s, q) => s + q, 0),
    entropyProduction,
    secondLaw: { entropyProduction, tolerance, holds: entropyProduction >= -tolerance },
    precision,
    uncertainty: uncertaintyCheck(sigma, n, prepared.hbar),
    occupations: occupationsOf(sigma, n, prepared.model.frequencies, prepared.hbar),
    spectralAbscissa: solved.spectralAbscissa,
    residual: solved.residual,
  };
  return { steady, lowered: solved.x };
}

/** σ in the local quadratures from σ in the lowered ones. */
function toLocal(prepared: PreparedCovariance, sigma: Float64Array): Float64Array {
  return prepared.localFromLowered ? congruence(prepared.localFromLowered, sigma, prepared.lowered.n) : sigma;
}

/**
 * Each mode in the thermal state of its bare oscillator at its bath's temperature (the lowest if several); vacuum without a bath:
 * ⟨x²⟩ = ħ coth(ħω/2T)/(2ω), ⟨p²⟩ = ħω coth(ħω/2T)/2.
 */
export function localThermalCovariance(nm: NumericModel): Float64Array {
  const n = 2 * nm.frequencies.length;
  const hbar = nm.hbar ?? 1;
  const sigma = new Float64Array(n * n);
  nm.frequencies.forEach((w, m) => {
    const temps = nm.baths.filter((b) => b.mode === m).map((b) => b.temperature);
    const coth = temps.length === 0 ? 1 : 1 + 2 / Math.expm1((hbar * w) / Math.min(...temps));
    sigma[2 * m * n + 2 * m] = (hbar * coth) / (2 * w);
    sigma[(2 * m + 1) * n + 2 * m + 1] = (hbar * w * coth) / 2;
  });
  return sigma;
}

export interface CovarianceTransient {
  readonly t: readonly number[];
  /** Q_α(t) per bath. */
  readonly heat: Readonly<Record<string, readonly number[]>>;
  /** Smallest eigenvalue of σ(t) + iJ/2 at each time (negative: the uncertainty relation fails). */
  readonly uncertainty: readonly number[];
  readonly uncertaintyTolerance: readonly number[];
  readonly steady: SteadyCovariance;
}

export function covarianceTransient(prepared: PreparedCovariance, initial: Float64Array, times: readonly number[]): CovarianceTransient {
  const { steady, lowered: steadyLowered } = solveSteady(prepared);
  const { lowered, localFromLowered } = prepared;
  const n = lowered.n;
  if (initial.length !== n * n) throw new InputError('--initial', `needs a ${n}×${n} covariance`);
  // Propagated in the lowered quadratures: Δ̃ = T⁻¹ (σ₀ − σ∞) T⁻ᵀ.
  const localDeviation = initial.map((x, i) => x - steady.covariance[i]!);
  const deviation = localFromLowered ? congruence(normalFromLocal(localFromLowered, n), localDeviation, n) : localDeviation;
  const heat: Record<string, number[]> = Object.fromEntries(Object.keys(steady.heat).map((b) => [b, [] as number[]]));
  const uncertainty: number[] = [];
  const tolerances: number[] = [];
  // Times in increasing order: σ(t_k) − σ∞ = E(t_k − t_{k−1}) (σ(t_{k−1}) − σ∞) E(…)ᵀ, with one
  // exponential per distinct step (one in all for an equally spaced grid).
  const order = times.map((_, i) => i).sort((a, b) => times[a]! - times[b]!);
  const exponentials = new Map<number, Float64Array>();
  const sigmas: Float64Array[] = new Array(times.length);
  let previous = 0;
  let current: Float64Array = deviation;
  for (const i of order) {
    const step = times[i]! - previous;
    if (step > 0) {
      let e = exponentials.get(step);
      if (!e) {
        e = matrixExponential({ n, data: lowered.drift }, step).data;
        exponentials.set(step, e);
      }
      current = propagate(e, current, new Float64Array(n * n), n);
      previous = times[i]!;
    }
    sigmas[i] = current.map((x, k) => x + steadyLowered[k]!);
  }
  for (const sigma of sigmas) {
    const q = heatCurrentsOf(lowered, sigma);
    for (const [b, v] of Object.entries(q)) heat[b]!.push(v);
    const u = uncertaintyCheck(toLocal(prepared, sigma), n, prepared.hbar);
    uncertainty.push(u.smallestEigenvalue);
    tolerances.push(u.tolerance);
  }
  return { t: [...times], heat, uncertainty, uncertaintyTolerance: tolerances, steady };
}

/** σ∞ + E Δ Eᵀ. */
function propagate(e: Float64Array, deviation: Float64Array, steady: Float64Array, n: number): Float64Array {
  const ed = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) {
    const v = e[i * n + k]!;
    if (v === 0) continue;
    for (let j = 0; j < n; j++) ed[i * n + j] = ed[i * n + j]! + v * deviation[k * n + j]!;
  }
  const out = Float64Array.from(steady);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    let s = 0;
    for (let k = 0; k < n; k++) s += ed[i * n + k]! * e[j * n + k]!;
    out[i * n + j] = out[i * n + j]! + s;
  }
  return out;
}
