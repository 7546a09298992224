/**
 * Truncated Fock-space quadratures on a tensor product of `levels` levels per factor.
 *
 * Factor f carries a ladder operator b_f (truncated: b|n⟩ = √n|n−1⟩, b†|L−1⟩ = 0) and the
 * quadratures q_f = (b + b†)/√(2 w_f), π_f = i √(w_f/2) (b† − b), with a free scale w_f > 0
 * (w_f = 1 by default). [q_f, π_f] = i holds on every state with occupation < L − 1.
 *
 * A Frame lists the physical quadratures x_α, p_α of the model as operators. In the plain
 * local frame x_α = q_α. A rotated frame (used for the Gibbs-state check) sets
 * x_α = Σ_f R_αf q_f, p_α = Σ_f R_αf π_f for an orthogonal R, so the Fock factors are the
 * normal modes.
 *
 * Exactness: every matrix element ⟨i| O_1 ⋯ O_d |j⟩ of a product of d quadratures between
 * states with at most m quanta per factor equals its untruncated value whenever
 * L ≥ m + ⌊d/2⌋ + 1 (a path of ladder steps that leaves the truncated space must climb to L
 * and come back, which takes at least 2(L − m) steps).
 */
import { type CMatrix, adjoint, identity, kron, linearCombination, scale, sub, add, zeros } from './complex-matrix.js';

export interface Frame {
  readonly nModes: number;
  readonly levels: number;
  readonly dim: number;
  /** x_α, α = 0 … nModes−1. */
  readonly x: readonly CMatrix[];
  /** p_α, α = 0 … nModes−1. */
  readonly p: readonly CMatrix[];
}

/** Largest Hilbert-space dimension the oracle agrees to build. */
export const MAX_DIMENSION = 4096;

/**
 * Smallest number of levels per factor for which every product of at most `degree` quadratures
 * (per factor) between states with at most `maxOccupation` quanta has its untruncated matrix elements.
 */
export function minimumLevels(degree: number, maxOccupation: number): number {
  return maxOccupation + Math.floor(degree / 2) + 1;
}

/** Truncated annihilation operator on `levels` levels. */
export function annihilation(levels: number): CMatrix {
  const a = zeros(levels);
  for (let n = 1; n < levels; n++) a.re[(n - 1) * levels + n] = Math.sqrt(n);
  return a;
}

/** op acting on factor `mode` of nModes factors, identity elsewhere; factor 0 is the most significant index. */
export function embed(op: CMatrix, mode: number, nModes: number): CMatrix {
  const levels = op.n;
  let acc: CMatrix | undefined;
  for (let f = 0; f < nModes; f++) {
    const factor = f === mode ? op : identity(levels);
    acc = acc === undefined ? factor : kron(acc, factor);
  }
  if (acc === undefined) throw new Error('embed: no modes');
  return acc;
}

/** Index of a Fock state |n_0, …, n_{N−1}⟩ in the tensor-product basis. */
export function fockIndex(occupations: readonly number[], levels: number): number {
  let index = 0;
  for (const n of occupations) {
    if (!Number.isInteger(n) || n < 0 || n >= levels) throw new Error(`fockIndex: bad occupation ${n}`);
    index = index * levels + n;
  }
  return index;
}

/** Occupations of the Fock state with the given index. */
export function fockOccupations(index: number, nModes: number, levels: number): number[] {
  const occ = new Array<number>(nModes).fill(0);
  let rest = index;
  for (let f = nModes - 1; f >= 0; f--) {
    occ[f] = rest % levels;
    rest = Math.floor(rest / levels);
  }
  return occ;
}

function checkSizes(nModes: number, levels: number): number {
  if (!Number.isInteger(nModes) || nModes < 1) throw new Error(`Fock frame: bad number of modes ${nModes}`);
  if (!Number.isInteger(levels) || levels < 2) throw new Error(`Fock frame: bad number of levels ${levels}`);
  const dim = levels ** nModes;
  if (dim > MAX_DIMENSION) {
    throw new Error(`Fock frame: dimension ${levels}^${nModes} = ${dim} exceeds ${MAX_DIMENSION}; use fewer levels`);
  }
  return dim;
}

/**
 * Quadratures of the Fock factors themselves, q_f = (b + b†)/√(2 w_f), π_f = i√(w_f/2)(b† − b).
 * scales defaults to all ones.
 */
export function factorFrame(nModes: number, levels: number, scales?: readonly number[]): Frame {
  const dim = checkSizes(nModes, levels);
  const b = annihilation(levels);
  const bd = adjoint(b);
  const x: CMatrix[] = [];
  const p: CMatrix[] = [];
  for (let f = 0; f < nModes; f++) {
    const w = scales === undefined ? 1 : scales[f];
    if (w === undefined || !(w > 0)) throw new Error(`factorFrame: bad scale for factor ${f}`);
    const q1 = scale(add(b, bd), 1 / Math.sqrt(2 * w));
    const p1 = scale(sub(bd, b), { re: 0, im: Math.sqrt(w / 2) });
    x.push(embed(q1, f, nModes));
    p.push(embed(p1, f, nModes));
  }
  return { nModes, levels, dim, x, p };
}

/** The plain local frame: one Fock factor per mode, unit scale. */
export function localFrame(nModes: number, levels: number): Frame {
  return factorFrame(nModes, levels);
}

/**
 * Frame whose Fock factors are the columns of the orthogonal matrix R:
 * x_α = Σ_f R[α][f] q_f and p_α = Σ_f R[α][f] π_f, with q_f, π_f of scale scales[f].
 */
export function rotatedFrame(R: readonly (readonly number[])[], levels: number, scales?: readonly number[]): Frame {
  const nModes = R.length;
  const base = factorFrame(nModes, levels, scales);
  const pick = (ops: readonly CMatrix[], row: readonly number[]): CMatrix =>
    linearCombination(ops.map((op, f): readonly [number, CMatrix] => [row[f] ?? NaN, op]));
  const x = R.map((row) => pick(base.x, row));
  const p = R.map((row) => pick(base.p, row));
  return { nModes, levels, dim: base.dim, x, p };
}
