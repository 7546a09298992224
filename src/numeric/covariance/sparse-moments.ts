/**
 * The second-moment equations dθ/dt = Mθ + c of a numeric model, sparse, through the covariance
 * form: M and c are the vectorised view of the drift A and diffusion D (moments/covariance-views.ts),
 * so the cost and the output grow with the non-zeros (O(N²) for a chain), not with B² = (2N² + N)².
 */
import { deriveCovarianceForm, vectorisedSecondMoments, momentBasis } from '../../moments/index.js';
import { frameOf } from '../../model/index.js';
import type { EquationKind } from '../../dissipators/index.js';
import type { NumericModel } from '../physical.js';
import { type BridgeOptions, bridgeModel } from '../model-bridge.js';
import { evaluateDefinitions, evaluateScalar } from '../evaluate.js';
import { type SpectralDensity, ohmicAlgebraic } from '../spectral.js';
import { lowerSparse, type NumericSparse } from './lowered-covariance.js';

export interface SparseSecondMoments {
  readonly basis: readonly string[];
  readonly M: NumericSparse;
  readonly c: readonly number[];
}

/**
 * `bridge` carries the model's loaded per-bath spectral densities (as lowerMoments takes them). With ħ ≠ 1
 * c carries one factor ħ and M none, as in lowerMoments (docs/conventions.md, "Where ħ enters").
 */
export function lowerSecondMomentsSparse(nm: NumericModel, equation: EquationKind, spectral: SpectralDensity = ohmicAlgebraic(), bridge: BridgeOptions = {}): SparseSecondMoments {
  const { model, input } = bridgeModel(nm, spectral, bridge);
  const hbar = nm.hbar ?? 1;
  const basis = momentBasis(frameOf(model, 'local'), 2);
  const view = vectorisedSecondMoments(deriveCovarianceForm({ model, equation, basis: 'local' }), basis);
  const values = evaluateDefinitions(model.definitions, input);
  return { basis: basis.map((b) => b.name), M: lowerSparse(view.matrix, values, 'M'), c: view.constant.map((x) => hbar * evaluateScalar(x, values)) };
}
