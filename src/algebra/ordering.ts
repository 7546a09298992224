/**
 * Canonical ordering of operator words by one pairwise rewrite rule plus a sort, applied
 * eagerly until every word is sorted:
 *     q_b q_a → q_a q_b + [q_b, q_a]   for b > a (adjacent, out of order),
 * where [p_m, x_m] = −i and every other commutator of distinct letters is 0. It is total: it
 * either returns the ordered sum or throws when its step budget is exhausted.
 */
import { type Gaussian, G_ONE, gaussian, mulG, addG, isZeroG } from './gaussian.js';
import { ZERO, rational } from './rational.js';

export interface OrderedWord {
  readonly word: readonly number[];
  readonly factor: Gaussian;
}

const MINUS_I: Gaussian = gaussian(ZERO, rational(-1));
const STEP_LIMIT = 1_000_000;

/** The commutator [a, b] of two letters as a constant (the CCR). */
export function letterCommutator(a: number, b: number): Gaussian | null {
  if (a >> 1 !== b >> 1 || a === b) return null;
  // Same mode: [x, p] = i, [p, x] = −i.
  return (a & 1) === 0 ? gaussian(ZERO, rational(1)) : MINUS_I;
}

/** Order a word into a sum of sorted words with constant factors (keys are joined letters). */
export function orderWord(word: readonly number[]): OrderedWord[] {
  const done = new Map<string, OrderedWord>();
  const stack: OrderedWord[] = [{ word, factor: G_ONE }];
  let steps = 0;
  while (stack.length > 0) {
    if (++steps > STEP_LIMIT) throw new Error(`operator ordering exceeded ${STEP_LIMIT} steps`);
    const item = stack.pop()!;
    const w = item.word;
    let i = 0;
    while (i + 1 < w.length && w[i]! <= w[i + 1]!) i++;
    if (i + 1 >= w.length) {
      const key = w.join('.');
      const prev = done.get(key);
      const factor = prev ? addG(prev.factor, item.factor) : item.factor;
      if (isZeroG(factor)) done.delete(key);
      else done.set(key, { word: w, factor });
      continue;
    }
    const b = w[i]!;
    const a = w[i + 1]!;
    const swapped = [...w.slice(0, i), a, b, ...w.slice(i + 2)];
    stack.push({ word: swapped, factor: item.factor });
    const c = letterCommutator(b, a);
    if (c) stack.push({ word: [...w.slice(0, i), ...w.slice(i + 2)], factor: mulG(item.factor, c) });
  }
  return [...done.values()];
}
