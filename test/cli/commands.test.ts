import { describe, it, expect } from 'vitest';
import { cli } from './run-bin.js';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';


describe('issue-3 commands (built bin)', () => {
  it('limits --json reports the paper claims decided exactly', () => {
    const r = cli('limits', '--json');
    expect(r.status).toBe(0);
    const { results } = JSON.parse(r.stdout);
    expect(results).toHaveLength(4);
    for (const x of results) {
      expect(x).toMatchObject({ basis: 'local', redfieldZeroEqualsLocal: true, globalZeroEqualsLocal: !x.resonant });
      expect([1, 2]).toContain(x.order);
      for (const [i, j] of x.differingEntries) expect(i).toBeGreaterThanOrEqual(1), expect(j).toBeGreaterThanOrEqual(1);
    }
  });
  it('expand --json gives M^(0..n) with the basis', () => {
    const r = cli('expand', '--equation', 'global', '--order', '1', '--to', '2', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.terms.map((t: { power: number }) => t.power)).toEqual([0, 1, 2]);
    expect(out.basis).toEqual(['x_h', 'p_h', 'x_c', 'p_c']);
  });
  it('verify-paper --json has the documented shape and writes paper-check.md', () => {
    const dir = mkdtempSync(join(tmpdir(), 'om-'));
    const r = cli('verify-paper', '--json', '--out', dir);
    expect(r.status).toBe(0);
    const { equations } = JSON.parse(r.stdout);
    expect(equations.length).toBeGreaterThan(15);
    for (const e of equations) {
      expect(['agrees', 'disagrees']).toContain(e.status);
      expect(e.status === 'agrees').toBe(e.discrepancies.length === 0);
      for (const d of e.discrepancies) {
        expect(typeof d.entry === 'string' || (d.entry.length === 2 && d.entry[0] >= 1 && d.entry[1] >= 1)).toBe(true);
        expect(typeof d.printed).toBe('string');
        expect(typeof d.derived).toBe('string');
      }
    }
    expect(existsSync(join(dir, 'paper-check.md'))).toBe(true);
    expect(readFileSync(join(dir, 'paper-check.md'), 'utf8')).toMatch(/^# Paper check/);
  });
  it('derive --heat and derive --all run; --all excludes --equation', () => {
    expect(cli('derive', '--heat', '--equation', 'redfield', '--basis', 'normal', '--format', 'latex').status).toBe(0);
    const all = cli('derive', '--all', '--json');
    expect(all.status).toBe(0);
    expect(JSON.parse(all.stdout)).toHaveLength(12);
    const bad = cli('derive', '--all', '--equation', 'local');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--equation/);
  });
  it('rejects a bad expansion order', () => {
    const r = cli('expand', '--to', '-1');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--to/);
  });
});

describe('issue-5 commands (built bin)', () => {
  it('derive --format python prints a Python function of the physical parameters', () => {
    const r = cli('derive', '--format', 'python', '--equation', 'redfield');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^def \w+\(/m);
  });
  it('verify-paper --format latex emits KaTeX-clean blocks with a custom symbol', () => {
    const dir = mkdtempSync(join(tmpdir(), 'om-'));
    const r = cli('verify-paper', '--format', 'latex', '--out', dir, '--symbol', 'Delta_h_omega=\\gamma_h');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\\begin\{align\*\}/);
  });
  it('an unknown --symbol is a one-line error', () => {
    const r = cli('latex', '--symbol', 'nope=x');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--symbol: unknown symbol "nope"/);
  });
});
