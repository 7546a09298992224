/**
 * matrix --sparse with a bath that has its own "spectral" (tester: it failed with "not loaded (call
 * loadBathSpectra first)" while the dense path worked): the sparse entries are the dense matrix's
 * non-zeros, and the decay entry is the hand value −J(ω)/2 with the file's J = λ² ω e^{−ω/Λ}.
 */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './run-bin.js';

const one = { frequencies: [2], couplings: [], baths: [{ mode: 0, label: 'h', temperature: 1, lambda2: 1e-3, spectral: 'lambda2*w*exp(-w/L)' }], cutoff: 3 };
const pair = {
  frequencies: [1, 1.3],
  couplings: [{ a: 0, b: 1, kind: 'xx', strength: 0.05 }],
  baths: [{ mode: 0, label: 'h', temperature: 2, lambda2: 1e-2, spectral: 'lambda2*w*exp(-w/L)' }, { mode: 1, label: 'c', temperature: 1, lambda2: 1e-2 }],
  cutoff: 3,
};

function file(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'om-sparse-')), 'model.json');
  writeFileSync(path, JSON.stringify(content));
  return path;
}

describe('matrix --sparse with per-bath spectral densities', () => {
  it.each([['one mode', one, 'local'], ['a pair, local', pair, 'local'], ['a pair, redfield', pair, 'redfield']] as const)('%s: sparse equals dense', (_, model, equation) => {
    const f = file(model);
    const dense = cli('matrix', '--order', '2', '--model-file', f, '--equation', equation, '--json');
    const sparse = cli('matrix', '--order', '2', '--model-file', f, '--equation', equation, '--sparse', '--json');
    expect(dense.status, dense.stderr).toBe(0);
    expect(sparse.status, sparse.stderr).toBe(0);
    const d = JSON.parse(dense.stdout) as { basis: string[]; M: number[][]; c: number[] };
    const s = JSON.parse(sparse.stdout) as { basis: string[]; entries: { rows: number[]; columns: number[]; values: number[] }; c: number[] };
    expect(s.basis).toEqual(d.basis);
    const rebuilt = d.M.map((row) => row.map(() => 0));
    s.entries.values.forEach((v, e) => void (rebuilt[s.entries.rows[e]!]![s.entries.columns[e]!] = v));
    const scale = Math.max(...d.M.flat().map(Math.abs));
    rebuilt.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(v - d.M[i]![j]!)).toBeLessThanOrEqual(1e-13 * scale)));
    s.c.forEach((v, i) => expect(Math.abs(v - d.c[i]!)).toBeLessThanOrEqual(1e-13 * Math.max(...d.c.map(Math.abs))));
  });
  it('one mode: the decay of ⟨x²⟩ is −J(ω)/2 with the file\'s J, not eq. 19', () => {
    const r = cli('matrix', '--order', '2', '--model-file', file(one), '--sparse', '--json');
    expect(r.status, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout) as { entries: { rows: number[]; columns: number[]; values: number[] } };
    const e = s.entries.values.findIndex((_, k) => s.entries.rows[k] === 0 && s.entries.columns[k] === 0);
    const J = 1e-3 * 2 * Math.exp(-2 / 3);
    expect(Math.abs(s.entries.values[e]! + J / 2)).toBeLessThan(1e-15);
  });
});
