/**
 * What the outputs say (tester's report, items 6, 7, 13 and 14): spectrum names the frequencies it
 * ran at, --out follows its extension, multiplicities are read per cluster, ep explains why a
 * defective cluster with ‖P‖ ≈ 1 is an EP, and latex says in which basis it prints.
 */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './run-bin.js';

const folder = (): string => mkdtempSync(join(tmpdir(), 'om-out-'));

describe('spectrum off resonance', () => {
  it('reports ω_h and ω_c (JSON omegaH, omegaC, resonant: false), not "ω = 1"', () => {
    const text = cli('spectrum', '--omega-h', '1.2', '--omega-c', '1.01', '--k', '0:1e-4:2');
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout.split('\n')[0]).toMatch(/ω_h = 1\.2, ω_c = 1\.01/);
    expect(text.stdout).not.toMatch(/at ω = 1:/);
    const r = cli('spectrum', '--omega-h', '1.2', '--omega-c', '1.01', '--k', '0:1e-4:2', '--json');
    const j = JSON.parse(r.stdout) as { omegaH: number; omegaC: number; resonant: boolean; omega: number; eigenvalues: { im: number }[][] };
    expect([j.omegaH, j.omegaC, j.resonant]).toEqual([1.2, 1.01, false]);
    // at k = 0 the resonators are uncoupled: the eigenvalues oscillate at ±ω_h and ±ω_c
    const freqs = j.eigenvalues[0]!.map((e) => Math.abs(e.im)).sort();
    expect(freqs[0]).toBeCloseTo(1.01, 6);
    expect(freqs[3]).toBeCloseTo(1.2, 6);
    const resonant = JSON.parse(cli('spectrum', '--k', '0:1e-4:2', '--json').stdout) as { omegaH: number; omegaC: number; resonant: boolean; omega: number };
    expect([resonant.resonant, resonant.omegaH, resonant.omegaC]).toEqual([true, resonant.omega, resonant.omega]);
  });
  it('multiplicity is the cluster\'s: the members sharing a cluster index are as many as its multiplicity', () => {
    const j = JSON.parse(cli('spectrum', '--k', '4.999495000505e-05:5e-5:2', '--json').stdout) as { eigenvalues: { multiplicity: number; cluster: number }[][] };
    for (const points of j.eigenvalues) {
      for (const p of points) expect(points.filter((q) => q.cluster === p.cluster)).toHaveLength(p.multiplicity);
    }
  });
});

describe('--out follows its extension', () => {
  it('spectrum --out x.csv writes CSV, x.json JSON; a contradicting --format is refused', () => {
    const dir = folder();
    expect(cli('spectrum', '--k', '0:1e-4:2', '--out', join(dir, 'sp.csv')).status).toBe(0);
    expect(readFileSync(join(dir, 'sp.csv'), 'utf8').split('\n')[0]).toBe('k,branch,re,im,multiplicity,projector_norm,verdict');
    expect(cli('spectrum', '--k', '0:1e-4:2', '--out', join(dir, 'sp.json')).status).toBe(0);
    expect((JSON.parse(readFileSync(join(dir, 'sp.json'), 'utf8')) as { k: number[] }).k).toEqual([0, 1e-4]);
    const r = cli('spectrum', '--k', '0:1e-4:2', '--format', 'json', '--out', join(dir, 'other.csv'));
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('code --out x.jl writes Julia; --format python with x.jl is refused', () => {
    const dir = folder();
    const r = cli('code', '--out', join(dir, 'x.jl'));
    expect(r.status, r.stderr).toBe(0);
    const text = readFileSync(join(dir, 'x.jl'), 'utf8');
    expect(text).toMatch(/^function /m);
    expect(text).not.toMatch(/^def /m);
    expect(cli('code', '--out', join(dir, 'y.jl'), '--format', 'python').status).toBe(2);
    expect(cli('code', '--out', join(dir, 'y.py')).status).toBe(0);
    expect(readFileSync(join(dir, 'y.py'), 'utf8')).toMatch(/^def /m);
  });
});

describe('ep explains its threshold', () => {
  it('a defective cluster with ‖P‖ ≈ 1 is called an EP, and the threshold is said to be for non-defective clusters', () => {
    const r = cli('ep', '--k', '4.999495000505e-05');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/DEFECTIVE/);
    expect(r.stdout).toMatch(/threshold ‖P‖ ≥ \d+ for clusters that are not defective/);
  });
});

describe('latex --model-file names its basis', () => {
  it('the global and Redfield sections say they are in the normal-mode basis', () => {
    const dir = folder();
    const f = join(dir, 'chain.json');
    writeFileSync(f, JSON.stringify({ frequencies: [1, 1.1], couplings: [{ a: 0, b: 1, kind: 'xx', strength: 0.01 }], baths: [{ mode: 0, label: 'h', temperature: 2, lambda2: 1e-3 }, { mode: 1, label: 'c', temperature: 1, lambda2: 1e-3 }], cutoff: 100 }));
    const r = cli('latex', '--model-file', f);
    expect(r.status, r.stderr).toBe(0);
    const global = r.stdout.slice(r.stdout.indexOf('\\subsection*{Global, first moments}'));
    expect(global.split('\n').slice(1, 3).join(' ')).toMatch(/normal-mode basis/);
  });
});

describe('verify-paper', () => {
  it('--hbar --format latex is refused (the check prints the paper in its units ħ = 1), exit 2 and one line', () => {
    const r = cli('verify-paper', '--hbar', '--format', 'latex');
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('--out DIR prints one "wrote" line, not the whole markdown; the file holds the markdown', () => {
    const dir = folder();
    const r = cli('verify-paper', '--out', dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([`wrote ${join(dir, 'paper-check.md')}`]);
    expect(readFileSync(join(dir, 'paper-check.md'), 'utf8')).toMatch(/^#/);
  }, 60_000);
});

describe('--out FILE into a folder that does not exist', () => {
  it.each([
    ['ep-map', '--omega', '0.5:1:3', '--k', '-1e-4:1e-4:3', '--quiet'],
    ['latex'],
    ['code'],
    ['spectrum', '--k', '0:1e-4:2'],
  ])('%s: refused with exit 2, one line naming the missing folder; nothing is made', (...args) => {
    const dir = folder();
    const target = join(dir, 'missing', 'deeper', args[0] === 'ep-map' ? 'f.svg' : args[0] === 'code' ? 'f.py' : args[0] === 'spectrum' ? 'f.csv' : 'f.tex');
    const r = cli(...args, '--out', target);
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`"${join(dir, 'missing')}" does not exist`);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('grids are the decimals they mean', () => {
  it('ep-map --omega 0.2:2:9 writes ω = 0.2, 0.425, …, 2 exactly (no 0.42500000000000004), k likewise', () => {
    const dir = folder();
    const r = cli('ep-map', '--omega', '0.2:2:9', '--k', '-1e-4:1e-4:5', '--out', join(dir, 'm.json'), '--quiet');
    expect(r.status, r.stderr).toBe(0);
    const j = JSON.parse(readFileSync(join(dir, 'm.json'), 'utf8')) as { omega: number[]; k: number[] };
    expect(j.omega).toEqual([0.2, 0.425, 0.65, 0.875, 1.1, 1.325, 1.55, 1.775, 2]);
    expect(j.k).toEqual([-0.0001, -0.00005, 0, 0.00005, 0.0001]);
  });
  it('ep-map labels its line as the local equation\'s, since it is drawn on every panel', () => {
    const dir = folder();
    const r = cli('ep-map', '--equation', 'all', '--omega', '0.5:1.5:3', '--k', '-1e-4:1e-4:3', '--out', join(dir, 'm.svg'), '--quiet');
    expect(r.status, r.stderr).toBe(0);
    const svg = readFileSync(join(dir, 'm.svg'), 'utf8');
    expect(svg).toContain('exact local EP line');
    expect(svg).not.toContain('exceptional line k = ±k*(ω), exact');
  });
});
