/**
 * Eigen-decomposition of a real non-symmetric n×n matrix:
 * balancing → Hessenberg reduction → Francis double-shift QR with
 * eigenvectors → undo balancing → complex eigenvectors with unit 2-norm
 * columns whose largest-modulus component is real and positive
 * (the normalisation LAPACK's dgeev and hence NumPy use, so κ(V) and
 * individual vectors compare across tools).
 *
 * `eigenDecomposeInto` works on a caller-owned workspace and allocates
 * nothing; `eigenDecompose` is the allocating convenience form.
 */
import { balanceInPlace, unbalanceRightVectorsInPlace, type BalancingJob } from './balance.js';
import { reduceToHessenbergInPlace } from './hessenberg.js';
import { schurEigenvectorsInPlace, type ShiftHints } from './real-schur-eigenvectors.js';
import {
  advanceShiftHints,
  clearShiftHintsAndHistory,
  createHintHistory,
  hessenbergAbsoluteSum,
  realSchurFormInPlace,
  schurFactorEigenvectorsInPlace,
  type HintHistory,
} from './francis-schur.js';
import { invertComplexMatrix } from './complex-lu.js';
import { squareSizeOf, type ComplexSquareMatrix, type RealSquareMatrix } from './square-matrix.js';

/** Preallocated buffers for one matrix size. Mutable scratch: one per thread of work. */
export interface EigenWorkspace {
  readonly n: number;
  /** Working copy: balanced matrix, then Hessenberg form, then Schur form. */
  readonly schur: Float64Array;
  /** Accumulated orthogonal transforms, then eigenvectors in EISPACK real storage. */
  readonly basis: Float64Array;
  readonly balanceScale: Float64Array;
  readonly balanceRange: Int32Array;
  readonly reflector: Float64Array;
  readonly quotient: Float64Array;
  /** Eigenvalues μ_j = valuesRe[j] + i·valuesIm[j]; conjugate pairs adjacent, positive imaginary part first. */
  readonly valuesRe: Float64Array;
  readonly valuesIm: Float64Array;
  /** Right eigenvectors, row-major n×n: column j belongs to μ_j. Unit 2-norm columns. */
  readonly vectorsRe: Float64Array;
  readonly vectorsIm: Float64Array;
  /** Frobenius norm of the balanced matrix of the last decomposition (sets the backward-error scale). */
  balancedFrobeniusNorm: number;
  /** Warm-start shifts for the next decomposition (count 0: none); see real-schur-eigenvectors.ts. */
  readonly shiftHints: ShiftHints;
  /** The eigenvalues before the last ones, for extrapolated hints (francis-schur.ts). */
  readonly hintHistory: HintHistory;
}

export function createEigenWorkspace(n: number): EigenWorkspace {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`matrix size must be a positive integer, got ${n}`);
  return {
    n,
    schur: new Float64Array(n * n),
    basis: new Float64Array(n * n),
    balanceScale: new Float64Array(n),
    balanceRange: new Int32Array(2),
    reflector: new Float64Array(n),
    quotient: new Float64Array(3),
    valuesRe: new Float64Array(n),
    valuesIm: new Float64Array(n),
    vectorsRe: new Float64Array(n * n),
    vectorsIm: new Float64Array(n * n),
    balancedFrobeniusNorm: Number.NaN,
    shiftHints: { re: new Float64Array(n), im: new Float64Array(n), used: new Uint8Array(n), count: 0 },
    hintHistory: createHintHistory(n),
  };
}

/**
 * Makes the eigenvalues of the last decomposition (extrapolated from the one before, see
 * advanceShiftHints) the shift hints of the next one (for sweeps where consecutive matrices differ
 * little); clears the hints when the last decomposition failed.
 */
export function reuseEigenvaluesAsShiftHints(ws: EigenWorkspace): void {
  const { shiftHints, valuesRe, valuesIm, n } = ws;
  if (Number.isNaN(valuesRe[0]!)) {
    clearShiftHintsAndHistory(shiftHints, ws.hintHistory);
    return;
  }
  advanceShiftHints(shiftHints, ws.hintHistory, valuesRe, valuesIm, n);
}

export function clearShiftHints(ws: EigenWorkspace): void {
  clearShiftHintsAndHistory(ws.shiftHints, ws.hintHistory);
}

/** Expands EISPACK real storage (in `basis`) into unit-norm complex columns. */
function expandAndNormaliseVectors(ws: EigenWorkspace): void {
  const { n, basis, valuesIm, vectorsRe, vectorsIm } = ws;
  let j = 0;
  while (j < n) {
    const pair = valuesIm[j]! > 0 && j + 1 < n;
    let normSquared = 0;
    let largest = -1;
    let pivotRe = 1;
    let pivotIm = 0;
    for (let i = 0; i < n; i++) {
      const re = basis[i * n + j]!;
      const im = pair ? basis[i * n + j + 1]! : 0;
      const modulusSquared = re * re + im * im;
      normSquared += modulusSquared;
      if (modulusSquared > largest) {
        largest = modulusSquared;
        pivotRe = re;
        pivotIm = im;
      }
    }
    // Multiply by conj(pivot)/(|pivot|·‖v‖): unit norm, largest component real positive.
    const pivotModulus = Math.sqrt(largest);
    const norm = Math.sqrt(normSquared);
    const factor = pivotModulus > 0 && norm > 0 ? 1 / (pivotModulus * norm) : 0;
    const phaseRe = pivotRe * factor;
    const phaseIm = -pivotIm * factor;
    for (let i = 0; i < n; i++) {
      const re = basis[i * n + j]!;
      const im = pair ? basis[i * n + j + 1]! : 0;
      const outRe = re * phaseRe - im * phaseIm;
      const outIm = re * phaseIm + im * phaseRe;
      vectorsRe[i * n + j] = outRe;
      vectorsIm[i * n + j] = outIm;
      if (pair) {
        vectorsRe[i * n + j + 1] = outRe;
        vectorsIm[i * n + j + 1] = -outIm;
      }
    }
    j += pair ? 2 : 1;
  }
}

/**
 * Decomposes `matrix` (n×n row-major, not modified) into the workspace.
 * With `expandVectors` false the eigenvectors are left in `basis` in
 * EISPACK real storage (unnormalised; see real-schur-eigenvectors.ts) and
 * vectorsRe/vectorsIm are not touched — enough for κ (ep-witness.ts).
 * With `schurBasis` (no balancing, no accumulated transforms) the vectors are those of the real
 * Schur factor T = Qᵀ M Q, i.e. Qᵀ V: same unit-column κ(V), about a third less work.
 * Returns false when the QR iteration failed to converge (results are then NaN).
 */
export function eigenDecomposeInto(
  ws: EigenWorkspace,
  matrix: Float64Array,
  balancing: BalancingJob = 'scale',
  expandVectors = true,
  schurBasis = false,
): boolean {
  const { n, schur, basis } = ws;
  for (let i = 0; i < n * n; i++) schur[i] = matrix[i]!; // no subarray view per call
  balanceInPlace(schur, n, schurBasis ? 'none' : balancing, ws.balanceScale, ws.balanceRange);
  let frobenius = 0;
  for (let i = 0; i < n * n; i++) frobenius += schur[i]! * schur[i]!;
  ws.balancedFrobeniusNorm = Math.sqrt(frobenius);
  const low = ws.balanceRange[0]!;
  const high = ws.balanceRange[1]!;
  reduceToHessenbergInPlace(schur, n, low, high, basis, ws.reflector, !schurBasis);
  const converged = schurBasis
    ? schurFactorDecomposition(ws)
    : schurEigenvectorsInPlace(schur, basis, n, low, high, ws.valuesRe, ws.valuesIm, ws.quotient, ws.shiftHints, false, false);
  if (!converged || !Number.isFinite(ws.balancedFrobeniusNorm)) {
    ws.valuesRe.fill(Number.NaN);
    ws.valuesIm.fill(Number.NaN);
    ws.basis.fill(Number.NaN);
    ws.vectorsRe.fill(Number.NaN);
    ws.vectorsIm.fill(Number.NaN);
    return false;
  }
  if (!schurBasis) unbalanceRightVectorsInPlace(basis, n, n, ws.balanceScale, ws.balanceRange);
  if (expandVectors) expandAndNormaliseVectors(ws);
  return true;
}

/** QR iteration (normwise deflation) and eigenvectors of the unbalanced Schur factor (francis-schur.ts: the EP-map kernel). */
function schurFactorDecomposition(ws: EigenWorkspace): boolean {
  const { n, schur, basis, valuesRe, valuesIm } = ws;
  const norm = hessenbergAbsoluteSum(schur, n);
  if (!realSchurFormInPlace(schur, n, valuesRe, valuesIm, ws.shiftHints, true)) return false;
  schurFactorEigenvectorsInPlace(schur, basis, n, valuesRe, valuesIm, norm, ws.quotient);
  return true;
}

/** Smallest distance between two eigenvalues, min_{i≠j} |μ_i − μ_j| (Infinity when n = 1). */
export function minimumEigenvalueGap(valuesRe: Float64Array, valuesIm: Float64Array, n: number): number {
  let gap = Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dr = valuesRe[i]! - valuesRe[j]!;
      const di = valuesIm[i]! - valuesIm[j]!;
      const d = dr * dr + di * di;
      if (d < gap) gap = d;
    }
  }
  return Math.sqrt(gap);
}

/** Eigenvalues, right eigenvectors and (optionally) left eigenvectors of a real matrix. */
export interface EigenDecomposition {
  readonly n: number;
  readonly valuesRe: Float64Array;
  readonly valuesIm: Float64Array;
  /** Columns v_j with M v_j = μ_j v_j, ‖v_j‖₂ = 1. */
  readonly right: ComplexSquareMatrix;
  /**
   * Columns y_j with y_jᴴ M = μ_j y_jᴴ, ‖y_j‖₂ = 1, taken from the rows of V⁻¹
   * (so y_jᴴ v_k = 0 for j ≠ k). Undefined when not requested, or when V is
   * numerically singular.
   */
  readonly left?: ComplexSquareMatrix;
  /** False when the QR iteration did not converge. */
  readonly converged: boolean;
}

export interface EigenOptions {
  readonly balancing?: BalancingJob;
  readonly left?: boolean;
}

/** Left eigenvectors (unit columns) from the right ones: the conjugated rows of V⁻¹. */
export function leftEigenvectorsFromRight(right: ComplexSquareMatrix): ComplexSquareMatrix | undefined {
  const inverse = invertComplexMatrix(right);
  if (inverse === undefined) return undefined;
  const { n } = right;
  const re = new Float64Array(n * n);
  const im = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    let normSquared = 0;
    for (let i = 0; i < n; i++) {
      const a = inverse.re[j * n + i]!;
      const b = inverse.im[j * n + i]!;
      normSquared += a * a + b * b;
    }
    const inverseNorm = 1 / Math.sqrt(normSquared);
    for (let i = 0; i < n; i++) {
      re[i * n + j] = inverse.re[j * n + i]! * inverseNorm;
      im[i * n + j] = -inverse.im[j * n + i]! * inverseNorm;
    }
  }
  return { n, re, im };
}

export function eigenDecompose(matrix: RealSquareMatrix, options: EigenOptions = {}): EigenDecomposition {
  const n = squareSizeOf(matrix.data, matrix.n);
  const ws = createEigenWorkspace(n);
  const converged = eigenDecomposeInto(ws, matrix.data, options.balancing ?? 'scale');
  const right: ComplexSquareMatrix = { n, re: ws.vectorsRe, im: ws.vectorsIm };
  const left = options.left === true && converged ? leftEigenvectorsFromRight(right) : undefined;
  return {
    n,
    valuesRe: ws.valuesRe,
    valuesIm: ws.valuesIm,
    right,
    converged,
    ...(left === undefined ? {} : { left }),
  };
}
