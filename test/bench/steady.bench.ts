/**
 * Steady states at scale (issue 9), whole processes on the same machine in the same run:
 *  - `openmoments steady` of a 200-mode x–x chain with baths on its ends, local equation — target < 2 s
 *    (the global and Redfield equations of N-mode models come with the equation registry, issue 8);
 *  - the Lyapunov solve alone on the same lowered A and D, openmoments against SciPy's
 *    solve_continuous_lyapunov, at 2N = 400 — target: at most SciPy's time.
 * More sizes (N = 50, 200, 800) and the ratios: `node test/bench/steady-process.mjs` (docs/performance.md).
 * Needs `npm run build` (it is part of `npm run bench`).
 */
import { beforeAll, bench, describe } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareCovariance } from '../../src/numeric/covariance/index.js';
import type { NumericModel } from '../../src/numeric/physical.js';

const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };
const N = 200;
const chain: NumericModel = {
  frequencies: Array.from({ length: N }, () => 1),
  couplings: Array.from({ length: N - 1 }, (_, i) => ({ a: i, b: i + 1, kind: 'xx' as const, strength: 0.1 })),
  baths: [{ mode: 0, label: 'h', temperature: 2, lambda2: 0.01 }, { mode: N - 1, label: 'c', temperature: 1, lambda2: 0.01 }],
  cutoff: 30,
};
const dir = mkdtempSync(join(tmpdir(), 'om-bench-'));
const modelPath = join(dir, 'chain.json');
const binPath = join(dir, 'AD.bin');
let n = 0;

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
}

beforeAll(() => {
  writeFileSync(modelPath, JSON.stringify(chain));
  const { lowered } = prepareCovariance({ model: chain, equation: 'local' });
  n = lowered.n;
  const both = new Float64Array(2 * n * n);
  both.set(lowered.drift, 0);
  both.set(lowered.diffusion, n * n);
  writeFileSync(binPath, Buffer.from(both.buffer));
});

describe('steady states of a 200-mode x–x chain (whole processes)', () => {
  bench('openmoments steady --model-file (local) --json', () => run('node', ['dist/src/cli/main.js', 'steady', '--model-file', modelPath, '--json']), once);
  bench('Lyapunov solve, 2N = 400: openmoments', () => run('node', ['test/bench/lyapunov-process.mjs', binPath, String(n)]), once);
  bench('Lyapunov solve, 2N = 400: SciPy solve_continuous_lyapunov', () => run('python3', ['test/bench/scipy_lyapunov.py', binPath, String(n)]), once);
});
