/** Numeric M and c of the moment equations for a numeric model. */
import { deriveMoments, totalMatrix, totalConstant, type MomentEquations, type MomentOrder } from '../moments/index.js';
import { type EquationKind, type MasterEquation, masterEquation, ALL_EQUATIONS } from '../dissipators/index.js';
import { requestObject, oneOf } from '../model/index.js';
import { numericModelArgument } from './model-file.js';
import { checkSpectral } from './spectral.js';
import type { FrameKind, Model } from '../model/index.js';
import type { NumericModel } from './physical.js';
import { type BridgeOptions, bridgeModel } from './model-bridge.js';
import { evaluateDefinitions, evaluateMatrix, evaluateVector, type SymbolValues } from './evaluate.js';
import { type SpectralDensity, ohmicAlgebraic } from './spectral.js';

export interface LowerRequest {
  readonly model: NumericModel;
  readonly equation: EquationKind;
  /** X of partial-secular. */
  readonly secularCutoff?: number;
  readonly order: MomentOrder;
  readonly basis: FrameKind;
  readonly spectral?: SpectralDensity;
  readonly bridge?: BridgeOptions;
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

/**
 * The equation as a value for a lowered model: partial-secular compares the numbers of the
 * normal-mode frequency symbols (docs/conventions.md), taken from the lowered values.
 */
export function equationFor(model: Model, values: SymbolValues, equation: EquationKind, secularCutoff?: number): MasterEquation {
  if (equation !== 'partial-secular') return masterEquation(equation, secularCutoff === undefined ? {} : { secularCutoff });
  const bohrValues = new Map<string, number>();
  for (const f of model.normalModes?.frequencies ?? []) {
    const v = values.get(f);
    if (v !== undefined) bohrValues.set(f, v);
  }
  return masterEquation('partial-secular', { ...(secularCutoff === undefined ? {} : { secularCutoff }), bohrValues });
}

/**
 * The symbolic model of a numeric one with the values of its symbols other than the rates (the
 * normal-mode frequencies and amplitudes): what an exact derivation and the partial-secular
 * decision need, without loading any spectral density.
 */
export function symbolicModelOf(nm: NumericModel): { model: Model; values: SymbolValues } {
  const { model, input } = bridgeModel({ ...nm, baths: nm.baths.map(({ spectral: _, ...b }) => b) });
  return { model, values: evaluateDefinitions(model.definitions.filter((d) => d.kind !== 'rate'), input) };
}

export function lowerMoments(req: LowerRequest): LoweredMoments {
  const r = requestObject('lowerMoments(request)', req, ['model', 'equation', 'order', 'basis', 'spectral', 'secularCutoff', 'bridge']);
  const numeric = numericModelArgument('lowerMoments(request.model)', r['model']);
  oneOf('lowerMoments(request.equation)', r['equation'], ALL_EQUATIONS);
  oneOf('lowerMoments(request.order)', r['order'], [1, 2] as const);
  oneOf('lowerMoments(request.basis)', r['basis'], ['local', 'normal'] as const);
  checkSpectral('lowerMoments(request.spectral)', r['spectral']);
  const { model, input } = bridgeModel(numeric, req.spectral ?? ohmicAlgebraic(), req.bridge ?? {});
  const values = evaluateDefinitions(model.definitions, input);
  const equation = equationFor(model, values, req.equation, req.secularCutoff);
  const eqs = deriveMoments({ model, equation, order: req.order, basis: req.basis });
  return withHbar(lowerEquations(eqs, values), numeric.hbar ?? 1);
}

/**
 * The equations are derived with ħ = 1. For another ħ (docs/conventions.md, "Where ħ enters"), M is
 * the same function of the rates, whose Bose factors already see k_BT/ħ (bridgeModel), and the
 * constant vector c, which comes from two contractions [x, p] = iħ instead of one, gains a factor ħ.
 */
export function withHbar(lowered: LoweredMoments, hbar: number): LoweredMoments {
  if (hbar === 1) return lowered;
  return { ...lowered, c: lowered.c.map((x) => hbar * x), cDissipative: lowered.cDissipative.map((x) => hbar * x) };
}
