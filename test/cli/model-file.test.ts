import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './run-bin.js';
import { parseModelFile } from '../../src/numeric/model-file.js';
import { oracleMoments } from '../../src/numeric/fock/index.js';

const chain = {
  frequencies: [1, 1.1, 1.2],
  couplings: [{ a: 0, b: 1, kind: 'xx', strength: 0.1 }, { a: 1, b: 2, kind: 'pp', strength: 0.05 }],
  baths: [{ mode: 0, label: 'h', temperature: 2, lambda2: 0.2 }, { mode: 2, label: 'c', temperature: 1, lambda2: 0.1 }],
  cutoff: 30,
};

function file(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'om-')), 'model.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const hopChain = { ...chain, couplings: [{ a: 0, b: 1, kind: 'hop', strength: 0.1 }, { a: 1, b: 2, kind: 'xx', strength: 0.05 }] };

describe('--model-file', () => {
  it.each(['local', 'global', 'redfield'])('matrix --model-file --equation %s: a hop chain reproduces the Fock-space oracle', (equation) => {
    const r = cli('matrix', '--model-file', file(hopChain), '--order', '2', '--equation', equation, '--json');
    expect(r.status).toBe(0);
    const { basis, M, c } = JSON.parse(r.stdout) as { basis: string[]; M: number[][]; c: number[] };
    const oracle = oracleMoments({ model: parseModelFile(JSON.stringify(hopChain)), equation: equation as 'local', order: 2, basis: 'local', levels: 7, seed: 5, maxOccupation: 2 });
    expect(basis).toEqual(oracle.basis);
    M.forEach((row, i) => {
      const value = row.reduce((s, m, j) => s + m * oracle.theta[j]!, c[i]!);
      const scale = row.reduce((s, m, j) => s + Math.abs(m * oracle.theta[j]!), Math.abs(c[i]!));
      expect(Math.abs(value - oracle.dtheta[i]!)).toBeLessThan(1e-10 * Math.max(scale, 1e-300));
    });
  });
  it('a per-bath spectral density is that bath\'s J: both baths with one J equal --spectral J for all', () => {
    const J = 'lambda2 * w * exp(-w^2 / L^2)';
    const perBath = { ...hopChain, baths: hopChain.baths.map((b) => ({ ...b, spectral: J })) };
    const a = cli('matrix', '--model-file', file(perBath), '--equation', 'redfield', '--json');
    const b = cli('matrix', '--model-file', file(hopChain), '--equation', 'redfield', '--spectral', J, '--json');
    const c = cli('matrix', '--model-file', file(hopChain), '--equation', 'redfield', '--json');
    expect([a.status, b.status, c.status]).toEqual([0, 0, 0]);
    expect(JSON.parse(a.stdout)).toEqual(JSON.parse(b.stdout));
    expect(JSON.parse(a.stdout)).not.toEqual(JSON.parse(c.stdout));
  });
  it('a per-bath spectral density that does not parse is named by its path', () => {
    const r = cli('matrix', '--model-file', file({ ...hopChain, baths: [hopChain.baths[0], { ...hopChain.baths[1]!, spectral: 'w *' }] }));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/model file: baths\[1\]\.spectral/);
  });
  it('ep --model-file: the eigenvalues of a chain under every equation', () => {
    for (const equation of ['local', 'global', 'redfield']) {
      const r = cli('ep', '--model-file', file(hopChain), '--equation', equation, '--json');
      expect(r.status).toBe(0);
      expect((JSON.parse(r.stdout) as { eigenvalues: unknown[] }).eigenvalues).toHaveLength(6);
    }
    expect(cli('ep', '--model-file', file(hopChain), '--k', '0.1').status).toBe(2);
  });
  it('heat --model-file: the paper pair as a file gives the heat command\'s steady currents; a chain has Σ Q̇ = 0', () => {
    const pairFile = {
      frequencies: [1, 1], couplings: [{ a: 0, b: 1, kind: 'xx', strength: 0.01 }],
      baths: [{ mode: 0, label: 'h', temperature: 10, lambda2: 1e-4 }, { mode: 1, label: 'c', temperature: 5, lambda2: 1e-4 }], cutoff: 1000,
    };
    for (const equation of ['local', 'global', 'redfield']) {
      const a = cli('heat', '--model-file', file(pairFile), '--equation', equation, '--json');
      const b = cli('heat', '--omega', '1', '--k', '0.01', '--Th', '10', '--Tc', '5', '--lambda-h2', '1e-4', '--lambda-c2', '1e-4', '--cutoff', '1000', '--equation', equation, '--times', '0:1:2', '--json');
      expect([a.status, b.status]).toEqual([0, 0]);
      const A = JSON.parse(a.stdout) as { steady: { h: number; c: number } };
      const B = JSON.parse(b.stdout) as { steady: { Qh: number; Qc: number } };
      expect(Math.abs(A.steady.h - B.steady.Qh)).toBeLessThan(1e-9 * Math.abs(B.steady.Qh));
      expect(Math.abs(A.steady.c - B.steady.Qc)).toBeLessThan(1e-9 * Math.abs(B.steady.Qc));
    }
    for (const equation of ['local', 'global', 'redfield']) {
      const r = cli('heat', '--model-file', file(hopChain), '--equation', equation, '--json');
      expect(r.status).toBe(0);
      const { steady, steadySum } = JSON.parse(r.stdout) as { steady: Record<string, number>; steadySum: number };
      expect(Math.abs(steadySum)).toBeLessThan(1e-10 * Math.abs(steady['h']!));
    }
  });
  it('latex --model-file: every equation of the file as amsmath, x–p models included', () => {
    const r = cli('latex', '--model-file', file(hopChain), '--secular-cutoff', '0.1');
    expect(r.status).toBe(0);
    for (const label of ['Local', 'Global', 'Redfield', 'Partial-secular (cutoff 0.1)']) expect(r.stdout).toContain(`\\subsection*{${label}, second moments}`);
    const xp = cli('latex', '--model-file', file({ ...chain, couplings: [{ a: 0, b: 1, kind: 'xp', strength: 0.1 }] }));
    expect(xp.status).toBe(0);
    expect(xp.stdout).toContain('Local, first moments');
    expect(xp.stdout).toContain('Global, second moments');
    expect(xp.stdout).toContain('Redfield, second moments');
    expect(cli('latex', '--secular-cutoff', '0.1').status).toBe(2);
  });
  it('derive --model-file --equation partial-secular needs --secular-cutoff, and takes it', () => {
    expect(cli('derive', '--model-file', file(hopChain), '--equation', 'partial-secular').status).toBe(2);
    const r = cli('derive', '--model-file', file(hopChain), '--equation', 'partial-secular', '--secular-cutoff', '0.1', '--basis', 'normal', '--json');
    expect(r.status).toBe(0);
    expect(cli('derive', '--model-file', file(hopChain), '--equation', 'global', '--secular-cutoff', '0.1').status).toBe(2);
  });
  it('matrix --model-file: the lowered chain reproduces the Fock-space oracle', () => {
    const r = cli('matrix', '--model-file', file(chain), '--order', '2', '--json');
    expect(r.status).toBe(0);
    const { basis, M, c } = JSON.parse(r.stdout) as { basis: string[]; M: number[][]; c: number[] };
    const oracle = oracleMoments({ model: parseModelFile(JSON.stringify(chain)), equation: 'local', order: 2, basis: 'local', levels: 7, seed: 5, maxOccupation: 2 });
    expect(basis).toEqual(oracle.basis);
    M.forEach((row, i) => {
      const value = row.reduce((s, m, j) => s + m * oracle.theta[j]!, c[i]!);
      const scale = row.reduce((s, m, j) => s + Math.abs(m * oracle.theta[j]!), Math.abs(c[i]!));
      expect(Math.abs(value - oracle.dtheta[i]!)).toBeLessThan(1e-10 * Math.max(scale, 1e-300));
    });
  });
  it.each([
    [{ ...chain, extra: 1 }, /model file: extra: unknown field/],
    [{ ...chain, couplings: [{ a: 0, b: 1, kind: 'xx', strenght: 0.1 }] }, /couplings\[0\]\.strenght: unknown field/],
    [{ ...chain, couplings: [{ a: 0, b: 5, kind: 'xx', strength: 0.1 }] }, /couplings\[0\]\.b: must be a mode index/],
    [{ ...chain, couplings: [{ a: 0, b: 1, kind: 'yy', strength: 0.1 }] }, /couplings\[0\]\.kind/],
    [{ ...chain, baths: [{ mode: 0, label: 'h', temperature: -2, lambda2: 0.2 }] }, /baths\[0\]\.temperature: must be positive/],
    [{ ...chain, frequencies: [1, 'x', 1] }, /frequencies\[1\]: must be a finite number/],
    [{ ...chain, couplings: [{ a: 0, b: 1, kind: 'xx', strength: 2 }] }, /model file: couplings: .*unbounded below/],
    ['{ not json', /--model-file: not valid JSON/],
    [{ ...chain, couplings: [{ a: 0, b: 1, kind: 'pp', strength: 3 }] }, /couplings: .*unbounded below/],
    [{ ...chain, couplings: [{ a: 0, b: 1, kind: 'xp', strength: 3 }] }, /couplings: .*unbounded below/],
    [{ ...chain, couplings: [{ a: 0, b: 1, kind: 'hop', strength: 1.2 }] }, /couplings: .*couplings\[0\] hop 0-1.*unbounded below/],
    [{ ...chain, baths: [{ mode: 3, label: 'h', temperature: 2, lambda2: 0.2 }] }, /baths\[0\]\.mode: must be a mode index from 0 to 2/],
    [{ ...chain, baths: [{ mode: 0, label: 'h', temperature: 2, lambda2: 0.2 }, { mode: 2, label: 'h', temperature: 1, lambda2: 0.1 }] }, /baths\[1\]\.label: "h" is the label of baths\[0\] too/],
    [{ ...chain, baths: [{ mode: 0, label: 'h', temperature: 2, lambda2: 0.2, spectral: 3 }] }, /baths\[0\]\.spectral: must be a mathjs expression/],
    ['[1, 2]', /model file: \(top level\): must be an object/],
  ])('rejects a bad model file with one line naming the field (%#)', (content, message) => {
    const r = cli('matrix', '--model-file', file(content));
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
  it.each(['global', 'redfield', 'partial-secular'])('x–p couplings under %s: derive, matrix, heat, steady and ep serve them (Williamson normal modes)', (equation) => {
    const xp = file({ ...chain, couplings: [{ a: 0, b: 1, kind: 'xp', strength: 0.1 }, { a: 1, b: 2, kind: 'xx', strength: 0.05 }] });
    const cutoff = equation === 'partial-secular' ? ['--secular-cutoff', '0.1'] : [];
    const derive = cli('derive', '--model-file', xp, '--equation', equation, ...cutoff, '--json');
    expect(derive.status, derive.stderr).toBe(0);
    const matrix = cli('matrix', '--model-file', xp, '--equation', equation, ...cutoff, '--order', '2', '--json');
    expect(matrix.status, matrix.stderr).toBe(0);
    const { basis, M, c } = JSON.parse(matrix.stdout) as { basis: string[]; M: number[][]; c: number[] };
    const model = parseModelFile(JSON.stringify({ ...chain, couplings: [{ a: 0, b: 1, kind: 'xp', strength: 0.1 }, { a: 1, b: 2, kind: 'xx', strength: 0.05 }] }));
    const oracle = oracleMoments({ model, equation: equation as 'local', ...(equation === 'partial-secular' ? { secularCutoff: 0.1 } : {}), order: 2, basis: 'local', levels: 7, seed: 5, maxOccupation: 2 });
    expect(basis).toEqual(oracle.basis);
    M.forEach((row, i) => {
      const value = row.reduce((s, m, j) => s + m * oracle.theta[j]!, c[i]!);
      const scale = row.reduce((s, m, j) => s + Math.abs(m * oracle.theta[j]!), Math.abs(c[i]!));
      expect(Math.abs(value - oracle.dtheta[i]!)).toBeLessThan(1e-10 * Math.max(scale, 1e-300));
    });
    const heat = cli('heat', '--model-file', xp, '--equation', equation, ...cutoff, '--json');
    expect(heat.status, heat.stderr).toBe(0);
    const { steady, steadySum } = JSON.parse(heat.stdout) as { steady: Record<string, number>; steadySum: number };
    expect(Math.abs(steadySum)).toBeLessThan(1e-10 * Math.abs(steady['h']!));
    const st = cli('steady', '--model-file', xp, '--equation', equation, ...cutoff, '--json');
    expect(st.status, st.stderr).toBe(0);
    const ep = cli('ep', '--model-file', xp, '--equation', equation, ...cutoff, '--json');
    expect(ep.status, ep.stderr).toBe(0);
    expect((JSON.parse(ep.stdout) as { eigenvalues: unknown[] }).eigenvalues).toHaveLength(6);
  });
  it('an x–p model whose H_S is unbounded below is refused under the global equation too: exit 2, one line naming the couplings', () => {
    for (const command of ['derive', 'matrix', 'steady']) {
      const r = cli(command, '--model-file', file({ ...chain, couplings: [{ a: 0, b: 1, kind: 'xp', strength: 1.5 }, { a: 1, b: 2, kind: 'xx', strength: 0.05 }] }), '--equation', 'global');
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/couplings\[0\] xp 0-1, couplings\[1\] xx 1-2.*unbounded below/);
    }
  });
});
