/**
 * src/site/browser/ (the explorer's DOM code) is outside tsconfig.json, which has no DOM types; it is
 * type-checked here against src/site/browser/tsconfig.json (strict, DOM), with the library code it imports.
 */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

describe('explorer sources', () => {
  it('type-check with the DOM library (src/site/browser/tsconfig.json)', () => {
    const r = spawnSync(process.execPath, [tsc, '-p', 'src/site/browser/tsconfig.json'], { cwd: root, encoding: 'utf8' });
    expect(`${r.stdout}${r.stderr}`.trim()).toBe('');
    expect(r.status).toBe(0);
  }, 60_000);
});
