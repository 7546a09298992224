/**
 * Moment equations for people: equations of motion as text, paste-ready amsmath LaTeX
 * (checked by KaTeX), and JSON with both.
 */
import { type Scalar, type ScalarAlgebra, lcmDenominators, rational } from '../algebra/index.js';
import { type MomentEquations, totalMatrix, totalConstant } from '../moments/index.js';
import { type EquationKind, ALL_EQUATIONS, EQUATION_REGISTRY } from '../dissipators/index.js';
import { type Notation, DEFAULT_NOTATION, constantFactor, inModelSymbols } from './notation.js';
import { scalarToText } from './scalar-format.js';
import { matrixToLatex, columnToLatex, matrixToText } from './matrix-format.js';
import { checkLatex } from './katex-check.js';

const EQUATION_LETTER = Object.fromEntries(ALL_EQUATIONS.map((e) => [e, EQUATION_REGISTRY[e].latexLetter])) as Record<EquationKind, string>;

export function matrixName(eqs: Pick<MomentEquations, 'equation' | 'order' | 'basisKind'>, power?: number): string {
  const prime = eqs.basisKind === 'normal' ? "'" : '';
  const sup = power === undefined ? '' : `^{(${power})}`;
  return `M${prime}_{${EQUATION_LETTER[eqs.equation]},${eqs.order}}${sup}`;
}

export function constantName(eqs: Pick<MomentEquations, 'equation' | 'order' | 'basisKind'>): string {
  const prime = eqs.basisKind === 'normal' ? "'" : '';
  return `c${prime}_{${EQUATION_LETTER[eqs.equation]},${eqs.order}}`;
}

/** Pull out 1/n where n is the least common denominator of all entries, as eq. 34 prints ½(…). */
export function factorOut(scalars: ScalarAlgebra, rows: readonly (readonly Scalar[])[]): { factor: string; rows: Scalar[][] } {
  const n = lcmDenominators(rows.flat());
  if (n === 1n) return { factor: '', rows: rows.map((r) => [...r]) };
  // The factor is g/n with g the gcd of the numerators once every entry is an integer combination.
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
  let g = 0n;
  for (const e of rows.flat()) for (const t of e.terms) for (const q of [t.coefficient.re, t.coefficient.im]) g = gcd(g, (q.num * n) / q.den);
  if (g === 0n) g = 1n;
  const factor = rational(g, n);
  if (factor.num === 1n && factor.den === 1n) return { factor: '', rows: rows.map((r) => [...r]) };
  const times = scalars.fromRational(rational(factor.den, factor.num));
  const text = factor.num === 1n ? `\\frac{1}{${factor.den}}` : `\\frac{${factor.num}}{${factor.den}}`;
  return { factor: text, rows: rows.map((r) => r.map((e) => scalars.mul(e, times))) };
}

export interface LatexOptions {
  readonly notation?: Notation;
  readonly pullFactor?: boolean;
}

export function equationsToLatex(eqs: MomentEquations, options: LatexOptions = {}): string {
  const notation = inModelSymbols(options.notation ?? DEFAULT_NOTATION, eqs.model);
  const theta = `\\left(${eqs.basis.map((b) => b.latex).join(', ')}\\right)^{\\top}`;
  const M = totalMatrix(eqs);
  const { factor, rows } = options.pullFactor ? factorOut(eqs.model.scalars, M) : { factor: '', rows: M };
  const c = totalConstant(eqs);
  const hasConstant = c.some((e) => e.terms.length > 0);
  const parts = [
    `\\begin{equation}\n\\frac{d\\langle\\boldsymbol{\\theta}\\rangle}{dt} = ${matrixName(eqs)}\\langle\\boldsymbol{\\theta}\\rangle${hasConstant ? ` + ${constantFactor(notation)}${constantName(eqs)}` : ''}, \\qquad \\boldsymbol{\\theta} = ${theta}\n\\end{equation}`,
    `\\begin{equation}\n${matrixName(eqs)} = ${factor}${matrixToLatex(rows, notation)}\n\\end{equation}`,
    ...(hasConstant ? [`\\begin{equation}\n${constantName(eqs)} = ${columnToLatex(c, notation)}\n\\end{equation}`] : []),
  ];
  for (const p of parts) checkLatex(p);
  return parts.join('\n');
}

/** "1" → "", "-1" → "-", a single term → "term*", a sum → "(sum)*". */
function coefficientText(text: string): string {
  if (text === '1') return '';
  if (text === '-1') return '-';
  return / [+-] /.test(text) ? `(${text})*` : `${text}*`;
}

export function equationsToText(eqs: MomentEquations): string {
  const M = totalMatrix(eqs);
  const c = totalConstant(eqs);
  const lines = [`# ${eqs.equation} equation, ${eqs.order === 1 ? 'first' : 'second'} moments, ${eqs.basisKind} basis (${eqs.model.name})`];
  eqs.basis.forEach((b, i) => {
    const terms: string[] = [];
    M[i]!.forEach((e, j) => {
      if (e.terms.length > 0) terms.push(`${coefficientText(scalarToText(e))}<${eqs.basis[j]!.name}>`);
    });
    if (c[i]!.terms.length > 0) terms.push(`(${scalarToText(c[i]!)})`);
    lines.push(`d<${b.name}>/dt = ${terms.length > 0 ? terms.join(' + ').replace(/\+ -/g, '- ') : '0'}`);
  });
  return lines.join('\n');
}

export interface EquationsJson {
  readonly equation: string;
  readonly order: number;
  readonly basisKind: string;
  readonly model: string;
  readonly basis: string[];
  readonly M: string[][];
  readonly c: string[];
  readonly latex: { readonly M: string; readonly c: string };
}

export function equationsToJson(eqs: MomentEquations, given: Notation = DEFAULT_NOTATION): EquationsJson {
  const notation = inModelSymbols(given, eqs.model);
  const M = totalMatrix(eqs);
  const c = totalConstant(eqs);
  return {
    equation: eqs.equation,
    order: eqs.order,
    basisKind: eqs.basisKind,
    model: eqs.model.name,
    basis: eqs.basis.map((b) => b.name),
    M: matrixToText(M),
    c: c.map(scalarToText),
    latex: { M: checkLatex(matrixToLatex(M, notation)), c: checkLatex(columnToLatex(c, notation)) },
  };
}

