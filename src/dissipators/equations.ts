/**
 * The master equations' dissipators, as channel sets per bath in a given frame:
 *   local           — eq. 12 with the local jump operators of eq. 32, L_{ω_α} = (x_α + i p_α/ω_α)/2;
 *   global          — eq. 9 with A_{Ω_j}^(α) = (P_αj/2)(η_j + i Π_j/Ω_j) (eqs. 42–43), or with
 *                     x–p mixing (x_α ∋ P_αj η_j + PPi_αj Π_j) ½(P_αj − iΩ_j PPi_αj)(η_j + i Π_j/Ω_j);
 *                     exactly equal Bohr frequencies (one symbol) grouped;
 *   redfield        — eq. D.3: the global channels, all same-sign pairs, no Lamb shift;
 *   partial-secular — the global channels, same-sign pairs with |ω − ω′| ≤ cutoff.
 */
import { rational, type Operator, type Scalar } from '../algebra/index.js';
import { type Frame, ModelError } from '../model/index.js';
import { type Channel, channelRate } from './channel.js';
import type { BathDissipator, PairRule } from './kernel.js';
import { type EquationKind, type MasterEquation, asMasterEquation, EQUATION_REGISTRY } from './registry.js';

export * from './registry.js';

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

function localChannels(frame: Frame, bathLabel: string, bathMode: number): Channel[] {
  const s = frame.ops.scalars;
  const mode = frame.model.modes[bathMode]!;
  return channelPair(frame, bathLabel, mode.frequency, frame.localPosition(bathMode), frame.localMomentum(bathMode), s.fromRational(rational(1, 2)));
}

function normalChannels(frame: Frame, bathLabel: string, bathMode: number): Channel[] {
  const normal = frame.model.normalModes;
  if (!normal) {
    throw new ModelError(`the ${frame.model.name} model has no normal modes, so only the local equation is available (give the model as a --model-file to diagonalise it)`);
  }
  const s = frame.ops.scalars;
  const half = s.fromRational(rational(1, 2));
  // The part of x_α oscillating at e^{−iΩ_j t}: x_α ∋ u η_j + w Π_j with η_j = (b_j + b_j†)/√(2Ω_j),
  // Π_j = −i √(Ω_j/2)(b_j − b_j†), so A_{Ω_j} = ½ (u − i Ω_j w)(η_j + i Π_j/Ω_j) (w = 0: eqs. 42–43).
  return normal.frequencies.flatMap((f, j) => {
    const onEta = normal.P[bathMode]![j]!;
    const onPi = normal.PPi ? normal.PPi[bathMode]![j]! : s.zero;
    const amplitude = s.sub(onEta, s.mul(s.i, s.symbol(f), onPi));
    if (s.isZero(amplitude)) return [];
    return channelPair(frame, bathLabel, f, frame.normalPosition(j), frame.normalMomentum(j), s.mul(half, amplitude));
  });
}

/** The pair rule of an equation: same sign and |ω − ω′| ≤ its secular cutoff. */
export function pairRuleOf(equation: MasterEquation): PairRule {
  return Object.freeze({ cutoff: equation.secularCutoff, bohrValues: equation.bohrValues });
}

export function dissipatorsOf(frame: Frame, equation: EquationKind | MasterEquation): BathDissipator[] {
  const eq = asMasterEquation(equation);
  const pairs = pairRuleOf(eq);
  const channels = EQUATION_REGISTRY[eq.kind].channels === 'local' ? localChannels : normalChannels;
  return frame.model.baths.map((b) => ({ bath: b.label, pairs, channels: channels(frame, b.label, b.mode) }));
}

export function localDissipators(frame: Frame): BathDissipator[] {
  return dissipatorsOf(frame, 'local');
}

export function globalDissipators(frame: Frame): BathDissipator[] {
  return dissipatorsOf(frame, 'global');
}

export function redfieldDissipators(frame: Frame): BathDissipator[] {
  return dissipatorsOf(frame, 'redfield');
}
