/**
 * Matrices that fit on a page. A 10×10 matrix of rate combinations is several page widths wide;
 * shrinking it makes it unreadable. Instead, the widest entries are replaced, one distinct value
 * at a time, by placeholders a_1, a_2, … (the same value, or its negative, shares a placeholder)
 * until the estimated width fits, and the placeholders are listed below the matrix. Entries are
 * exact either way; only where they are printed changes.
 */
import type { Scalar, ScalarAlgebra } from '../algebra/index.js';
import { type Notation, DEFAULT_NOTATION } from '../render/notation.js';
import { scalarToLatex, scalarToText } from '../render/scalar-format.js';

/**
 * A rough width of typeset math, in units of about one character (≈ 5.5 pt at 10 pt): letters and
 * symbols 1, binary operators 1.8, scripts 0.7 of their content (sub- and superscript stacked),
 * fractions the wider of numerator and denominator. Good enough to decide what to abbreviate.
 */
export function latexWidth(latex: string): number {
  let i = 0;
  const group = (): string => {
    // latex[i] === '{': return the content and move past the closing brace.
    let depth = 0;
    const start = i;
    for (; i < latex.length; i++) {
      const ch = latex[i];
      if (ch === '\\') { i++; continue; }
      if (ch === '{') depth++;
      else if (ch === '}' && --depth === 0) { i++; return latex.slice(start + 1, i - 1); }
    }
    return latex.slice(start + 1);
  };
  const argument = (): string => {
    while (latex[i] === ' ') i++;
    if (latex[i] === '{') return group();
    if (latex[i] === '\\') {
      const m = /^\\[A-Za-z]+|^\\./.exec(latex.slice(i))!;
      i += m[0].length;
      return m[0];
    }
    return latex[i++] ?? '';
  };
  let width = 0;
  let scripts: number[] = [];
  const flushScripts = () => {
    if (scripts.length > 0) width += Math.max(...scripts);
    scripts = [];
  };
  while (i < latex.length) {
    const ch = latex[i]!;
    if (ch === '^' || ch === '_') {
      i++;
      scripts.push(0.7 * latexWidth(argument()));
      continue;
    }
    flushScripts();
    if (ch === '\\') {
      const m = /^\\([A-Za-z]+|.)/.exec(latex.slice(i))!;
      const name = m[1]!;
      i += m[0].length;
      if (name === 'frac' || name === 'tfrac' || name === 'dfrac') {
        const a = latexWidth(argument());
        const b = latexWidth(argument());
        width += (name === 'tfrac' ? 0.7 : 1) * Math.max(a, b) + 0.4;
      } else if (name === 'left' || name === 'right') {
        width += 0.6;
        argument();
      } else if (name === 'sqrt') {
        width += latexWidth(argument()) + 1;
      } else if (name === ',' || name === ';' || name === ' ') {
        width += 0.3;
      } else if (name === 'quad') {
        width += 1.8;
      } else if (name === 'qquad') {
        width += 3.6;
      } else if (name === '\\') {
        // a row break: not part of a row's width
      } else if (name === 'mathrm' || name === 'boldsymbol' || name === 'mathcal' || name === 'dot' || name === 'tilde' || name === 'hat' || name === 'bar') {
        width += latexWidth(argument());
      } else {
        width += 1;
      }
      continue;
    }
    if (ch === '{') {
      width += latexWidth(group());
      continue;
    }
    i++;
    if (ch === ' ' || ch === '&') continue;
    if (ch === '+' || ch === '-' || ch === '=') width += 1.8;
    else if (ch === '(' || ch === ')' || ch === ',' || ch === '.' || ch === '|') width += 0.5;
    else width += 1;
  }
  flushScripts();
  return width;
}

/** Width budget of one display line on A4 with 2 cm margins at 10 pt, equation number excluded. */
export const LINE_BUDGET = 80;

/** Separation between pmatrix columns (2 × \arraycolsep) in width units. */
const COLUMN_SEPARATION = 1.8;

export interface Placeholder {
  readonly latex: string;
  readonly value: Scalar;
}

export interface MatrixLayout {
  /** The entries to print: the entry's LaTeX, or ±placeholder. */
  readonly cells: string[][];
  readonly placeholders: readonly Placeholder[];
  /** The estimated width of `prefix` and the matrix, in latexWidth units. */
  readonly width: number;
}

const placeholderName = (n: number): string => `a_{${n}}`;

/**
 * Lay out a matrix within `budget` width units, `prefix` (e.g. "M = \frac{1}{2}") included.
 * Entries keep their own LaTeX until the matrix is too wide; then the widest distinct values
 * become placeholders, numbered in reading order of first appearance.
 */
export function layoutMatrix(s: ScalarAlgebra, rows: readonly (readonly Scalar[])[], notation: Notation = DEFAULT_NOTATION, prefix = '', budget = LINE_BUDGET, firstPlaceholder = 1): MatrixLayout {
  const n = rows.length;
  const m = rows[0]?.length ?? 0;
  const latex = rows.map((r) => r.map((e) => scalarToLatex(e, notation)));
  const width = latex.map((r) => r.map(latexWidth));
  // Keys identify a value up to sign: the canonical text of x and of −x (same text ⇒ same value).
  const key = rows.map((r) => r.map((e) => scalarToText(e)));
  const negKey = rows.map((r) => r.map((e) => scalarToText(s.neg(e))));
  const abbreviated = new Set<string>();
  const cellWidth = (i: number, j: number): number => (abbreviated.has(key[i]![j]!) || abbreviated.has(negKey[i]![j]!) ? 2.5 : width[i]![j]!);
  const total = (): number => {
    let w = latexWidth(prefix) + 1.2;
    for (let j = 0; j < m; j++) w += Math.max(0, ...Array.from({ length: n }, (_, i) => cellWidth(i, j))) + COLUMN_SEPARATION;
    return w;
  };
  while (total() > budget) {
    // The widest cell not yet abbreviated, and not trivially short.
    let best: [number, number] | null = null;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < m; j++) {
        if (cellWidth(i, j) <= 3) continue;
        if (!best || width[i]![j]! > width[best[0]]![best[1]]!) best = [i, j];
      }
    }
    if (!best) break;
    abbreviated.add(key[best[0]]![best[1]]!);
  }
  // No entry stays inline that is as wide as one abbreviated: abbreviate every cell at least as wide
  // as the narrowest abbreviated one (the loop above stops as soon as the matrix fits).
  if (abbreviated.size > 0) {
    let narrowest = Infinity;
    for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) if (abbreviated.has(key[i]![j]!)) narrowest = Math.min(narrowest, width[i]![j]!);
    for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) if (width[i]![j]! >= narrowest && width[i]![j]! > 3 && !abbreviated.has(negKey[i]![j]!)) abbreviated.add(key[i]![j]!);
  }
  const placeholders: Placeholder[] = [];
  const index = new Map<string, number>();
  const cells = latex.map((r, i) => r.map((text, j) => {
    const k = key[i]![j]!;
    const nk = negKey[i]![j]!;
    if (!abbreviated.has(k) && !abbreviated.has(nk)) return text;
    // index: the key of a cell's value → ±(placeholder number); the first appearance sets the sign.
    let p = index.get(k);
    if (p === undefined) {
      p = placeholders.length + firstPlaceholder;
      index.set(k, p);
      index.set(nk, -p);
      placeholders.push({ latex: placeholderName(p), value: rows[i]![j]! });
    }
    return p > 0 ? placeholderName(p) : `-${placeholderName(-p)}`;
  }));
  return { cells, placeholders, width: total() };
}

/** The pmatrix of a layout. */
export function layoutToLatex(layout: MatrixLayout): string {
  return `\\begin{pmatrix}\n${layout.cells.map((r) => r.join(' & ')).join(' \\\\\n')}\n\\end{pmatrix}`;
}

/**
 * The placeholder definitions as an `aligned` block: two to a row when even the widest two fit
 * side by side (aligned columns are as wide as their widest entry), else one to a row. Returns
 * null when there are none.
 */
export function placeholdersToLatex(placeholders: readonly Placeholder[], notation: Notation = DEFAULT_NOTATION, budget = LINE_BUDGET): string | null {
  if (placeholders.length === 0) return null;
  const defs = placeholders.map((p) => `${p.latex} &= ${scalarToLatex(p.value, notation)}`);
  const widest = Math.max(...defs.map(latexWidth));
  const rows: string[] = [];
  if (defs.length > 1 && 2 * widest + 6 <= budget) {
    for (let i = 0; i < defs.length; i += 2) rows.push(defs[i + 1] === undefined ? defs[i]! : `${defs[i]}, & ${defs[i + 1]}`);
  } else rows.push(...defs);
  return `\\begin{aligned}\n${rows.join(', \\\\\n')}\n\\end{aligned}`;
}
