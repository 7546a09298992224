/**
 * Steady heat currents of any model file (eq. 50): the derived heat-current forms Q̇_α = a_α·θ + b_α
 * evaluated at the steady second moments θ∞ = −M⁻¹c of the lowered M_2, c_2, under any equation.
 */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { deriveHeatCurrents, deriveMoments } from '../../moments/index.js';
import type { EquationKind } from '../../dissipators/index.js';
import type { NumericModel } from '../physical.js';
import { bridgeModel } from '../model-bridge.js';
import { evaluateDefinitions, evaluateScalar } from '../evaluate.js';
import { equationFor, lowerEquations } from '../lower.js';
import { InputError } from '../input-error.js';
import { type SpectralDensity, ohmicAlgebraic } from '../spectral.js';
import { steadyState } from '../propagate/steady-state.js';

export interface NetworkHeatRequest {
  readonly model: NumericModel;
  readonly equation: EquationKind;
  readonly secularCutoff?: number;
  readonly spectral?: SpectralDensity;
  readonly bathSpectra?: ReadonlyMap<string, SpectralDensity>;
}

export interface NetworkHeatResult {
  /** Q̇_α in the steady state, by bath label. */
  readonly steady: Readonly<Record<string, number>>;
  /** Σ_α Q̇_α (zero up to rounding). */
  readonly steadySum: number;
  /** Σ_α Q̇_α/T_α. */
  readonly entropyProduction: number;
}

export function networkSteadyHeat(req: NetworkHeatRequest): NetworkHeatResult {
  const { model, input } = bridgeModel(req.model, req.spectral ?? ohmicAlgebraic(), req.bathSpectra ? { bathSpectra: req.bathSpectra } : {});
  const values = evaluateDefinitions(model.definitions, input);
  const equation = equationFor(model, values, req.equation, req.secularCutoff);
  const lowered = lowerEquations(deriveMoments({ model, equation, order: 2, basis: 'local' }), values);
  const n = lowered.M.length;
  const growth = Math.max(...new EigenvalueDecomposition(new Matrix(lowered.M)).realEigenvalues);
  if (!(growth < 0)) throw new InputError('--equation', `the ${req.equation} equation has no steady state for this model (an eigenvalue of M has real part ${growth.toExponential(3)} ≥ 0)`);
  const theta = steadyState({ n, data: Float64Array.from(lowered.M.flat()) }, Float64Array.from(lowered.c));
  const steady: Record<string, number> = {};
  let sum = 0;
  let entropy = 0;
  for (const current of deriveHeatCurrents({ model, equation, basis: 'local' }).currents) {
    const q = current.form.coefficients.reduce((s, a, j) => s + evaluateScalar(a, values) * theta[j]!, evaluateScalar(current.form.constant, values));
    // The paper's pair names its baths h and c (by mode); a network keeps the file's labels.
    const symbolic = model.baths.find((b) => b.label === current.bath)!;
    const bath = req.model.baths.find((b) => b.label === current.bath) ?? req.model.baths.find((b) => b.mode === symbolic.mode)!;
    steady[bath.label] = q;
    sum += q;
    entropy += q / bath.temperature;
  }
  return { steady, steadySum: sum, entropyProduction: entropy };
}
