/** Matrices and vectors of scalars as LaTeX (amsmath pmatrix) and as text. */
import type { Scalar } from '../algebra/index.js';
import { type Notation, DEFAULT_NOTATION } from './notation.js';
import { scalarToLatex, scalarToText } from './scalar-format.js';

export function matrixToLatex(rows: readonly (readonly Scalar[])[], notation: Notation = DEFAULT_NOTATION): string {
  const body = rows.map((r) => r.map((e) => scalarToLatex(e, notation)).join(' & ')).join(' \\\\\n');
  return `\\begin{pmatrix}\n${body}\n\\end{pmatrix}`;
}

export function columnToLatex(entries: readonly Scalar[], notation: Notation = DEFAULT_NOTATION): string {
  return `\\begin{pmatrix}\n${entries.map((e) => scalarToLatex(e, notation)).join(' \\\\\n')}\n\\end{pmatrix}`;
}

export function matrixToText(rows: readonly (readonly Scalar[])[]): string[][] {
  return rows.map((r) => r.map(scalarToText));
}
