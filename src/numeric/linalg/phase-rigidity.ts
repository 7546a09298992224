/**
 * Phase rigidities r_i = |⟨L_i|R_i⟩| / (‖L_i‖ ‖R_i‖) of a non-normal matrix,
 * with R_i = v_i the right and L_i = y_i the left eigenvector of μ_i
 * (M v_i = μ_i v_i, y_iᴴ M = μ_i y_iᴴ) and ⟨L|R⟩ = Σ_k conj(L_k) R_k.
 *
 * r_i = 1 for every i when M is normal, and r_i → 0 for the coalescing
 * eigenvectors at an exceptional point (self-orthogonality). r_i is the
 * reciprocal of the eigenvalue condition number (LAPACK's trsna `s`).
 *
 * Relation to the paper (eqs. 21–23): there the left eigenvectors are
 * normalised so that the biorthogonal product of left and right vectors
 * of the same eigenvalue, (v_i|v_i), is ≤ 1 in modulus, equal to 1 only for
 * Hermitian M, and ϕ_i = |(v_i|v_i)|. With both vectors scaled to unit
 * 2-norm that product is exactly ⟨L_i|R_i⟩ up to a phase, so ϕ_i = r_i.
 * For complex-symmetric matrices this is also Rotter's r = (φᵀφ)/(φᴴφ)
 * with the c-product normalisation φᵀφ = 1 (there y = conj(φ)).
 * The paper allows (v_i|v_i) < 0; the modulus removes that sign.
 */
import { eigenDecompose, type EigenDecomposition } from './eigen.js';
import type { RealSquareMatrix } from './square-matrix.js';

/** r_i from a decomposition that carries left eigenvectors; undefined without them. */
export function phaseRigiditiesOf(decomposition: EigenDecomposition): Float64Array | undefined {
  const { n, right, left } = decomposition;
  if (left === undefined) return undefined;
  const rigidities = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let productRe = 0;
    let productIm = 0;
    let leftNorm = 0;
    let rightNorm = 0;
    for (let k = 0; k < n; k++) {
      const lr = left.re[k * n + j]!;
      const li = left.im[k * n + j]!;
      const rr = right.re[k * n + j]!;
      const ri = right.im[k * n + j]!;
      productRe += lr * rr + li * ri;
      productIm += lr * ri - li * rr;
      leftNorm += lr * lr + li * li;
      rightNorm += rr * rr + ri * ri;
    }
    rigidities[j] = Math.hypot(productRe, productIm) / Math.sqrt(leftNorm * rightNorm);
  }
  return rigidities;
}

/** Phase rigidities of a real matrix in double precision (0 where V is exactly singular). */
export function phaseRigidities(matrix: RealSquareMatrix): Float64Array {
  const decomposition = eigenDecompose(matrix, { left: true });
  return phaseRigiditiesOf(decomposition) ?? new Float64Array(matrix.n);
}
