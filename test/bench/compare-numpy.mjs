#!/usr/bin/env node
// Whole-process EP-map timings against NumPy in the same run, both on the two cores:
//   openmoments: one process (its worker threads use the cores);
//   NumPy: the same map split into two processes run in parallel (batched eig + SVD each).
// Wall time from spawn to exit, imports included, best of REPEATS.
// `spectrum N`: the CLI's k-sweep `spectrum --order 2 --k 0:2e-4:N --format json --out FILE` (eigenvalues
// of M_L,2 at ω = 1 with their clusters) against one NumPy process taking `eigvals` of the same N
// matrices and writing them as JSON (test/bench/numpy_spectrum.py); CPU time from /usr/bin/time.
//
//   npm run build && node test/bench/compare-numpy.mjs [first N=1000 | second N=300 | spectrum N=1000] [REPEATS=3]
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { rmSync } from 'node:fs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const kind = ['second', 'spectrum'].includes(process.argv[2]) ? process.argv[2] : 'first';
const n = Number(process.argv[3] ?? (kind === 'second' ? 300 : 1000));
const repeats = Number(process.argv[4] ?? 3);

function run(command, args) {
  // spectrum: CPU seconds (user + sys) of the whole process from /usr/bin/time, appended as "cpu X s".
  const timed = kind === 'spectrum';
  return new Promise((resolve, reject) => {
    const child = timed
      ? spawn('/usr/bin/time', ['-f', 'time-cpu %U %S', command, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr?.on('data', (d) => (err += d));
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`${command} exited with ${code}: ${err}`));
      const cpu = /time-cpu ([0-9.]+) ([0-9.]+)/.exec(err);
      resolve(timed ? `cpu ${(Number(cpu?.[1]) + Number(cpu?.[2])).toFixed(3)} s; ${out.trim()}` : out.trim());
    });
  });
}

async function timed(commands) {
  const start = performance.now();
  const outputs = await Promise.all(commands.map(([c, a]) => run(c, a)));
  return { seconds: (performance.now() - start) / 1000, outputs };
}

const spectrumOut = (who) => join(tmpdir(), `openmoments-bench-spectrum-${process.pid}-${who}.json`);
const ours =
  kind === 'spectrum'
    ? [[process.execPath, [here('../../dist/src/cli/main.js'), 'spectrum', '--order', '2', '--k', `0:2e-4:${n}`, '--format', 'json', '--out', spectrumOut('openmoments')]]]
    : [[process.execPath, [here('./epmap-process.mjs'), String(n), kind]]];
const script = here(kind === 'second' ? './numpy_epmap2.py' : './numpy_epmap.py');
const numpy =
  kind === 'spectrum'
    ? [['python3', [here('./numpy_spectrum.py'), String(n), '2e-4', spectrumOut('numpy')]]]
    : [0, 1].map((part) => ['python3', [script, String(n), String(part), '2']]);
let best = { ours: Infinity, numpy: Infinity, oursCpu: Infinity, numpyCpu: Infinity };
const cpuOf = (outputs) => outputs.reduce((sum, o) => sum + Number(/cpu ([0-9.]+) s/.exec(o)?.[1] ?? NaN), 0);
console.log(`load average before: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
for (let r = 0; r < repeats; r++) {
  const a = await timed(ours);
  const b = await timed(numpy);
  console.log(`run ${r + 1}: openmoments ${a.seconds.toFixed(3)} s (${a.outputs[0]}); numpy ${b.seconds.toFixed(3)} s`);
  best = { ours: Math.min(best.ours, a.seconds), numpy: Math.min(best.numpy, b.seconds), oursCpu: Math.min(best.oursCpu, cpuOf(a.outputs)), numpyCpu: Math.min(best.numpyCpu, cpuOf(b.outputs)) };
}
const what = kind === 'spectrum' ? `spectrum sweep of M_L,2 over ${n} k values` : `${kind}-moment map ${n}x${n}`;
const peer = kind === 'spectrum' ? 'NumPy eigvals (1 process)' : 'NumPy (2 processes)';
console.log(`${what}, whole processes, best of ${repeats}: openmoments ${best.ours.toFixed(3)} s, ${peer} ${best.numpy.toFixed(3)} s, ratio ${(best.ours / best.numpy).toFixed(3)}`);
console.log(`CPU seconds (all threads; NumPy's two processes summed; less sensitive to other load): openmoments ${best.oursCpu.toFixed(3)}, NumPy ${best.numpyCpu.toFixed(3)}, ratio ${(best.oursCpu / best.numpyCpu).toFixed(3)}`);
console.log(`load average after: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
if (kind === 'spectrum') for (const who of ['openmoments', 'numpy']) rmSync(spectrumOut(who), { force: true });
