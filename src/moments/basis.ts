/**
 * Observable bases (docs/conventions.md). First moments: (q_1, π_1, q_2, π_2, …). Second
 * moments: (q_α², π_α², ½{q_α, π_α}) per mode, then per pair α < β:
 * (q_α π_β, q_β π_α, q_α q_β, π_α π_β) — eq. B.2 in the local frame, eq. B.7 in the normal one.
 */
import { type Operator, letterName, letterLatex, letterOf } from '../algebra/index.js';
import type { Frame } from '../model/index.js';

export type MomentOrder = 1 | 2;

export interface BasisElement {
  readonly name: string;
  readonly latex: string;
  readonly operator: Operator;
  /** The sorted word whose coefficient identifies this element (its leading coefficient is 1). */
  readonly leadingWord: readonly number[];
}

export function modeCount(frame: Frame): number {
  return frame.names.position.length;
}

export function momentBasis(frame: Frame, order: MomentOrder): BasisElement[] {
  const n = modeCount(frame);
  const { ops, names } = frame;
  const letter = (mode: number, q: 'x' | 'p'): number => letterOf(mode, q);
  const single = (l: number): BasisElement => ({
    name: letterName(names, l),
    latex: letterLatex(names, l),
    operator: ops.operator([{ word: [l], coefficient: ops.scalars.one }]),
    leadingWord: [l],
  });
  const product = (a: number, b: number): BasisElement => {
    const [na, nb, la, lb] = [letterName(names, a), letterName(names, b), letterLatex(names, a), letterLatex(names, b)];
    const A = ops.operator([{ word: [a], coefficient: ops.scalars.one }]);
    const B = ops.operator([{ word: [b], coefficient: ops.scalars.one }]);
    if (a === b) return { name: `${na}^2`, latex: `${la}^{2}`, operator: ops.mul(A, A), leadingWord: [a, a] };
    if (a >> 1 === b >> 1) {
      return { name: `{${na},${nb}}/2`, latex: `\\tfrac{1}{2}\\{${la}, ${lb}\\}`, operator: ops.symmetrized(A, B), leadingWord: [Math.min(a, b), Math.max(a, b)] };
    }
    return { name: `${na} ${nb}`, latex: `${la} ${lb}`, operator: ops.mul(A, B), leadingWord: [Math.min(a, b), Math.max(a, b)] };
  };
  switch (order) {
    case 1: {
      const out: BasisElement[] = [];
      for (let m = 0; m < n; m++) out.push(single(letter(m, 'x')), single(letter(m, 'p')));
      return out;
    }
    case 2: {
      const out: BasisElement[] = [];
      for (let m = 0; m < n; m++) {
        const x = letter(m, 'x');
        const p = letter(m, 'p');
        out.push(product(x, x), product(p, p), product(x, p));
      }
      for (let a = 0; a < n; a++) {
        for (let b = a + 1; b < n; b++) {
          const [xa, pa, xb, pb] = [letter(a, 'x'), letter(a, 'p'), letter(b, 'x'), letter(b, 'p')];
          out.push(product(xa, pb), product(xb, pa), product(xa, xb), product(pa, pb));
        }
      }
      return out;
    }
  }
}
