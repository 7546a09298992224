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
  kappaAboveRoundoffFloor,
  type EigenvectorConditionWorkspace,
} from './eigenvector-condition.js';
import type { BalancingJob } from './balance.js';
import { squareSizeOf, type RealSquareMatrix } from './square-matrix.js';

const EPS = 2.220446049250313e-16;
/** Sweeps of the one-sided Jacobi iteration (as eigenvector-condition.ts). */
const MAX_JACOBI_SWEEPS = 40;
/** Largest tolerated ratio of the eigenvalue error estimate to the smallest eigenvalue gap. */
export const GAP_RESOLUTION_TOLERANCE = 1e-3;

export interface EpWitnessWorkspace {
  readonly n: number;
  readonly eigen: EigenWorkspace;
  readonly condition: EigenvectorConditionWorkspace;
  /** Column pairs (p, q) of one Jacobi sweep, in round-robin order (see realColumnsConditionInPlace). */
  readonly jacobiPairs: Int32Array;
  readonly columnNorms: Float64Array;
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
    jacobiPairs: roundRobinPairs(n),
    columnNorms: new Float64Array(n),
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
  return realColumnsConditionInPlace(columns, n, ws.columnNorms, ws.jacobiPairs);
}

/**
 * The n(n−1)/2 pairs of 0..n−1 as rounds of a round-robin tournament (circle method): within a
 * round no two pairs share a column, so consecutive Jacobi rotations are independent and the
 * processor overlaps their chains of divisions and square roots.
 */
function roundRobinPairs(n: number): Int32Array {
  const m = n % 2 === 0 ? n : n + 1;
  const players = Array.from({ length: m }, (_, i) => i);
  const pairs: number[] = [];
  for (let round = 0; round < m - 1; round++) {
    for (let i = 0; i < m / 2; i++) {
      const a = players[i]!;
      const b = players[m - 1 - i]!;
      if (a < n && b < n) pairs.push(Math.min(a, b), Math.max(a, b));
    }
    players.splice(1, 0, players.pop()!);
  }
  return Int32Array.from(pairs);
}

/**
 * σ_max/σ_min of the real n×n matrix held column-major in `c` (destroyed), by one-sided (Hestenes)
 * Jacobi as realColumnsSingularValuesInPlace of eigenvector-condition.ts, with two changes that do
 * not change what converges (only the rounding): the pairs of a sweep in round-robin order, and the
 * squared column norms updated through each rotation (α' = α − tγ, β' = β + tγ, Rutishauser)
 * instead of recomputed. The singular values at the end are the recomputed column norms. NaN for
 * non-finite input, Infinity for an exactly singular matrix.
 */
function realColumnsConditionInPlace(c: Float64Array, n: number, norms: Float64Array, pairs: Int32Array): number {
  const tolerance = EPS * n;
  const tolerance2 = tolerance * tolerance;
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += c[j * n + i]! * c[j * n + i]!;
    norms[j] = s;
  }
  let converged = false;
  for (let sweep = 0; sweep < MAX_JACOBI_SWEEPS && !converged; sweep++) {
    converged = true;
    for (let e = 0; e < pairs.length; e += 2) {
      const p = pairs[e]!;
      const q = pairs[e + 1]!;
      const op = p * n;
      const oq = q * n;
      let gamma = 0;
      for (let i = 0; i < n; i++) gamma += c[op + i]! * c[oq + i]!;
      const alpha = norms[p]!;
      const beta = norms[q]!;
      if (gamma === 0 || gamma * gamma <= tolerance2 * (alpha * beta)) continue;
      converged = false;
      const zeta = (beta - alpha) / (2 * gamma);
      const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
      const cs = 1 / Math.sqrt(1 + t * t);
      const sn = cs * t;
      for (let i = 0; i < n; i++) {
        const x = c[op + i]!;
        const y = c[oq + i]!;
        c[op + i] = cs * x - sn * y;
        c[oq + i] = sn * x + cs * y;
      }
      norms[p] = alpha - t * gamma;
      norms[q] = beta + t * gamma;
    }
  }
  let largest = 0;
  let smallest = Number.POSITIVE_INFINITY;
  for (let j = 0; j < n; j++) {
    let normSquared = 0;
    for (let i = 0; i < n; i++) normSquared += c[j * n + i]! * c[j * n + i]!;
    if (normSquared - normSquared !== 0) return Number.NaN;
    if (normSquared > largest) largest = normSquared;
    if (normSquared < smallest) smallest = normSquared;
  }
  return smallest > 0 ? Math.sqrt(largest) / Math.sqrt(smallest) : Number.POSITIVE_INFINITY;
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
