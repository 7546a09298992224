/**
 * Jump channels {(ω, A_ω)} of each bath, with their rates γ_ω (eq. 20).
 *
 * - local (eq. 32): bath α on mode m has the two channels ±ω_m with
 *   L_{ω_m} = (x_m + i p_m/ω_m)/2 and L_{−ω_m} = L_{ω_m}†. Valid for any number of modes and
 *   any couplings: the local Bohr frequency is the bare frequency of the bath's mode.
 * - global / Redfield / partial-secular (eqs. 42–43): bath α on mode m has the channels ±Ω_j
 *   with A_{Ω_j} = (P_mj/2)(η_j + iΠ_j/Ω_j) and A_{−Ω_j} = A_{Ω_j}†. The normal modes are the
 *   closed forms for the two-mode paper model and the oracle's own eigensolver
 *   (network-modes.ts) otherwise; with x–p couplings, the positive-frequency part of x_m from
 *   the spectral projectors of the Heisenberg equations (dynamical-modes.ts).
 */
import type { NumericBath, NumericModel } from '../physical.js';
import { type CMatrix, type Complex, adjoint, add, linearCombination, scale } from './complex-matrix.js';
import type { Frame } from './operators.js';
import { type NormalModes, normalModes, paperModelView } from './normal-modes.js';
import { networkModes } from './network-modes.js';
import { dynamicalModes } from './dynamical-modes.js';
import { decayRate } from './rates.js';

export interface Channel {
  /** Bohr frequency ω of the channel, [H, A_ω] = −ω A_ω. */
  readonly frequency: number;
  /** γ_ω of the bath at this frequency. */
  readonly rate: number;
  readonly op: CMatrix;
  /**
   * Channels of one sign with the same class have one Bohr frequency: the class of the normal
   * mode (degenerate normal modes of a network share one, within DEGENERATE; the paper's two
   * normal modes are always two classes, as eqs. 42–43 treat them even at k = 0).
   */
  readonly group: number;
}

export interface BathChannels {
  readonly bath: NumericBath;
  readonly channels: readonly Channel[];
}

/**
 * Which channel pairs (ω, ω') enter the dissipator kernel: same sign and |ω − ω′| ≤ cutoff,
 * where frequencies within DEGENERATE (relative) of each other count as equal.
 */
export interface PairRule {
  readonly cutoff: number;
}

/** Relative distance below which the oracle treats two Bohr frequencies as one. */
export const DEGENERATE = 1e-9;

export type Equation = 'local' | 'global' | 'redfield' | 'partial-secular';

export interface DissipatorSpec {
  readonly baths: readonly BathChannels[];
  readonly pairs: PairRule;
}

function checkBathMode(model: NumericModel, bath: NumericBath): number {
  const m = bath.mode;
  if (!Number.isInteger(m) || m < 0 || m >= model.frequencies.length) {
    throw new Error(`Bath '${bath.label}' is attached to mode ${m}, which does not exist`);
  }
  return m;
}

/** (q + i π/w)/2 and its adjoint, as the channels at +w and −w. */
function channelPair(q: CMatrix, pi: CMatrix, w: number, bath: NumericBath, cutoff: number, weight: number, group: number): Channel[] {
  const lower = scale(add(q, scale(pi, { re: 0, im: 1 / w })), weight / 2);
  const rates = { temperature: bath.temperature, lambda2: bath.lambda2, cutoff };
  return [
    { frequency: w, rate: decayRate(w, rates), op: lower, group },
    { frequency: -w, rate: decayRate(-w, rates), op: adjoint(lower), group },
  ];
}

export function localChannels(model: NumericModel, frame: Frame): BathChannels[] {
  return model.baths.map((bath) => {
    const m = checkBathMode(model, bath);
    const w = model.frequencies[m];
    if (w === undefined || !(w > 0)) throw new Error(`Mode ${m} needs a positive frequency`);
    const x = frame.x[m] as CMatrix;
    const p = frame.p[m] as CMatrix;
    return { bath, channels: channelPair(x, p, w, bath, model.cutoff, 1, 0) };
  });
}

/** η_j = Σ_α P_αj x_α and Π_j = Σ_α P_αj p_α (paper model, P orthogonal). */
export function normalQuadratures(frame: Frame, modes: NormalModes): { eta: CMatrix[]; Pi: CMatrix[] } {
  const column = (ops: readonly CMatrix[], j: number): CMatrix =>
    linearCombination(ops.map((op, a): readonly [number, CMatrix] => [modes.P[a as 0 | 1][j as 0 | 1], op]));
  return {
    eta: [column(frame.x, 0), column(frame.x, 1)],
    Pi: [column(frame.p, 0), column(frame.p, 1)],
  };
}

interface ModeView {
  readonly Omega: readonly number[];
  readonly group: readonly number[];
  /** x_α amplitude on η_j. */
  readonly amplitude: (alpha: number, j: number) => number;
  readonly eta: readonly CMatrix[];
  readonly Pi: readonly CMatrix[];
}

function modeView(model: NumericModel, frame: Frame): ModeView {
  if (paperModelView(model) !== undefined) {
    const modes = normalModes(model);
    const { eta, Pi } = normalQuadratures(frame, modes);
    return { Omega: modes.Omega, group: [0, 1], amplitude: (a, j) => modes.P[a as 0 | 1][j as 0 | 1], eta, Pi };
  }
  const { Omega, L, Linv } = networkModes(model);
  const n = Omega.length;
  // η_j = Σ_α Linv_jα x_α, Π_j = Σ_α L_αj p_α.
  const eta = Array.from({ length: n }, (_, j) => linearCombination(frame.x.map((op, a): readonly [number, CMatrix] => [Linv[j]![a]!, op])));
  const Pi = Array.from({ length: n }, (_, j) => linearCombination(frame.p.map((op, a): readonly [number, CMatrix] => [L[a]![j]!, op])));
  const group: number[] = [];
  Omega.forEach((w, j) => {
    const earlier = Omega.findIndex((v) => Math.abs(v - w) <= DEGENERATE * Math.max(v, w));
    group.push(earlier < j ? group[earlier]! : j);
  });
  return { Omega, group, amplitude: (a, j) => L[a]![j]!, eta, Pi };
}

/**
 * With x–p couplings: A_{Ω_g} = Σ_b (P_g)_{x_m, b} ξ_b, the part of x_m at the Bohr frequency Ω_g
 * from the spectral projectors of the Heisenberg equations (dynamical-modes.ts), one channel per
 * distinct Ω_g and sign.
 */
function projectorChannels(model: NumericModel, frame: Frame): BathChannels[] {
  const { Omega, projectors } = dynamicalModes(model);
  const quadratures = frame.x.flatMap((x, a) => [x, frame.p[a]!]);
  return model.baths.map((bath) => {
    const m = checkBathMode(model, bath);
    const rates = { temperature: bath.temperature, lambda2: bath.lambda2, cutoff: model.cutoff };
    const channels = Omega.flatMap((w, g): Channel[] => {
      const row = 2 * m;
      const P = projectors[g]!;
      const lower = linearCombination(quadratures.map((q, b): readonly [Complex, CMatrix] => [{ re: P.re[row]![b]!, im: P.im[row]![b]! }, q]));
      return [
        { frequency: w, rate: decayRate(w, rates), op: lower, group: g },
        { frequency: -w, rate: decayRate(-w, rates), op: adjoint(lower), group: g },
      ];
    });
    return { bath, channels };
  });
}

export function globalChannels(model: NumericModel, frame: Frame): BathChannels[] {
  if (model.couplings.some((c) => c.kind === 'xp')) return projectorChannels(model, frame);
  const modes = modeView(model, frame);
  return model.baths.map((bath) => {
    const m = checkBathMode(model, bath);
    const channels: Channel[] = [];
    modes.Omega.forEach((w, j) => {
      channels.push(...channelPair(modes.eta[j]!, modes.Pi[j]!, w, bath, model.cutoff, modes.amplitude(m, j), modes.group[j]!));
    });
    return { bath, channels };
  });
}

/** Channels and pair rule of each master equation (docs/conventions.md). */
export function dissipatorSpec(model: NumericModel, frame: Frame, equation: Equation, secularCutoff?: number): DissipatorSpec {
  switch (equation) {
    case 'local':
      return { baths: localChannels(model, frame), pairs: { cutoff: 0 } };
    case 'global':
      return { baths: globalChannels(model, frame), pairs: { cutoff: 0 } };
    case 'redfield':
      return { baths: globalChannels(model, frame), pairs: { cutoff: Infinity } };
    case 'partial-secular':
      if (secularCutoff === undefined || !(secularCutoff >= 0)) throw new Error('Oracle: partial-secular needs a non-negative secularCutoff');
      return { baths: globalChannels(model, frame), pairs: { cutoff: secularCutoff } };
    default: {
      const never: never = equation;
      throw new Error(`Unknown equation ${String(never)}`);
    }
  }
}
