/**
 * Heat-current operators (eq. 50): Q̇_α = ⟨D_α†(H_S)⟩, written exactly as a linear function of
 * the second moments plus a constant, for each bath.
 */
import type { ScalarAlgebra } from '../algebra/index.js';
import type { Model, FrameKind } from '../model/index.js';
import { frameOf } from '../model/index.js';
import { type EquationKind, type MasterEquation, asMasterEquation, dissipatorsOf, applyAdjoint } from '../dissipators/index.js';
import { type BasisElement, momentBasis } from './basis.js';
import { type LinearForm, decompose } from './closure.js';
import { checkMomentRequest } from './request-checks.js';

export interface HeatCurrent {
  readonly bath: string;
  readonly form: LinearForm;
}

export interface HeatCurrents {
  readonly kind: 'heat-currents';
  readonly model: Model;
  readonly equation: EquationKind;
  readonly basisKind: FrameKind;
  readonly basis: readonly BasisElement[];
  readonly currents: readonly HeatCurrent[];
}

/** Every coefficient in its unique normal form. */
function finished(s: ScalarAlgebra, f: LinearForm): LinearForm {
  return { coefficients: f.coefficients.map((c) => s.normalForm(c)), constant: s.normalForm(f.constant) };
}

export function deriveHeatCurrents(req: { model: Model; equation: EquationKind | MasterEquation; basis: FrameKind }): HeatCurrents {
  checkMomentRequest('deriveHeatCurrents', req, { order: false });
  const equation = asMasterEquation(req.equation);
  const frame = frameOf(req.model, req.basis);
  const basis = momentBasis(frame, 2);
  const currents = dissipatorsOf(frame, equation).map((d) => ({
    bath: d.bath,
    form: finished(frame.ops.scalars, decompose(frame.ops, basis, applyAdjoint(frame.ops, d, frame.hamiltonian))),
  }));
  return Object.freeze({ kind: 'heat-currents', model: req.model, equation: equation.kind, basisKind: req.basis, basis, currents });
}
