/**
 * A decay channel of one bath: a jump operator A_ω with [H, A_ω] = −ω A_ω, its Bohr frequency
 * ω = sign · f (f a positive frequency symbol) and its rate γ_ω written through Δ_f and Σ_f:
 *     γ_f = f (Σ_f − Δ_f),   γ_{−f} = f (Σ_f + Δ_f)      (inverting eqs. 35 and B.4).
 */
import type { Operator, Scalar, ScalarAlgebra } from '../algebra/index.js';
import { rateSymbol } from '../model/index.js';

export interface Channel {
  readonly bath: string;
  /** Symbol name of the positive frequency f. */
  readonly frequency: string;
  readonly sign: 1 | -1;
  readonly operator: Operator;
  readonly rate: Scalar;
}

export function channelRate(scalars: ScalarAlgebra, bath: string, frequency: string, sign: 1 | -1): Scalar {
  const f = scalars.symbol(frequency);
  const sigma = scalars.symbol(rateSymbol('Sigma', bath, frequency));
  const delta = scalars.symbol(rateSymbol('Delta', bath, frequency));
  return scalars.mul(f, sign === 1 ? scalars.sub(sigma, delta) : scalars.add(sigma, delta));
}
