/**
 * LaTeX for papers: the standalone document compiles with pdflatex (TeX Live's texlive-latex-base;
 * this test FAILS, it does not skip, when pdflatex is missing), every display and inline formula
 * passes KaTeX, and the document holds every derived equation.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import katex from 'katex';
import { latexDocumentParts, wrapDocument, notationFromConfig, OMFIT_KATEX_MACROS, type LatexDocumentParts } from '../../src/export/index.js';
import { checkLatex } from '../../src/render/katex-check.js';
import { matrixName, constantName } from '../../src/render/equations-format.js';
import { EQUATIONS } from '../../src/dissipators/index.js';

const INSTALL_HINT = 'install TeX Live: apt-get install -y texlive-latex-base texlive-latex-recommended';

/** pdflatex once on `source`; returns the log. Throws with a clear message when pdflatex is missing or fails. */
function compile(source: string): { pdf: Buffer; log: string } {
  const dir = mkdtempSync(join(tmpdir(), 'om-latex-'));
  try {
    writeFileSync(join(dir, 'doc.tex'), source);
    const r = spawnSync('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'doc.tex'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    if (r.error) throw new Error(`pdflatex could not be run (${(r.error as NodeJS.ErrnoException).code ?? r.error.message}): ${INSTALL_HINT}`);
    const log = existsSync(join(dir, 'doc.log')) ? readFileSync(join(dir, 'doc.log'), 'utf8') : r.stdout;
    if (r.status !== 0) throw new Error(`pdflatex failed (exit ${r.status}):\n${log.split('\n').filter((l) => l.startsWith('!') || l.startsWith('l.')).join('\n') || log.slice(-2000)}`);
    const pdfPath = join(dir, 'doc.pdf');
    if (!existsSync(pdfPath)) throw new Error('pdflatex produced no PDF');
    return { pdf: readFileSync(pdfPath), log };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The default document's parts, built once for the whole file. */
let cached: LatexDocumentParts | null = null;
const shared = (): LatexDocumentParts => (cached ??= latexDocumentParts());

describe('standalone document', () => {
  let parts: LatexDocumentParts;
  beforeAll(() => {
    parts = shared();
  });

  it('compiles with pdflatex to a PDF, with no overfull lines', () => {
    const { pdf, log } = compile(wrapDocument(parts.body));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(log).toMatch(/Output written on doc\.pdf \(\d+ pages?/);
    expect(log.match(/Overfull \\hbox \((\d+\.\d+)pt/g) ?? []).toEqual([]);
  });

  it('compiles with ħ and a custom notation too; ħ only in front of c, the heat constants and in the Bose factor', () => {
    const notation = notationFromConfig({ json: { Delta_h_omega: '\\gamma_h', Sigma_c_Omega1: '\\tilde{\\Sigma}_{1}' }, pairs: ['k=g'], hbar: true });
    const { body, displays } = latexDocumentParts({ notation });
    expect(body).not.toContain('\\hbar\\omega');
    expect(body).not.toContain('\\hbar\\Omega');
    expect(body).toContain('e^{\\hbar f/k_B T_\\alpha}');
    // Every equation of motion with a constant (the six second-moment ones) reads Mθ + ħ c; no matrix display contains ħ.
    const motions = displays.filter((d) => d.math.startsWith('\\frac{d\\langle') && d.math.includes(',2}'));
    expect(motions.length).toBe(6);
    for (const d of motions) expect(d.math).toMatch(/\\rangle \+ \\hbar\\, c/);
    for (const d of displays.filter((x) => /^M'?_/.test(x.math))) expect(d.math).not.toContain('\\hbar');
    expect(body).toContain('\\gamma_h');
    const { pdf } = compile(wrapDocument(body));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('uses only article, amsmath, amssymb, graphicx and geometry', () => {
    const doc = wrapDocument(parts.body);
    expect(doc).toMatch(/^\\documentclass(\[[^\]]*\])?\{article\}$/m);
    const packages = [...doc.matchAll(/\\usepackage(?:\[[^\]]*\])?\{([^}]*)\}/g)].flatMap((m) => m[1]!.split(',').map((p) => p.trim()));
    expect(new Set(packages)).toEqual(new Set(['geometry', 'amsmath', 'amssymb', 'graphicx']));
    expect(doc).toContain('\\setcounter{MaxMatrixCols}{12}');
  });

  it('every display passes KaTeX, as math and as emitted (\\omfit the identity)', () => {
    expect(parts.displays.length).toBeGreaterThan(40);
    for (const d of parts.displays) {
      checkLatex(`\\begin{equation}\n${d.math}\n\\end{equation}`);
      katex.renderToString(d.latex, { throwOnError: true, displayMode: true, strict: 'ignore', macros: { ...OMFIT_KATEX_MACROS } });
      expect(parts.body).toContain(d.latex);
    }
    // Every equation environment of the body, not only those recorded.
    const envs = [...parts.body.matchAll(/\\begin\{equation\}\\label\{[^}]+\}\n\\omfit\{([\s\S]*?)\}\n\\end\{equation\}/g)];
    expect(envs.length).toBe((parts.body.match(/\\begin\{equation\}/g) ?? []).length);
    for (const m of envs) checkLatex(`\\begin{equation}\n${m[1]}\n\\end{equation}`);
  });

  it('every inline formula of the running text passes KaTeX', () => {
    const text = parts.body.split('\n').filter((l) => !l.startsWith('%') && !l.startsWith('\\providecommand'));
    const inline = text.flatMap((l) => [...l.matchAll(/\$([^$]+)\$/g)].map((m) => m[1]!));
    expect(inline.length).toBeGreaterThan(5);
    for (const f of inline) checkLatex(f);
  });

  it('holds all twelve moment equations, with M and c', () => {
    for (const equation of EQUATIONS) {
      for (const order of [1, 2] as const) {
        for (const basisKind of ['local', 'normal'] as const) {
          const eq = { equation, order, basisKind };
          expect(parts.body, `${equation} ${order} ${basisKind}`).toContain(`${matrixName(eq)} = `);
          expect(parts.body, `${equation} ${order} ${basisKind}`).toContain(`${constantName(eq)} = `);
        }
      }
    }
    expect((parts.body.match(/\\begin\{pmatrix\}/g) ?? []).length).toBeGreaterThanOrEqual(12 + 6);
  });

  it('holds the k-expansions of the global and Redfield first moments to order 1', () => {
    for (const equation of ['global', 'redfield'] as const) {
      const eq = { equation, order: 1 as const, basisKind: 'local' as const };
      expect(parts.body).toContain(`${matrixName(eq)} = ${matrixName(eq, 0)} + k ${matrixName(eq, 1)} + O\\left(k^{2}\\right)`);
      expect(parts.body).toContain(`${matrixName(eq, 1)} = `);
    }
    // The expansion introduces derivatives of the rates.
    expect(parts.body).toContain('\\Delta^{(h)\\prime}_{\\omega}');
  });

  it('holds the heat currents of every equation and the exceptional-line condition', () => {
    expect((parts.body.match(/\\dot\{Q\}_\{h\} &=/g) ?? []).length).toBe(3);
    expect((parts.body.match(/\\dot\{Q\}_\{c\} &=/g) ?? []).length).toBe(3);
    // Eq. 36: 4k² − (Δ_h − Δ_c)² ω² = 0, as derived.
    expect(parts.body).toContain('2 \\Delta^{(c)}_{\\omega} \\Delta^{(h)}_{\\omega} \\omega^{2} - \\left(\\Delta^{(c)}_{\\omega}\\right)^{2} \\omega^{2} - \\left(\\Delta^{(h)}_{\\omega}\\right)^{2} \\omega^{2} + 4 k^{2} = 0');
  });

  it('defines every placeholder of an abbreviated matrix', () => {
    const used = new Set([...parts.body.matchAll(/a_\{(\d+)\}/g)].map((m) => m[1]));
    expect(used.size).toBeGreaterThan(0);
    for (const p of used) expect(parts.body).toMatch(new RegExp(`a_\\{${p}\\} &= `));
  });
});

describe('body only', () => {
  it('has no document-level wrapper but sets up what it uses', () => {
    const { body } = shared();
    expect(body).not.toContain('\\documentclass');
    expect(body).not.toContain('\\begin{document}');
    expect(body).toContain('\\providecommand{\\omfit}');
    expect(body).toContain('\\setcounter{MaxMatrixCols}{12}');
    expect(wrapDocument(body)).toContain(body);
  });
});
