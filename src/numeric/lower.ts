/** Numeric M and c of the moment equations for a numeric model. */
import { deriveMoments, totalMatrix, totalConstant, type MomentEquations, type MomentOrder } from '../moments/index.js';
import { type EquationKind, EQUATIONS } from '../dissipators/index.js';
import { requestObject, oneOf } from '../model/index.js';
import { numericModelArgument } from './model-file.js';
import { checkSpectral } from './spectral.js';
import type { FrameKind } from '../model/index.js';
import type { NumericModel } from './physical.js';
import { bridgeModel } from './model-bridge.js';
import { evaluateDefinitions, evaluateMatrix, evaluateVector, type SymbolValues } from './evaluate.js';
import { type SpectralDensity, ohmicAlgebraic } from './spectral.js';

export interface LowerRequest {
  readonly model: NumericModel;
  readonly equation: EquationKind;
  readonly order: MomentOrder;
  readonly basis: FrameKind;
  readonly spectral?: SpectralDensity;
}

export interface LoweredMoments {
  readonly basis: string[];
  readonly M: number[][];
  readonly c: number[];
  readonly Mdissipative: number[][];
  readonly cDissipative: number[];
}

export function lowerEquations(eqs: MomentEquations, values: SymbolValues): LoweredMoments {
  return {
    basis: eqs.basis.map((b) => b.name),
    M: evaluateMatrix(totalMatrix(eqs), values),
    c: evaluateVector(totalConstant(eqs), values),
    Mdissipative: evaluateMatrix(eqs.dissipative, values),
    cDissipative: evaluateVector(eqs.cDissipative, values),
  };
}

export function lowerMoments(req: LowerRequest): LoweredMoments {
  const r = requestObject('lowerMoments(request)', req, ['model', 'equation', 'order', 'basis', 'spectral']);
  const numeric = numericModelArgument('lowerMoments(request.model)', r['model']);
  oneOf('lowerMoments(request.equation)', r['equation'], EQUATIONS);
  oneOf('lowerMoments(request.order)', r['order'], [1, 2] as const);
  oneOf('lowerMoments(request.basis)', r['basis'], ['local', 'normal'] as const);
  checkSpectral('lowerMoments(request.spectral)', r['spectral']);
  const { model, input } = bridgeModel(numeric, req.spectral ?? ohmicAlgebraic());
  const eqs = deriveMoments({ model, equation: req.equation, order: req.order, basis: req.basis });
  return lowerEquations(eqs, evaluateDefinitions(model.definitions, input));
}
