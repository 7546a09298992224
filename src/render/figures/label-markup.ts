/**
 * A tiny LaTeX-like markup for axis labels, titles and legend entries, e.g.
 * "log_{10} \kappa" or "\dot{Q}_h(t)". It is parsed into styled text runs that both the
 * SVG writer (tspans) and the bitmap-font rasteriser draw.
 *
 * Supported: `_x` / `_{…}` subscripts, `^x` / `^{…}` superscripts, braces for grouping,
 * Greek letters (`\omega`, `\kappa`, `\Delta`, … every letter of the alphabet), a few
 * symbols (`\infty`, `\times`, `\cdot`, `\pm`, `\hbar`, `\langle`, `\rangle`, `\approx`,
 * `\sim`, `\to`, `\leq`, `\geq`, `\prime`, `\partial`), accents (`\dot`, `\ddot`, `\hat`,
 * `\bar`, `\tilde`, `\vec`, written as the base followed by a Unicode combining mark),
 * `\mathrm{…}` / `\text{…}` (upright), `\mathit{…}` (italic), spaces `\,` `\;` `\ ` `\quad`,
 * and the escapes `\_ \^ \{ \} \\ \% \& \# \$`. Any other command (`\log`, `\exp`, …)
 * prints its name as an upright word.
 *
 * Styling follows math typesetting: a lone Latin letter is an italic variable; a run of two
 * or more Latin letters is an upright word ("log", "Redfield"); lowercase Greek is italic;
 * uppercase Greek, digits and punctuation are upright. Unknown commands print their name;
 * stray braces are ignored. Parsing never throws.
 */

/** Vertical placement of a run relative to the baseline. */
export type RunPosition = 'base' | 'super' | 'sub';

/** A maximal piece of label text with one style. */
export interface TextRun {
  readonly text: string;
  readonly position: RunPosition;
  readonly italic: boolean;
}

const GREEK: Readonly<Record<string, string>> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ϵ', varepsilon: 'ε', zeta: 'ζ',
  eta: 'η', theta: 'θ', vartheta: 'ϑ', iota: 'ι', kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν',
  xi: 'ξ', pi: 'π', rho: 'ρ', sigma: 'σ', tau: 'τ', upsilon: 'υ', phi: 'ϕ', varphi: 'φ',
  chi: 'χ', psi: 'ψ', omega: 'ω',
  Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Xi: 'Ξ', Pi: 'Π', Sigma: 'Σ',
  Upsilon: 'Υ', Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω',
};

const SYMBOLS: Readonly<Record<string, string>> = {
  infty: '∞', times: '×', cdot: '·', pm: '±', mp: '∓', hbar: 'ħ', langle: '⟨', rangle: '⟩',
  approx: '≈', sim: '∼', to: '→', leq: '≤', geq: '≥', le: '≤', ge: '≥', prime: '′',
  partial: '∂', ell: 'ℓ', propto: '∝', neq: '≠',
};

const SPACES: Readonly<Record<string, string>> = {
  ',': '\u2009', ';': ' ', ' ': ' ', ':': ' ', quad: '\u2003',
};

const ESCAPED_CHARACTERS = new Set(['_', '^', '{', '}', '\\', '%', '&', '#', '$']);

/** Combining marks placed after the accented base. */
const ACCENTS: Readonly<Record<string, string>> = {
  dot: '\u0307', ddot: '\u0308', hat: '\u0302', bar: '\u0304', tilde: '\u0303', vec: '\u20D7',
};

type StyleRequest = 'auto' | 'upright' | 'italic';

/** One character (plus any combining marks) before runs are formed. */
interface Atom {
  readonly text: string;
  readonly position: RunPosition;
  readonly style: StyleRequest;
}

interface Cursor {
  readonly source: string;
  index: number;
}

interface Context {
  readonly position: RunPosition;
  readonly style: StyleRequest;
}

/** Parses label markup into styled runs (adjacent atoms of one style merged). */
export function parseLabel(markup: string): readonly TextRun[] {
  const cursor: Cursor = { source: markup, index: 0 };
  const atoms = parseSequence(cursor, { position: 'base', style: 'auto' }, false);
  return mergeRuns(resolveStyles(atoms));
}

/** The label as plain Unicode text (sub/superscripts inline), e.g. for titles of files. */
export function labelPlainText(markup: string): string {
  return parseLabel(markup).map((run) => run.text).join('');
}

function parseSequence(cursor: Cursor, context: Context, closedByBrace: boolean): Atom[] {
  const atoms: Atom[] = [];
  while (cursor.index < cursor.source.length) {
    const c = cursor.source[cursor.index]!;
    if (c === '}') {
      cursor.index++;
      if (closedByBrace) return atoms;
      continue;
    }
    atoms.push(...parseItem(cursor, context));
  }
  return atoms;
}

function parseItem(cursor: Cursor, context: Context): Atom[] {
  const c = cursor.source[cursor.index]!;
  switch (c) {
    case '{':
      cursor.index++;
      return parseSequence(cursor, context, true);
    case '_':
    case '^':
      cursor.index++;
      return parseArgument(cursor, { ...context, position: c === '_' ? 'sub' : 'super' });
    case '\\':
      return parseCommand(cursor, context);
    default: {
      const codePoint = String.fromCodePoint(cursor.source.codePointAt(cursor.index)!);
      cursor.index += codePoint.length;
      return [{ text: codePoint, position: context.position, style: context.style }];
    }
  }
}

/** The argument of _, ^ or an accent: a braced group, one command, or one character. */
function parseArgument(cursor: Cursor, context: Context): Atom[] {
  skipSpaces(cursor);
  if (cursor.index >= cursor.source.length) return [];
  if (cursor.source[cursor.index] === '}') return [];
  return parseItem(cursor, context);
}

function skipSpaces(cursor: Cursor): void {
  while (cursor.source[cursor.index] === ' ') cursor.index++;
}

function parseCommand(cursor: Cursor, context: Context): Atom[] {
  cursor.index++; // the backslash
  const rest = cursor.source.slice(cursor.index);
  const word = /^[A-Za-z]+/.exec(rest)?.[0];
  if (word === undefined) {
    const symbol = rest[0];
    if (symbol === undefined) return [{ text: '\\', position: context.position, style: 'upright' }];
    cursor.index++;
    const space = SPACES[symbol];
    if (space !== undefined) return [{ text: space, position: context.position, style: 'upright' }];
    if (ESCAPED_CHARACTERS.has(symbol)) return [{ text: symbol, position: context.position, style: 'upright' }];
    return [{ text: symbol, position: context.position, style: context.style }];
  }
  cursor.index += word.length;
  return expandCommand(word, cursor, context);
}

function expandCommand(word: string, cursor: Cursor, context: Context): Atom[] {
  const greek = GREEK[word];
  if (greek !== undefined) return [{ text: greek, position: context.position, style: context.style }];
  const symbol = SYMBOLS[word];
  if (symbol !== undefined) return [{ text: symbol, position: context.position, style: 'upright' }];
  const space = SPACES[word];
  if (space !== undefined) return [{ text: space, position: context.position, style: 'upright' }];
  const accent = ACCENTS[word];
  if (accent !== undefined) return accented(parseArgument(cursor, context), accent, context);
  if (word === 'mathrm' || word === 'text' || word === 'operatorname') {
    return parseArgument(cursor, { ...context, style: 'upright' });
  }
  if (word === 'mathit') return parseArgument(cursor, { ...context, style: 'italic' });
  // Function names (\log, \exp, …) and unknown commands print their name upright.
  return [...word].map((ch) => ({ text: ch, position: context.position, style: 'upright' as const }));
}

/** Appends the combining mark to the last atom of the accented argument. */
function accented(base: Atom[], mark: string, context: Context): Atom[] {
  const last = base[base.length - 1];
  if (last === undefined) return [{ text: ' ' + mark, position: context.position, style: 'upright' }];
  return [...base.slice(0, -1), { ...last, text: last.text + mark }];
}

const LATIN_LETTER = /^[A-Za-z]/;
const LOWER_GREEK = /^[\u03B1-\u03C9\u03D1\u03D5\u03F5]/;

function resolveStyles(atoms: readonly Atom[]): Array<{ text: string; position: RunPosition; italic: boolean }> {
  return atoms.map((atom, i) => {
    switch (atom.style) {
      case 'italic':
        return { text: atom.text, position: atom.position, italic: true };
      case 'upright':
        return { text: atom.text, position: atom.position, italic: false };
      case 'auto':
        return { text: atom.text, position: atom.position, italic: isAutoItalic(atoms, i) };
    }
  });
}

function isAutoLatin(atom: Atom | undefined, position: RunPosition): boolean {
  return atom !== undefined && atom.style === 'auto' && atom.position === position && LATIN_LETTER.test(atom.text);
}

function isAutoItalic(atoms: readonly Atom[], i: number): boolean {
  const atom = atoms[i]!;
  if (LOWER_GREEK.test(atom.text)) return true;
  if (!LATIN_LETTER.test(atom.text)) return false;
  // A lone Latin letter is a variable; a longer run of letters is a word.
  return !isAutoLatin(atoms[i - 1], atom.position) && !isAutoLatin(atoms[i + 1], atom.position);
}

function mergeRuns(styled: ReadonlyArray<{ text: string; position: RunPosition; italic: boolean }>): TextRun[] {
  const runs: TextRun[] = [];
  for (const atom of styled) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.position === atom.position && last.italic === atom.italic) {
      runs[runs.length - 1] = { ...last, text: last.text + atom.text };
    } else {
      runs.push({ text: atom.text, position: atom.position, italic: atom.italic });
    }
  }
  return runs.map(collapseSpaces).filter((run) => run.text.length > 0);
}

function collapseSpaces(run: TextRun): TextRun {
  return { ...run, text: run.text.replace(/ {2,}/g, ' ') };
}
