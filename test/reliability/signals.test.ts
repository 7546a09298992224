/**
 * SIGINT and SIGTERM during a long ep-map and during report: the bin stops with 130 / 143 and one
 * line, and leaves nothing behind (no temporary file, no partial output). A report that finished
 * before the signal arrived must have written its whole set.
 */
import { describe, it, expect } from 'vitest';
import { spawn } from 'node:child_process';
import { rmSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bin } from '../cli/run-bin.js';
import { snapshot, temporaryFolder } from './helpers.js';

function runAndSignal(args: readonly string[], cwd: string, signal: NodeJS.Signals, afterMs: number): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
    const timer = setTimeout(() => child.kill(signal), afterMs);
    const hardStop = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      clearTimeout(hardStop);
      resolve({ status, stderr });
    });
  });
}

const leftovers = (root: string): string[] => [...snapshot(root).keys()].filter((p) => /\.om-[^/]*\.tmp$|\.tmp-\d+$/.test(p));

describe('signals leave nothing behind', () => {
  it.each([['SIGINT', 130], ['SIGTERM', 143]] as const)('%s during a long ep-map: exit %i, nothing written', async (signal, code) => {
    const cwd = temporaryFolder();
    const before = snapshot(cwd);
    const r = await runAndSignal(['ep-map', '--omega', '0.2:2:2000', '--k', '-1e-4:1e-4:2000', '--out', 'maps/x.json', '--quiet'], cwd, signal, 1500);
    expect(r.status, r.stderr).toBe(code);
    expect(r.stderr.trim().split('\n')).toEqual([`openmoments: stopped by ${signal}; temporary files removed`]);
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
