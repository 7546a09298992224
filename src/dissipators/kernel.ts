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

export function channelPairs(channels: readonly Channel[], rule: PairRule): [Channel, Channel][] {
  const out: [Channel, Channel][] = [];
  for (const a of channels) {
    for (const b of channels) {
      switch (rule) {
        case 'diagonal':
          if (a === b) out.push([a, b]);
          break;
        case 'same-sign':
          if (a.sign === b.sign) out.push([a, b]);
          break;
      }
    }
  }
  return out;
}

/** D_α†(O) for one bath. */
export function applyAdjoint(ops: OperatorAlgebra, dissipator: BathDissipator, observable: Operator): Operator {
  const s = ops.scalars;
  const half = s.fromRational(rational(1, 2));
  const parts: Operator[] = [];
  for (const [w, v] of channelPairs(dissipator.channels, dissipator.pairs)) {
    const A = w.operator;
    const B = v.operator;
    const Ad = ops.adjoint(A);
    const Bd = ops.adjoint(B);
    const bracket = ops.sub(
      ops.add(ops.mul(Bd, observable, A), ops.mul(Ad, observable, B)),
      ops.add(ops.mul(observable, Bd, A), ops.mul(Ad, B, observable)),
    );
    parts.push(ops.scale(bracket, s.mul(half, w.rate)));
  }
  return ops.add(...parts);
}
