/**
 * The moment equations dθ/dt = M θ + c of a model under a master equation, exactly:
 * M = coherent + dissipative, where the coherent part comes from i[H_S, θ] and the
 * dissipative one from Σ_α D_α†(θ).
 */
import type { Scalar, ScalarAlgebra } from '../algebra/index.js';
import { type Model, type FrameKind, frameOf } from '../model/index.js';
import { type EquationKind, type MasterEquation, asMasterEquation, dissipatorsOf, prepareAdjoint } from '../dissipators/index.js';
import { type BasisElement, type MomentOrder, momentBasis } from './basis.js';
import { decompose, basisIndex } from './closure.js';
import { checkMomentRequest } from './request-checks.js';

export interface MomentEquations {
  readonly kind: 'moment-equations';
  readonly model: Model;
  readonly equation: EquationKind;
  /** The secular cutoff of the pair rule (0 local/global, ∞ redfield). */
  readonly secularCutoff: number;
  readonly order: MomentOrder;
  readonly basisKind: FrameKind;
  readonly basis: readonly BasisElement[];
  readonly coherent: readonly (readonly Scalar[])[];
  readonly dissipative: readonly (readonly Scalar[])[];
  readonly cCoherent: readonly Scalar[];
  readonly cDissipative: readonly Scalar[];
}

export interface MomentRequest {
  readonly model: Model;
  readonly equation: EquationKind | MasterEquation;
  readonly order: MomentOrder;
  readonly basis: FrameKind;
}

export function deriveMoments(req: MomentRequest): MomentEquations {
  checkMomentRequest('deriveMoments', req);
  const frame = frameOf(req.model, req.basis);
  const { ops } = frame;
  const s = ops.scalars;
  const basis = momentBasis(frame, req.order);
  const equation = asMasterEquation(req.equation);
  const adjoints = dissipatorsOf(frame, equation).map((d) => prepareAdjoint(ops, d));
  const coherent: Scalar[][] = [];
  const dissipative: Scalar[][] = [];
  const cCoherent: Scalar[] = [];
  const cDissipative: Scalar[] = [];
  const index = basisIndex(basis);
  for (const theta of basis) {
    const unitary = ops.scale(ops.commutator(frame.hamiltonian, theta.operator), s.i);
    const coh = decompose(ops, basis, unitary, index);
    const dis = decompose(ops, basis, ops.add(...adjoints.map((apply) => apply(theta.operator))), index);
    const present = (x: Scalar): Scalar => s.normalForm(x);
    coherent.push(coh.coefficients.map(present));
    dissipative.push(dis.coefficients.map(present));
    cCoherent.push(present(coh.constant));
    cDissipative.push(present(dis.constant));
  }
  return Object.freeze({
    kind: 'moment-equations',
    model: req.model,
    equation: equation.kind,
    secularCutoff: equation.secularCutoff,
    order: req.order,
    basisKind: req.basis,
    basis,
    coherent,
    dissipative,
    cCoherent,
    cDissipative,
  });
}

/** M = coherent + dissipative. */
export function totalMatrix(eqs: MomentEquations): Scalar[][] {
  const s = eqs.model.scalars;
  return eqs.coherent.map((row, i) => row.map((c, j) => s.normalForm(s.add(c, eqs.dissipative[i]![j]!))));
}

export function totalConstant(eqs: MomentEquations): Scalar[] {
  const s = eqs.model.scalars;
  return eqs.cCoherent.map((c, i) => s.normalForm(s.add(c, eqs.cDissipative[i]!)));
}
