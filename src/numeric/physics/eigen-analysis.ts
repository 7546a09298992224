/**
 * Eigenvalues, the EP witness κ(V) (eq. 24) and phase rigidities (eqs. 21–23) of a lowered M, for the
 * report, Fig. 3 and the explorer: the same basis-independent analysis as the `ep` command
 * (`epReport`, from the Schur form and spectral projectors), so a diabolic point (global, k = 0) gives
 * κ = 1 and no rigidity, never κ = ∞.
 *
 * - kappa: κ(V) on the semisimple-aware eigenbasis; Infinity where a cluster is defective (no eigenbasis).
 * - phaseRigidity[i]: 1/‖P_i‖ of an eigenvalue that is its own cluster; null inside a repeated cluster.
 * - smallestRigidity: the smallest phase rigidity of M, defined at every point: 0 where a cluster is
 *   defective (the eigenvectors coalesce), else the least of 1/‖P_C‖ over the clusters, which is the least
 *   phase rigidity when every eigenvalue is simple, and the rigidity of the spectral projector of a
 *   semisimple repeated cluster (whose eigenvectors are any basis of the eigenspace).
 */
import { InputError } from '../input-error.js';
import { epReport, type EpComplex } from './ep-analysis.js';

export interface EigenAnalysis {
  readonly eigenvalues: EpComplex[];
  readonly kappa: number;
  readonly kappaResolved: boolean;
  readonly precision: 'double';
  readonly phaseRigidity: (number | null)[];
  readonly smallestRigidity: number;
  /** Largest Jordan block over defective clusters; null when M is diagonalisable. */
  readonly exceptionalPointOrder: number | null;
}

export function analyseMatrix(rows: readonly (readonly number[])[]): EigenAnalysis {
  const report = epReport(rows);
  if (!report.converged) throw new InputError('parameters', 'the QR iteration of the eigen-decomposition did not converge');
  const defective = report.clusters.some((c) => c.verdict === 'defective');
  return {
    eigenvalues: report.eigenvalues,
    kappa: report.kappa,
    kappaResolved: report.kappaResolved,
    precision: report.precision,
    phaseRigidity: report.phaseRigidity,
    smallestRigidity: defective ? 0 : Math.min(...report.clusters.map((c) => 1 / c.projectorNorm)),
    exceptionalPointOrder: report.exceptionalPointOrder,
  };
}
