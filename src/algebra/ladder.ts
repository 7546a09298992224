/**
 * Ladder operators as derived objects. With r = √ω (a symbol carrying the relation r² = ω),
 * a = (r/√2)(x + i p/r²) and a† = (r/√2)(x − i p/r²); √2 is the symbol `sqrt2` (sqrt2² = 2).
 */
import type { Operator, OperatorAlgebra } from './operator.js';
import type { Scalar } from './scalar.js';
import { rational } from './rational.js';

export function annihilation(ops: OperatorAlgebra, mode: number, rootFrequency: Scalar): Operator {
  const s = ops.scalars;
  const prefactor = s.mul(rootFrequency, s.symbol('sqrt2'), s.fromRational(rational(1, 2)));
  const momentumFactor = s.mul(s.i, s.pow(rootFrequency, -2));
  return ops.scale(ops.add(ops.x(mode), ops.scale(ops.p(mode), momentumFactor)), prefactor);
}

export function creation(ops: OperatorAlgebra, mode: number, rootFrequency: Scalar): Operator {
  return ops.adjoint(annihilation(ops, mode, rootFrequency));
}
