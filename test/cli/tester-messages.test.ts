/**
 * Error messages and flag conflicts a new user met (tester's report, items 11 and 12): one rule for
 * --json against --format in every command, and messages that state the real problem.
 */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { cli, bin } from './run-bin.js';

function file(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'om-msg-')), 'model.json');
  writeFileSync(path, content);
  return path;
}
const chain3 = { frequencies: [1.0, 1.05, 1.1], couplings: [{ a: 0, b: 1, kind: 'xx', strength: 0.01 }, { a: 1, b: 2, kind: 'pp', strength: 0.01 }], baths: [{ mode: 0, label: 'h', temperature: 10, lambda2: 1e-3 }, { mode: 2, label: 'c', temperature: 5, lambda2: 1e-3 }], cutoff: 1000 };
const refused = (r: ReturnType<typeof cli>): string => {
  expect(r.status, r.stdout).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0]!;
};

describe('--json with another --format is refused by every command', () => {
  it.each([
    ['matrix', 'text'], ['steady', 'text'], ['steady', 'csv'], ['spectrum', 'csv'], ['spectrum', 'text'], ['ep', 'text'], ['heat', 'text'], ['derive', 'latex'], ['ep-lines', 'text'],
  ])('%s --json --format %s: exit 2', (command, format) => {
    expect(refused(cli(command, '--json', '--format', format))).toMatch(/--json and --format .* contradict/);
  });
  it('--json --format json is no conflict', () => {
    expect(cli('matrix', '--json', '--format', 'json').status).toBe(0);
  });
});

describe('messages name the real problem', () => {
  it('a strength beyond double precision (1e400) is "not a finite number", not "got null"', () => {
    const text = JSON.stringify(chain3).replace('"strength":0.01', '"strength":1e400');
    const line = refused(cli('steady', '--model-file', file(text)));
    expect(line).toMatch(/couplings\[0\]\.strength: .*not a finite number/);
    expect(line).not.toMatch(/null/);
  });
  it('a closed system under ep: no bath, no dissipation', () => {
    const line = refused(cli('ep', '--model-file', file(JSON.stringify({ ...chain3, baths: [] }))));
    expect(line).toMatch(/no dissipation/);
    expect(line).not.toMatch(/too far apart/);
  });
  it('a negative J says its probe values are the probe\'s, not the bath\'s', () => {
    const model = { frequencies: [2], couplings: [], baths: [{ mode: 0, label: 'h', temperature: 1, lambda2: 1e-3, spectral: '-lambda2*w' }], cutoff: 3 };
    expect(refused(cli('steady', '--model-file', file(JSON.stringify(model))))).toMatch(/probed with lambda2 = 1, L = 50/);
  });
  it('one mode and one bath are singular in the steady header', () => {
    const model = { frequencies: [2], couplings: [], baths: [{ mode: 0, label: 'h', temperature: 1, lambda2: 1e-3 }], cutoff: 3 };
    const r = cli('steady', '--model-file', file(JSON.stringify(model)));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/1 mode, 1 bath:/);
    const heat = cli('heat', '--model-file', file(JSON.stringify(model)));
    expect(heat.stdout.split('\n')[0]).toMatch(/1 mode,/);
  });
  it('--k beyond ω² on an ep-map grid: ω² is printed short (0.04, not 0.04000000000000001)', () => {
    const line = refused(cli('ep-map', '--omega', '0.2:1:3', '--k', '0:0.05:3', '--out', join(mkdtempSync(join(tmpdir(), 'om-msg-')), 'm.json')));
    expect(line).toMatch(/ω² down to 0\.04\)/);
  });
  it('matrix --sparse without --order 2 does not mention a --basis that was not given', () => {
    const line = refused(cli('matrix', '--sparse'));
    expect(line).toMatch(/--order 2/);
    expect(line).not.toMatch(/--basis/);
    expect(refused(cli('matrix', '--sparse', '--order', '2', '--basis', 'normal'))).toMatch(/drop --basis normal/);
  });
});

describe('a reader that stops early', () => {
  it('`openmoments … | head -c 0`: no stack trace (EPIPE ends the run quietly)', () => {
    const r = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${bin}" derive --order 2 --equation redfield --json | head -c 0`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
