/** The fixed point θ∞ = −M⁻¹c of dθ/dt = Mθ + c. */
import { solveReal } from '../linalg/real-lu.js';
import { squareSizeOf, type RealSquareMatrix } from '../linalg/square-matrix.js';

/** θ∞ solving M θ∞ + c = 0; throws when M is singular. */
export function steadyState(matrix: RealSquareMatrix, constant: Float64Array): Float64Array {
  const n = squareSizeOf(matrix.data, matrix.n);
  if (constant.length !== n) throw new RangeError(`constant term needs ${n} entries, got ${constant.length}`);
  const solution = solveReal(matrix.data, n, constant);
  return solution.map((x) => -x);
}
