/**
 * The sparse second-moment equations of a model file whose baths carry their own spectral
 * densities: lowerSecondMomentsSparse (covariance/sparse-moments.ts) with the loaded per-bath J
 * handed to the bridge, as the dense path (lowerMoments) does. Kept apart only because that file
 * belongs to another work area this sprint; the lead may fold the `bridge` argument into it.
 */
import { deriveCovarianceForm, vectorisedSecondMoments, momentBasis } from '../moments/index.js';
import { frameOf } from '../model/index.js';
import type { EquationKind } from '../dissipators/index.js';
import type { NumericModel } from './physical.js';
import { type BridgeOptions, bridgeModel } from './model-bridge.js';
import { evaluateDefinitions, evaluateScalar } from './evaluate.js';
import { type SpectralDensity, ohmicAlgebraic } from './spectral.js';
import { lowerSparse } from './covariance/lowered-covariance.js';
import { lowerSecondMomentsSparse, type SparseSecondMoments } from './covariance/sparse-moments.js';

export function lowerSecondMomentsSparseWithSpectra(nm: NumericModel, equation: EquationKind, spectral: SpectralDensity = ohmicAlgebraic(), bridge: BridgeOptions = {}): SparseSecondMoments {
  if (bridge.bathSpectra === undefined || bridge.bathSpectra.size === 0) return lowerSecondMomentsSparse(nm, equation, spectral);
  const { model, input } = bridgeModel(nm, spectral, bridge);
  const basis = momentBasis(frameOf(model, 'local'), 2);
  const view = vectorisedSecondMoments(deriveCovarianceForm({ model, equation, basis: 'local' }), basis);
  const values = evaluateDefinitions(model.definitions, input);
  return { basis: basis.map((b) => b.name), M: lowerSparse(view.matrix, values, 'M'), c: view.constant.map((x) => evaluateScalar(x, values)) };
}
