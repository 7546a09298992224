/** Notation configuration (JSON, name=latex pairs, ħ) and the matrix layout of the LaTeX export. */
import { describe, it, expect } from 'vitest';
import {
  notationFromConfig, overridesFromPairs, overridesFromJson, NotationError, finishLatex,
  layoutMatrix, placeholdersToLatex, latexWidth,
} from '../../src/export/index.js';
import { resonantPair } from '../../src/model/index.js';
import { deriveMoments, totalMatrix } from '../../src/moments/index.js';
import { scalarToLatex, scalarToText } from '../../src/render/scalar-format.js';
import { symbolLatex } from '../../src/render/notation.js';
import { checkLatex } from '../../src/render/katex-check.js';

describe('notation from JSON and pairs', () => {
  it('reads a JSON object and name=latex pairs; pairs win', () => {
    const n = notationFromConfig({ json: '{"Delta_h_omega": "\\\\gamma_h", "k": "g"}', pairs: ['k=\\kappa', 'Sigma_c_Omega2=s_{2}'] });
    expect(symbolLatex('Delta_h_omega', n)).toBe('\\gamma_h');
    expect(symbolLatex('k', n)).toBe('\\kappa');
    expect(symbolLatex('Sigma_c_Omega2', n)).toBe('s_{2}');
    expect(symbolLatex('omega', n)).toBe('\\omega');
  });
  it('renames the frequency inside rate symbols too', () => {
    const n = notationFromConfig({ pairs: ['omega=\\varpi'] });
    expect(symbolLatex('Delta_h_omega', n)).toBe('\\Delta^{(h)}_{\\varpi}');
  });
  it('splits a pair at the first "="', () => {
    expect(overridesFromPairs(['k=a=b'])).toEqual({ k: 'a=b' });
  });
  it('rejects unknown symbols, bad LaTeX, non-strings and malformed input', () => {
    expect(() => overridesFromPairs(['Delta_x=\\gamma'])).toThrow(NotationError);
    expect(() => overridesFromPairs(['Delta_h_omega=\\frac{'])).toThrow(/KaTeX rejects/);
    expect(() => overridesFromPairs(['noequals'])).toThrow(/name=latex/);
    expect(() => overridesFromPairs(['k=a', 'k=b'])).toThrow(/twice/);
    expect(() => overridesFromJson('{"k": 3}')).toThrow(/non-empty string/);
    expect(() => overridesFromJson('[1]')).toThrow(/JSON object/);
    expect(() => overridesFromJson('{oops')).toThrow(/not valid JSON/);
  });
});

describe('hbar', () => {
  it('leaves frequencies alone: −ω² in M carries no ħ (docs/conventions.md, "Where ħ enters")', () => {
    const n = notationFromConfig({ hbar: true });
    expect(n.hbar).toBe(true);
    for (const name of ['omega', 'omega_h', 'omega_c', 'Omega1', 'Omega2']) expect(symbolLatex(name, n)).not.toContain('\\hbar');
    const eqs = deriveMoments({ model: resonantPair(), equation: 'local', order: 1, basis: 'local' });
    const entry = totalMatrix(eqs)[1]![0]!; // −ω²
    const latex = finishLatex(scalarToLatex(entry, n));
    expect(latex).toBe('-\\omega^{2}');
    checkLatex(latex);
  });
  it('an explicit override of a frequency still applies with hbar', () => {
    const n = notationFromConfig({ hbar: true, pairs: ['omega=E'] });
    expect(symbolLatex('omega', n)).toBe('E');
    expect(symbolLatex('Omega1', n)).toBe('\\Omega_{1}');
  });
  it('finishLatex leaves other LaTeX alone', () => {
    const s = '\\frac{\\Delta^{(h)}_{\\omega}}{2} + {x}^{2} + {\\hbar\\omega}';
    expect(finishLatex(s)).toBe(s);
  });
});

describe('matrix layout', () => {
  const model = resonantPair();
  const M = totalMatrix(deriveMoments({ model, equation: 'redfield', order: 2, basis: 'local' }));
  it('abbreviates a wide 10×10 matrix and every cell still means its entry', () => {
    const layout = layoutMatrix(model.scalars, M);
    expect(layout.placeholders.length).toBeGreaterThan(0);
    expect(layout.width).toBeLessThanOrEqual(80);
    const byName = new Map(layout.placeholders.map((p) => [p.latex, p.value]));
    layout.cells.forEach((row, i) => row.forEach((cell, j) => {
      const entry = M[i]![j]!;
      const m = /^(-?)(a_\{\d+\})$/.exec(cell);
      if (!m) return expect(cell).toBe(scalarToLatex(entry));
      const value = byName.get(m[2]!)!;
      expect(scalarToText(m[1] === '-' ? model.scalars.neg(value) : value)).toBe(scalarToText(entry));
    }));
    checkLatex(placeholdersToLatex(layout.placeholders)!);
  });
  it('leaves a matrix that fits alone', () => {
    const small = totalMatrix(deriveMoments({ model, equation: 'local', order: 1, basis: 'local' }));
    expect(layoutMatrix(model.scalars, small).placeholders).toEqual([]);
  });
  it('estimates widths monotonically', () => {
    expect(latexWidth('k')).toBeLessThan(latexWidth('-2 k - 2 \\omega^{2}'));
    expect(latexWidth('\\frac{a}{b}')).toBeLessThan(latexWidth('a b'));
  });
});
