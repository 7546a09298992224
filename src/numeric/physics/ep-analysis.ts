/**
 * The `ep` report of a lowered M: eigenvalues grouped into clusters with basis-independent
 * witnesses (numeric/linalg/spectral-clusters.ts), the verdict per cluster and for the matrix,
 * and the paper's eq. 24 witness κ(V) on the semisimple-aware eigenbasis.
 *
 * Fields kept from the earlier report (eigenvalues, kappa, kappaResolved, precision,
 * phaseRigidity) keep their names; their values are now computed as follows:
 *  - kappa: κ(V) with unit right eigenvectors for single eigenvalues and an orthonormal basis of
 *    each semisimple cluster's eigenspace (any other choice inside a repeated eigenspace would be
 *    arbitrary); Infinity (null in JSON) when a cluster is defective: no eigenbasis exists.
 *  - kappaResolved: the clusters are resolved at the backward error (η‖P_C‖ ≤ 1e-3 of the distance
 *    to the nearest other cluster).
 *  - precision: always 'double' (the Schur form is backward stable; no extended precision needed).
 *  - phaseRigidity[i]: 1/‖P_i‖ for an eigenvalue that is its own cluster; null where it is not
 *    defined (members of a repeated cluster, semisimple or defective).
 */
import { InputError } from '../input-error.js';
import { realSquareMatrixFromRows } from '../linalg/square-matrix.js';
import { EXCEPTIONAL_PROJECTOR_NORM, RANK_TOLERANCE_FACTOR, spectralClusters, type ClusterVerdict } from '../linalg/spectral-clusters.js';

export interface EpComplex {
  readonly re: number;
  readonly im: number;
}

export interface EpCluster {
  readonly eigenvalues: EpComplex[];
  /** Indices into the report's eigenvalue list. */
  readonly members: number[];
  readonly multiplicity: number;
  readonly centre: EpComplex;
  readonly spread: number;
  readonly projectorNorm: number;
  /** Estimated relative error of projectorNorm and phaseRigidity (η‖P_C‖ over the distance to the nearest other cluster). */
  readonly relativeAccuracy: number;
  readonly verdict: ClusterVerdict;
  readonly jordanBlocks: number[];
  /** Largest Jordan block (the order of the EP when defective). */
  readonly order: number | null;
  readonly phaseRigidity: number | null;
  /** Defective, or projector norm ≥ the threshold. */
  readonly exceptionalPoint: boolean;
}

export interface EpReport {
  /** False when the QR iteration did not converge: nothing else in the report is then usable. */
  readonly converged: boolean;
  readonly eigenvalues: EpComplex[];
  readonly kappa: number;
  readonly kappaResolved: boolean;
  readonly precision: 'double';
  readonly phaseRigidity: (number | null)[];
  readonly kappaBasis: string;
  readonly backwardError: number;
  readonly clusterRule: string;
  readonly rankRule: string;
  readonly projectorNormThreshold: number;
  readonly clusters: EpCluster[];
  readonly maximumProjectorNorm: number;
  /** Some cluster is defective or has a projector norm ≥ the threshold. */
  readonly exceptionalPoint: boolean;
  /** Largest Jordan block over defective clusters; null when none is defective. */
  readonly exceptionalPointOrder: number | null;
  readonly verdict: string;
}

export const KAPPA_BASIS = 'unit right eigenvectors of single eigenvalues; an orthonormal basis of the eigenspace of each semisimple cluster';
export const CLUSTER_RULE =
  'eigenvalues belong to one cluster when |μ_a − μ_b| ≤ (s_a + η‖P_a‖) + (s_b + η‖P_b‖), s the spread of a cluster, ‖P‖ its spectral projector norm, η = n·eps·‖M‖_F the backward error of the Schur form; merged until no discs overlap';
export const RANK_RULE = `Jordan structure by the staircase algorithm on T11 − μ̄I, rank tolerance ${RANK_TOLERANCE_FACTOR}·η·‖P_C‖`;

function verdictOf(clusters: readonly EpCluster[], threshold: number): string {
  const defective = clusters.filter((c) => c.verdict === 'defective');
  if (defective.length > 0) return `exceptional point of order ${Math.max(...defective.map((c) => c.order ?? 0))}`;
  if (clusters.some((c) => c.verdict === 'unresolved')) return 'unresolved: a repeated cluster is neither semisimple nor defective within the rank tolerance';
  const largest = Math.max(...clusters.map((c) => c.projectorNorm));
  if (largest >= threshold) return `near an exceptional point: projector norm ${largest.toExponential(3)} ≥ ${threshold}`;
  if (clusters.some((c) => c.verdict === 'semisimple')) return 'no exceptional point (repeated eigenvalues are semisimple: diabolic)';
  return 'no exceptional point';
}

export function epReport(rows: readonly (readonly number[])[]): EpReport {
  const matrix = realSquareMatrixFromRows(rows);
  const a = spectralClusters(matrix);
  const eigenvalues = Array.from(a.valuesRe, (re, i) => ({ re, im: a.valuesIm[i]! }));
  const threshold = EXCEPTIONAL_PROJECTOR_NORM;
  const phaseRigidity: (number | null)[] = eigenvalues.map(() => null);
  const clusters: EpCluster[] = a.clusters.map((c) => {
    if (c.phaseRigidity !== undefined) phaseRigidity[c.members[0]!] = c.phaseRigidity;
    const order = c.verdict === 'defective' ? Math.max(...c.jordanBlocks) : null;
    return {
      eigenvalues: c.members.map((i) => eigenvalues[i]!),
      members: [...c.members],
      multiplicity: c.multiplicity,
      centre: c.centre,
      spread: c.spread,
      projectorNorm: c.projectorNorm,
      relativeAccuracy: c.relativeAccuracy,
      verdict: c.verdict,
      jordanBlocks: [...c.jordanBlocks],
      order,
      phaseRigidity: c.phaseRigidity ?? null,
      exceptionalPoint: c.verdict === 'defective' || c.projectorNorm >= threshold,
    };
  });
  const defectiveOrders = clusters.filter((c) => c.order !== null).map((c) => c.order!);
  return {
    converged: a.converged,
    eigenvalues,
    kappa: a.kappa,
    kappaResolved: a.converged && a.clustersResolved,
    precision: 'double',
    phaseRigidity,
    kappaBasis: KAPPA_BASIS,
    backwardError: a.backwardError,
    clusterRule: CLUSTER_RULE,
    rankRule: RANK_RULE,
    projectorNormThreshold: threshold,
    clusters,
    maximumProjectorNorm: a.maximumProjectorNorm,
    exceptionalPoint: clusters.some((c) => c.exceptionalPoint),
    exceptionalPointOrder: defectiveOrders.length > 0 ? Math.max(...defectiveOrders) : null,
    verdict: a.converged ? verdictOf(clusters, threshold) : 'unresolved: the QR iteration did not converge',
  };
}

/**
 * Refuses a report whose backward error swamps the dissipation: exceptional points live in the
 * damping rates (Re μ), so when η reaches the largest decay rate no cluster, verdict or projector
 * norm can be told apart from rounding (e.g. ω = 1e12 with the Fig. 2 couplings). An InputError
 * naming the two scales, never a verdict.
 */
export function assertResolvable(report: EpReport): void {
  const largestDecay = report.eigenvalues.reduce((m, e) => Math.max(m, Math.abs(e.re)), 0);
  if (largestDecay === 0) throw new InputError('parameters', 'M has no damping at all (every eigenvalue is imaginary): no bath with λ² > 0 reaches the modes, so there is no dissipation and no exceptional point');
  if (!(report.backwardError < largestDecay)) {
    throw new InputError('parameters', `the backward error of the eigen-decomposition (η = ${report.backwardError.toExponential(2)}) is not below the largest decay rate of M (${largestDecay.toExponential(2)}): the scales of the parameters are too far apart to resolve any exceptional point`);
  }
}
