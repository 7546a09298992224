/** Shared helpers of the reliability suite: in-process runs, bounded spawns, byte snapshots of a folder. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, lstatSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { expect } from 'vitest';
import { run } from '../../src/cli/run.js';
import { bin } from '../cli/run-bin.js';

export interface RunResult {
  readonly status: number | null;
  readonly signal: string | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The CLI in this process (no spawn): exit code and captured output. */
export async function runInProcess(argv: readonly string[]): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const status = await run(argv, { stdout: (t) => void (stdout += t.endsWith('\n') ? t : `${t}\n`), stderr: (t) => void (stderr += t.endsWith('\n') ? t : `${t}\n`) });
  return { status, signal: null, stdout, stderr };
}

/** The built bin with bounded time (timeoutMs) and memory (--max-old-space-size). */
export function spawnBounded(argv: readonly string[], options: { cwd?: string; timeoutMs?: number; memoryMb?: number } = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${options.memoryMb ?? 256}`, bin, ...argv], { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => void (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 20_000);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr });
    });
  });
}

/** Run `tasks` with at most `limit` at a time. */
export async function inBatches<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]!);
    }
  }));
  return results;
}

/** Every path under `root` with its bytes (folders as entries with no content). */
export function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string, prefix: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const s = lstatSync(path);
      const key = `${prefix}${name}`;
      if (s.isDirectory()) {
        out.set(`${key}/`, '');
        walk(path, `${key}/`);
      } else if (s.isFile()) out.set(key, readFileSync(path).toString('base64'));
      else out.set(key, `<${s.isFIFO() ? 'fifo' : 'special'}>`);
    }
  };
  walk(root, '');
  return out;
}

export const temporaryFolder = (): string => mkdtempSync(join(tmpdir(), 'om-rel-'));

/** The promise of the CLI for bad input: exit 2, one line naming the problem, no stack trace, nothing on stdout. */
export function expectRefused(r: RunResult, label: string): void {
  const context = `${label}\nstatus ${r.status} signal ${r.signal}\nstderr: ${r.stderr.slice(0, 400)}\nstdout: ${r.stdout.slice(0, 200)}`;
  expect(r.status, context).toBe(2);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, context).toHaveLength(1);
  expect(lines[0], context).toMatch(/^openmoments: /);
  expect(lines[0]!.length, context).toBeLessThan(400);
  expect(r.stderr, context).not.toMatch(/internal error|\n\s+at |Error:/);
  expect(r.stdout, context).toBe('');
}

/** Successful numeric output carries no NaN, Infinity or null. */
export function expectFiniteOutput(r: RunResult, label: string): void {
  expect(r.stdout, label).not.toMatch(/\bNaN\b|\bInfinity\b|\bnull\b/);
}

/** Either refused as promised, or a success whose numbers are all finite. */
export function expectRefusedOrFinite(r: RunResult, label: string): void {
  if (r.status === 0) expectFiniteOutput(r, label);
  else expectRefused(r, label);
}
