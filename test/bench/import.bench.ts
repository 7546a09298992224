/** Issue 12: `import 'openmoments'` without mathjs; beside it, the moments stage alone and mathjs alone (separate processes). */
import { bench, describe } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const load = (specifier: string): void => {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(specifier)});`], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
};
const dist = (path: string): string => fileURLToPath(new URL(`../../dist/src/${path}`, import.meta.url));

describe('library import, whole process', () => {
  bench("import 'openmoments' (dist/src/index.js)", () => load(dist('index.js')), { iterations: 5, warmupIterations: 1 });
  bench('import the moments stage alone', () => load(dist('moments/index.js')), { iterations: 5, warmupIterations: 1 });
  bench('import mathjs alone', () => load('mathjs'), { iterations: 5, warmupIterations: 1 });
});
