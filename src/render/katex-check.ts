/** Every LaTeX string we emit goes through KaTeX: `checkLatex` throws on anything it cannot parse. */
import katex from 'katex';

export class LatexError extends Error {}

export function checkLatex(latex: string): string {
  try {
    katex.renderToString(latex, { throwOnError: true, displayMode: true, strict: 'ignore' });
  } catch (e) {
    throw new LatexError(`KaTeX rejects emitted LaTeX: ${(e as Error).message}\n${latex}`);
  }
  return latex;
}
