/**
 * EP-map speed (targets live here, not in timed tests):
 *  (a) 1000×1000 (ω, k) first-moment map of M_L,1 (eq. 34), eig + κ at every
 *      point — target ≲ 1/3 of NumPy's whole-process time for the same map
 *      (compare `time node test/bench/epmap-process.mjs` with
 *      `time python3 test/bench/numpy_epmap.py`);
 *  (b) 300×300 map of the 10×10 M_L,2 as derived by openmoments (not the
 *      printed eq. B.5, whose k entries are wrong), with the witness of
 *      `ep-map --order 2` (largest spectral-projector norm) — target ≤ ½ of
 *      NumPy's eig + SVD on the same matrices split over two processes
 *      (`python3 test/bench/numpy_epmap2.py 300 0 2 & … 300 1 2`).
 * Both run on worker threads compiled from the current sources.
 */
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { computeEpMap } from '../../src/numeric/ep/ep-map.js';
import { FIG2_PARAMETERS } from '../../src/numeric/paper-parameters.js';
import { paperMatrixSource } from '../../src/numeric/physics/exceptional-points.js';
import { compileEpMapWorker, type CompiledWorker } from '../numeric/compiled-worker.js';
import { localFirstMomentFillerSource } from '../numeric/fixtures.js';

const linspace = (a: number, b: number, m: number): number[] => Array.from({ length: m }, (_, i) => a + ((b - a) * i) / (m - 1));
const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };

const secondMoments = paperMatrixSource('local', 2, FIG2_PARAMETERS);

let compiled: CompiledWorker;
beforeAll(() => {
  compiled = compileEpMapWorker();
});
afterAll(() => compiled.dispose());

describe('EP maps on worker threads', () => {
  bench(
    '(a) M_L,1 4×4, 1000×1000 grid',
    async () => {
      await computeEpMap(
        { size: 4, omegas: linspace(0.1, 2, 1000), ks: linspace(-1.2e-4, 1.2e-4, 1000), fillerSource: localFirstMomentFillerSource() },
        { workerUrl: compiled.workerUrl },
      );
    },
    once,
  );

  bench(
    '(b) M_L,2 10×10, 300×300 grid',
    async () => {
      await computeEpMap(
        { size: secondMoments.size, omegas: linspace(0.1, 2, 300), ks: linspace(-1.2e-4, 1.2e-4, 300), fillerSource: secondMoments.source },
        { workerUrl: compiled.workerUrl, witness: 'projector-norm' },
      );
    },
    once,
  );
});
