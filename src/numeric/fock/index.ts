/**
 * Independent Fock-space oracle for the moment equations: builds the truncated Schrödinger-
 * picture generator 𝓛 of the requested master equation, applies it to a seeded random state ρ
 * and returns θ_i = tr(θ_i ρ), dθ_i = tr(θ_i 𝓛(ρ)) and the dissipative part tr(θ_i Σ_α D_α(ρ)).
 *
 * For any correct lowering d⟨θ⟩/dt = M⟨θ⟩ + c, dtheta = M·theta + c holds exactly (up to
 * rounding) for every state, because ρ lives on Fock states with at most maxOccupation quanta per
 * mode and the truncation is checked to be large enough for every matrix element involved to be
 * the untruncated one (see operators.ts).
 */
import type { NumericModel } from '../physical.js';
import { type CMatrix, traceOfProduct } from './complex-matrix.js';
import { type Equation, dissipatorSpec } from './channels.js';
import { applyGenerator, bathDissipator } from './generator.js';
import { systemHamiltonian } from './hamiltonian.js';
import { type NormalModes, normalModes, requirePaperModel } from './normal-modes.js';
import { type Basis, basisObservables } from './observables.js';
import { localFrame, minimumLevels } from './operators.js';
import { randomDensityMatrix } from './random-state.js';

export interface OracleRequest {
  readonly model: NumericModel;
  readonly equation: Equation;
  /** X of partial-secular (pairs of one sign with |ω − ω′| ≤ X). */
  readonly secularCutoff?: number;
  readonly order: 1 | 2;
  readonly basis: Basis;
  /** Fock levels per mode. */
  readonly levels: number;
  readonly seed: number;
  /** ρ is supported on Fock states with at most this many quanta in each mode. */
  readonly maxOccupation: number;
}

export interface OracleResult {
  readonly basis: string[];
  readonly theta: number[];
  readonly dtheta: number[];
  readonly dthetaDissipative: number[];
}

const IMAGINARY_TOLERANCE = 1e-9;

function realTrace(op: CMatrix, state: CMatrix, what: string): number {
  const t = traceOfProduct(op, state);
  if (Math.abs(t.im) > IMAGINARY_TOLERANCE * Math.max(1, t.absSum)) {
    throw new Error(`Oracle: ${what} has imaginary part ${t.im} (real part ${t.re})`);
  }
  return t.re;
}

function validate(req: OracleRequest): void {
  const { model, equation, order, basis, levels, maxOccupation } = req;
  if (order !== 1 && order !== 2) throw new Error(`Oracle: order must be 1 or 2, got ${String(order)}`);
  if (basis !== 'local' && basis !== 'normal') throw new Error(`Oracle: unknown basis ${String(basis)}`);
  if (model.frequencies.length < 1) throw new Error('Oracle: the model has no modes');
  model.frequencies.forEach((w, m) => {
    if (!(w > 0) || !Number.isFinite(w)) throw new Error(`Oracle: mode ${m} has non-positive frequency ${w}`);
  });
  if (!Number.isInteger(levels) || levels < 2) throw new Error(`Oracle: levels must be an integer ≥ 2, got ${levels}`);
  if (!Number.isInteger(maxOccupation) || maxOccupation < 0) {
    throw new Error(`Oracle: maxOccupation must be a non-negative integer, got ${maxOccupation}`);
  }
  // Per mode, tr(θ 𝓛(ρ)) involves products of at most order + 2 ladder operators.
  const needed = minimumLevels(order + 2, maxOccupation);
  if (levels < needed) {
    throw new Error(
      `Oracle: truncation too small to be exact: order ${order} with maxOccupation ${maxOccupation} ` +
        `needs at least ${needed} levels per mode, got ${levels}`,
    );
  }
  if (basis === 'normal') requirePaperModel(model, 'The normal basis');
}

export function oracleMoments(req: OracleRequest): OracleResult {
  validate(req);
  const { model, equation, order, basis, levels, seed, maxOccupation } = req;
  const nModes = model.frequencies.length;
  const frame = localFrame(nModes, levels);
  const H = systemHamiltonian(model, frame);
  const spec = dissipatorSpec(model, frame, equation, req.secularCutoff);
  const rho = randomDensityMatrix({ nModes, levels, maxOccupation, seed });
  const { full, dissipative } = applyGenerator(rho, H, spec);
  const modes: NormalModes | undefined = basis === 'normal' ? normalModes(model) : undefined;
  const observables = basisObservables(model, frame, order, basis, modes);
  return {
    basis: observables.map((o) => o.name),
    theta: observables.map((o) => realTrace(o.op, rho, `<${o.name}>`)),
    dtheta: observables.map((o) => realTrace(o.op, full, `d<${o.name}>/dt`)),
    dthetaDissipative: observables.map((o) => realTrace(o.op, dissipative, `dissipative d<${o.name}>/dt`)),
  };
}

export interface OracleHeatResult {
  /** Second moments of ρ in the requested basis. */
  readonly basis: string[];
  readonly theta: number[];
  /** Q̇_α = tr(H_S D_α(ρ)) (eq. 50), per bath label. */
  readonly heat: Record<string, number>;
}

/** Heat currents of eq. 50 on a seeded random state, with its second moments. */
export function oracleHeatCurrents(req: Omit<OracleRequest, 'order'>): OracleHeatResult {
  validate({ ...req, order: 2 });
  const { model, equation, basis, levels, seed, maxOccupation } = req;
  const nModes = model.frequencies.length;
  const frame = localFrame(nModes, levels);
  const H = systemHamiltonian(model, frame);
  const spec = dissipatorSpec(model, frame, equation, req.secularCutoff);
  const rho = randomDensityMatrix({ nModes, levels, maxOccupation, seed });
  const modes: NormalModes | undefined = basis === 'normal' ? normalModes(model) : undefined;
  const observables = basisObservables(model, frame, 2, basis, modes);
  const heat: Record<string, number> = {};
  for (const bath of spec.baths) heat[bath.bath.label] = realTrace(H, bathDissipator(rho, bath, spec.pairs), `Q̇_${bath.bath.label}`);
  return {
    basis: observables.map((o) => o.name),
    theta: observables.map((o) => realTrace(o.op, rho, `<${o.name}>`)),
    heat,
  };
}
