/**
 * Entry-by-entry comparison of printed and derived exact values. Equality is decided by the
 * scalar algebra (canonical form with relations), never by comparing strings.
 */
import type { Scalar, ScalarAlgebra } from '../algebra/index.js';

export interface EntryDifference {
  /** 1-based [row, col] for matrices, [index] for vectors, or a term name. */
  readonly entry: readonly [number, number] | readonly [number] | string;
  readonly printed: Scalar;
  readonly derived: Scalar;
}

export function compareMatrices(s: ScalarAlgebra, printed: readonly (readonly Scalar[])[], derived: readonly (readonly Scalar[])[]): EntryDifference[] {
  if (printed.length !== derived.length || printed.some((r, i) => r.length !== derived[i]!.length)) {
    throw new Error(`shape mismatch: printed ${printed.length}×${printed[0]?.length} vs derived ${derived.length}×${derived[0]?.length}`);
  }
  const out: EntryDifference[] = [];
  printed.forEach((row, i) =>
    row.forEach((p, j) => {
      const d = derived[i]![j]!;
      if (!s.equals(p, d)) out.push({ entry: [i + 1, j + 1], printed: p, derived: d });
    }),
  );
  return out;
}

export function compareVectors(s: ScalarAlgebra, printed: readonly Scalar[], derived: readonly Scalar[]): EntryDifference[] {
  if (printed.length !== derived.length) throw new Error(`length mismatch: printed ${printed.length} vs derived ${derived.length}`);
  const out: EntryDifference[] = [];
  printed.forEach((p, i) => {
    if (!s.equals(p, derived[i]!)) out.push({ entry: [i + 1], printed: p, derived: derived[i]! });
  });
  return out;
}
