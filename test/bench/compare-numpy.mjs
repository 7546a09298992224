#!/usr/bin/env node
// Whole-process EP-map timings against NumPy in the same run, both on the two cores:
//   openmoments: one process (its worker threads use the cores);
//   NumPy: the same map split into two processes run in parallel (batched eig + SVD each).
// Wall time from spawn to exit, imports included, best of REPEATS.
//
//   npm run build && node test/bench/compare-numpy.mjs [first N=1000 | second N=300] [REPEATS=3]
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const kind = process.argv[2] === 'second' ? 'second' : 'first';
const n = Number(process.argv[3] ?? (kind === 'second' ? 300 : 1000));
const repeats = Number(process.argv[4] ?? 3);

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`${command} exited with ${code}`))));
  });
}

async function timed(commands) {
  const start = performance.now();
  const outputs = await Promise.all(commands.map(([c, a]) => run(c, a)));
  return { seconds: (performance.now() - start) / 1000, outputs };
}

const ours = [[process.execPath, [here('./epmap-process.mjs'), String(n), kind]]];
const script = here(kind === 'second' ? './numpy_epmap2.py' : './numpy_epmap.py');
const numpy = [0, 1].map((part) => ['python3', [script, String(n), String(part), '2']]);
let best = { ours: Infinity, numpy: Infinity, oursCpu: Infinity, numpyCpu: Infinity };
const cpuOf = (outputs) => outputs.reduce((sum, o) => sum + Number(/cpu ([0-9.]+) s/.exec(o)?.[1] ?? NaN), 0);
console.log(`load average before: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
for (let r = 0; r < repeats; r++) {
  const a = await timed(ours);
  const b = await timed(numpy);
  console.log(`run ${r + 1}: openmoments ${a.seconds.toFixed(3)} s (${a.outputs[0]}); numpy ${b.seconds.toFixed(3)} s`);
  best = { ours: Math.min(best.ours, a.seconds), numpy: Math.min(best.numpy, b.seconds), oursCpu: Math.min(best.oursCpu, cpuOf(a.outputs)), numpyCpu: Math.min(best.numpyCpu, cpuOf(b.outputs)) };
}
console.log(`${kind}-moment map ${n}x${n}, whole processes, best of ${repeats}: openmoments ${best.ours.toFixed(3)} s, NumPy (2 processes) ${best.numpy.toFixed(3)} s, ratio ${(best.ours / best.numpy).toFixed(3)}`);
console.log(`CPU seconds (all threads; NumPy's two processes summed; less sensitive to other load): openmoments ${best.oursCpu.toFixed(3)}, NumPy ${best.numpyCpu.toFixed(3)}, ratio ${(best.oursCpu / best.numpyCpu).toFixed(3)}`);
console.log(`load average after: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
