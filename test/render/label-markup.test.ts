import { describe, expect, it } from 'vitest';
import { labelPlainText, parseLabel, runsToSvgContent } from '../../src/render/figures/index.js';

const svg = (markup: string): string => runsToSvgContent(parseLabel(markup));

describe('label markup', () => {
  it('writes log_{10} \\kappa with an upright word, a subscript and an italic kappa', () => {
    expect(parseLabel('log_{10} \\kappa')).toEqual([
      { text: 'log', position: 'base', italic: false },
      { text: '10', position: 'sub', italic: false },
      { text: ' ', position: 'base', italic: false },
      { text: 'κ', position: 'base', italic: true },
    ]);
    expect(svg('log_{10} \\kappa')).toBe(
      'log<tspan baseline-shift="sub" font-size="70%">10</tspan> <tspan font-style="italic">κ</tspan>',
    );
  });

  it('writes \\dot{Q}_h(t) as Q + combining dot, an italic subscript h, and italic t', () => {
    expect(parseLabel('\\dot{Q}_h(t)')).toEqual([
      { text: 'Q\u0307', position: 'base', italic: true },
      { text: 'h', position: 'sub', italic: true },
      { text: '(', position: 'base', italic: false },
      { text: 't', position: 'base', italic: true },
      { text: ')', position: 'base', italic: false },
    ]);
    expect(labelPlainText('\\dot{Q}_h(t)')).toBe('Q̇h(t)');
  });

  it('knows the Greek letters of the paper', () => {
    expect(labelPlainText('\\omega \\kappa \\Delta \\lambda \\phi \\eta \\Pi \\Omega')).toBe('ω κ Δ λ ϕ η Π Ω');
    // Lowercase Greek is italic, uppercase upright, as in TeX.
    expect(parseLabel('\\omega').map((r) => r.italic)).toEqual([true]);
    expect(parseLabel('\\Delta').map((r) => r.italic)).toEqual([false]);
  });

  it('handles superscripts, single-character scripts and nested groups', () => {
    expect(svg('x^2')).toBe('<tspan font-style="italic">x</tspan><tspan baseline-shift="super" font-size="70%">2</tspan>');
    expect(parseLabel('\\Delta^{(h)}_{\\omega}')).toEqual([
      { text: 'Δ', position: 'base', italic: false },
      { text: '(', position: 'super', italic: false },
      { text: 'h', position: 'super', italic: true },
      { text: ')', position: 'super', italic: false },
      { text: 'ω', position: 'sub', italic: true },
    ]);
    expect(parseLabel('\\lambda_h^2')).toEqual([
      { text: 'λ', position: 'base', italic: true },
      { text: 'h', position: 'sub', italic: true },
      { text: '2', position: 'super', italic: false },
    ]);
  });

  it('sets words upright and lone letters italic; \\mathrm and \\mathit override', () => {
    expect(parseLabel('Redfield')).toEqual([{ text: 'Redfield', position: 'base', italic: false }]);
    expect(parseLabel('T_h = 10').map((r) => [r.text, r.italic])).toEqual([['T', true], ['h', true], [' = 10', false]]);
    expect(parseLabel('\\mathrm{d}t')).toEqual([
      { text: 'd', position: 'base', italic: false },
      { text: 't', position: 'base', italic: true },
    ]);
    expect(parseLabel('\\mathit{GME}')).toEqual([{ text: 'GME', position: 'base', italic: true }]);
  });

  it('escapes XML special characters in the output', () => {
    expect(svg('a < b & c > "d"')).toBe(
      '<tspan font-style="italic">a</tspan> &lt; <tspan font-style="italic">b</tspan> &amp; <tspan font-style="italic">c</tspan> &gt; &quot;<tspan font-style="italic">d</tspan>&quot;',
    );
    expect(svg('<script>')).not.toContain('<script>');
  });

  it('supports escapes, spaces and symbols, and never throws on odd input', () => {
    expect(labelPlainText('50\\% \\_ \\{x\\}')).toBe('50% _ {x}');
    expect(labelPlainText('a\\,b')).toBe('a\u2009b');
    expect(labelPlainText('\\hbar = \\infty \\times 2')).toBe('ħ = ∞ × 2');
    expect(labelPlainText('\\unknown')).toBe('unknown');
    for (const odd of ['}', '{', '_', '^', '\\', 'a_{', 'x^{}', '\\dot{}', '\\dot']) {
      expect(() => parseLabel(odd)).not.toThrow();
    }
    expect(labelPlainText('a}b{c')).toBe('abc');
  });

  it('drops characters XML cannot carry', () => {
    expect(svg('a\u0001b\uFFFF')).not.toMatch(/[\u0001\uFFFF]/);
  });
});
