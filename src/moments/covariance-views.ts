/**
 * Views of the covariance form: the vectorised second-moment equations dθ/dt = M θ + c over a
 * moment basis (the same object as the symbolic B × B matrix of `deriveMoments`), and the heat
 * current of each bath as a linear form in σ (eq. 50).
 *
 *     dσ_ij/dt = Σ_k A_ik σ_kj + Σ_k A_jk σ_ik + D_ij,     Q_α = Σ_ik (H A_α)_ik σ_ki + ½ tr(H D_α).
 */
import { rational, wordKey, type Scalar, type ScalarAlgebra } from '../algebra/index.js';
import type { BasisElement } from './basis.js';
import type { CovarianceForm } from './covariance.js';
import { type SparseExactMatrix, SparseExactBuilder } from './sparse-exact.js';
import type { LinearForm } from './closure.js';

/** Index of the basis element whose leading word is the (unordered) letter pair {i, j}. */
function pairIndex(basis: readonly BasisElement[]): (i: number, j: number) => number {
  const index = new Map<string, number>();
  basis.forEach((b, k) => {
    if (b.leadingWord.length !== 2) throw new RangeError('the vectorised view needs a second-moment basis');
    index.set(wordKey(b.leadingWord), k);
  });
  return (i, j) => {
    const k = index.get(wordKey(i <= j ? [i, j] : [j, i]));
    if (k === undefined) throw new RangeError(`the basis has no element for letters ${i}, ${j}`);
    return k;
  };
}

export interface VectorisedMoments {
  /** M as a sparse B × B matrix in the order of the basis. */
  readonly matrix: SparseExactMatrix;
  readonly constant: readonly Scalar[];
}

export function vectorisedSecondMoments(form: CovarianceForm, basis: readonly BasisElement[]): VectorisedMoments {
  const s = form.model.scalars;
  const at = pairIndex(basis);
  const b = new SparseExactBuilder(basis.length);
  const constant = basis.map((e) => {
    const [i, j] = e.leadingWord as [number, number];
    return form.diffusion.rows[i]!.get(j) ?? s.zero;
  });
  basis.forEach((e, row) => {
    const [i, j] = e.leadingWord as [number, number];
    form.drift.rows[i]!.forEach((a, k) => b.add(row, at(k, j), a));
    form.drift.rows[j]!.forEach((a, k) => b.add(row, at(i, k), a));
  });
  return { matrix: b.build(s), constant };
}

/** Sparse product X Y. */
export function sparseProduct(s: ScalarAlgebra, x: SparseExactMatrix, y: SparseExactMatrix): SparseExactMatrix {
  const b = new SparseExactBuilder(x.n);
  x.rows.forEach((row, i) => row.forEach((v, k) => y.rows[k]!.forEach((w, j) => b.add(i, j, s.mul(v, w)))));
  return b.build(s);
}

/** Q_α as a linear form over the basis: coefficients of σ and the constant ½ tr(H D_α). */
export function heatForm(form: CovarianceForm, bath: string, basis: readonly BasisElement[]): LinearForm {
  const s = form.model.scalars;
  const terms = form.baths.find((b) => b.bath === bath);
  if (!terms) throw new RangeError(`no bath ${bath}`);
  const at = pairIndex(basis);
  const parts: Scalar[][] = basis.map(() => []);
  sparseProduct(s, form.hamiltonian, terms.drift).rows.forEach((row, i) => row.forEach((v, k) => parts[at(k, i)]!.push(v)));
  const traceParts: Scalar[] = [];
  form.hamiltonian.rows.forEach((row, i) => row.forEach((h, j) => {
    const d = terms.diffusion.rows[j]!.get(i);
    if (d) traceParts.push(s.mul(h, d));
  }));
  return {
    coefficients: parts.map((p) => (p.length === 0 ? s.zero : s.add(...p))),
    constant: s.mul(s.fromRational(rational(1, 2)), traceParts.length === 0 ? s.zero : s.add(...traceParts)),
  };
}
