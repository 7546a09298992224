/**
 * Worker-thread entry of the EP map. Receives the grid and shared output
 * buffers through workerData, takes ω columns from a shared atomic counter
 * until none are left, and reports finished columns to the parent.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { compileMatrixFiller } from './matrix-filler.js';
import { computeEpMapColumn, createEpMapColumnWorkspace, warmUpEpMapKernels, type EpMapWitness } from './ep-map-columns.js';

/** What the parent sends; every buffer is a SharedArrayBuffer. */
export interface EpMapWorkerData {
  readonly n: number;
  readonly fillerSource: string;
  readonly refineUnresolved: boolean;
  readonly witness: EpMapWitness;
  readonly omegas: SharedArrayBuffer;
  readonly ks: SharedArrayBuffer;
  readonly log10Kappa: SharedArrayBuffer;
  readonly resolution: SharedArrayBuffer;
  /** Int32Array[1]: index of the next ω column to take. */
  readonly nextColumn: SharedArrayBuffer;
}

export type EpMapWorkerMessage = { readonly type: 'columns'; readonly count: number } | { readonly type: 'done' };

function run(data: EpMapWorkerData): void {
  const port = parentPort;
  if (port === null) throw new Error('ep-map-worker must run in a worker thread');
  const grid = {
    n: data.n,
    omegas: new Float64Array(data.omegas),
    ks: new Float64Array(data.ks),
    filler: compileMatrixFiller(data.fillerSource),
    refineUnresolved: data.refineUnresolved,
    witness: data.witness,
    log10Kappa: new Float64Array(data.log10Kappa),
    resolution: new Uint8Array(data.resolution),
  };
  const nextColumn = new Int32Array(data.nextColumn);
  warmUpEpMapKernels(data.n, data.witness);
  const workspace = createEpMapColumnWorkspace(data.n);
  const columns = grid.omegas.length;
  // Report progress at most ~200 times per worker.
  const reportEvery = Math.max(1, Math.floor(columns / 200));
  let unreported = 0;
  for (let column = Atomics.add(nextColumn, 0, 1); column < columns; column = Atomics.add(nextColumn, 0, 1)) {
    computeEpMapColumn(workspace, grid, column);
    unreported++;
    if (unreported >= reportEvery) {
      port.postMessage({ type: 'columns', count: unreported } satisfies EpMapWorkerMessage);
      unreported = 0;
    }
  }
  if (unreported > 0) port.postMessage({ type: 'columns', count: unreported } satisfies EpMapWorkerMessage);
  port.postMessage({ type: 'done' } satisfies EpMapWorkerMessage);
}

run(workerData as EpMapWorkerData);
