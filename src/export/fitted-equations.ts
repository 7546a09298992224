/**
 * Moment equations dθ/dt = Mθ + c as displays that fit the line, for every place that prints them
 * (derive --format latex, the LaTeX document, the HTML report):
 *
 * - **matrix form**, when M has at most 10 columns (amsmath's pmatrix default, so no MaxMatrixCols is
 *   needed) and fits the width once its widest entries are abbreviated (matrix-layout.ts): the
 *   equation of motion, M, the abbreviations, c;
 * - **row form** otherwise (e.g. the 21 × 21 second moments of a three-resonator chain): the nonzero
 *   entries of each row of M and c, written as that row's equation of motion, d⟨θ_i⟩/dt = Σ_j M_ij ⟨θ_j⟩ + c_i,
 *   long rows broken over lines, a dozen rows per display so that no display is taller than a page.
 *
 * Every display is a math string that fits within `budget` latexWidth units (matrix-layout.ts);
 * wrapping it in an equation environment (or KaTeX) is the caller's.
 */
import type { Scalar } from '../algebra/index.js';
import { type MomentEquations, type HeatCurrents, totalMatrix, totalConstant } from '../moments/index.js';
import { type Notation, DEFAULT_NOTATION, constantFactor } from '../render/notation.js';
import { scalarToLatex } from '../render/scalar-format.js';
import { columnToLatex } from '../render/matrix-format.js';
import { matrixName, constantName, factorOut } from '../render/equations-format.js';
import { layoutMatrix, layoutToLatex, placeholdersToLatex, latexWidth, LINE_BUDGET } from './matrix-layout.js';

/** pmatrix takes at most this many columns without \setcounter{MaxMatrixCols}. */
export const PMATRIX_COLUMNS = 10;
/**
 * latexWidth units kept free on the lines of aligned blocks (row form, abbreviations, the list of
 * c): the widths are estimates, and the block's one equation number shares its last line.
 */
const ALIGN_MARGIN = 8;
/** Rows of the row form per display. */
const ROWS_PER_DISPLAY = 12;

export interface FitOptions {
  readonly notation?: Notation;
  /** Pull 1/n out of M (matrix form), as eq. 34 prints ½(…); default false. */
  readonly pullFactor?: boolean;
  /** Width of a display line in latexWidth units (default LINE_BUDGET, the A4 text width). */
  readonly budget?: number;
  /** Number of the first abbreviation a_n (default 1), so that abbreviations stay unique across a document. */
  readonly firstPlaceholder?: number;
}

/** One display and what it shows (for labels). */
export interface FittedDisplay {
  readonly role: 'motion' | 'basis' | 'matrix' | 'abbreviations' | 'constant' | 'rows';
  readonly math: string;
}

export interface FittedEquations {
  readonly form: 'matrix' | 'rows';
  readonly displays: readonly FittedDisplay[];
  /** The number the next abbreviation would take. */
  readonly nextPlaceholder: number;
}

/**
 * The top-level terms of rendered LaTeX: split at " + " and " - " outside braces and \left…\right,
 * each term keeping its sign ("-x"). A string with no top-level sum is one term.
 */
export function topLevelTerms(latex: string): string[] {
  const terms: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < latex.length; i++) {
    const ch = latex[i];
    if (ch === '\\') {
      if (latex.startsWith('\\left', i)) depth++;
      else if (latex.startsWith('\\right', i)) depth--;
      i++;
      continue;
    }
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (depth === 0 && (latex.startsWith(' + ', i - 1) || latex.startsWith(' - ', i - 1)) && (ch === '+' || ch === '-') && i > 1) {
      terms.push(latex.slice(start, i - 1));
      start = ch === '-' ? i : i + 2;
    }
  }
  terms.push(latex.slice(start));
  return terms.map((t) => t.trim()).filter((t) => t.length > 0);
}

/** A term with its sign written for the middle of a sum ("+ x", "- x"), or as is at the start. */
const signed = (t: string, first: boolean): string => (first ? t : t.startsWith('-') ? `- ${t.slice(1).trimStart()}` : `+ ${t}`);

/**
 * A term `\left(s_1 + … + s_n\right)tail` too wide for a line, as pieces that can be broken
 * between lines: `\biggl(s_1`, `+ s_2`, …, `+ s_n\biggr)tail` (\biggl/\biggr, unlike
 * \left/\right, may sit on different lines of an alignment). Any other term is one piece.
 */
function pieces(term: string, first: boolean, room: number): string[] {
  const negative = term.startsWith('-');
  const body = negative ? term.slice(1).trimStart() : term;
  if (latexWidth(body) <= room || !body.startsWith('\\left(')) return [signed(term, first)];
  // the \right) that closes the leading \left(
  let depth = 0;
  let close = -1;
  for (let i = 0; i < body.length; i++) {
    if (body.startsWith('\\left', i)) depth++;
    else if (body.startsWith('\\right', i) && --depth === 0) { close = i; break; }
  }
  if (close < 0 || body[close + 6] !== ')') return [signed(term, first)];
  const inner = topLevelTerms(body.slice('\\left('.length, close));
  if (inner.length < 2) return [signed(term, first)];
  const tail = body.slice(close + '\\right)'.length);
  const open = first ? (negative ? '-\\biggl(' : '\\biggl(') : negative ? '- \\biggl(' : '+ \\biggl(';
  return inner.map((t, j) => `${j === 0 ? open : ''}${signed(t, j === 0)}${j === inner.length - 1 ? `\\biggr)${tail}` : ''}`);
}

/** `head` then the terms joined by signs, broken into aligned lines no wider than `budget` (a term too wide for a line is broken inside its parentheses). */
export function brokenSum(head: string, terms: readonly string[], budget: number, alignedHeadWidth = latexWidth(head)): string {
  const room = budget - latexWidth(head) - 8;
  const parts = terms.flatMap((t, i) => pieces(t, i === 0, room));
  const lines: string[] = [];
  let line = `${head} &= ${parts[0] ?? '0'}`;
  // A continuation line starts at the alignment point, so it is as wide as the head plus itself.
  // (the alignment point is set by the widest head of the block: `alignedHeadWidth`).
  const indent = (): number => (lines.length === 0 ? alignedHeadWidth - latexWidth(head) : alignedHeadWidth + 8);
  for (const t of parts.slice(1)) {
    if (indent() + latexWidth(`${line} ${t}`) > budget && latexWidth(line) > 10) {
      lines.push(line);
      line = `&\\quad ${t}`;
    } else line += ` ${t}`;
  }
  lines.push(line);
  return lines.join(' \\\\\n');
}

/**
 * A display for an amsmath document: an `aligned` block becomes an `align` environment (so that,
 * with \allowdisplaybreaks, a tall block breaks across pages), numbered once on its last line
 * (with `label`, if given); any other display an equation.
 */
export function displayEnvironment(math: string, label?: string): string {
  const tag = label === undefined ? '' : `\\label{${label}}`;
  const aligned = /^\\begin\{aligned\}\n([\s\S]*)\n\\end\{aligned\}$/.exec(math);
  if (aligned === null) return `\\begin{equation}${tag}\n${math}\n\\end{equation}`;
  const body = aligned[1]!.replace(/ \\\\\n/g, ' \\notag \\\\\n');
  return `\\begin{align}\n${body}${tag === '' ? '' : ` ${tag}`}\n\\end{align}`;
}

/** A coefficient in front of a moment: bare if it is one term, parenthesised otherwise. */
export function coefficientTimes(x: Scalar, moment: string, notation: Notation): string {
  const text = scalarToLatex(x, notation);
  if (text === '1') return moment;
  if (text === '-1') return `-${moment}`;
  const single = x.terms.length === 1 && (x.terms[0]!.coefficient.re.num === 0n || x.terms[0]!.coefficient.im.num === 0n);
  return single ? `${text}\\,${moment}` : `\\left(${text}\\right)${moment}`;
}

/** The abbreviation definitions, each broken over lines if it is wider than the budget. */
function abbreviationsLatex(placeholders: Parameters<typeof placeholdersToLatex>[0], notation: Notation, budget: number): string | null {
  const compact = placeholdersToLatex(placeholders, notation, budget);
  if (compact === null) return null;
  if (compact.split('\\\\').every((row) => latexWidth(row) <= budget)) return compact;
  const rows = placeholders.map((p) => brokenSum(p.latex, topLevelTerms(scalarToLatex(p.value, notation)), budget));
  return `\\begin{aligned}\n${rows.join(', \\\\\n')}\n\\end{aligned}`;
}

/** c as a column if its entries fit, else the list of its nonzero entries, each broken over lines. */
function constantLatex(eqs: MomentEquations, c: readonly Scalar[], notation: Notation, budget: number): string {
  const name = constantName(eqs);
  if (c.every((e) => e.terms.length === 0)) return `${name} = 0`;
  if (c.every((e) => latexWidth(scalarToLatex(e, notation)) + latexWidth(name) + 4 <= budget)) return `${name} = ${columnToLatex(c, notation)}`;
  const rows = c.flatMap((e, i) => (e.terms.length === 0 ? [] : [brokenSum(`\\left(${name}\\right)_{${i + 1}}`, topLevelTerms(scalarToLatex(e, notation)), budget)]));
  return `\\begin{aligned}\n${rows.join(', \\\\\n')}\n\\end{aligned}`;
}

function matrixForm(eqs: MomentEquations, options: FitOptions): FittedEquations | null {
  const notation = options.notation ?? DEFAULT_NOTATION;
  const budget = options.budget ?? LINE_BUDGET;
  const first = options.firstPlaceholder ?? 1;
  const M = totalMatrix(eqs);
  if ((M[0]?.length ?? 0) > PMATRIX_COLUMNS) return null;
  const { factor, rows } = options.pullFactor ? factorOut(eqs.model.scalars, M) : { factor: '', rows: M.map((r) => [...r]) };
  const prefix = `${matrixName(eqs)} = ${factor}`;
  const layout = layoutMatrix(eqs.model.scalars, rows, notation, prefix, budget, first);
  if (layout.width > budget) return null;
  const c = totalConstant(eqs);
  const hasConstant = c.some((e) => e.terms.length > 0);
  const theta = `\\boldsymbol{\\theta} = \\left(${eqs.basis.map((b) => b.latex).join(', ')}\\right)^{\\top}`;
  const motion = `\\frac{d\\langle\\boldsymbol{\\theta}\\rangle}{dt} = ${matrixName(eqs)}\\langle\\boldsymbol{\\theta}\\rangle${hasConstant ? ` + ${constantFactor(notation)}${constantName(eqs)}` : ''}`;
  const displays: FittedDisplay[] = latexWidth(`${motion}, \\qquad ${theta}`) <= budget
    ? [{ role: 'motion', math: `${motion}, \\qquad ${theta}` }]
    : [{ role: 'motion', math: motion }, { role: 'basis', math: theta }];
  displays.push({ role: 'matrix', math: `${prefix}${layoutToLatex(layout)}` });
  const where = abbreviationsLatex(layout.placeholders, notation, budget - ALIGN_MARGIN);
  if (where !== null) displays.push({ role: 'abbreviations', math: where });
  displays.push({ role: 'constant', math: constantLatex(eqs, c, notation, budget - ALIGN_MARGIN) });
  return { form: 'matrix', displays, nextPlaceholder: first + layout.placeholders.length };
}

function rowForm(eqs: MomentEquations, options: FitOptions): FittedEquations {
  const notation = options.notation ?? DEFAULT_NOTATION;
  const budget = options.budget ?? LINE_BUDGET;
  const M = totalMatrix(eqs);
  const c = totalConstant(eqs);
  const heads = eqs.basis.map((b) => `\\frac{d}{dt}\\langle ${b.latex}\\rangle`);
  const headWidth = Math.max(...heads.map(latexWidth));
  const rows = eqs.basis.map((b, i) => {
    const terms = M[i]!.flatMap((x, j) => (x.terms.length === 0 ? [] : [coefficientTimes(x, `\\langle ${eqs.basis[j]!.latex}\\rangle`, notation)]));
    if (c[i]!.terms.length > 0) {
      const constant = topLevelTerms(scalarToLatex(c[i]!, notation));
      if (notation.hbar) terms.push(`${constantFactor(notation)}\\left(${scalarToLatex(c[i]!, notation)}\\right)`);
      else terms.push(...constant);
    }
    return brokenSum(heads[i]!, terms, budget - ALIGN_MARGIN, headWidth);
  });
  const displays: FittedDisplay[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_DISPLAY) {
    displays.push({ role: 'rows', math: `\\begin{aligned}\n${rows.slice(i, i + ROWS_PER_DISPLAY).join(' \\\\\n')}\n\\end{aligned}` });
  }
  return { form: 'rows', displays, nextPlaceholder: options.firstPlaceholder ?? 1 };
}

/** The moment equations in the first form that fits: matrix, else rows. */
export function fittedMomentEquations(eqs: MomentEquations, options: FitOptions = {}): FittedEquations {
  return matrixForm(eqs, options) ?? rowForm(eqs, options);
}

/** The heat currents Q̇_α = q_α·θ + q_α⁰ (eq. 50), one aligned display, each current broken over lines to fit. */
export function fittedHeatCurrents(h: HeatCurrents, options: Pick<FitOptions, 'notation' | 'budget'> = {}): string {
  const notation = options.notation ?? DEFAULT_NOTATION;
  const budget = options.budget ?? LINE_BUDGET;
  const rows = h.currents.map((c) => {
    const terms = h.basis.flatMap((b, i) => (c.form.coefficients[i]!.terms.length === 0 ? [] : [coefficientTimes(c.form.coefficients[i]!, `\\langle ${b.latex}\\rangle`, notation)]));
    if (c.form.constant.terms.length > 0) {
      if (notation.hbar) terms.push(`${constantFactor(notation)}\\left(${scalarToLatex(c.form.constant, notation)}\\right)`);
      else terms.push(...topLevelTerms(scalarToLatex(c.form.constant, notation)));
    }
    return brokenSum(`\\dot{Q}_{${c.bath}}`, terms, budget);
  });
  return `\\begin{aligned}\n${rows.join(' \\\\\n')}\n\\end{aligned}`;
}
