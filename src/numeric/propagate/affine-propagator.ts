/**
 * Exact solution of dθ/dt = Mθ + c:
 *   θ(t) = θ∞ + e^{Mt}(θ₀ − θ∞),  θ∞ = −M⁻¹c.
 * e^{Mt} is applied through the eigen-decomposition, V e^{Λt} V⁻¹, when the
 * eigenvectors are well conditioned (error ≈ κ(V)·eps), and through
 * scaling-and-squaring Padé otherwise — in particular at and near
 * exceptional points, where V is (nearly) singular. The choice is made once
 * per matrix from κ(V).
 */
import { createEigenWorkspace, eigenDecomposeInto } from '../linalg/eigen.js';
import { conditionNumberInto, createEigenvectorConditionWorkspace } from '../linalg/eigenvector-condition.js';
import { luFactorComplexInPlace, luSolveComplexInPlace } from '../linalg/complex-lu.js';
import { squareSizeOf, type RealSquareMatrix } from '../linalg/square-matrix.js';
import { matrixExponential } from './matrix-exponential.js';
import { steadyState } from './steady-state.js';

/** Above this κ(V) the propagator switches from the eigenbasis to Padé. */
export const DEFAULT_EIGENBASIS_CONDITION_LIMIT = 1e4;

export type PropagationMethod = 'eigenbasis' | 'pade';

export interface AffinePropagator {
  readonly n: number;
  readonly method: PropagationMethod;
  /** κ(V) of M (unit columns), the quantity the method was chosen from. */
  readonly kappa: number;
  readonly steadyState: Float64Array;
  /** θ(t) for θ(0) = initial. */
  readonly at: (initial: Float64Array, t: number) => Float64Array;
}

export interface AffinePropagatorOptions {
  /** Force a method instead of choosing from κ. */
  readonly method?: PropagationMethod;
  readonly conditionLimit?: number;
}

function eigenbasisEvolution(
  n: number,
  valuesRe: Float64Array,
  valuesIm: Float64Array,
  vectorsRe: Float64Array,
  vectorsIm: Float64Array,
): (deviation: Float64Array, t: number) => Float64Array {
  const luRe = Float64Array.from(vectorsRe);
  const luIm = Float64Array.from(vectorsIm);
  const pivots = new Int32Array(n);
  luFactorComplexInPlace(luRe, luIm, n, pivots);
  return (deviation, t) => {
    // a = V⁻¹ d, then V (e^{μt} ∘ a), real part.
    const aRe = Float64Array.from(deviation);
    const aIm = new Float64Array(n);
    luSolveComplexInPlace(luRe, luIm, n, pivots, aRe, aIm);
    for (let j = 0; j < n; j++) {
      const growth = Math.exp(valuesRe[j]! * t);
      if (growth === 0) {
        // the mode has decayed below the smallest double (and μ_im·t may overflow): it contributes 0 exactly
        aRe[j] = 0;
        aIm[j] = 0;
        continue;
      }
      const cos = growth * Math.cos(valuesIm[j]! * t);
      const sin = growth * Math.sin(valuesIm[j]! * t);
      const re = aRe[j]! * cos - aIm[j]! * sin;
      aIm[j] = aRe[j]! * sin + aIm[j]! * cos;
      aRe[j] = re;
    }
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += vectorsRe[i * n + j]! * aRe[j]! - vectorsIm[i * n + j]! * aIm[j]!;
      out[i] = s;
    }
    return out;
  };
}

function padeEvolution(matrix: RealSquareMatrix): (deviation: Float64Array, t: number) => Float64Array {
  const { n } = matrix;
  return (deviation, t) => {
    const e = matrixExponential(matrix, t).data;
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += e[i * n + j]! * deviation[j]!;
      out[i] = s;
    }
    return out;
  };
}

/** Prepares the propagator of dθ/dt = Mθ + c (inputs are copied). */
export function createAffinePropagator(
  matrix: RealSquareMatrix,
  constant: Float64Array,
  options: AffinePropagatorOptions = {},
): AffinePropagator {
  const n = squareSizeOf(matrix.data, matrix.n);
  const frozen: RealSquareMatrix = { n, data: Float64Array.from(matrix.data) };
  const fixedPoint = steadyState(frozen, constant);
  const eigen = createEigenWorkspace(n);
  const converged = eigenDecomposeInto(eigen, frozen.data);
  const kappa = converged
    ? conditionNumberInto(createEigenvectorConditionWorkspace(n), eigen.vectorsRe, eigen.vectorsIm)
    : Number.POSITIVE_INFINITY;
  const limit = options.conditionLimit ?? DEFAULT_EIGENBASIS_CONDITION_LIMIT;
  const method: PropagationMethod = options.method ?? (kappa <= limit ? 'eigenbasis' : 'pade');
  const evolve =
    method === 'eigenbasis'
      ? eigenbasisEvolution(n, eigen.valuesRe, eigen.valuesIm, eigen.vectorsRe, eigen.vectorsIm)
      : padeEvolution(frozen);
  return {
    n,
    method,
    kappa,
    steadyState: fixedPoint,
    at: (initial, t) => {
      if (initial.length !== n) throw new RangeError(`initial state needs ${n} entries, got ${initial.length}`);
      const deviation = initial.map((x, i) => x - fixedPoint[i]!);
      const evolved = evolve(deviation, t);
      return evolved.map((x, i) => x + fixedPoint[i]!);
    },
  };
}

/** θ(t) in one call. */
export function propagateAffine(
  matrix: RealSquareMatrix,
  constant: Float64Array,
  initial: Float64Array,
  t: number,
  options: AffinePropagatorOptions = {},
): Float64Array {
  return createAffinePropagator(matrix, constant, options).at(initial, t);
}
