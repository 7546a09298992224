/**
 * The reported cases, run through the built bin with bounded time (20 s) and memory (256 MB old
 * space), from a scratch working directory that is compared byte for byte before and after: each
 * is refused with exit 2 and one line, and nothing on disk changes.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, rmSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnBounded, inBatches, snapshot, temporaryFolder, expectRefused } from './helpers.js';
import { FILE_INPUT_LIMIT } from '../../src/numeric/file-input.js';
import { parseCli } from '../../src/cli/parse.js';
import fc from 'fast-check';
import { fuzzArgv, SLOW, NUMERIC } from './generators.js';

let cwd = '';
beforeAll(() => {
  cwd = temporaryFolder();
  execFileSync('mkfifo', [join(cwd, 'fifo')]);
  writeFileSync(join(cwd, 'big.json'), Buffer.alloc(FILE_INPUT_LIMIT + 1, 0x20));
  writeFileSync(join(cwd, 'plain'), 'a file');
  mkdirSync(join(cwd, 'folder'));
  mkdirSync(join(cwd, 'vp'));
  writeFileSync(join(cwd, 'vp', 'paper-check.md'), 'the previous check');
  writeFileSync(join(cwd, 'twice-h.json'), JSON.stringify({ frequencies: [1, 1.1], couplings: [], baths: [{ mode: 0, label: 'h', temperature: 2, lambda2: 0.01 }, { mode: 1, label: 'h', temperature: 2, lambda2: 0.01 }], cutoff: 100 }));
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

const ALLOCATING = 'w+0*(1:1e10)';
const LONG = Array.from({ length: 2000 }, (_, i) => `${i}*w`).join('+');

const CASES: readonly (readonly string[])[] = [
  ['matrix', '--spectral', ALLOCATING],
  ['heat', '--spectral', ALLOCATING],
  ['matrix', '--spectral', LONG],
  ['matrix', '--spectral', '__proto__'],
  ['matrix', '--model-file', 'fifo'],
  ['latex', '--notation', 'fifo'],
  ['matrix', '--model-file', '/dev/zero'],
  ['latex', '--notation', '/dev/zero'],
  ['matrix', '--model-file', 'big.json'],
  ['matrix', '--model-file', 'folder'],
  ['matrix', '--model-file', 'twice-h.json'],
  ['latex', '--out', '/proc/self/sub/x.tex'],
  ['latex', '--out', 'folder'],
  ['code', '--out', 'plain/x.py'],
  ['latex', '--out', '--standalone'],
  ['latex', '--out='],
  ['verify-paper', '--out', 'vp', '--format', 'latex', '--symbol', 'garbage'],
  ['report', '--out', 'plain'],
  ['ep-map', '--out', 'folder/', '--omega', '0.5:1:3', '--k', '-1e-4:1e-4:3'],
  ['heat', '--times', '0,1e308', '--initial', '1e308,1,0,1,1,0,0,0,0,0'],
  ['ep', '--omega', '1e80', '--k', '1'],
  ['heat', '--equation', 'global', '--Th', '1e-300', '--Tc', '1e-300'],
  ['matrix', '--omega', '0x10'],
  ['help', 'frobnicate'],
];

describe('reported cases, through the bin (bounded time and memory)', () => {
  it('are all refused with exit 2, one line, and no change on disk', async () => {
    const before = snapshot(cwd);
    const results = await inBatches(CASES, 2, (args) => spawnBounded(args, { cwd }));
    results.forEach((r, i) => {
      expect(r.signal, CASES[i]!.join(' ').slice(0, 80)).toBeNull();
      expectRefused(r, CASES[i]!.join(' ').slice(0, 200));
    });
    expect(snapshot(cwd)).toEqual(before);
  }, 120_000);

  it('verify-paper writes nothing without --out, in any format', () => {
    for (const format of ['--json', '--format=text', '--format=latex']) {
      const cmd = parseCli(['verify-paper', format]);
      expect(cmd.name === 'verify-paper' && cmd.out).toBeNull();
    }
  });

  it('generated command lines through the bin: exit 0 or 2, bounded time and memory, nothing changed when refused', async () => {
    const folder = temporaryFolder();
    const samples = fc.sample(fuzzArgv(folder), { numRuns: 12, seed: Number(process.env['FUZZ_SEED'] ?? 11) })
      .filter((args) => {
        try {
          parseCli(args);
          return !SLOW.has(args[0]!);
        } catch {
          return true;
        }
      });
    const before = snapshot(folder);
    const results = await inBatches(samples, 2, (args) => spawnBounded(args, { cwd: folder }));
    results.forEach((r, i) => {
      const label = JSON.stringify(samples[i]).slice(0, 200);
      expect(r.signal, label).toBeNull();
      if (r.status === 0) {
        if (NUMERIC.has(samples[i]![0]!)) expect(r.stdout, label).not.toMatch(/\bNaN\b|\bInfinity\b|\bnull\b/);
      } else expectRefused(r, label);
    });
    if (results.every((r) => r.status !== 0)) expect(snapshot(folder)).toEqual(before);
    rmSync(folder, { recursive: true, force: true });
  }, 120_000);

  it('writes a file whose name has 250 characters, and leaves no temporary file', async () => {
    const folder = temporaryFolder();
    const name = `${'n'.repeat(246)}.tex`;
    const r = await spawnBounded(['latex', '--out', name], { cwd: folder });
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(folder)).toEqual([name]);
    expect(readFileSync(join(folder, name), 'utf8')).toMatch(/\\begin\{/);
    rmSync(folder, { recursive: true, force: true });
  }, 30_000);
});
