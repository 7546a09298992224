/**
 * The characteristic polynomial det(λI − A) of a real matrix, in
 * double-double: Householder reduction to Hessenberg form H (backward
 * stable, so H is similar to A up to ~2⁻¹⁰⁴‖A‖), then the Hessenberg
 * determinant recurrence (expansion along the last column of the leading
 * j×j block):
 *   p_j(λ) = (λ − h_jj) p_{j−1}(λ) − Σ_{i<j} h_ij (Π_{m=i+1..j} h_{m,m−1}) p_{i−1}(λ),
 * with p_{−1} = 1.
 */
import {
  DD_ONE,
  DD_ZERO,
  ddAdd,
  ddDiv,
  ddFromNumber,
  ddMul,
  ddNegate,
  ddSign,
  ddSqrt,
  ddSub,
  type DoubleDouble,
} from './double-double.js';

/** Hessenberg form of `matrix` (n×n row-major doubles), in double-double, row-major. */
export function hessenbergFormDd(matrix: Float64Array, n: number): DoubleDouble[] {
  const a: DoubleDouble[] = Array.from(matrix.subarray(0, n * n), (x) => ddFromNumber(x));
  const at = (i: number, j: number): DoubleDouble => a[i * n + j]!;
  for (let m = 1; m < n - 1; m++) {
    let normSquared = DD_ZERO;
    for (let i = m; i < n; i++) normSquared = ddAdd(normSquared, ddMul(at(i, m - 1), at(i, m - 1)));
    let tailSquared = DD_ZERO;
    for (let i = m + 1; i < n; i++) tailSquared = ddAdd(tailSquared, ddMul(at(i, m - 1), at(i, m - 1)));
    if (tailSquared.hi === 0) continue;
    const norm = ddSqrt(normSquared);
    const head = at(m, m - 1);
    const alpha = ddSign(head) >= 0 ? ddNegate(norm) : norm;
    const v: DoubleDouble[] = new Array<DoubleDouble>(n).fill(DD_ZERO);
    v[m] = ddSub(head, alpha);
    for (let i = m + 1; i < n; i++) v[i] = at(i, m - 1);
    let vv = DD_ZERO;
    for (let i = m; i < n; i++) vv = ddAdd(vv, ddMul(v[i]!, v[i]!));
    const twoOverVv = ddDiv(ddFromNumber(2), vv);
    // A ← (I − 2vvᵀ/vᵀv) A
    for (let j = m - 1; j < n; j++) {
      let f = DD_ZERO;
      for (let i = m; i < n; i++) f = ddAdd(f, ddMul(v[i]!, at(i, j)));
      f = ddMul(f, twoOverVv);
      for (let i = m; i < n; i++) a[i * n + j] = ddSub(at(i, j), ddMul(f, v[i]!));
    }
    // A ← A (I − 2vvᵀ/vᵀv)
    for (let i = 0; i < n; i++) {
      let f = DD_ZERO;
      for (let j = m; j < n; j++) f = ddAdd(f, ddMul(at(i, j), v[j]!));
      f = ddMul(f, twoOverVv);
      for (let j = m; j < n; j++) a[i * n + j] = ddSub(at(i, j), ddMul(f, v[j]!));
    }
    a[m * n + m - 1] = alpha;
    for (let i = m + 1; i < n; i++) a[i * n + m - 1] = DD_ZERO;
  }
  return a;
}

/** c with p(λ) = Σ_k c[k] λᵏ, c[n] = 1 (monic). */
function times(polynomial: readonly DoubleDouble[], factor: DoubleDouble): DoubleDouble[] {
  return polynomial.map((c) => ddMul(c, factor));
}

/** Coefficients c[0..n] of det(λI − A), lowest degree first, in double-double. */
export function characteristicPolynomialDd(matrix: Float64Array, n: number): DoubleDouble[] {
  const h = hessenbergFormDd(matrix, n);
  const at = (i: number, j: number): DoubleDouble => h[i * n + j]!;
  // previous[i + 1] = p_i (so previous[0] = p_{−1} = 1)
  const previous: DoubleDouble[][] = [[DD_ONE]];
  for (let j = 0; j < n; j++) {
    const last = previous[j]!;
    // (λ − h_jj) p_{j−1}
    const next: DoubleDouble[] = new Array<DoubleDouble>(j + 2).fill(DD_ZERO);
    last.forEach((c, k) => {
      next[k + 1] = ddAdd(next[k + 1]!, c);
      next[k] = ddSub(next[k]!, ddMul(at(j, j), c));
    });
    let subdiagonalProduct = DD_ONE;
    for (let i = j - 1; i >= 0; i--) {
      subdiagonalProduct = ddMul(subdiagonalProduct, at(i + 1, i));
      const term = times(previous[i]!, ddMul(at(i, j), subdiagonalProduct));
      term.forEach((c, k) => {
        next[k] = ddSub(next[k]!, c);
      });
    }
    previous.push(next);
  }
  return previous[n]!;
}
