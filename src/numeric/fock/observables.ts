/**
 * The basis observables θ_i of docs/conventions.md, in their order.
 *
 * Local basis, order 1: x_1, p_1, …, x_N, p_N. Order 2: x_α², p_α², ½{x_α, p_α} for each α,
 * then for each pair α < β (lexicographic): x_α p_β, x_β p_α, x_α x_β, p_α p_β.
 * Normal basis (two-mode paper model): the same pattern on η_j, Π_j.
 *
 * Mode names: for the two-mode paper model, the labels of the baths on modes 0 and 1 (x_h, x_c,
 * eq. 29); for any other model the 1-based mode index (x_1, …, x_N), as in the N-mode pattern of
 * docs/conventions.md.
 */
import type { NumericModel } from '../physical.js';
import { type CMatrix, halfAnticommutator, mul } from './complex-matrix.js';
import { normalQuadratures } from './channels.js';
import { type NormalModes, paperModelView } from './normal-modes.js';
import type { Frame } from './operators.js';

export interface Observable {
  readonly name: string;
  readonly op: CMatrix;
}

export type Basis = 'local' | 'normal';

export function modeNames(model: NumericModel): string[] {
  const paper = paperModelView(model) !== undefined;
  return model.frequencies.map((_, m) => {
    const bath = paper ? model.baths.find((b) => b.mode === m) : undefined;
    return bath !== undefined ? bath.label : String(m + 1);
  });
}

interface Quadratures {
  /** Display names of position and momentum of each mode, e.g. "x_h"/"p_h" or "eta1"/"Pi1". */
  readonly qName: readonly string[];
  readonly pName: readonly string[];
  readonly q: readonly CMatrix[];
  readonly p: readonly CMatrix[];
}

function firstMoments(Q: Quadratures): Observable[] {
  const out: Observable[] = [];
  Q.q.forEach((q, a) => {
    out.push({ name: Q.qName[a] as string, op: q });
    out.push({ name: Q.pName[a] as string, op: Q.p[a] as CMatrix });
  });
  return out;
}

function secondMoments(Q: Quadratures): Observable[] {
  const out: Observable[] = [];
  const n = Q.q.length;
  const q = (a: number): CMatrix => Q.q[a] as CMatrix;
  const p = (a: number): CMatrix => Q.p[a] as CMatrix;
  const qn = (a: number): string => Q.qName[a] as string;
  const pn = (a: number): string => Q.pName[a] as string;
  for (let a = 0; a < n; a++) {
    out.push({ name: `${qn(a)}^2`, op: mul(q(a), q(a)) });
    out.push({ name: `${pn(a)}^2`, op: mul(p(a), p(a)) });
    out.push({ name: `{${qn(a)},${pn(a)}}/2`, op: halfAnticommutator(q(a), p(a)) });
  }
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      out.push({ name: `${qn(a)} ${pn(b)}`, op: mul(q(a), p(b)) });
      out.push({ name: `${qn(b)} ${pn(a)}`, op: mul(q(b), p(a)) });
      out.push({ name: `${qn(a)} ${qn(b)}`, op: mul(q(a), q(b)) });
      out.push({ name: `${pn(a)} ${pn(b)}`, op: mul(p(a), p(b)) });
    }
  }
  return out;
}

/**
 * θ_i for the requested order and basis. `modes` is required for the normal basis.
 */
export function basisObservables(
  model: NumericModel,
  frame: Frame,
  order: 1 | 2,
  basis: Basis,
  modes?: NormalModes,
): Observable[] {
  let Q: Quadratures;
  if (basis === 'local') {
    const names = modeNames(model);
    Q = { qName: names.map((s) => `x_${s}`), pName: names.map((s) => `p_${s}`), q: frame.x, p: frame.p };
  } else {
    if (modes === undefined) throw new Error('The normal basis needs the normal modes');
    const { eta, Pi } = normalQuadratures(frame, modes);
    Q = { qName: ['eta1', 'eta2'], pName: ['Pi1', 'Pi2'], q: eta, p: Pi };
  }
  return order === 1 ? firstMoments(Q) : secondMoments(Q);
}
