/**
 * Heat currents (eqs. 50–51, Fig. 3) from the same derived objects: the second-moment equations
 * dθ/dt = Mθ + c and the heat-current forms Q̇_α = q_α·θ + q_α⁰, in the local basis, lowered at
 * the given parameters. Steady state θ∞ = −M⁻¹c; transients θ(t) = θ∞ + e^{Mt}(θ₀ − θ∞).
 */
import { deriveMoments, deriveHeatCurrents, totalMatrix, totalConstant, type MomentEquations, type HeatCurrents } from '../../moments/index.js';
import type { Model } from '../../model/index.js';
import { type EquationKind, EQUATIONS } from '../../dissipators/index.js';
import { requestObject, oneOf, finiteNumber, finiteNumbers } from '../../model/index.js';
import { checkSpectral } from '../spectral.js';
import { evaluateMatrix, evaluateVector, evaluateScalar } from '../evaluate.js';
import { InputError } from '../input-error.js';
import type { PaperParameters } from '../paper-parameters.js';
import type { SpectralDensity } from '../spectral.js';
import { realSquareMatrixFromRows } from '../linalg/square-matrix.js';
import { createAffinePropagator, type PropagationMethod } from '../propagate/affine-propagator.js';
import { eigenDecompose } from '../linalg/eigen.js';
import { lowerPaperModel } from './paper-lowering.js';
import { Matrix, EigenvalueDecomposition } from 'ml-matrix';
import { eigenvalueErrorBound } from './eigenvalue-precision.js';
import { currentRoundingError, steadyPrecision, type SteadyPrecision } from './heat-precision.js';

export interface HeatRequest {
  readonly parameters: PaperParameters;
  readonly equation: EquationKind;
  readonly times: readonly number[];
  /**
   * Second moments in the local basis of eq. B.2, or a named state: 'thermal' (the default), the
   * product of local thermal states, each resonator at its own bath's temperature; 'vacuum', each
   * resonator in its own ground state, ⟨x_α²⟩ = ħ/2ω_α, ⟨p_α²⟩ = ħω_α/2.
   */
  readonly initial?: readonly number[] | 'vacuum' | 'thermal';
  readonly spectral?: SpectralDensity;
  /** The symbolic second-moment equations and heat currents, when already derived for this model. */
  readonly derived?: DerivedHeatSystem;
}

/** What heat dynamics needs from the symbolic layers, derived once per model and equation. */
export interface DerivedHeatSystem {
  readonly equations: MomentEquations;
  readonly heat: HeatCurrents;
}

export function deriveHeatSystem(model: Model, equation: EquationKind): DerivedHeatSystem {
  return {
    equations: deriveMoments({ model, equation, order: 2, basis: 'local' }),
    heat: deriveHeatCurrents({ model, equation, basis: 'local' }),
  };
}

export interface HeatResult {
  readonly basis: string[];
  readonly t: number[];
  readonly Qh: number[];
  readonly Qc: number[];
  readonly steady: { readonly Qh: number; readonly Qc: number };
  /** Q̇_h + Q̇_c in the steady state (zero up to rounding). */
  readonly steadySum: number;
  /**
   * The steady-state entropy production σ = −Σ_α Q̇_α/T_α (Q̇_α > 0 flows from bath α into the system).
   * The second law (eq. 10a, Spohn) gives σ ≥ 0 for the global equation; the local equation off resonance
   * can give σ < 0, a known property of that equation, not a numerical error.
   */
  readonly entropyProduction: number;
  /** Σ_α Q̇_α/T_α in the steady state, = −entropyProduction (the Clausius sum, ≤ 0 for the global equation). */
  readonly sumQOverT: number;
  readonly propagation: PropagationMethod;
  readonly kappa: number;
  /** Error bounds of the steady currents and of Σ Q̇/T (heat-precision.ts). */
  readonly precision: SteadyPrecision;
  /** An error bound of Q̇_h(t), Q̇_c(t) at each time (the larger of the two). */
  readonly transientError: number[];
}

/** ⟨x²⟩ = ħ coth(ħω/2T)/(2ω), ⟨p²⟩ = ħω coth(ħω/2T)/2 for each resonator, all correlations zero (ħ = 1 by default). */
export function localThermalMoments(basis: readonly string[], frequencies: { h: number; c: number }, temperatures: { h: number; c: number }, hbar = 1): number[] {
  const coth = (x: number): number => 1 + 2 / Math.expm1(2 * x);
  return basis.map((name) => {
    const m = /^(x|p)_(h|c)\^2$/.exec(name);
    if (!m) return 0;
    const a = m[2] as 'h' | 'c';
    const w = frequencies[a];
    const n = hbar * coth((hbar * w) / (2 * temperatures[a]));
    return m[1] === 'x' ? n / (2 * w) : (w * n) / 2;
  });
}

/**
 * A state's second moments (zero means) are physical iff σ + (i/2)Ω ≥ 0 (the uncertainty relation),
 * with σ the covariance matrix of (x_h, p_h, x_c, p_c) and Ω the symplectic form. Checked through
 * the real embedding [[σ, −Ω/2], [Ω/2, σ]], which is positive semi-definite exactly when it holds.
 */
export function assertPhysicalCovariance(basis: readonly string[], moments: ArrayLike<number>): void {
  const at = (name: string): number => {
    const i = basis.indexOf(name);
    if (i < 0) throw new InputError('--initial', `the basis has no ${name}`);
    return moments[i]!;
  };
  const sigma = [
    [at('x_h^2'), at('{x_h,p_h}/2'), at('x_h x_c'), at('x_h p_c')],
    [at('{x_h,p_h}/2'), at('p_h^2'), at('x_c p_h'), at('p_h p_c')],
    [at('x_h x_c'), at('x_c p_h'), at('x_c^2'), at('{x_c,p_c}/2')],
    [at('x_h p_c'), at('p_h p_c'), at('{x_c,p_c}/2'), at('p_c^2')],
  ];
  const omega = [[0, 1, 0, 0], [-1, 0, 0, 0], [0, 0, 0, 1], [0, 0, -1, 0]];
  const embedding = Array.from({ length: 8 }, (_, i) => Array.from({ length: 8 }, (_, j) => {
    const [a, b] = [i % 4, j % 4];
    if ((i < 4) === (j < 4)) return sigma[a]![b]!;
    return (i < 4 ? -0.5 : 0.5) * omega[a]![b]!;
  }));
  const smallest = Math.min(...new EigenvalueDecomposition(new Matrix(embedding), { assumeSymmetric: true }).realEigenvalues);
  const scale = Math.max(...sigma.map((r, i) => Math.abs(r[i]!)), 0.5);
  if (smallest < -1e-12 * scale) throw new InputError('--initial', `these second moments are not those of a quantum state (σ + iΩ/2 has eigenvalue ${smallest.toExponential(3)} < 0: negative variances or the uncertainty relation violated)`);
}

/** The largest |second moment| of an initial state (squares must not overflow in the uncertainty check). */
export const INITIAL_MOMENT_LIMIT = 1e100;

function checkHeatRequest(req: unknown): void {
  const r = requestObject('heatDynamics(request)', req, ['parameters', 'equation', 'times', 'initial', 'spectral', 'derived']);
  const p = requestObject('heatDynamics(request.parameters)', r['parameters']);
  for (const field of ['omega', 'k', 'Th', 'Tc', 'lambdaH2', 'lambdaC2', 'cutoff']) finiteNumber(`heatDynamics(request.parameters.${field})`, p[field]);
  for (const field of ['omegaH', 'omegaC']) if (p[field] !== undefined) finiteNumber(`heatDynamics(request.parameters.${field})`, p[field]);
  oneOf('heatDynamics(request.equation)', r['equation'], EQUATIONS);
  finiteNumbers('heatDynamics(request.times)', r['times'], 0, 1_000_000).forEach((t, i) => {
    if (t < 0) throw new InputError(`heatDynamics(request.times[${i}])`, `times must be non-negative, got ${t}`);
  });
  if (r['initial'] !== undefined && r['initial'] !== 'vacuum' && r['initial'] !== 'thermal') {
    finiteNumbers('heatDynamics(request.initial)', r['initial'], 10, 10).forEach((x) => {
      if (Math.abs(x) > INITIAL_MOMENT_LIMIT) throw new InputError('--initial', `second moments must be at most ${INITIAL_MOMENT_LIMIT} in magnitude, got ${x}`);
    });
  }
  checkSpectral('heatDynamics(request.spectral)', r['spectral']);
}

export function heatDynamics(req: HeatRequest): HeatResult {
  checkHeatRequest(req);
  const p = req.parameters;
  const { model, values } = lowerPaperModel(p, req.spectral);
  const reusable = req.derived && req.derived.equations.model.name === model.name && req.derived.equations.equation === req.equation;
  const derived = reusable && req.derived ? req.derived : deriveHeatSystem(model, req.equation);
  const eqs = derived.equations;
  const heat = derived.heat;
  const basis = eqs.basis.map((b) => b.name);
  const M = evaluateMatrix(totalMatrix(eqs), values);
  // ħ (docs/conventions.md, "Where ħ enters"): the rates already see k_BT/ħ (lowerPaperModel); the
  // constants of c and of the heat currents come from two contractions [x, p] = iħ and carry one ħ.
  const hbar = p.hbar ?? 1;
  const c = Float64Array.from(evaluateVector(totalConstant(eqs), values), (x) => hbar * x);
  const matrix = realSquareMatrixFromRows(M);
  const eig = eigenDecompose(matrix);
  const growth = Math.max(...eig.valuesRe);
  if (!(growth < 0)) {
    const resolution = eigenvalueErrorBound(M, eig.converged ? 1 : Infinity, eig.converged);
    if (Number.isFinite(growth) && growth <= resolution) {
      const flag = p.lambdaH2 <= p.lambdaC2 ? '--lambda-h2' : '--lambda-c2';
      throw new InputError(flag, `the damping of the ${req.equation} equation is below the resolution ±${resolution.toExponential(1)} of the eigenvalues of M at these parameters (the scales of ω, k and λ² are too far apart for double precision)`);
    }
    const flag = p.lambdaH2 === 0 || p.lambdaC2 === 0 ? (p.lambdaH2 === 0 ? '--lambda-h2' : '--lambda-c2') : '--k';
    throw new InputError(flag, `the ${req.equation} equation has no steady state at these parameters (an eigenvalue of M has real part ${growth.toExponential(3)} ≥ 0)`);
  }
  const forms = Object.fromEntries(heat.currents.map((h) => [h.bath, {
    row: h.form.coefficients.map((x) => evaluateScalar(x, values)),
    constant: hbar * evaluateScalar(h.form.constant, values),
  }]));
  const current = (bath: 'h' | 'c', theta: ArrayLike<number>): number => {
    const f = forms[bath]!;
    let q = f.constant;
    for (let i = 0; i < theta.length; i++) q += f.row[i]! * theta[i]!;
    return q;
  };
  const wh = p.omegaH ?? p.omega;
  const wc = p.omegaC ?? p.omega;
  const given = typeof req.initial === 'object' ? req.initial : null;
  // The vacuum is the thermal state at T = 0 (coth → 1).
  const preset = (): number[] => (req.initial === 'vacuum' ? localThermalMoments(basis, { h: wh, c: wc }, { h: 0, c: 0 }, hbar) : localThermalMoments(basis, { h: wh, c: wc }, { h: p.Th, c: p.Tc }, hbar));
  const initial = Float64Array.from(given ?? preset());
  if (initial.length !== basis.length) throw new InputError('--initial', `needs ${basis.length} second moments (${basis.join(', ')})`);
  if (given) assertPhysicalCovariance(basis, initial);
  const propagator = createAffinePropagator(matrix, c);
  const states = req.times.map((t) => propagator.at(initial, t));
  const steady = { Qh: current('h', propagator.steadyState), Qc: current('c', propagator.steadyState) };
  const rounding = (theta: ArrayLike<number>, kappa: number): { Qh: number; Qc: number } => ({ Qh: currentRoundingError(forms['h']!, theta, kappa), Qc: currentRoundingError(forms['c']!, theta, kappa) });
  const precision = steadyPrecision(steady, rounding(propagator.steadyState, 1), p);
  const Qh = states.map((s) => current('h', s));
  const Qc = states.map((s) => current('c', s));
  const bad = [...Qh, ...Qc].findIndex((q) => !Number.isFinite(q));
  if (bad >= 0) throw new InputError('--times', `the heat currents are not finite at t = ${req.times[bad % req.times.length]} (the state overflows there)`);
  const transientError = states.map((s) => {
    const r = rounding(s, propagator.method === 'eigenbasis' ? propagator.kappa : 1);
    return Math.max(r.Qh, r.Qc, precision.current);
  });
  return {
    basis,
    t: [...req.times],
    Qh,
    Qc,
    steady,
    steadySum: steady.Qh + steady.Qc,
    entropyProduction: -(steady.Qh / p.Th + steady.Qc / p.Tc),
    sumQOverT: steady.Qh / p.Th + steady.Qc / p.Tc,
    propagation: propagator.method,
    kappa: propagator.kappa,
    precision,
    transientError,
  };
}
