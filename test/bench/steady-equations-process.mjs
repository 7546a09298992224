#!/usr/bin/env node
// Whole-process `openmoments steady --model-file chain.json --equation E --json` of an x–x chain
// with baths on its ends (the chain of steady-process.mjs), for local, global and Redfield,
// alternated run by run with a peer build (e.g. the code before a change, built in a scratch
// directory) so that the machine's load hits both; wall and CPU (user + sys) seconds, best of R.
//   npm run build && node test/bench/steady-equations-process.mjs [N=200] [R=3] [PEER_ROOT]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const N = Number(process.argv[2] ?? 200);
const R = Number(process.argv[3] ?? 3);
const peer = process.argv[4];
const dir = mkdtempSync(join(tmpdir(), 'om-steady-eq-'));
const model = {
  frequencies: Array.from({ length: N }, () => 1),
  couplings: Array.from({ length: N - 1 }, (_, i) => ({ a: i, b: i + 1, kind: 'xx', strength: 0.1 })),
  baths: [{ mode: 0, label: 'h', temperature: 2, lambda2: 0.01 }, { mode: N - 1, label: 'c', temperature: 1, lambda2: 0.01 }],
  cutoff: 30,
};
const modelPath = join(dir, `chain-${N}.json`);
writeFileSync(modelPath, JSON.stringify(model));

function run(base, equation) {
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', 'node', join(base, 'dist/src/cli/main.js'), 'steady', '--model-file', modelPath, '--equation', equation, '--json'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`${base} ${equation}: ${r.stderr}`);
  const [user, sys, rss] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { wall, cpu: user + sys, rssMB: rss / 1024, heat: JSON.parse(r.stdout).heat };
}

for (const equation of ['local', 'global', 'redfield']) {
  const best = { ours: null, peer: null };
  for (let k = 0; k < R; k++) {
    for (const [who, base] of [['ours', root], ...(peer ? [['peer', peer]] : [])]) {
      const t = run(base, equation);
      if (!best[who] || t.wall < best[who].wall) best[who] = t;
    }
  }
  const fmt = (t) => `${t.wall.toFixed(2)} s wall, ${t.cpu.toFixed(2)} s CPU, ${t.rssMB.toFixed(0)} MB`;
  const agree = best.peer ? `; heat agrees to ${Math.max(...Object.keys(best.ours.heat).map((b) => Math.abs(best.ours.heat[b] - best.peer.heat[b]) / Math.abs(best.peer.heat[b]))).toExponential(1)} relative` : '';
  console.log(`N=${N} ${equation}: openmoments ${fmt(best.ours)}${best.peer ? `; peer ${fmt(best.peer)}` : ''}${agree} (load average ${loadavg().map((x) => x.toFixed(2)).join(' ')})`);
}
