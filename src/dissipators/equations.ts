/**
 * The three master equations' dissipators, as channel sets per bath in a given frame:
 *   local    — eq. 12 with the local jump operators of eq. 32, L_{ω_α} = (x_α + i p_α/ω_α)/2;
 *   global   — eq. 9 with A_{Ω_j}^(α) = (P_αj/2)(η_j + i Π_j/Ω_j) (eqs. 42–43);
 *   redfield — eq. D.3: the global channels, all same-sign pairs, no Lamb shift.
 */
import { rational, type Operator, type Scalar } from '../algebra/index.js';
import { type Frame, ModelError } from '../model/index.js';
import { type Channel, channelRate } from './channel.js';
import type { BathDissipator } from './kernel.js';

export type EquationKind = 'local' | 'global' | 'redfield';
export const EQUATIONS: readonly EquationKind[] = ['local', 'global', 'redfield'];

/** A jump operator (q + i π/f)·c and its adjoint, as the channels ±f. */
function channelPair(frame: Frame, bath: string, frequency: string, q: Operator, pi: Operator, scale: Scalar): Channel[] {
  const { ops } = frame;
  const s = ops.scalars;
  const lowering = ops.scale(ops.add(q, ops.scale(pi, s.mul(s.i, s.symbol(frequency, -1)))), scale);
  return [
    { bath, frequency, sign: 1, operator: lowering, rate: channelRate(s, bath, frequency, 1) },
    { bath, frequency, sign: -1, operator: ops.adjoint(lowering), rate: channelRate(s, bath, frequency, -1) },
  ];
}

export function localDissipators(frame: Frame): BathDissipator[] {
  const s = frame.ops.scalars;
  const half = s.fromRational(rational(1, 2));
  return frame.model.baths.map((bath) => {
    const mode = frame.model.modes[bath.mode]!;
    return {
      bath: bath.label,
      pairs: 'diagonal',
      channels: channelPair(frame, bath.label, mode.frequency, frame.localPosition(bath.mode), frame.localMomentum(bath.mode), half),
    };
  });
}

function normalChannels(frame: Frame, bathLabel: string, bathMode: number): Channel[] {
  const normal = frame.model.normalModes;
  if (!normal) throw new ModelError(`the ${frame.model.name} model has no closed-form normal modes, so the global and Redfield equations are available for the two-resonator model only`);
  const s = frame.ops.scalars;
  const half = s.fromRational(rational(1, 2));
  return normal.frequencies.flatMap((f, j) =>
    channelPair(frame, bathLabel, f, frame.normalPosition(j), frame.normalMomentum(j), s.mul(half, normal.P[bathMode]![j]!)),
  );
}

export function globalDissipators(frame: Frame): BathDissipator[] {
  return frame.model.baths.map((b) => ({ bath: b.label, pairs: 'diagonal', channels: normalChannels(frame, b.label, b.mode) }));
}

export function redfieldDissipators(frame: Frame): BathDissipator[] {
  return frame.model.baths.map((b) => ({ bath: b.label, pairs: 'same-sign', channels: normalChannels(frame, b.label, b.mode) }));
}

export function dissipatorsOf(frame: Frame, equation: EquationKind): BathDissipator[] {
  switch (equation) {
    case 'local': return localDissipators(frame);
    case 'global': return globalDissipators(frame);
    case 'redfield': return redfieldDissipators(frame);
  }
}
