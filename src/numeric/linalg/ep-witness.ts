/**
 * The EP witness of a real matrix M in double precision: κ(V) of its
 * unit-column right-eigenvector matrix V, with a verdict on whether double
 * precision resolves it.
 *
 * Why κ alone cannot tell: near an exceptional point of order two the
 * eigenvalue condition numbers are ≈ κ, so backward-stable eigenvalues
 * carry errors ≈ eps·‖B‖·κ (B the balanced matrix), while the two
 * coalescing eigenvalues are only ≈ gap apart. Once eps·‖B‖·κ is not small
 * against the gap, the computed eigenvectors — and κ — are dominated by
 * roundoff and typically *underestimate* the true κ (e.g. NumPy reports
 * ~1e6 where the true value is ~2e8). So the witness is `resolved` only when
 *   κ·eps ≤ UNRESOLVED_KAPPA_TIMES_EPS  (σ_min above the roundoff floor), and
 *   eps·‖B‖_F·κ ≤ GAP_RESOLUTION_TOLERANCE · min_{i≠j}|μ_i − μ_j|.
 * Exactly repeated eigenvalues (gap 0) are therefore never resolved: V is
 * then not unique and κ depends on which basis the algorithm picked.
 */
import { createEigenWorkspace, eigenDecomposeInto, minimumEigenvalueGap, type EigenWorkspace } from './eigen.js';
import {
  createEigenvectorConditionWorkspace,
  realColumnsSingularValuesInPlace,
  kappaAboveRoundoffFloor,
  type EigenvectorConditionWorkspace,
} from './eigenvector-condition.js';
import type { BalancingJob } from './balance.js';
import { squareSizeOf, type RealSquareMatrix } from './square-matrix.js';

const EPS = 2.220446049250313e-16;
/** Largest tolerated ratio of the eigenvalue error estimate to the smallest eigenvalue gap. */
export const GAP_RESOLUTION_TOLERANCE = 1e-3;

export interface EpWitnessWorkspace {
  readonly n: number;
  readonly eigen: EigenWorkspace;
  readonly condition: EigenvectorConditionWorkspace;
  /** Results of the last evaluation. */
  kappa: number;
  resolved: boolean;
  minimumGap: number;
  /** eps·‖B‖_F·κ: first-order bound on the eigenvalue errors. */
  eigenvalueErrorEstimate: number;
}

export function createEpWitnessWorkspace(n: number): EpWitnessWorkspace {
  return {
    n,
    eigen: createEigenWorkspace(n),
    condition: createEigenvectorConditionWorkspace(n),
    kappa: Number.NaN,
    resolved: false,
    minimumGap: Number.NaN,
    eigenvalueErrorEstimate: Number.NaN,
  };
}

/**
 * κ(V) of the eigenvectors left by eigenDecomposeInto(…, expandVectors = false)
 * in EISPACK real storage, without forming the complex V.
 *
 * For a conjugate pair, [v, v̄] = [x + iy, x − iy] = √2·[x, y]·U with
 * U = [[1, 1], [i, −i]]/√2 unitary, so V = W·diag(U, …, 1, …) where W is
 * real: a real eigenvector's column as is, a pair's columns replaced by
 * √2·x and √2·y. Right-multiplying by a unitary matrix keeps the singular
 * values, hence κ(V) = κ(W), and W is handled by real Jacobi at a quarter
 * of the complex cost. Columns are scaled so that each v has unit norm
 * (‖x‖² + ‖y‖² = 1 for a pair).
 */
function conditionOfRealStorageInto(ws: EpWitnessWorkspace): number {
  const { n, eigen, condition } = ws;
  const { basis, valuesIm } = eigen;
  const columns = condition.columnsRe;
  let j = 0;
  while (j < n) {
    const pair = valuesIm[j]! > 0 && j + 1 < n;
    let normSquared = 0;
    for (let i = 0; i < n; i++) {
      const x = basis[i * n + j]!;
      normSquared += x * x;
      if (pair) {
        const y = basis[i * n + j + 1]!;
        normSquared += y * y;
      }
    }
    const factor = (pair ? Math.SQRT2 : 1) / Math.sqrt(normSquared);
    for (let i = 0; i < n; i++) {
      columns[j * n + i] = basis[i * n + j]! * factor;
      if (pair) columns[(j + 1) * n + i] = basis[i * n + j + 1]! * factor;
    }
    j += pair ? 2 : 1;
  }
  realColumnsSingularValuesInPlace(condition);
  if (Number.isNaN(condition.sigmaMax)) return Number.NaN;
  return condition.sigmaMin > 0 ? condition.sigmaMax / condition.sigmaMin : Number.POSITIVE_INFINITY;
}

/**
 * Evaluates the witness of `matrix` (n×n row-major, not modified); returns κ. With `schurBasis`
 * κ is taken from the eigenvectors of the unbalanced Schur factor (eigen.ts): the same κ(V) up to
 * rounding, without balancing (ignored then) or accumulating transforms (the EP maps use this).
 */
export function evaluateEpWitnessInto(
  ws: EpWitnessWorkspace,
  matrix: Float64Array,
  balancing: BalancingJob = 'scale',
  schurBasis = false,
): number {
  const { n, eigen } = ws;
  const converged = eigenDecomposeInto(eigen, matrix, balancing, false, schurBasis);
  const kappa = converged ? conditionOfRealStorageInto(ws) : Number.NaN;
  const gap = minimumEigenvalueGap(eigen.valuesRe, eigen.valuesIm, n);
  const errorEstimate = EPS * eigen.balancedFrobeniusNorm * kappa;
  ws.kappa = kappa;
  ws.minimumGap = gap;
  ws.eigenvalueErrorEstimate = errorEstimate;
  ws.resolved =
    converged && !kappaAboveRoundoffFloor(kappa) && errorEstimate <= GAP_RESOLUTION_TOLERANCE * gap;
  return kappa;
}

export interface EpWitness {
  readonly kappa: number;
  readonly resolved: boolean;
  readonly minimumEigenvalueGap: number;
  readonly eigenvalueErrorEstimate: number;
}

/** Allocating form of evaluateEpWitnessInto. */
export function epWitness(matrix: RealSquareMatrix, balancing: BalancingJob = 'scale'): EpWitness {
  const n = squareSizeOf(matrix.data, matrix.n);
  const ws = createEpWitnessWorkspace(n);
  evaluateEpWitnessInto(ws, matrix.data, balancing);
  return {
    kappa: ws.kappa,
    resolved: ws.resolved,
    minimumEigenvalueGap: ws.minimumGap,
    eigenvalueErrorEstimate: ws.eigenvalueErrorEstimate,
  };
}
