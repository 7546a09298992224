/** k-expansions M = M^(0) + k M^(1) + … and heat currents, as text, LaTeX and JSON. */
import type { MomentExpansion } from '../series/index.js';
import type { HeatCurrents } from '../moments/index.js';
import { type Notation, DEFAULT_NOTATION, constantFactor, inModelSymbols } from './notation.js';
import { scalarToLatex, scalarToText } from './scalar-format.js';
import { matrixToLatex, columnToLatex, matrixToText } from './matrix-format.js';
import { matrixName } from './equations-format.js';
import { checkLatex } from './katex-check.js';

export function expansionToLatex(e: MomentExpansion, given: Notation = DEFAULT_NOTATION): string {
  const notation = inModelSymbols(given, e.equations.model);
  const eq = e.equations;
  const name = matrixName(eq);
  const sum = Array.from({ length: e.order + 1 }, (_, n) => (n === 0 ? matrixName(eq, 0) : `k${n > 1 ? `^{${n}}` : ''} ${matrixName(eq, n)}`)).join(' + ');
  const blocks = [`\\begin{equation}\n${name} = ${sum} + O(k^{${e.order + 1}})\n\\end{equation}`];
  e.matrices.forEach((m, n) => blocks.push(`\\begin{equation}\n${matrixName(eq, n)} = ${matrixToLatex(m, notation)}\n\\end{equation}`));
  if (e.constants.some((c) => c.some((x) => x.terms.length > 0))) {
    e.constants.forEach((c, n) => blocks.push(`\\begin{equation}\nc^{(${n})} = ${columnToLatex(c, notation)}\n\\end{equation}`));
  }
  for (const b of blocks) checkLatex(b);
  return blocks.join('\n');
}

export function expansionToText(e: MomentExpansion): string {
  const eq = e.equations;
  const lines = [`# k-expansion of the ${eq.equation} equation, ${eq.order === 1 ? 'first' : 'second'} moments, ${eq.basisKind} basis, to order ${e.order}`, `# basis: ${eq.basis.map((b) => b.name).join(', ')}`];
  e.matrices.forEach((m, n) => {
    lines.push(`M^(${n}):`);
    m.forEach((row, i) => lines.push(`  [${i + 1}] ${row.map(scalarToText).join(' | ')}`));
    if (e.constants[n]!.some((x) => x.terms.length > 0)) lines.push(`c^(${n}): ${e.constants[n]!.map(scalarToText).join(' | ')}`);
  });
  return lines.join('\n');
}

export function expansionToJson(e: MomentExpansion) {
  return {
    equation: e.equations.equation,
    order: e.equations.order,
    basisKind: e.equations.basisKind,
    basis: e.equations.basis.map((b) => b.name),
    to: e.order,
    terms: e.matrices.map((m, n) => ({ power: n, M: matrixToText(m), c: e.constants[n]!.map(scalarToText) })),
  };
}

export function heatToText(h: HeatCurrents): string {
  const lines = [`# heat currents Q_a = <D_a^dagger(H_S)> (eq. 50), ${h.equation} equation, ${h.basisKind} basis`];
  for (const c of h.currents) {
    const terms = h.basis.map((b, i) => [b.name, c.form.coefficients[i]!] as const).filter(([, x]) => x.terms.length > 0).map(([n, x]) => `(${scalarToText(x)})*<${n}>`);
    lines.push(`Q_${c.bath} = ${[...terms, `(${scalarToText(c.form.constant)})`].join(' + ')}`);
  }
  return lines.join('\n');
}

export function heatToLatex(h: HeatCurrents, given: Notation = DEFAULT_NOTATION): string {
  const notation = inModelSymbols(given, h.model);
  const rows = h.currents.map((c) => {
    const terms = h.basis.map((b, i) => [b.latex, c.form.coefficients[i]!] as const).filter(([, x]) => x.terms.length > 0)
      .map(([l, x]) => `\\left(${scalarToLatex(x, notation)}\\right)\\langle ${l}\\rangle`);
    const constant = notation.hbar ? `${constantFactor(notation)}\\left(${scalarToLatex(c.form.constant, notation)}\\right)` : scalarToLatex(c.form.constant, notation);
    return `\\dot{Q}_{${c.bath}} &= ${[...terms, constant].join(' + ')}`;
  });
  return checkLatex(`\\begin{align}\n${rows.join(' \\\\\n')}\n\\end{align}`);
}

export function heatToJson(h: HeatCurrents) {
  return {
    equation: h.equation,
    basisKind: h.basisKind,
    basis: h.basis.map((b) => b.name),
    currents: h.currents.map((c) => ({ bath: c.bath, coefficients: c.form.coefficients.map(scalarToText), constant: scalarToText(c.form.constant) })),
  };
}
