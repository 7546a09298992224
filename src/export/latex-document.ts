/**
 * LaTeX for papers: every derived equation of the resonant model in one document.
 *
 * - the twelve moment equations dθ/dt = Mθ + c (local, global, partial Redfield × first and second
 *   moments × local and normal basis), M and c as amsmath pmatrix;
 * - the k-expansions of the global and Redfield first moments to order 1 (eqs. 47, 49);
 * - the heat currents Q̇_α = ⟨D_α†(H_S)⟩ (eq. 50) of each equation, over the local second moments;
 * - the exceptional-line condition of the local first moments (eq. 36), derived from the
 *   discriminant of the characteristic polynomial of M_L,1.
 *
 * Every display is one `equation` whose content is KaTeX-checked math. In the document it is
 * wrapped in `\omfit{…}`, a document-level macro (defined in the body with \providecommand) that
 * shrinks a display wider than the line to the line width with graphicx's \resizebox; for KaTeX,
 * MathJax or a reader that does not want it, `\omfit` is the identity (`OMFIT_KATEX_MACROS`).
 * Packages: amsmath, amssymb, graphicx, geometry (all in texlive-latex-base).
 */
import type { Scalar, ScalarAlgebra } from '../algebra/index.js';
import { resonantPair, type FrameKind, type Model } from '../model/index.js';
import { EQUATIONS, type EquationKind } from '../dissipators/index.js';
import { deriveMoments, deriveHeatCurrents, totalMatrix, type MomentEquations, type MomentOrder, type HeatCurrents } from '../moments/index.js';
import { expandMoments, type MomentExpansion } from '../series/index.js';
import { characteristicPolynomial } from '../moments/characteristic.js';
import { exceptionalLine } from '../moments/exceptional-line.js';
import { type Notation, DEFAULT_NOTATION, symbolLatex, constantFactor, inModelSymbols } from '../render/notation.js';
import { scalarToLatex } from '../render/scalar-format.js';
import { columnToLatex } from '../render/matrix-format.js';
import { layoutMatrix, layoutToLatex, placeholdersToLatex, LINE_BUDGET } from './matrix-layout.js';
import { fittedMomentEquations, coefficientTimes } from './fitted-equations.js';
import { matrixName, constantName } from '../render/equations-format.js';
import { checkLatex } from '../render/katex-check.js';
import { finishLatex } from './notation-config.js';

/** KaTeX/MathJax macros that make the document-level wrapper transparent (\\label, which KaTeX lacks, draws nothing). */
export const OMFIT_KATEX_MACROS: Readonly<Record<string, string>> = Object.freeze({ '\\omfit': '#1', '\\label': '\\vphantom{#1}' });

/** Lines the body needs besides amsmath, amssymb and graphicx (valid anywhere after \begin{document}). */
export const BODY_SETUP = [
  '% openmoments: needs \\usepackage{amsmath,amssymb,graphicx} in the preamble.',
  '\\setcounter{MaxMatrixCols}{12}',
  '% \\omfit{math}: the display as is, or shrunk to the line if wider (3em kept for the equation number).',
  '\\providecommand{\\omfit}[1]{\\sbox0{$\\displaystyle #1$}\\ifdim\\wd0>\\dimexpr\\linewidth-3em\\relax\\resizebox{\\dimexpr\\linewidth-3em\\relax}{!}{\\usebox0}\\else\\usebox0\\fi}',
].join('\n');

export interface LatexDocumentOptions {
  /** How symbols are written (notation-config.ts); the paper's notation by default. */
  readonly notation?: Notation;
  /** Pull the least common denominator out of first-moment matrices (½(…) as eq. 34 prints); default true. */
  readonly pullFactorFirst?: boolean;
  /** Likewise for the 10×10 second-moment matrices; default true (it narrows them). */
  readonly pullFactorSecond?: boolean;
  /** Title of the standalone document. */
  readonly title?: string;
}

/** One display: the KaTeX-checked math and its document form. */
export interface Display {
  readonly math: string;
  readonly latex: string;
  /** The equation's \label, unique in the document (e.g. eq:local-2-local:matrix). */
  readonly label: string;
}

/** Finish `math` (finishLatex), check it with KaTeX as an equation, and wrap it for the document with its label. */
export function display(math: string, label: string): Display {
  const finished = finishLatex(math);
  checkLatex(`\\begin{equation}\n${finished}\n\\end{equation}`);
  if (!/^[A-Za-z0-9:.-]+$/.test(label)) throw new Error(`bad equation label "${label}"`);
  // The emitted fragment is this math inside \omfit{…}, which KaTeX reads as the identity (OMFIT_KATEX_MACROS).
  return { math: finished, label, latex: `\\begin{equation}\\label{${label}}\n\\omfit{${finished}}\n\\end{equation}` };
}

/** Inline math in running text, KaTeX-checked. */
function inline(math: string): string {
  const finished = finishLatex(math);
  checkLatex(finished);
  return `$${finished}$`;
}

const EQUATION_TITLE: Record<EquationKind, string> = {
  local: 'Local master equation',
  global: 'Global master equation',
  redfield: 'Partial Redfield equation',
  'partial-secular': 'Partial-secular equation',
};
const EQUATION_SOURCE: Record<EquationKind, string> = { local: 'eq.~12', global: 'eq.~9', redfield: 'eqs.~5 and D.3', 'partial-secular': 'pairs of one sign with $|\\omega - \\omega\'| \\le$ the secular cutoff' };

/** "a + b" where b may start with a minus sign. */
function joinSigned(parts: readonly string[]): string {
  return parts.map((p, i) => (i === 0 ? p : p.startsWith('-') ? `- ${p.slice(1).trimStart()}` : `+ ${p}`)).join(' ');
}


export interface MomentSection {
  readonly equation: EquationKind;
  readonly order: MomentOrder;
  readonly basis: FrameKind;
  readonly displays: readonly Display[];
  readonly latex: string;
  /** The number the next abbreviation a_n takes (abbreviations are numbered across the document). */
  readonly nextPlaceholder: number;
}

/** `name = factor·M` laid out to fit (matrix-layout.ts), and the placeholder list if any, abbreviations numbered from `first`. */
export function matrixDisplays(s: ScalarAlgebra, name: string, factor: string, rows: readonly (readonly Scalar[])[], notation: Notation, label: string, first = 1): { matrix: Display; where: Display | null; nextPlaceholder: number } {
  const prefix = `${name} = ${factor}`;
  const layout = layoutMatrix(s, rows, notation, prefix, LINE_BUDGET, first);
  const where = placeholdersToLatex(layout.placeholders, notation);
  return {
    matrix: display(`${prefix}${layoutToLatex(layout)}`, `${label}:matrix`),
    where: where === null ? null : display(where, `${label}:abbreviations`),
    nextPlaceholder: first + layout.placeholders.length,
  };
}

/** The moment equations in the form that fits (fitted-equations.ts), one labelled display each. */
function momentDisplays(eqs: MomentEquations, given: Notation, pull: boolean, label: string, first: number): { displays: Display[]; latex: string; nextPlaceholder: number } {
  const notation = inModelSymbols(given, eqs.model); // entries in the model's own symbols (Ω_1², Δ̄_α)
  const fitted = fittedMomentEquations(eqs, { notation, pullFactor: pull, firstPlaceholder: first });
  const seen = new Map<string, number>();
  const displays = fitted.displays.map((d) => {
    const n = (seen.get(d.role) ?? 0) + 1;
    seen.set(d.role, n);
    return display(d.math, `${label}:${d.role}${n > 1 || d.role === 'rows' ? `-${n}` : ''}`);
  });
  const latex = fitted.displays.map((d, i) => `${d.role === 'abbreviations' ? 'with\n' : d.role === 'constant' && fitted.displays[i - 1]?.role === 'abbreviations' ? 'and\n' : ''}${displays[i]!.latex}`).join('\n');
  return { displays, latex, nextPlaceholder: fitted.nextPlaceholder };
}

function basisSource(order: MomentOrder, basis: FrameKind): string {
  if (order === 1) return basis === 'local' ? 'eq.~29' : 'normal modes, eqs.~39--40';
  return basis === 'local' ? 'eq.~B.2' : 'eq.~B.7';
}

/** Label stem of one moment equation, e.g. eq:redfield-2-normal. */
export const momentLabel = (equation: EquationKind, order: MomentOrder, basis: FrameKind): string => `eq:${equation}-${order}-${basis}`;

export function momentSection(model: Model, equation: EquationKind, order: MomentOrder, basis: FrameKind, options: LatexDocumentOptions = {}, firstPlaceholder = 1): MomentSection {
  const notation = options.notation ?? DEFAULT_NOTATION;
  const pull = order === 1 ? options.pullFactorFirst ?? true : options.pullFactorSecond ?? true;
  const eqs = deriveMoments({ model, equation, order, basis });
  const { displays, latex, nextPlaceholder } = momentDisplays(eqs, notation, pull, momentLabel(equation, order, basis), firstPlaceholder);
  const heading = `\\subsection{${EQUATION_TITLE[equation]}, ${order === 1 ? 'first' : 'second'} moments, ${basis} basis}`;
  const text = `Basis ${basisSource(order, basis)}; ${EQUATION_SOURCE[equation]}.`;
  return { equation, order, basis, displays, latex: [heading, text, latex].join('\n'), nextPlaceholder };
}

export function expansionDisplays(e: MomentExpansion, given: Notation, label = `eq:expansion-${e.equations.equation}-${e.equations.order}`, firstPlaceholder = 1): { displays: Display[]; latex: string; nextPlaceholder: number } {
  const notation = inModelSymbols(given, e.equations.model); // entries in the model's own symbols
  const eq = e.equations;
  const s = eq.model.scalars;
  const name = matrixName(eq);
  const sum = joinSigned(Array.from({ length: e.order + 1 }, (_, n) => (n === 0 ? matrixName(eq, 0) : `k${n > 1 ? `^{${n}}` : ''} ${matrixName(eq, n)}`)));
  const head = display(`${name} = ${sum} + O\\left(k^{${e.order + 1}}\\right)`, `${label}:sum`);
  const displays = [head];
  const latex = [head.latex];
  let next = firstPlaceholder;
  e.matrices.forEach((m, n) => {
    const { matrix, where, nextPlaceholder } = matrixDisplays(s, matrixName(eq, n), '', m, notation, `${label}:order-${n}`, next);
    next = nextPlaceholder;
    displays.push(matrix, ...(where ? [where] : []));
    latex.push(matrix.latex, ...(where ? ['with', where.latex] : []));
  });
  if (e.constants.some((c) => c.some((x) => x.terms.length > 0))) {
    e.constants.forEach((c, n) => {
      const d = display(`${constantName(eq)}^{(${n})} = ${columnToLatex(c, notation)}`, `${label}:constant-${n}`);
      displays.push(d);
      latex.push(d.latex);
    });
  }
  return { displays, latex: latex.join('\n'), nextPlaceholder: next };
}

/** Eq. 50 over the second-moment basis: one term per line. */
export function heatDisplays(h: HeatCurrents, given: Notation, label = `eq:heat-${h.equation}-${h.basisKind}`): Display[] {
  const notation = inModelSymbols(given, h.model); // entries in the model's own symbols
  return h.currents.map((c) => {
    const terms = h.basis
      .map((b, i) => [b.latex, c.form.coefficients[i]!] as const)
      .filter(([, x]) => x.terms.length > 0)
      .map(([l, x]) => coefficientTimes(x, `\\langle ${l}\\rangle`, notation));
    if (c.form.constant.terms.length > 0) terms.push(notation.hbar ? `${constantFactor(notation)}\\left(${scalarToLatex(c.form.constant, notation)}\\right)` : scalarToLatex(c.form.constant, notation));
    const lines = terms.length === 0 ? ['0'] : terms.map((t, i) => (i === 0 ? t : t.startsWith('-') ? `- ${t.slice(1)}` : `+ ${t}`));
    const body = lines.map((l, i) => (i === 0 ? `\\dot{Q}_{${c.bath}} &= ${l}` : `&\\quad ${l}`)).join(' \\\\\n');
    return display(`\\begin{aligned}\n${body}\n\\end{aligned}`, `${label}:${c.bath}`);
  });
}

export interface ExceptionalLineDisplays {
  readonly condition: Scalar;
  readonly k: Scalar;
  readonly displays: readonly Display[];
}

/** The EP condition of M_L,1 (eq. 36) and its solution, derived exactly. */
export function localExceptionalLineDisplays(model: Model, notation: Notation): ExceptionalLineDisplays {
  const eqs = deriveMoments({ model, equation: 'local', order: 1, basis: 'local' });
  const line = exceptionalLine(model.scalars, characteristicPolynomial(model.scalars, totalMatrix(eqs)));
  if (line.kind !== 'closed-form') throw new Error(`no closed-form exceptional line: ${line.reason}`);
  return {
    condition: line.condition,
    k: line.k,
    displays: [
      display(`${scalarToLatex(line.condition, notation)} = 0`, 'eq:exceptional-line:condition'),
      display(`k = \\pm\\left(${scalarToLatex(line.k, notation)}\\right)`, 'eq:exceptional-line:k'),
      // The same with the rates of eq. 19 (Δ_ω^(α) = −λ_α²Λ²/(ω² + Λ²)).
      display(`k = \\pm\\frac{${symbolLatex('omega', notation)}}{2}\\left|\\lambda_h^{2} - \\lambda_c^{2}\\right| \\frac{\\Lambda^{2}}{${symbolLatex('omega', notation)}^{2} + \\Lambda^{2}}`, 'eq:exceptional-line:eq19'),
    ],
  };
}

/** How the notation differs from the paper's, as a sentence of inline math. */
function notationNote(notation: Notation): string {
  const renamed = [...notation.overrides.entries()];
  const lines: string[] = [];
  if (renamed.length > 0) lines.push(`Notation: ${renamed.map(([name, latex]) => inline(`${latex} \\equiv ${symbolLatex(name, DEFAULT_NOTATION)}`)).join(', ')}.`);
  return lines.join('\n');
}

function definitionsText(model: Model, notation: Notation): string {
  const roots = model.definitions.filter((d) => d.kind === 'root' && d.name !== 'sqrt2');
  const rootMath = roots.map((d) => (d.kind === 'root' ? `${symbolLatex(d.name, notation)} = \\sqrt{${scalarToLatex(d.square, notation)}}` : '')).join(', \\qquad ');
  const w = symbolLatex('omega', notation);
  const hbar = notation.hbar === true;
  return [
    hbar
      ? 'Unit masses, $[x_\\alpha, p_\\beta] = i\\hbar\\,\\delta_{\\alpha\\beta}$; $\\hbar$ is written where the commutator and the Bose factor put it, and nowhere else. The system is two resonators of frequency'
      : 'Units $\\hbar = k_B = 1$, unit masses. The system is two resonators of frequency',
    `${inline(w)} coupled through ${inline('k\\, x_h x_c')} (eq.~15), each coupled through its position to a bath at temperature`,
    `${inline('T_\\alpha')}, ${inline('\\alpha \\in \\{h, c\\}')}. Equation numbers are those of S.~Scali, J.~Anders and L.~A.~Correa,`,
    '\\emph{Local master equations bypass the secular approximation}, Quantum (2021).',
    'The normal-mode frequencies are (eq.~40)',
    display(rootMath, 'eq:normal-frequencies').latex,
    'and the rates enter through (eqs.~35 and B.4), at a frequency $f > 0$,',
    hbar
      ? display('\\Delta^{(\\alpha)}_{f} = \\hbar\\,\\frac{\\gamma^{(\\alpha)}_{-f} - \\gamma^{(\\alpha)}_{f}}{2 f}, \\qquad \\Sigma^{(\\alpha)}_{f} = \\hbar\\,\\frac{\\gamma^{(\\alpha)}_{-f} + \\gamma^{(\\alpha)}_{f}}{2 f}, \\qquad \\hbar\\gamma^{(\\alpha)}_{f} = 2 J_\\alpha(f)\\left(1 + \\frac{1}{e^{\\hbar f/k_B T_\\alpha} - 1}\\right),', 'eq:rates').latex
      : display('\\Delta^{(\\alpha)}_{f} = \\frac{\\gamma^{(\\alpha)}_{-f} - \\gamma^{(\\alpha)}_{f}}{2 f}, \\qquad \\Sigma^{(\\alpha)}_{f} = \\frac{\\gamma^{(\\alpha)}_{-f} + \\gamma^{(\\alpha)}_{f}}{2 f},', 'eq:rates').latex,
    `which for the Ohmic--algebraic spectral density of eq.~19, $J_\\alpha(f) = \\lambda_\\alpha^{2} f \\Lambda^{2}/(f^{2} + \\Lambda^{2})$${hbar ? ' (carrying no $\\hbar$, as in the Caldeira--Leggett model)' : ''}, are`,
    display(`\\Delta^{(\\alpha)}_{f} = -\\frac{\\lambda_\\alpha^{2}\\Lambda^{2}}{f^{2} + \\Lambda^{2}}, \\qquad \\Sigma^{(\\alpha)}_{f} = \\frac{\\lambda_\\alpha^{2}\\Lambda^{2}}{f^{2} + \\Lambda^{2}}\\left(1 + \\frac{2}{e^{${hbar ? '\\hbar f/k_B T_\\alpha' : 'f/T_\\alpha'}} - 1}\\right).`, 'eq:rates-eq19').latex,
    ...(hbar ? ['The matrices $M$ carry no $\\hbar$; the second-moment constant vectors $c$ and the constants of the heat currents carry one factor $\\hbar$, written in front of them (docs/conventions.md of openmoments, ``Where $\\hbar$ enters\'\').'] : []),
    `A prime on a rate is a derivative with respect to the frequency, taken at ${inline(w)}. Every equation below is derived exactly by openmoments; none is transcribed from the paper.`,
    notationNote(notation),
  ].join('\n');
}

export interface LatexDocumentParts {
  /** Everything between \begin{document} and \end{document}. */
  readonly body: string;
  /** Every display of the body (their math is KaTeX-checked). */
  readonly displays: readonly Display[];
}

/** The body: sections of equations, with the setup lines it needs at the top. */
export function latexDocumentParts(options: LatexDocumentOptions = {}): LatexDocumentParts {
  const notation = options.notation ?? DEFAULT_NOTATION;
  const model = resonantPair();
  const displays: Display[] = [];
  const keep = (ds: readonly Display[]): string => {
    displays.push(...ds);
    return ds.map((d) => d.latex).join('\n');
  };
  const parts: string[] = [BODY_SETUP, '', '\\section{Model and notation}', definitionsText(model, notation), '', '\\section{Moment equations}'];
  parts.push(`Each equation reads ${inline(`d\\langle\\boldsymbol{\\theta}\\rangle/dt = M\\langle\\boldsymbol{\\theta}\\rangle + ${constantFactor(notation)}c`)}; a prime on ${inline('M')} marks the normal-mode basis.`);
  // Abbreviations a_n are numbered across the whole document, so that each a_n means one thing.
  let next = 1;
  for (const equation of EQUATIONS) {
    for (const order of [1, 2] as MomentOrder[]) {
      for (const basis of ['local', 'normal'] as FrameKind[]) {
        const section = momentSection(model, equation, order, basis, options, next);
        next = section.nextPlaceholder;
        displays.push(...section.displays);
        parts.push('', section.latex);
      }
    }
  }
  parts.push('', '\\section{Expansion in the coupling}');
  parts.push('Only the dissipative part is expanded in $k$; the coherent part stays exact in the zeroth order (eqs.~47 and 49).');
  for (const equation of ['global', 'redfield'] as const) {
    const e = expansionDisplays(expandMoments(deriveMoments({ model, equation, order: 1, basis: 'local' }), 1), notation, `eq:expansion-${equation}-1`, next);
    next = e.nextPlaceholder;
    displays.push(...e.displays);
    parts.push(`\\subsection{${EQUATION_TITLE[equation]}, first moments, to order $k$}`, e.latex);
  }
  parts.push('', '\\section{Heat currents}');
  parts.push('The heat current from bath $\\alpha$ is $\\dot{Q}_\\alpha = \\langle \\mathcal{D}_\\alpha^\\dagger(H_S)\\rangle$ (eq.~50), a linear function of the second moments (local basis, eq.~B.2) plus a constant.');
  for (const equation of EQUATIONS) {
    parts.push(`\\subsection{${EQUATION_TITLE[equation]}}`, keep(heatDisplays(deriveHeatCurrents({ model, equation, basis: 'local' }), notation)));
  }
  parts.push('', '\\section{Exceptional line of the local equation}');
  const ep = localExceptionalLineDisplays(model, notation);
  parts.push(
    `Two eigenvalues of ${inline('M_{\\mathcal{L},1}')} coalesce (at ${inline('k \\neq 0')}) where the discriminant of its characteristic polynomial, shifted by the mean eigenvalue, vanishes (eq.~36):`,
    keep([ep.displays[0]!]),
    'that is,',
    keep([ep.displays[1]!]),
    'With the rates of eq.~19 this is',
    keep([ep.displays[2]!]),
    `which is eq.~37 up to the factor ${inline(`\\Lambda^{2}/(${symbolLatex('omega', notation)}^{2} + \\Lambda^{2})`)}, close to one for ${inline(`\\Lambda \\gg ${symbolLatex('omega', notation)}`)}.`,
  );
  return { body: `${parts.join('\n')}\n`, displays };
}

export function latexDocumentBody(options: LatexDocumentOptions = {}): string {
  return latexDocumentParts(options).body;
}

const TEXT_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' };

/** Plain text for a LaTeX text argument. */
export function escapeText(text: string): string {
  return text.replace(/[\\{}$&#^_%~]/g, (c) => TEXT_ESCAPES[c] ?? `\\${c}`);
}

export const DEFAULT_TITLE = 'Moment equations of two coupled resonators under the local, global and partial Redfield master equations';

/** A complete document: article class, amsmath, amssymb, graphicx, geometry (texlive-latex-base). */
export function latexDocument(options: LatexDocumentOptions = {}): string {
  return wrapDocument(latexDocumentBody(options), options.title);
}

/** The preamble and \begin{document}…\end{document} around a body. */
export function wrapDocument(body: string, title: string = DEFAULT_TITLE): string {
  return [
    '% Generated by openmoments (`openmoments latex --standalone`); do not edit.',
    '\\documentclass[10pt]{article}',
    '\\usepackage[a4paper,margin=2cm]{geometry}',
    '\\usepackage{amsmath,amssymb,graphicx}',
    // long aligned blocks (row form, abbreviations) break across pages
    '\\allowdisplaybreaks',
    `\\title{${escapeText(title)}}`,
    '\\author{openmoments}',
    '\\date{}',
    '\\begin{document}',
    '\\maketitle',
    body,
    '\\end{document}',
    '',
  ].join('\n');
}
