/**
 * `npm run build` (and so `npm start`) is incremental: tsconfig.json keeps a build-info file inside
 * dist/ (deleting dist/ resets it; npm pack leaves it out), and a second build with nothing changed
 * emits no file. The second build is run in a temporary outDir, so that dist/ is not touched.
 */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

describe('incremental build', () => {
  it('tsconfig.json: incremental, with the build info inside outDir', () => {
    const options = (JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')) as { compilerOptions: Record<string, unknown> }).compilerOptions;
    expect(options['incremental']).toBe(true);
    const info = resolve(root, String(options['tsBuildInfoFile']));
    const out = resolve(root, String(options['outDir']));
    expect(relative(out, info).startsWith('..')).toBe(false);
  });
  it('a second build with no change emits nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'om-tsc-'));
    try {
      const build = (): string[] => {
        const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json', '--outDir', dir, '--tsBuildInfoFile', join(dir, '.tsbuildinfo'), '--listEmittedFiles'], { cwd: root, encoding: 'utf8' });
        expect(r.status, r.stdout + r.stderr).toBe(0);
        return r.stdout.split('\n').filter((l) => l.startsWith('TSFILE:'));
      };
      expect(build().length).toBeGreaterThan(100);
      expect(build()).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
