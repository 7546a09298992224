/**
 * SIGINT and SIGTERM during a long ep-map, a long synchronous derivation and during report: the
 * bin stops promptly with the conventional status (130 / 143, or death by that signal, which a
 * shell reports as 128 + 2 / 128 + 15) and leaves nothing behind (no temporary file, no partial
 * output). Once a write has begun the bin's handler finishes or undoes the set, says so in one
 * line and exits 130 / 143. A report that finished before the signal arrived wrote its whole set.
 */
import { describe, it, expect } from 'vitest';
import { spawn } from 'node:child_process';
import { rmSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bin } from '../cli/run-bin.js';
import { snapshot, temporaryFolder } from './helpers.js';

/** The exit status as a shell reports it: the code, or 128 + the number of the signal that ended the process. */
const SIGNAL_NUMBERS: Readonly<Record<string, number>> = { SIGINT: 2, SIGTERM: 15, SIGKILL: 9 };

function runAndSignal(args: readonly string[], cwd: string, signal: NodeJS.Signals, afterMs: number): Promise<{ status: number | null; stderr: string; stopMs: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let sentAt = Number.NaN;
    child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
    const timer = setTimeout(() => { sentAt = Date.now(); child.kill(signal); }, afterMs);
    const hardStop = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code, bySignal) => {
      clearTimeout(timer);
      clearTimeout(hardStop);
      resolve({ status: code ?? (bySignal === null ? null : 128 + SIGNAL_NUMBERS[bySignal]!), stderr, stopMs: Date.now() - sentAt });
    });
  });
}

const leftovers = (root: string): string[] => [...snapshot(root).keys()].filter((p) => /\.om-[^/]*\.tmp$|\.tmp-\d+$/.test(p));

describe('signals leave nothing behind', () => {
  it.each([['SIGINT', 130], ['SIGTERM', 143]] as const)('%s during a long ep-map: exit %i, nothing written', async (signal, code) => {
    const cwd = temporaryFolder();
    const before = snapshot(cwd);
    const r = await runAndSignal(['ep-map', '--omega', '0.2:2:2000', '--k', '-1e-4:1e-4:2000', '--out', 'x.json', '--quiet'], cwd, signal, 1500);
    expect(r.status, r.stderr).toBe(code);
    // before the write began: the default action (no line); never anything but that one line
    expect(['', `openmoments: stopped by ${signal}; temporary files removed`]).toContain(r.stderr.trim());
    expect(snapshot(cwd)).toEqual(before);
    rmSync(cwd, { recursive: true, force: true });
  }, 70_000);

  // Chains at the size limits (numeric/network-size.ts) of Redfield first moments (12 modes) and of the LaTeX
  // document (10 modes): seconds of synchronous work each (tester: kill -INT was ignored).
  const chainOf = (n: number): string => JSON.stringify({
    frequencies: Array.from({ length: n }, (_, i) => 1 + 0.01 * i),
    couplings: Array.from({ length: n - 1 }, (_, i) => ({ a: i, b: i + 1, kind: 'xx', strength: 0.01 })),
    baths: [{ mode: 0, label: 'h', temperature: 2, lambda2: 1e-3 }, { mode: n - 1, label: 'c', temperature: 1, lambda2: 1e-3 }],
    cutoff: 100,
  });
  const chains: Readonly<Record<string, string>> = { 'chain12.json': chainOf(12), 'chain10.json': chainOf(10) };

  it.each([
    ['SIGINT', 130, ['derive', '--equation', 'redfield', '--model-file', 'chain12.json']],
    ['SIGTERM', 143, ['derive', '--equation', 'redfield', '--model-file', 'chain12.json']],
    ['SIGINT', 130, ['latex', '--model-file', 'chain10.json', '--out', 'chain10.tex']],
    ['SIGTERM', 143, ['latex', '--model-file', 'chain10.json', '--out', 'chain10.tex']],
  ] as const)('%s during a long synchronous computation: stops within 2 s, exit %i, nothing written', async (signal, code, args) => {
    const cwd = temporaryFolder();
    for (const [name, text] of Object.entries(chains)) writeFileSync(join(cwd, name), text);
    const before = snapshot(cwd);
    const r = await runAndSignal(args, cwd, signal, 1000);
    expect(r.status, r.stderr).toBe(code);
    expect(r.stopMs).toBeLessThan(2000);
    expect(snapshot(cwd)).toEqual(before);
    rmSync(cwd, { recursive: true, force: true });
  }, 70_000);

  it.each([['SIGTERM', 143, 1500], ['SIGINT', 130, 4000]] as const)('%s during report: exit %i, no temporary file, no partial site', async (signal, code, afterMs) => {
    const cwd = temporaryFolder();
    const r = await runAndSignal(['report', '--quick', '--out', 'site'], cwd, signal, afterMs);
    expect(leftovers(cwd)).toEqual([]);
    if (r.status === 0) {
      // finished before the signal: the whole set is there
      for (const f of ['index.html', 'explorer.html', 'explorer.js', 'katex']) expect(existsSync(join(cwd, 'site', f))).toBe(true);
    } else {
      expect(r.status, r.stderr).toBe(code);
      // either nothing (stopped before the commit) or the whole set (stopped after it): never a part
      const written = existsSync(join(cwd, 'site')) ? readdirSync(join(cwd, 'site')).sort() : [];
      expect([[], ['explorer.html', 'explorer.js', 'index.html', 'katex']]).toContainEqual(written);
    }
    rmSync(cwd, { recursive: true, force: true });
  }, 70_000);
});
