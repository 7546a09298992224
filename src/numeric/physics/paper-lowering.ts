/** The paper's model at given physical parameters: the symbolic model and its symbol values. */
import type { Model } from '../../model/index.js';
import { bridgeModel } from '../model-bridge.js';
import { evaluateDefinitions, type SymbolValues, type LoweringInput } from '../evaluate.js';
import { paperModel, type PaperParameters } from '../paper-parameters.js';
import { type SpectralDensity, ohmicAlgebraic } from '../spectral.js';

export interface LoweredPaperModel {
  readonly model: Model;
  readonly input: LoweringInput;
  readonly values: SymbolValues;
}

export function lowerPaperModel(p: PaperParameters, spectral: SpectralDensity = ohmicAlgebraic()): LoweredPaperModel {
  const { model, input } = bridgeModel(paperModel(p), spectral);
  return { model, input, values: evaluateDefinitions(model.definitions, input) };
}
