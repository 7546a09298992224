#!/usr/bin/env node
// Whole-process timing of an EP map at the Fig. 2 parameters:
//  - first (default): the 4×4 M_L,1 of eq. 34 (hand-written fixture, same
//    evaluation order as test/bench/numpy_epmap.py), for comparison with NumPy;
//  - second: the 10×10 M_L,2 DERIVED by openmoments (not the printed eq. B.5,
//    whose k entries are wrong), mapped as `ep-map --order 2` does: the largest
//    spectral-projector norm over the eigenvalue clusters (its eigenvalues are
//    sums of pairs of M_L,1's, with a semisimple double one everywhere, so κ of
//    an arbitrary eigenbasis is not meaningful). Compare with
//    `python3 test/bench/numpy_epmap2.py N PART 2` run twice in parallel.
//
//   npx tsc -p tsconfig.json            # builds dist/src/numeric/...
//   time node test/bench/epmap-process.mjs [N=1000] [first|second] [--refine]
//   time python3 test/bench/numpy_epmap.py [N=1000]
//
// Grid: ω ∈ [0.1, 2] and k ∈ [−1.2e−4, 1.2e−4], N points each, layout
// row-major over (k, ω). Prints the wall time of the map alone and summary
// statistics that the NumPy script prints too.
import { computeEpMap } from '../../dist/src/numeric/ep/ep-map.js';
import { localFirstMomentFillerSource } from '../numeric/fixture-filler-sources.mjs';

const args = process.argv.slice(2);
const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 1000);
const second = args.includes('second');
const refineUnresolved = args.includes('--refine');
const linspace = (a, b, m) => Array.from({ length: m }, (_, i) => a + ((b - a) * i) / (m - 1));

// The symbolic pipeline (derivation of M_L,2 and its compilation) is loaded only where it is used.
async function secondMomentSource() {
  const [{ FIG2_PARAMETERS }, { paperMatrixSource }] = await Promise.all([
    import('../../dist/src/numeric/paper-parameters.js'),
    import('../../dist/src/numeric/physics/paper-matrix-source.js'),
  ]);
  return paperMatrixSource('local', 2, FIG2_PARAMETERS);
}
const { size, source } = second ? await secondMomentSource() : { size: 4, source: localFirstMomentFillerSource() };

const start = performance.now();
const map = await computeEpMap(
  { size, omegas: linspace(0.1, 2, count), ks: linspace(-1.2e-4, 1.2e-4, count), fillerSource: source },
  { refineUnresolved, witness: second ? 'projector-norm' : 'kappa' },
);
const seconds = (performance.now() - start) / 1000;

let max = -Infinity;
let sum = 0;
let finite = 0;
for (const x of map.log10Kappa) {
  if (!Number.isFinite(x)) continue;
  finite++;
  sum += x;
  if (x > max) max = x;
}
const cpu = process.cpuUsage();
console.log(
  `cpu ${((cpu.user + cpu.system) / 1e6).toFixed(3)} s; ${second ? '10x10 second' : '4x4 first'}-moment map ${count}x${count}: ${seconds.toFixed(3)} s in computeEpMap; ` +
    `unresolved ${map.unresolvedCount}, extended-precision ${map.extendedPrecisionCount}; ` +
    `mean log10 ${second ? 'max projector norm' : 'kappa'} ${(sum / finite).toFixed(6)}, max ${max.toFixed(4)}`,
);
