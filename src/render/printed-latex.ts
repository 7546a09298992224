/** A transcription's text as LaTeX, exactly as typed (not simplified), with our symbol notation. */
import type { MathNode } from 'mathjs';
import { mathjs } from '../algebra/mathjs.js';

const parse = (text: string): MathNode => mathjs().parse(text);
import { type Notation, DEFAULT_NOTATION, symbolLatex } from './notation.js';

export function printedTextToLatex(text: string, notation: Notation = DEFAULT_NOTATION): string {
  return parse(text).toTex({
    parenthesis: 'auto',
    implicit: 'hide',
    handler: (node: MathNode) => (node.type === 'SymbolNode' ? `{${symbolLatex((node as MathNode & { name: string }).name, notation)}}` : undefined),
  });
}
