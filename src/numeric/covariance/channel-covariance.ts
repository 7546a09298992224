/**
 * The covariance form of an N-mode network under an equation whose channels are the normal modes
 * (global, Redfield, partial-secular), assembled at numbers from the lowered channels, in the
 * normal-mode quadratures r̃ = (η_1, Π_1, …).
 *
 * The exact derivation (moments/covariance.ts, what `derive` prints) writes, for every bath α,
 *     C_α = Σ_(ω,ω′ kept) γ_ω a_ω′ ā_ωᵀ,   A_α = −J Im C_α,   D_α = ½ J (Re C_α + Re C_αᵀ) Jᵀ,
 * whose entries are exact products built and lowered one by one: for Redfield 2 × N² channel
 * pairs per bath. The sum over pairs factorises. With S_ω = Σ_{ω′ kept with ω} a_ω′ and
 * t_ω = γ_ω a_ω (γ_ω real, the rate of the first channel of the pair, eq. D.3 as
 * docs/conventions.md writes it),
 *     C_α = Σ_ω S_ω t̄_ωᵀ,
 * and in a clique of the kept-pair graph (every group of global, the two same-sign halves of
 * Redfield) S_ω is one S for the whole group, so the group adds one outer product
 *     S t̄ᵀ,   S = Σ_ω a_ω,   t = Σ_ω γ_ω a_ω.
 * Groups that are not cliques (a partial-secular cutoff between the gaps) add one outer product
 * per channel. The vectors a_ω and rates γ_ω are lowered (each exact coefficient evaluated once,
 * O(N) per bath) and C_α is summed in floating point, O(N²) per bath. In these quadratures the
 * global drift is block diagonal, and the Lyapunov equation decouples (linalg/lyapunov.ts).
 */
import { type Operator, type Scalar } from '../../algebra/index.js';
import { type Model, type Frame, frameOf } from '../../model/index.js';
import { type MasterEquation, type BathDissipator, dissipatorsOf, channelGroups, keepsPair } from '../../dissipators/index.js';
import { quadraticForm, linearCoefficients } from '../../moments/index.js';
import { evaluateScalar, evaluateComplexScalar, type SymbolValues } from '../evaluate.js';
import { InputError } from '../input-error.js';
import { type LoweredCovariance, type NumericSparse, lowerSparse } from './lowered-covariance.js';

/** A lowered channel: its coefficient vector a (dense, re and im) and its rate γ. */
interface LoweredChannel {
  /** The non-zero indices of a and their values. */
  readonly index: readonly number[];
  readonly re: readonly number[];
  readonly im: readonly number[];
  readonly rate: number;
}

/** J_{r, r^1}: +1 on even (position) rows, −1 on odd (momentum) rows. */
const sign = (r: number): 1 | -1 => ((r & 1) === 0 ? 1 : -1);

function finite(x: number, what: string): number {
  if (!Number.isFinite(x)) throw new InputError('parameters', `${what} = ${x} is not finite: the parameters are outside what double precision represents`);
  return x;
}

function lowerChannel(op: Operator, rate: Scalar, values: SymbolValues, bath: string): LoweredChannel {
  const index: number[] = [];
  const re: number[] = [];
  const im: number[] = [];
  for (const [i, c] of linearCoefficients(op, `the jump operator of bath ${bath}`)) {
    index.push(i);
    // Symbols are real: the parts of c are those of its coefficients at the values.
    const z = evaluateComplexScalar(c, values);
    re.push(finite(z.re, `a jump-operator coefficient of bath ${bath}`));
    im.push(finite(z.im, `a jump-operator coefficient of bath ${bath}`));
  }
  return { index, re, im, rate: finite(evaluateScalar(rate, values), `a rate of bath ${bath}`) };
}

/** Σ_k w_k a_k of lowered channel vectors (complex vectors, real weights), dense. */
function combination(channels: readonly LoweredChannel[], rated: boolean, n: number): { re: Float64Array; im: Float64Array } {
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  for (const c of channels) {
    const w = rated ? c.rate : 1;
    for (let e = 0; e < c.index.length; e++) {
      const i = c.index[e]!;
      re[i] = re[i]! + w * c.re[e]!;
      im[i] = im[i]! + w * c.im[e]!;
    }
  }
  return { re, im };
}

/**
 * Accumulates one bath's A_α and D_α (dense, row-major) from outer products S t̄ᵀ:
 * Re(S t̄ᵀ)_ij = Sr_i tr_j + Si_i ti_j, Im(S t̄ᵀ)_ij = Si_i tr_j − Sr_i ti_j;
 * (A_α)_{i^1, j} += sign(i) Im C_ij, and ½ Re C_ij lands in D_{i^1, j^1} and D_{j^1, i^1} with
 * sign(i^1) sign(j^1).
 */
class BathAccumulator {
  readonly drift: Float64Array;
  readonly diffusion: Float64Array;
  constructor(readonly n: number) {
    this.drift = new Float64Array(n * n);
    this.diffusion = new Float64Array(n * n);
  }
  addOuter(S: { re: Float64Array; im: Float64Array }, t: { re: Float64Array; im: Float64Array }): void {
    const { n, drift, diffusion } = this;
    const tColumns: number[] = [];
    for (let j = 0; j < n; j++) if (t.re[j] !== 0 || t.im[j] !== 0) tColumns.push(j);
    for (let i = 0; i < n; i++) {
      const sr = S.re[i]!;
      const si = S.im[i]!;
      if (sr === 0 && si === 0) continue;
      const ai = (i ^ 1) * n;
      const si1 = sign(i ^ 1);
      const sa = sign(i);
      for (const j of tColumns) {
        const tr = t.re[j]!;
        const ti = t.im[j]!;
        drift[ai + j] = drift[ai + j]! + sa * (si * tr - sr * ti);
        const half = 0.5 * si1 * sign(j ^ 1) * (sr * tr + si * ti);
        diffusion[ai + (j ^ 1)] = diffusion[ai + (j ^ 1)]! + half;
        diffusion[(j ^ 1) * n + (i ^ 1)] = diffusion[(j ^ 1) * n + (i ^ 1)]! + half;
      }
    }
  }
}

/** The outer products (S, t) of one bath: one per clique, one per channel of a non-clique group. */
function outerFactors(dissipator: BathDissipator, lowered: Map<unknown, LoweredChannel>, n: number): Array<{ S: { re: Float64Array; im: Float64Array }; t: { re: Float64Array; im: Float64Array } }> {
  const out: Array<{ S: { re: Float64Array; im: Float64Array }; t: { re: Float64Array; im: Float64Array } }> = [];
  for (const group of channelGroups(dissipator)) {
    const members = group.channels.map((c) => lowered.get(c)!);
    if (group.clique) {
      out.push({ S: combination(members, false, n), t: combination(members, true, n) });
      continue;
    }
    for (const w of group.channels) {
      const kept = group.channels.filter((w2) => keepsPair(dissipator.pairs, w, w2)).map((c) => lowered.get(c)!);
      const lw = lowered.get(w)!;
      out.push({ S: combination(kept, false, n), t: combination([lw], true, n) });
    }
  }
  return out;
}

function sparseOf(m: Float64Array, n: number): NumericSparse {
  let count = 0;
  for (let e = 0; e < n * n; e++) if (m[e] !== 0) count++;
  const rows = new Int32Array(count);
  const columns = new Int32Array(count);
  const values = new Float64Array(count);
  let k = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    const v = m[i * n + j]!;
    if (v !== 0) { rows[k] = i; columns[k] = j; values[k] = v; k++; }
  }
  return { n, rows, columns, values };
}

/** J H added to a dense drift: (J H)_{rc} = sign(r) H_{r^1, c}. */
function addHamiltonianDrift(drift: Float64Array, H: NumericSparse, n: number): void {
  for (let e = 0; e < H.values.length; e++) {
    const i = H.rows[e]!;
    drift[(i ^ 1) * n + H.columns[e]!] = drift[(i ^ 1) * n + H.columns[e]!]! + sign(i ^ 1) * H.values[e]!;
  }
}

/**
 * The covariance form of a network under a normal-mode equation at the lowered values, in the
 * normal-mode quadratures (η_1, Π_1, …). `equation` is the value from `equationFor` (its pair rule).
 */
export function channelCovariance(model: Model, equation: MasterEquation, values: SymbolValues, frame: Frame = frameOf(model, 'normal')): LoweredCovariance {
  const n = 2 * model.modes.length;
  const hamiltonian = lowerSparse(quadraticForm(frame, n), values, 'H');
  const drift = new Float64Array(n * n);
  const diffusion = new Float64Array(n * n);
  addHamiltonianDrift(drift, hamiltonian, n);
  // D_α = ½ J (Re C + Re Cᵀ) Jᵀ with Re(S t̄ᵀ) = Sr trᵀ + Si tiᵀ: the pairs (½ J Sr, J tr), (½ J Si, J ti).
  const u: Float64Array[] = [];
  const w: Float64Array[] = [];
  const timesJ = (v: Float64Array, scale: number): Float64Array => {
    const out = new Float64Array(n);
    for (let r = 0; r < n; r++) out[r] = ((r & 1) === 0 ? scale : -scale) * v[r ^ 1]!;
    return out;
  };
  const baths = dissipatorsOf(frame, equation).map((dissipator) => {
    const lowered = new Map<unknown, LoweredChannel>(dissipator.channels.map((c) => [c, lowerChannel(c.operator, c.rate, values, dissipator.bath)]));
    const bath = new BathAccumulator(n);
    for (const { S, t } of outerFactors(dissipator, lowered, n)) {
      bath.addOuter(S, t);
      u.push(timesJ(S.re, 0.5), timesJ(S.im, 0.5));
      w.push(timesJ(t.re, 1), timesJ(t.im, 1));
    }
    for (let e = 0; e < n * n; e++) {
      drift[e] = drift[e]! + bath.drift[e]!;
      diffusion[e] = diffusion[e]! + bath.diffusion[e]!;
    }
    return { bath: dissipator.bath, drift: sparseOf(bath.drift, n), diffusion: sparseOf(bath.diffusion, n) };
  });
  const quadratures = frame.names.position.flatMap((x, m) => [x, frame.names.momentum[m]!]);
  // Worth it only where D has low rank (Redfield: a few outer products per bath; global: one per mode).
  return u.length <= n / 16 ? { n, quadratures, drift, diffusion, hamiltonian, baths, diffusionFactors: { u, w } } : { n, quadratures, drift, diffusion, hamiltonian, baths };
}
