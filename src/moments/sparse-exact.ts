/**
 * Sparse square matrices of exact scalars: the drift and diffusion of the covariance form, whose
 * nonzeros grow with the couplings and channel pairs, not with the square of the dimension.
 * Built by accumulating parts per entry and summing each entry once.
 */
import type { Scalar, ScalarAlgebra } from '../algebra/index.js';

export interface SparseExactMatrix {
  readonly n: number;
  /** rows[i] maps column j to the non-zero entry (i, j). */
  readonly rows: readonly ReadonlyMap<number, Scalar>[];
}

/** Accumulates scalar parts per entry; `build` sums each entry once, in normal form, and drops zeros. */
export class SparseExactBuilder {
  private readonly parts: Map<number, Scalar[]>[];
  constructor(readonly n: number) {
    this.parts = Array.from({ length: n }, () => new Map<number, Scalar[]>());
  }
  add(i: number, j: number, value: Scalar): void {
    if (value.terms.length === 0) return;
    const row = this.parts[i]!;
    const slot = row.get(j);
    if (slot) slot.push(value);
    else row.set(j, [value]);
  }
  addMatrix(m: SparseExactMatrix): void {
    m.rows.forEach((row, i) => row.forEach((v, j) => this.add(i, j, v)));
  }
  build(s: ScalarAlgebra): SparseExactMatrix {
    const rows = this.parts.map((row) => {
      const out = new Map<number, Scalar>();
      for (const j of [...row.keys()].sort((a, b) => a - b)) {
        // Finished entries are put in the unique normal form (as moment equations are, equations.ts), so that
        // a removable denominator such as 1/k of the general pair's mixing angle cancels before lowering.
        const v = s.normalForm(s.add(...row.get(j)!));
        if (!s.isZero(v)) out.set(j, v);
      }
      return out;
    });
    return Object.freeze({ n: this.n, rows: Object.freeze(rows) });
  }
}

export function sparseEntry(m: SparseExactMatrix, i: number, j: number, s: ScalarAlgebra): Scalar {
  return m.rows[i]!.get(j) ?? s.zero;
}

/** Number of stored non-zero entries. */
export function sparseNonZeros(m: SparseExactMatrix): number {
  return m.rows.reduce((acc, r) => acc + r.size, 0);
}

/** Dense rows (for small matrices: display and tests). */
export function sparseToRows(m: SparseExactMatrix, s: ScalarAlgebra): Scalar[][] {
  return m.rows.map((row) => Array.from({ length: m.n }, (_, j) => row.get(j) ?? s.zero));
}
