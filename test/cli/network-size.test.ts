/**
 * Size limits of model-file networks (docs/architecture.md, "Input limits"): past them a command is
 * refused at once with one line naming the limit and exit 2, instead of running for minutes or out of
 * memory; up to them it answers.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DERIVATION_MODE_LIMITS, DOCUMENT_MODE_LIMIT, COVARIANCE_MODE_LIMIT, modeLimit } from '../../src/numeric/network-size.js';

const bin = join(process.cwd(), 'dist/src/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'om-size-'));

function chain(n: number, kind: 'xx' | 'xp' = 'xx'): string {
  const path = join(dir, `chain-${kind}-${n}.json`);
  writeFileSync(path, JSON.stringify({
    frequencies: Array.from({ length: n }, (_, i) => 1 + 0.013 * i),
    couplings: Array.from({ length: n - 1 }, (_, i) => ({ a: i, b: i + 1, kind, strength: 0.01 })),
    baths: [{ mode: 0, label: 'h', temperature: 2, lambda2: 1e-3 }, { mode: n - 1, label: 'c', temperature: 1, lambda2: 1e-3 }],
    cutoff: 100,
  }));
  return path;
}

const cli = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000, cwd: dir, maxBuffer: 256 * 1024 * 1024 });

describe('network size limits', () => {
  it.each([
    ['derive', 'global', 1],
    ['derive', 'redfield', 2],
    ['code', 'redfield', 1],
    ['ep', 'partial-secular', 1],
    ['matrix', 'global', 2],
  ] as const)('%s --equation %s --order %s one mode past the limit: exit 2, one line, at once', (command, equation, order) => {
    const n = DERIVATION_MODE_LIMITS[order][equation] + 1;
    const extra = equation === 'partial-secular' ? ['--secular-cutoff', '0.01'] : [];
    const r = cli(command, '--model-file', chain(n), '--equation', equation, '--order', String(order), ...extra);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`${n} modes: .* at most ${n - 1} modes`));
  });

  it('latex and steady past their limits are refused before anything is written', () => {
    const latex = cli('latex', '--model-file', chain(DOCUMENT_MODE_LIMIT + 1), '--out', join(dir, 'doc.tex'));
    expect(latex.status).toBe(2);
    const steady = cli('steady', '--model-file', chain(COVARIANCE_MODE_LIMIT + 1));
    expect(steady.status).toBe(2);
    expect(steady.stderr).toMatch(/at most 500 modes/);
    expect(readdirSync(dir).filter((f) => !f.endsWith('.json'))).toEqual([]); // no document, no temporary
  });

  it('at a limit the command answers (Redfield first moments, the most expensive small one)', { timeout: 70_000 }, () => {
    const n = DERIVATION_MODE_LIMITS[1].redfield;
    const r = cli('derive', '--model-file', chain(n), '--equation', 'redfield');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/d<x_1>\/dt/);
  });

  it('x–p couplings halve the symbolic limits of the normal-mode equations, not the local one or the covariance path', () => {
    const xp = { frequencies: [1, 1.1], couplings: [{ a: 0, b: 1, kind: 'xp' as const, strength: 0.01 }], baths: [], cutoff: 1 };
    const xx = { ...xp, couplings: [{ a: 0, b: 1, kind: 'xx' as const, strength: 0.01 }] };
    expect(modeLimit(xp, { kind: 'derivation', equation: 'redfield', order: 1 })).toBe(modeLimit(xx, { kind: 'derivation', equation: 'redfield', order: 1 }) / 2);
    expect(modeLimit(xp, { kind: 'derivation', equation: 'local', order: 2 })).toBe(modeLimit(xx, { kind: 'derivation', equation: 'local', order: 2 }));
    expect(modeLimit(xp, { kind: 'covariance' })).toBe(COVARIANCE_MODE_LIMIT);
  });
});
