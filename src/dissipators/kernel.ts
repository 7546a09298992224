/**
 * The one dissipator kernel (docs/conventions.md). For channel pairs (ω, ω') of one bath,
 *     D†(O) = ½ Σ γ_ω (A_ω'† O A_ω + A_ω† O A_ω' − O A_ω'† A_ω − A_ω† A_ω' O).
 * With diagonal pairs this is the GKSL form of eqs. 9 and 12; with same-sign pairs it is the
 * partial Redfield dissipator of eq. D.3.
 */
import { rational, type Operator, type OperatorAlgebra } from '../algebra/index.js';
import type { Channel } from './channel.js';

export type PairRule = 'diagonal' | 'same-sign';

export interface BathDissipator {
  readonly bath: string;
  readonly channels: readonly Channel[];
  readonly pairs: PairRule;
}

/**
 * Channel groups whose pairs are all combinations inside the group: singletons for the diagonal
 * rule, one group per frequency sign for the same-sign rule.
 */
export function channelGroups(channels: readonly Channel[], rule: PairRule): Channel[][] {
  switch (rule) {
    case 'diagonal':
      return channels.map((c) => [c]);
    case 'same-sign':
      return [channels.filter((c) => c.sign === 1), channels.filter((c) => c.sign === -1)].filter((g) => g.length > 0);
  }
}

/**
 * The ordered channel pairs (ω, ω′) that the kernel sums over for one bath. This is the one
 * place that says which pairs a master equation keeps; consumers that work pair by pair (the
 * covariance form) iterate over it rather than re-deriving the rule.
 */
export function keptPairs(dissipator: BathDissipator): Array<readonly [Channel, Channel]> {
  const out: Array<readonly [Channel, Channel]> = [];
  for (const group of channelGroups(dissipator.channels, dissipator.pairs)) {
    for (const w of group) for (const w2 of group) out.push([w, w2] as const);
  }
  return out;
}

/**
 * D_α†(O) for one bath. Summing the kernel over all pairs (ω, ω') of a group factorises: with
 * S = Σ_ω' A_ω' and T = Σ_ω γ_ω A_ω (γ real),
 *     ½ Σ γ_ω (A_ω'† O A_ω + A_ω† O A_ω' − O A_ω'† A_ω − A_ω† A_ω' O) = ½ (S† O T + T† O S − O S† T − T† S O),
 * which is the same sum in four products per group instead of four per pair.
 */
export function applyAdjoint(ops: OperatorAlgebra, dissipator: BathDissipator, observable: Operator): Operator {
  const s = ops.scalars;
  const half = s.fromRational(rational(1, 2));
  const parts: Operator[] = [];
  for (const group of channelGroups(dissipator.channels, dissipator.pairs)) {
    const S = ops.add(...group.map((c) => c.operator));
    const T = ops.add(...group.map((c) => ops.scale(c.operator, c.rate)));
    const Sd = ops.adjoint(S);
    const Td = ops.adjoint(T);
    const bracket = ops.sub(
      ops.add(ops.mul(Sd, observable, T), ops.mul(Td, observable, S)),
      ops.add(ops.mul(observable, Sd, T), ops.mul(Td, S, observable)),
    );
    parts.push(ops.scale(bracket, half));
  }
  return ops.add(...parts);
}
