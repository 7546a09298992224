/**
 * Polishing all roots of a polynomial simultaneously in complex
 * double-double by the Aberth–Ehrlich iteration
 *   z_i ← z_i − w_i,  w_i = N_i / (1 − N_i Σ_{j≠i} 1/(z_i − z_j)),  N_i = p(z_i)/p'(z_i),
 * started from double-precision estimates. Unlike Newton, Aberth separates
 * the members of a tight cluster (the two eigenvalues about to coalesce
 * near an exceptional point) even when the starting values do not resolve
 * them; convergence is cubic for simple roots.
 */
import { DD_ZERO, DOUBLE_DOUBLE_EPS, ddFromNumber, ddToNumber, type DoubleDouble } from './double-double.js';
import {
  CDD_ZERO,
  cddAdd,
  cddDiv,
  cddFromNumbers,
  cddMul,
  cddRoughModulus,
  cddSub,
  type ComplexDoubleDouble,
} from './complex-double-double.js';

const MAX_ITERATIONS = 200;
/** Stop once every correction is below this multiple of the root scale. */
const RELATIVE_STEP_TOLERANCE = 1e-30;

export interface PolishedRoots {
  readonly roots: readonly ComplexDoubleDouble[];
  readonly converged: boolean;
  readonly iterations: number;
}

/** p(z) and p'(z) by Horner's rule; coefficients lowest degree first. */
function valueAndDerivative(
  coefficients: readonly DoubleDouble[],
  z: ComplexDoubleDouble,
): readonly [ComplexDoubleDouble, ComplexDoubleDouble] {
  let value: ComplexDoubleDouble = { re: coefficients[coefficients.length - 1]!, im: DD_ZERO };
  let derivative: ComplexDoubleDouble = CDD_ZERO;
  for (let k = coefficients.length - 2; k >= 0; k--) {
    derivative = cddAdd(cddMul(derivative, z), value);
    value = cddAdd(cddMul(value, z), { re: coefficients[k]!, im: DD_ZERO });
  }
  return [value, derivative];
}

/** A bound on the rounding error of evaluating p at z by Horner's rule in double-double. */
function hornerNoiseBound(coefficients: readonly DoubleDouble[], z: ComplexDoubleDouble): number {
  const modulus = cddRoughModulus(z);
  let bound = 0;
  for (let k = coefficients.length - 1; k >= 0; k--) bound = bound * modulus + Math.abs(ddToNumber(coefficients[k]!));
  return 4 * coefficients.length * DOUBLE_DOUBLE_EPS * bound;
}

/** Pushes apart starting values that coincide exactly (Aberth needs distinct ones). */
function distinctStartingValues(initial: readonly (readonly [number, number])[], scale: number): ComplexDoubleDouble[] {
  const starts = initial.map(([re, im]) => [re, im] as [number, number]);
  for (let i = 0; i < starts.length; i++) {
    for (let j = 0; j < i; j++) {
      if (starts[i]![0] === starts[j]![0] && starts[i]![1] === starts[j]![1]) {
        const nudge = 1e-9 * scale * (i + 1);
        starts[i]![0] += nudge;
        starts[i]![1] += 0.7 * nudge;
      }
    }
  }
  return starts.map(([re, im]) => cddFromNumbers(re, im));
}

/**
 * @param coefficients monic or not, lowest degree first, degree = initial.length.
 * @param initial starting approximations [re, im] in double.
 */
export function polishRootsDd(
  coefficients: readonly DoubleDouble[],
  initial: readonly (readonly [number, number])[],
): PolishedRoots {
  const degree = coefficients.length - 1;
  if (initial.length !== degree) throw new RangeError(`need ${degree} starting values, got ${initial.length}`);
  const scale = Math.max(1e-300, ...initial.map(([re, im]) => Math.abs(re) + Math.abs(im)));
  const roots = distinctStartingValues(initial, scale);
  const one = cddFromNumbers(1);
  for (let iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
    let largestStep = 0;
    let allAtNoiseFloor = true;
    for (let i = 0; i < degree; i++) {
      const zi = roots[i]!;
      const [value, derivative] = valueAndDerivative(coefficients, zi);
      // Below the rounding noise of Horner's rule further steps only chase noise.
      if (cddRoughModulus(value) <= hornerNoiseBound(coefficients, zi)) continue;
      allAtNoiseFloor = false;
      const newton = cddDiv(value, derivative);
      let repulsion: ComplexDoubleDouble = CDD_ZERO;
      for (let j = 0; j < degree; j++) {
        if (j !== i) repulsion = cddAdd(repulsion, cddDiv(one, cddSub(zi, roots[j]!)));
      }
      const step = cddDiv(newton, cddSub(one, cddMul(newton, repulsion)));
      const size = cddRoughModulus(step);
      if (!Number.isFinite(size)) return { roots, converged: false, iterations: iteration };
      roots[i] = cddSub(zi, step);
      largestStep = Math.max(largestStep, size);
    }
    if (allAtNoiseFloor || largestStep <= RELATIVE_STEP_TOLERANCE * scale) {
      return { roots, converged: true, iterations: iteration };
    }
  }
  return { roots, converged: false, iterations: MAX_ITERATIONS };
}

/** Convenience: polynomial coefficients given as doubles. */
export function coefficientsDd(coefficients: readonly number[]): DoubleDouble[] {
  return coefficients.map((c) => ddFromNumber(c));
}
