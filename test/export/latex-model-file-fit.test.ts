/**
 * A model file's LaTeX compiles and fits (tester: `latex --model-file chain3.json --standalone` did
 * not compile — a 21 × 21 pmatrix past amsmath's ten columns — and `derive --equation redfield
 * --standalone` ran 1038 pt off the page, abbreviations a_9…a_18 lost). pdflatex is the judge: the
 * document compiles, no box is overfull, and every abbreviation defined is in the PDF's text.
 */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../cli/run-bin.js';

const CHAIN3 = {
  frequencies: [1.0, 1.05, 1.1],
  couplings: [{ a: 0, b: 1, kind: 'xx', strength: 0.01 }, { a: 1, b: 2, kind: 'pp', strength: 0.01 }],
  baths: [{ mode: 0, label: 'h', temperature: 10, lambda2: 1e-3 }, { mode: 2, label: 'c', temperature: 5, lambda2: 1e-3 }],
  cutoff: 1000,
};

/** Compile; return the log and the PDF's text. */
function compile(source: string): { log: string; text: string } {
  const dir = mkdtempSync(join(tmpdir(), 'om-mfit-'));
  try {
    writeFileSync(join(dir, 'doc.tex'), source);
    const r = spawnSync('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'doc.tex'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    if (r.error) throw new Error('pdflatex could not be run: install texlive-latex-base (test/setup/ensure-tools.sh)');
    const log = existsSync(join(dir, 'doc.log')) ? readFileSync(join(dir, 'doc.log'), 'utf8') : r.stdout;
    expect(r.status, log.split('\n').filter((l) => l.startsWith('!')).join('\n')).toBe(0);
    const t = spawnSync('pdftotext', ['doc.pdf', '-'], { cwd: dir, encoding: 'utf8' });
    if (t.error) throw new Error('pdftotext could not be run: install poppler-utils');
    return { log, text: t.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function fits(source: string): void {
  const { log, text } = compile(source);
  expect(log.match(/Overfull \\[hv]box[^\n]*/g) ?? []).toEqual([]);
  // every abbreviation a_n defined in the source is defined in the PDF (pdftotext writes a_{12} as a12)
  const defined = [...source.matchAll(/^a_\{(\d+)\} &=/gm)].map((m) => m[1]!);
  const shown = new Set([...text.matchAll(/\ba(\d+) =/g)].map((m) => m[1]!));
  expect(defined.filter((n) => !shown.has(n))).toEqual([]);
}

describe('a three-resonator chain with x–x and p–p couplings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'om-chain3-'));
  const file = join(dir, 'chain3.json');
  writeFileSync(file, JSON.stringify(CHAIN3));
  it('latex --model-file --standalone (every equation, partial-secular included): compiles and fits', () => {
    const out = join(dir, 'chain3.tex');
    const r = cli('latex', '--model-file', file, '--standalone', '--secular-cutoff', '0.01', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const source = readFileSync(out, 'utf8');
    expect(source).toMatch(/Partial-secular|partial-secular/i);
    fits(source);
  }, 60_000);
  it.each([
    ['local', '1'], ['local', '2'], ['global', '1'], ['global', '2'], ['redfield', '1'], ['redfield', '2'], ['partial-secular', '1'], ['partial-secular', '2'],
  ])('derive --equation %s --order %s --format latex --standalone: compiles and fits', (equation, order) => {
    const r = cli('derive', '--model-file', file, '--equation', equation, ...(equation === 'partial-secular' ? ['--secular-cutoff', '0.01'] : []), '--order', order, '--format', 'latex', '--standalone');
    expect(r.status, r.stderr).toBe(0);
    fits(r.stdout);
  }, 60_000);
});
