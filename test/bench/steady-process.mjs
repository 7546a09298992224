#!/usr/bin/env node
// Whole-process timings of steady states of an x–x chain with baths on its ends (ω = 1, k = 0.1,
// λ² = 0.01, T_h = 2, T_c = 1, Λ = 30), N modes, local equation, in one run on the same machine:
//   (1) `openmoments steady --model-file chain.json --json`  (derivation + Lyapunov + diagnostics);
//   (2) the Lyapunov solve alone on the lowered A and D, as a whole process:
//       openmoments (test/bench/lyapunov-process.mjs) vs SciPy (test/bench/scipy_lyapunov.py).
//   npm run build && node test/bench/steady-process.mjs [50,200,800]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareCovariance } from '../../dist/src/numeric/covariance/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const sizes = (process.argv[2] ?? '50,200,800').split(',').map(Number);
const dir = mkdtempSync(join(tmpdir(), 'om-steady-'));

export function chainModel(N) {
  return {
    frequencies: Array.from({ length: N }, () => 1),
    couplings: Array.from({ length: N - 1 }, (_, i) => ({ a: i, b: i + 1, kind: 'xx', strength: 0.1 })),
    baths: [{ mode: 0, label: 'h', temperature: 2, lambda2: 0.01 }, { mode: N - 1, label: 'c', temperature: 1, lambda2: 0.01 }],
    cutoff: 30,
  };
}

function timed(cmd, args, env = process.env) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30, env });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  return { seconds, stdout: r.stdout.trim() };
}

for (const N of sizes) {
  const model = chainModel(N);
  const modelPath = join(dir, `chain-${N}.json`);
  writeFileSync(modelPath, JSON.stringify(model));
  const { lowered } = prepareCovariance({ model, equation: 'local' });
  const n = lowered.n;
  const binPath = join(dir, `AD-${N}.bin`);
  const both = new Float64Array(2 * n * n);
  both.set(lowered.drift, 0);
  both.set(lowered.diffusion, n * n);
  writeFileSync(binPath, Buffer.from(both.buffer));
  const steady = N <= 200 ? timed('node', ['dist/src/cli/main.js', 'steady', '--model-file', modelPath, '--json']) : null;
  const ours = timed('node', [join(here, 'lyapunov-process.mjs'), binPath, String(n)]);
  const scipy = timed('python3', [join(here, 'scipy_lyapunov.py'), binPath, String(n)]);
  // SciPy with single-threaded BLAS too: on a shared machine its threaded BLAS can lose more than it gains.
  const single = { ...process.env, OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };
  const scipy1 = timed('python3', [join(here, 'scipy_lyapunov.py'), binPath, String(n)], single);
  console.log(
    `N=${N} (2N=${n}): steady whole process ${steady ? steady.seconds.toFixed(2) + ' s' : '(skipped)'}; ` +
      `Lyapunov whole process: openmoments ${ours.seconds.toFixed(2)} s, SciPy ${scipy.seconds.toFixed(2)} s (ratio ${(ours.seconds / scipy.seconds).toFixed(2)}), ` +
      `SciPy 1-thread BLAS ${scipy1.seconds.toFixed(2)} s (ratio ${(ours.seconds / scipy1.seconds).toFixed(2)})`,
  );
  console.log(`  ${ours.stdout}\n  ${scipy.stdout}\n  ${scipy1.stdout}`);
}
