/**
 * κ(V) and phase rigidities for matrices at or very near an exceptional
 * point, where double precision cannot resolve them.
 *
 * Near an EP of order two with eigenvalue gap g, the eigenvalues carry
 * errors ≈ u·‖M‖·κ for unit roundoff u, while the information that makes
 * the two eigenvectors differ lives at the scale of g ≈ scale/κ. In double
 * (u ≈ 1.1e−16) κ is lost once κ ≳ 1e6 for the paper's matrices; here every
 * step is carried out in double-double (u ≈ 4.9e−32), on the exact double
 * entries of M:
 *   1. characteristic polynomial via double-double Hessenberg reduction;
 *   2. its roots polished by Aberth–Ehrlich from the double eigenvalues;
 *   3. each eigenvector as the null vector of M − μ_j I (complete pivoting),
 *      normalised to unit 2-norm;
 *   4. V⁻¹ by Gauss–Jordan, all in double-double;
 *   5. κ = ‖V‖₂‖V⁻¹‖₂ from the largest singular values of V and V⁻¹ rounded
 *      to double (the largest singular value is perfectly conditioned, so
 *      the rounding costs nothing).
 * Phase rigidities follow from the rows of V⁻¹: r_i = 1/‖e_iᵀV⁻¹‖ (see
 * eqs. 21–23). The eigenvalues must be simple: exactly repeated
 * eigenvalues (semisimple or defective) give `resolved: false`.
 */
import { characteristicPolynomialDd } from './characteristic-polynomial-dd.js';
import { polishRootsDd } from './polynomial-roots-dd.js';
import { invertComplexDd, nullVectorOfShiftedDd } from './complex-dense-dd.js';
import { cddSub, cddRoughModulus, type ComplexDoubleDouble } from './complex-double-double.js';
import { DOUBLE_DOUBLE_EPS, ddToNumber } from './double-double.js';
import { eigenDecompose } from './eigen.js';
import { createEigenvectorConditionWorkspace, singularValuesInto } from './eigenvector-condition.js';
import { squareSizeOf, type RealSquareMatrix } from './square-matrix.js';

/** Largest tolerated ratio of the double-double eigenvalue error estimate to the smallest gap. */
const GAP_RESOLUTION_TOLERANCE = 1e-3;

export interface ExtendedPrecisionEigenbasis {
  /** Eigenvalues rounded to double. */
  readonly valuesRe: Float64Array;
  readonly valuesIm: Float64Array;
  /** κ(V) with unit 2-norm columns. */
  readonly kappa: number;
  /** Phase rigidities r_i (same order as the eigenvalues). */
  readonly phaseRigidities: Float64Array;
  /** min_{i≠j} |μ_i − μ_j| from the double-double eigenvalues. */
  readonly minimumEigenvalueGap: number;
  /** False when the roots did not converge, V is singular, or double-double does not resolve κ either. */
  readonly resolved: boolean;
}

function roundedRealImaginary(values: readonly ComplexDoubleDouble[], n: number): { re: Float64Array; im: Float64Array } {
  const re = new Float64Array(n * n);
  const im = new Float64Array(n * n);
  values.forEach((v, k) => {
    re[k] = ddToNumber(v.re);
    im[k] = ddToNumber(v.im);
  });
  return { re, im };
}

export function extendedPrecisionEigenbasis(matrix: RealSquareMatrix): ExtendedPrecisionEigenbasis {
  const n = squareSizeOf(matrix.data, matrix.n);
  const start = eigenDecompose(matrix);
  const initial = Array.from({ length: n }, (_, i) => [start.valuesRe[i]!, start.valuesIm[i]!] as const);
  const polynomial = characteristicPolynomialDd(matrix.data, n);
  const polished = polishRootsDd(polynomial, initial);
  const roots = polished.roots;

  let gap = Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = cddSub(roots[i]!, roots[j]!);
      gap = Math.min(gap, Math.hypot(ddToNumber(d.re), ddToNumber(d.im)));
    }
  }

  const vectors: ComplexDoubleDouble[] = new Array<ComplexDoubleDouble>(n * n);
  roots.forEach((mu, j) => {
    nullVectorOfShiftedDd(matrix.data, n, mu).forEach((x, i) => {
      vectors[i * n + j] = x;
    });
  });
  const inverse = invertComplexDd(vectors, n);

  const valuesRe = Float64Array.from(roots, (r) => ddToNumber(r.re));
  const valuesIm = Float64Array.from(roots, (r) => ddToNumber(r.im));
  const phaseRigidities = new Float64Array(n);
  if (inverse === undefined || inverse.some((x) => !Number.isFinite(cddRoughModulus(x)))) {
    return { valuesRe, valuesIm, kappa: Number.POSITIVE_INFINITY, phaseRigidities, minimumEigenvalueGap: gap, resolved: false };
  }

  const workspace = createEigenvectorConditionWorkspace(n);
  const v = roundedRealImaginary(vectors, n);
  singularValuesInto(workspace, v.re, v.im);
  const normOfV = workspace.sigmaMax;
  const w = roundedRealImaginary(inverse, n);
  singularValuesInto(workspace, w.re, w.im);
  const normOfInverse = workspace.sigmaMax;
  const kappa = normOfV * normOfInverse;

  for (let i = 0; i < n; i++) {
    let rowNormSquared = 0;
    for (let j = 0; j < n; j++) rowNormSquared += w.re[i * n + j]! ** 2 + w.im[i * n + j]! ** 2;
    phaseRigidities[i] = 1 / Math.sqrt(rowNormSquared);
  }

  let frobenius = 0;
  for (const x of matrix.data) frobenius += x * x;
  const errorEstimate = DOUBLE_DOUBLE_EPS * Math.sqrt(frobenius) * kappa;
  const resolved = polished.converged && Number.isFinite(kappa) && errorEstimate <= GAP_RESOLUTION_TOLERANCE * gap;
  return { valuesRe, valuesIm, kappa, phaseRigidities, minimumEigenvalueGap: gap, resolved };
}
