/** Operators (sums of scalar × quadrature words) as LaTeX, e.g. the jump operators of eqs. 32 and 42–43. */
import { letterLatex, type FrameNames, type Operator, type Scalar } from '../algebra/index.js';
import { scalarToLatex } from '../render/scalar-format.js';
import { type Notation, DEFAULT_NOTATION } from '../render/notation.js';

/** A canonical word (ascending letters) with repeated letters written as powers: x_h x_h p_c → x_h^2 p_c. */
export function wordLatex(names: FrameNames, word: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < word.length; ) {
    let j = i;
    while (j < word.length && word[j] === word[i]) j++;
    const base = letterLatex(names, word[i]!);
    parts.push(j - i === 1 ? base : `${base}^{${j - i}}`);
    i = j;
  }
  return parts.join(' ');
}

function isSingleTerm(s: Scalar): boolean {
  if (s.terms.length !== 1) return false;
  const c = s.terms[0]!.coefficient;
  return c.re.num === 0n || c.im.num === 0n;
}

/** Σ coefficient · word, coefficients by scalarToLatex (sums parenthesised), 1 and −1 written as signs. */
export function operatorToLatex(op: Operator, names: FrameNames, notation: Notation = DEFAULT_NOTATION): string {
  if (op.terms.length === 0) return '0';
  const pieces = op.terms.map((t) => {
    const word = wordLatex(names, t.word);
    let coefficient = scalarToLatex(t.coefficient, notation);
    let negative = false;
    if (isSingleTerm(t.coefficient) && coefficient.startsWith('-')) {
      negative = true;
      coefficient = coefficient.slice(1);
    }
    if (!isSingleTerm(t.coefficient)) coefficient = `\\left(${coefficient}\\right)`;
    if (word === '') return { negative, body: coefficient };
    if (coefficient === '1') return { negative, body: word };
    return { negative, body: `${coefficient}\\, ${word}` };
  });
  return pieces.map((p, i) => (i === 0 ? `${p.negative ? '-' : ''}${p.body}` : `${p.negative ? ' - ' : ' + '}${p.body}`)).join('');
}
