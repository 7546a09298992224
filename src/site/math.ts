/**
 * Formulas for the site, rendered to HTML by KaTeX at build time. `throwOnError: true`: a formula
 * KaTeX cannot parse throws, so a bad formula fails the build instead of shipping a red error box.
 */
import katex from 'katex';

export class SiteLatexError extends Error {}

/**
 * KaTeX's MathML and its inline SVG (roots, wide accents) carry their namespaces as attributes; in
 * HTML the parser supplies them, so they go (the site has no http(s) string outside citations).
 */
const NAMESPACES = / xmlns(?::xlink)?="http:\/\/www\.w3\.org\/(?:1998\/Math\/MathML|2000\/svg|1999\/xlink)"/g;

function render(latex: string, displayMode: boolean): string {
  try {
    return katex.renderToString(latex, { throwOnError: true, displayMode, strict: 'ignore', output: 'htmlAndMathml' }).replace(NAMESPACES, '');
  } catch (e) {
    throw new SiteLatexError(`KaTeX cannot render a formula of the site: ${(e as Error).message}\n${latex}`);
  }
}

/** Inline formula. */
export function tex(latex: string): string {
  return render(latex, false);
}

/** Display formula in a horizontally scrolling box (wide matrices scroll instead of overflowing). */
export function displayTex(latex: string): string {
  return `<div class="math-scroll">${render(latex, true)}</div>`;
}

/**
 * The library's LaTeX comes as amsmath `equation` blocks (one per line of the system); KaTeX
 * renders each block's body in display mode. Text without `equation` blocks is one display formula.
 */
export function equationBlocks(latex: string): string[] {
  const blocks = [...latex.matchAll(/\\begin\{equation\}([\s\S]*?)\\end\{equation\}/g)].map((m) => m[1]!.trim());
  return blocks.length > 0 ? blocks : [latex.trim()];
}

/** Every equation block of `latex` as display math. */
export function displayBlocks(latex: string): string {
  return equationBlocks(latex).map(displayTex).join('\n');
}
