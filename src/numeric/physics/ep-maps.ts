/**
 * EP maps (Fig. 2): log₁₀ κ over an (ω, k) grid for one or more equations, compiled from the
 * derived matrices, with the exact exceptional line ±k*(ω) on the same ω grid.
 */
import { type EquationKind, EQUATIONS } from '../../dissipators/index.js';
import type { MomentOrder } from '../../moments/index.js';
import { computeEpMap, UNRESOLVED, type EpMapWitness } from '../ep/ep-map.js';
import { InputError } from '../input-error.js';
import { validateNumericModel } from '../model-bridge.js';
import { paperModel, type PaperParameters } from '../paper-parameters.js';
import { paperMatrixSource } from './paper-matrix-source.js';
import { checkGridSize, GRID_POINTS_LIMIT } from '../input-limits.js';
import { requestObject, oneOf, finiteNumbers } from '../../model/index.js';
import { localExceptionalLineSymbolic, lowerExceptionalLine } from './exceptional-line.js';
import type { SpectralDensity } from '../spectral.js';

export interface EpMapPanel {
  readonly equation: EquationKind;
  /**
   * log₁₀ κ, row-major over k (rows) then ω (columns); NaN where κ is unresolved (near an EP, or
   * on the second-moment maps, which map the projector norm instead). At a semisimple multiple
   * eigenvalue of the first moments (the global equation at k = 0) κ is taken, as in `ep`, on an
   * orthonormal basis of each eigenspace, which fixes it whatever basis is chosen inside them. Figures draw those cells in the unresolved
   * colour; in JSON output (JSON.stringify) they are null.
   */
  readonly log10Kappa: number[];
  /** Number of unresolved (NaN) points in log10Kappa. */
  readonly unresolved: number;
  /**
   * What the map shows: 'kappa' (first moments: log10Witness is log10Kappa) or 'projector-norm'
   * (second moments: log10Witness is log₁₀ of the largest spectral-projector norm over the eigenvalue
   * clusters, which is basis-independent and finite at their semisimple double eigenvalue; κ is
   * then not computed and log10Kappa is NaN throughout, as before).
   */
  readonly witness: EpMapWitness;
  /** The mapped witness, same layout; NaN where unresolved, Infinity (null in JSON) on a defective cluster. */
  readonly log10Witness: number[];
  /** Number of unresolved (NaN) points in log10Witness. */
  readonly unresolvedWitness: number;
}

export interface EpMapResult {
  readonly order: MomentOrder;
  readonly omega: number[];
  readonly k: number[];
  readonly panels: EpMapPanel[];
  /** The exact exceptional line +k*(ω) on the ω grid (the line is ±k*). */
  readonly line: { readonly omega: number[]; readonly k: number[] };
}

export interface EpMapRequest {
  readonly equations: readonly EquationKind[];
  readonly order: MomentOrder;
  readonly omegas: readonly number[];
  readonly ks: readonly number[];
  /** Bath parameters (ω and k of these are ignored). */
  readonly parameters: PaperParameters;
  readonly onProgress?: (fraction: number) => void;
  readonly threads?: number;
  /** J_α (eq. 19 by default), in the maps and in the exact line. */
  readonly spectral?: SpectralDensity;
}

export async function epMaps(req: EpMapRequest): Promise<EpMapResult> {
  const r = requestObject('epMaps(request)', req);
  if (!Array.isArray(r['equations']) || r['equations'].length === 0) throw new InputError('epMaps(request.equations)', 'must be a non-empty array of equations');
  r['equations'].forEach((e, i) => oneOf(`epMaps(request.equations[${i}])`, e, EQUATIONS));
  oneOf('epMaps(request.order)', r['order'], [1, 2] as const);
  finiteNumbers('epMaps(request.omegas)', r['omegas'], 1, GRID_POINTS_LIMIT);
  finiteNumbers('epMaps(request.ks)', r['ks'], 1, GRID_POINTS_LIMIT);
  requestObject('epMaps(request.parameters)', r['parameters']);
  const { omegas, ks } = req;
  checkGridSize('--omega, --k', omegas.length, ks.length);
  if (!(omegas[0]! > 0)) throw new InputError('--omega', `frequencies must be positive, got ${omegas[0]}`);
  const kMax = Math.max(...ks.map(Math.abs));
  const omegaMin = Math.min(...omegas);
  if (kMax >= omegaMin ** 2) throw new InputError('--k', `|k| must stay below ω² on the whole grid (|k| up to ${kMax}, ω² down to ${Number((omegaMin ** 2).toPrecision(12))}): the normal-mode frequencies would not be real`);
  validateNumericModel(paperModel({ ...req.parameters, omega: omegaMin, k: 0 }));
  const panels: EpMapPanel[] = [];
  for (const [index, equation] of req.equations.entries()) {
    const { size, source } = paperMatrixSource(equation, req.order, req.parameters, req.spectral);
    const witness: EpMapWitness = req.order === 1 ? 'kappa' : 'projector-norm';
    const map = await computeEpMap(
      { size, omegas, ks, fillerSource: source },
      { witness, onProgress: (f) => req.onProgress?.((index + f) / req.equations.length), ...(req.threads !== undefined ? { threads: req.threads } : {}) },
    );
    const log10Witness = Array.from(map.log10Kappa, (value, i) => (map.resolution[i] === UNRESOLVED ? Number.NaN : value));
    const log10Kappa = witness === 'kappa' ? log10Witness : log10Witness.map(() => Number.NaN);
    panels.push({ equation, log10Kappa, unresolved: witness === 'kappa' ? map.unresolvedCount : log10Kappa.length, witness, log10Witness, unresolvedWitness: map.unresolvedCount });
  }
  const line = localExceptionalLineSymbolic();
  const kLine = omegas.map((omega) => lowerExceptionalLine(line, { ...req.parameters, omega }, req.spectral).k);
  return { order: req.order, omega: [...omegas], k: [...ks], panels, line: { omega: [...omegas], k: kLine } };
}
