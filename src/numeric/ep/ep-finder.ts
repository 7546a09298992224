/**
 * Locating exceptional points along k at fixed ω.
 *
 * The discriminant-like quantity g(k) = min_{i≠j} |μ_i(k) − μ_j(k)| vanishes
 * at an EP and grows like |k − k*|^{1/2} on both sides, so EPs are local
 * minima of g. We sample g on a grid, bracket every interior local minimum
 * between its neighbours, and refine by golden-section search. Evaluations
 * use double precision while it resolves the eigenvalues (ep-witness.ts)
 * and double-double otherwise, so the search can continue down to the
 * last representable k. κ(V) at the result is reported with the same
 * automatic precision.
 *
 * A gap minimum is an EP only if the eigenvectors coalesce. A diabolic
 * point — degenerate but diagonalisable, e.g. M_G,1 at k = 0 — also has
 * g → 0, and there κ is arbitrary (any basis of the eigenspace is valid).
 * The two are told apart by how g opens: g ∝ |k − k*|^{1/2} at an EP of
 * order two (1/m at order m), g ∝ |k − k*| at a diabolic point. We measure
 * the exponent p of g ∝ |k − k*|^p between two detunings and accept
 * p < MAXIMUM_EP_GAP_EXPONENT.
 */
import { createEpWitnessWorkspace, evaluateEpWitnessInto, type EpWitnessWorkspace } from '../linalg/ep-witness.js';
import { extendedPrecisionEigenbasis } from '../linalg/extended-precision-eigenbasis.js';
import { eigenbasisCondition } from '../linalg/eigenbasis-condition.js';
import { asMatrixFiller, type MatrixFiller } from './matrix-filler.js';

const INVERSE_GOLDEN_RATIO = (Math.sqrt(5) - 1) / 2;
const MAX_GOLDEN_ITERATIONS = 200;
/** Between the EP value 1/2 and the diabolic value 1, on a log scale. */
export const MAXIMUM_EP_GAP_EXPONENT = 0.75;
/** Detunings (as fractions of the initial bracket) used to measure the gap exponent. */
const EXPONENT_DETUNINGS = [1e-3, 1e-5] as const;

export interface ExceptionalPointSearch {
  readonly size: number;
  readonly omega: number;
  readonly kMin: number;
  readonly kMax: number;
  readonly filler: MatrixFiller | string;
  /** Grid points used to bracket minima of the eigenvalue gap (default 201). */
  readonly samples?: number;
  /** Minimal κ for a gap minimum to count as an exceptional point (default 1e4). */
  readonly kappaThreshold?: number;
}

export interface ExceptionalPointEstimate {
  readonly k: number;
  /** Bracket the minimum was refined in. */
  readonly kLow: number;
  readonly kHigh: number;
  /** min_{i≠j}|μ_i − μ_j| at k. */
  readonly minimumEigenvalueGap: number;
  /** κ(V) at k, with automatically chosen precision. */
  readonly kappa: number;
  readonly kappaResolved: boolean;
  /** p in g ∝ |k − k*|^p near k (≈ 1/2 for an EP of order two). */
  readonly gapExponent: number;
}

/** Exponent p of g(k* + δ) ∝ δ^p from two detunings on each side (the larger gap of the two sides). */
function gapExponent(gap: (k: number) => number, k: number, bracket: number): number {
  const [large, small] = EXPONENT_DETUNINGS;
  const side = (sign: number): number => {
    const far = gap(k + sign * large * bracket);
    const near = gap(k + sign * small * bracket);
    return Math.log(far / near) / Math.log(large / small);
  };
  return Math.min(side(1), side(-1));
}

function gapEvaluator(n: number, filler: MatrixFiller, omega: number): (k: number) => number {
  const matrix = new Float64Array(n * n);
  const witness: EpWitnessWorkspace = createEpWitnessWorkspace(n);
  return (k) => {
    filler(matrix, omega, k);
    evaluateEpWitnessInto(witness, matrix);
    if (witness.resolved || !Number.isFinite(witness.minimumGap)) return witness.minimumGap;
    return extendedPrecisionEigenbasis({ n, data: Float64Array.from(matrix) }).minimumEigenvalueGap;
  };
}

/** Golden-section minimisation of a unimodal f on [low, high] down to adjacent doubles. */
function goldenSectionMinimum(f: (x: number) => number, low: number, high: number): readonly [number, number, number] {
  let a = low;
  let b = high;
  let c = b - INVERSE_GOLDEN_RATIO * (b - a);
  let d = a + INVERSE_GOLDEN_RATIO * (b - a);
  let fc = f(c);
  let fd = f(d);
  for (let i = 0; i < MAX_GOLDEN_ITERATIONS; i++) {
    if (!(c > a && d > c && b > d)) break; // no representable interior points left
    if (fc <= fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - INVERSE_GOLDEN_RATIO * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + INVERSE_GOLDEN_RATIO * (b - a);
      fd = f(d);
    }
  }
  return fc <= fd ? [c, a, b] : [d, a, b];
}

/** Exceptional points in [kMin, kMax] at the given ω, sorted by k. */
export function findExceptionalPoints(search: ExceptionalPointSearch): ExceptionalPointEstimate[] {
  const { size: n, omega, kMin, kMax } = search;
  if (!(kMax > kMin)) throw new RangeError(`need kMin < kMax, got [${kMin}, ${kMax}]`);
  const samples = Math.max(3, search.samples ?? 201);
  const threshold = search.kappaThreshold ?? 1e4;
  const filler = asMatrixFiller(search.filler);
  const gap = gapEvaluator(n, filler, omega);
  const ks = Array.from({ length: samples }, (_, i) => kMin + ((kMax - kMin) * i) / (samples - 1));
  const gaps = ks.map(gap);
  const matrix = new Float64Array(n * n);
  const estimates: ExceptionalPointEstimate[] = [];
  for (let i = 1; i < samples - 1; i++) {
    if (!(gaps[i]! < gaps[i - 1]! && gaps[i]! <= gaps[i + 1]!)) continue;
    const [k, kLow, kHigh] = goldenSectionMinimum(gap, ks[i - 1]!, ks[i + 1]!);
    const exponent = gapExponent(gap, k, ks[i + 1]! - ks[i - 1]!);
    if (!(exponent < MAXIMUM_EP_GAP_EXPONENT)) continue;
    filler(matrix, omega, k);
    const condition = eigenbasisCondition({ n, data: Float64Array.from(matrix) });
    if (!(condition.kappa >= threshold)) continue;
    estimates.push({
      k,
      kLow,
      kHigh,
      minimumEigenvalueGap: gap(k),
      kappa: condition.kappa,
      kappaResolved: condition.resolved,
      gapExponent: exponent,
    });
  }
  return estimates;
}
