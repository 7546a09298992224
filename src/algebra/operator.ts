/**
 * Operators: finite sums of scalar multiples of canonically ordered quadrature words.
 * Only `OperatorAlgebra` builds them; every operation returns a new canonical value.
 */
import type { Scalar } from './scalar.js';
import type { ScalarAlgebra } from './scalar-algebra.js';
import { type Quadrature, letterOf } from './letters.js';
import { orderWord } from './ordering.js';
import { rational } from './rational.js';

export interface OperatorTerm {
  /** Sorted letters (ascending). */
  readonly word: readonly number[];
  readonly coefficient: Scalar;
}

export interface Operator {
  readonly kind: 'operator';
  /** Terms with non-zero coefficients, sorted by word key. */
  readonly terms: readonly OperatorTerm[];
}

export const wordKey = (word: readonly number[]): string => word.join('.');

export class OperatorAlgebra {
  constructor(readonly scalars: ScalarAlgebra) {}

  /** The one validating constructor: orders every word, merges like words, drops zeros. */
  operator(raw: Iterable<OperatorTerm>): Operator {
    const s = this.scalars;
    const acc = new Map<string, { word: readonly number[]; parts: Scalar[] }>();
    const put = (word: readonly number[], coefficient: Scalar): void => {
      const key = wordKey(word);
      const slot = acc.get(key);
      if (slot) slot.parts.push(coefficient);
      else acc.set(key, { word, parts: [coefficient] });
    };
    for (const term of raw) {
      if (term.coefficient.terms.length === 0) continue;
      if (isSorted(term.word)) {
        put(term.word, term.coefficient);
        continue;
      }
      for (const ordered of orderWord(term.word)) put(ordered.word, s.mul(term.coefficient, s.constant(ordered.factor)));
    }
    const terms: OperatorTerm[] = [];
    for (const { word, parts } of acc.values()) {
      const coefficient = s.add(...parts);
      if (coefficient.terms.length > 0) terms.push(Object.freeze({ word: Object.freeze([...word]), coefficient }));
    }
    terms.sort((a, b) => compareWords(a.word, b.word));
    return Object.freeze({ kind: 'operator', terms: Object.freeze(terms) });
  }

  readonly zero: Operator = Object.freeze({ kind: 'operator', terms: Object.freeze([]) });

  identity(c?: Scalar): Operator {
    return this.operator([{ word: [], coefficient: c ?? this.scalars.one }]);
  }
  quadrature(mode: number, q: Quadrature): Operator {
    if (!Number.isInteger(mode) || mode < 0) throw new RangeError(`invalid mode index ${mode}`);
    return this.operator([{ word: [letterOf(mode, q)], coefficient: this.scalars.one }]);
  }
  x(mode: number): Operator {
    return this.quadrature(mode, 'x');
  }
  p(mode: number): Operator {
    return this.quadrature(mode, 'p');
  }

  add(...ops: Operator[]): Operator {
    return this.operator(ops.flatMap((o) => o.terms));
  }
  sub(a: Operator, b: Operator): Operator {
    return this.add(a, this.scale(b, this.scalars.int(-1)));
  }
  scale(a: Operator, c: Scalar): Operator {
    const s = this.scalars;
    return this.operator(a.terms.map((t) => ({ word: t.word, coefficient: s.mul(c, t.coefficient) })));
  }
  mul(...ops: Operator[]): Operator {
    if (ops.length === 0) return this.identity();
    let acc = ops[0]!;
    for (const o of ops.slice(1)) acc = this.mul2(acc, o);
    return acc;
  }
  private mul2(a: Operator, b: Operator): Operator {
    const s = this.scalars;
    const raw: OperatorTerm[] = [];
    for (const t of a.terms) {
      for (const u of b.terms) raw.push({ word: [...t.word, ...u.word], coefficient: s.mul(t.coefficient, u.coefficient) });
    }
    return this.operator(raw);
  }
  /** Hermitian adjoint: quadratures are Hermitian and symbols real. */
  adjoint(a: Operator): Operator {
    const s = this.scalars;
    return this.operator(a.terms.map((t) => ({ word: [...t.word].reverse(), coefficient: s.conj(t.coefficient) })));
  }
  /**
   * [a, b] by the Leibniz rule on words: [w, v] = Σ_{i,k} [w_k, v_i] · v_{<i} w_{≠k} v_{>i}, with
   * [x_m, p_m] = i the only non-zero letter commutator. Equal to ab − ba (canonical forms are
   * unique), without building the words of ab and ba that cancel.
   */
  commutator(a: Operator, b: Operator): Operator {
    const s = this.scalars;
    const plusI = s.i;
    const minusI = s.neg(s.i);
    const raw: OperatorTerm[] = [];
    for (const t of a.terms) {
      for (const u of b.terms) {
        for (let i = 0; i < u.word.length; i++) {
          const vi = u.word[i]!;
          for (let k = 0; k < t.word.length; k++) {
            const wk = t.word[k]!;
            if (wk >> 1 !== vi >> 1 || wk === vi) continue;
            const word = [...u.word.slice(0, i), ...t.word.slice(0, k), ...t.word.slice(k + 1), ...u.word.slice(i + 1)];
            raw.push({ word, coefficient: s.mul(t.coefficient, u.coefficient, (wk & 1) === 0 ? plusI : minusI) });
          }
        }
      }
    }
    return this.operator(raw);
  }
  /** ½{A, B}. */
  symmetrized(a: Operator, b: Operator): Operator {
    return this.scale(this.add(this.mul(a, b), this.mul(b, a)), this.scalars.fromRational(rational(1, 2)));
  }
  isZero(a: Operator): boolean {
    return a.terms.every((t) => this.scalars.isZero(t.coefficient));
  }
  equals(a: Operator, b: Operator): boolean {
    return this.isZero(this.sub(a, b));
  }
  /** Highest word length. */
  degree(a: Operator): number {
    return a.terms.reduce((d, t) => Math.max(d, t.word.length), 0);
  }
  /** Replace each letter by an operator (a change of frame). */
  substituteLetters(a: Operator, image: (letter: number) => Operator): Operator {
    const parts: Operator[] = [];
    for (const t of a.terms) parts.push(this.scale(this.mul(...t.word.map(image)), t.coefficient));
    return this.add(...parts);
  }
  /** Map coefficients (e.g. substitute symbols). */
  mapCoefficients(a: Operator, f: (c: Scalar) => Scalar): Operator {
    return this.operator(a.terms.map((t) => ({ word: t.word, coefficient: f(t.coefficient) })));
  }
  /** The coefficient of a sorted word, or zero. */
  coefficientOf(a: Operator, word: readonly number[]): Scalar {
    const key = wordKey(word);
    return a.terms.find((t) => wordKey(t.word) === key)?.coefficient ?? this.scalars.zero;
  }
}

function isSorted(word: readonly number[]): boolean {
  for (let i = 1; i < word.length; i++) if (word[i - 1]! > word[i]!) return false;
  return true;
}

function compareWords(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
