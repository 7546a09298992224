/**
 * Closure: write an operator as Σ_j m_j θ_j + c over a basis, exactly. Each basis element has
 * a distinct leading word with coefficient 1; any other word left over means the set of
 * observables is not closed, and that throws.
 */
import { type Operator, type OperatorAlgebra, type Scalar, wordKey } from '../algebra/index.js';
import type { BasisElement } from './basis.js';

export interface LinearForm {
  readonly coefficients: readonly Scalar[];
  readonly constant: Scalar;
}

export class ClosureError extends Error {}

/** Leading word → position in the basis; build once per basis and pass to `decompose`. */
export type BasisIndex = ReadonlyMap<string, number>;

export function basisIndex(basis: readonly BasisElement[]): BasisIndex {
  const index = new Map<string, number>();
  basis.forEach((b, j) => index.set(wordKey(b.leadingWord), j));
  return index;
}

export function decompose(ops: OperatorAlgebra, basis: readonly BasisElement[], value: Operator, index: BasisIndex = basisIndex(basis)): LinearForm {
  const s = ops.scalars;
  const coefficients: Scalar[] = basis.map(() => s.zero);
  let rest = value;
  for (const term of value.terms) {
    if (term.word.length === 0) continue;
    const j = index.get(wordKey(term.word));
    if (j === undefined) throw new ClosureError(`not closed: a term in word [${term.word.join(',')}] has no basis element`);
    coefficients[j] = term.coefficient;
    rest = ops.sub(rest, ops.scale(basis[j]!.operator, term.coefficient));
  }
  for (const term of rest.terms) {
    if (term.word.length > 0 && !s.isZero(term.coefficient)) {
      throw new ClosureError(`not closed: word [${term.word.join(',')}] remains after projection`);
    }
  }
  return { coefficients, constant: ops.coefficientOf(rest, []) };
}
