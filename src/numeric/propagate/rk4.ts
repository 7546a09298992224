/**
 * Classical fourth-order Runge–Kutta for dθ/dt = Mθ + c with a fixed step:
 * an independent reference for the exact propagators in tests.
 */
import { squareSizeOf, type RealSquareMatrix } from '../linalg/square-matrix.js';

function derivativeInto(out: Float64Array, m: Float64Array, n: number, c: Float64Array, theta: Float64Array): void {
  for (let i = 0; i < n; i++) {
    let s = c[i]!;
    for (let j = 0; j < n; j++) s += m[i * n + j]! * theta[j]!;
    out[i] = s;
  }
}

/** θ(t) from θ(0) = initial using `steps` equal RK4 steps. Inputs are not modified. */
export function integrateAffineRk4(
  matrix: RealSquareMatrix,
  constant: Float64Array,
  initial: Float64Array,
  t: number,
  steps: number,
): Float64Array {
  const n = squareSizeOf(matrix.data, matrix.n);
  if (!Number.isInteger(steps) || steps < 1) throw new RangeError(`steps must be a positive integer, got ${steps}`);
  const h = t / steps;
  const theta = Float64Array.from(initial);
  const k1 = new Float64Array(n);
  const k2 = new Float64Array(n);
  const k3 = new Float64Array(n);
  const k4 = new Float64Array(n);
  const stage = new Float64Array(n);
  for (let s = 0; s < steps; s++) {
    derivativeInto(k1, matrix.data, n, constant, theta);
    for (let i = 0; i < n; i++) stage[i] = theta[i]! + 0.5 * h * k1[i]!;
    derivativeInto(k2, matrix.data, n, constant, stage);
    for (let i = 0; i < n; i++) stage[i] = theta[i]! + 0.5 * h * k2[i]!;
    derivativeInto(k3, matrix.data, n, constant, stage);
    for (let i = 0; i < n; i++) stage[i] = theta[i]! + h * k3[i]!;
    derivativeInto(k4, matrix.data, n, constant, stage);
    for (let i = 0; i < n; i++) theta[i] = theta[i]! + (h / 6) * (k1[i]! + 2 * k2[i]! + 2 * k3[i]! + k4[i]!);
  }
  return theta;
}
