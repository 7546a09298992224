/**
 * EP maps: log10 κ(V) of M(ω, k) over a (k, ω) grid, computed in parallel
 * on node:worker_threads with one preallocated workspace per thread and
 * shared output buffers (no copying of results).
 *
 * Layout: the outputs are row-major over (k, ω):
 *   log10Kappa[kIndex · omegas.length + omegaIndex]  is log10 κ at (omegas[omegaIndex], ks[kIndex]).
 * `resolution` has the same layout with codes RESOLVED_IN_DOUBLE (0),
 * RESOLVED_IN_EXTENDED_PRECISION (1: double did not resolve κ, double-double
 * did, and log10Kappa holds the double-double value) and UNRESOLVED (2:
 * log10Kappa holds the best available estimate, Infinity when V is exactly
 * singular, NaN when the QR iteration failed).
 *
 * Work is split into ω columns (each swept along k, see ep-map-columns.ts),
 * handed out dynamically through a shared atomic counter.
 *
 * The worker script is the compiled sibling `ep-map-worker.js` (present in
 * dist/ after `npx tsc -p tsconfig.json`). When running from TypeScript
 * sources (e.g. under vitest) pass `workerUrl` to a compiled copy, or
 * `threads: 0` to compute in the calling thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { compileMatrixFiller } from './matrix-filler.js';
import {
  computeEpMapColumn,
  createEpMapColumnWorkspace,
  RESOLVED_IN_EXTENDED_PRECISION,
  UNRESOLVED,
  warmUpEpMapKernels,
  type EpMapGridView,
  type EpMapWitness,
} from './ep-map-columns.js';
import type { EpMapWorkerData, EpMapWorkerMessage } from './ep-map-worker.js';

export { RESOLVED_IN_DOUBLE, RESOLVED_IN_EXTENDED_PRECISION, UNRESOLVED, type EpMapWitness } from './ep-map-columns.js';

export interface EpMapSpec {
  /** Matrix size n. */
  readonly size: number;
  readonly omegas: ArrayLike<number>;
  readonly ks: ArrayLike<number>;
  /** Source text of `(out: Float64Array, omega: number, k: number) => void` writing M row-major. */
  readonly fillerSource: string;
}

export interface EpMapOptions {
  /**
   * Worker threads; 0 computes in the calling thread alone. Default: one fewer than the available
   * cores (the calling thread takes a share, see callingThreadShare), at most one per ω column.
   */
  readonly threads?: number;
  /**
   * The calling thread takes ω columns too while the workers run (default true), yielding to its
   * event loop after each column (so signals and progress stay responsive). False leaves it idle.
   */
  readonly callingThreadShare?: boolean;
  /** Called with the fraction of ω columns done, in (0, 1]. */
  readonly onProgress?: (fractionDone: number) => void;
  /** Compiled worker script; default: ep-map-worker.js next to this module. */
  readonly workerUrl?: URL;
  /**
   * Recompute points double precision cannot resolve in double-double
   * (default false; ~1–5 ms per 4×4 point, useful when few points are
   * unresolved, as on the paper's first-moment maps).
   */
  readonly refineUnresolved?: boolean;
  /**
   * What is mapped (default 'kappa'; see ep-map-columns.ts). With 'projector-norm' the output
   * array `log10Kappa` holds log10 of the largest spectral-projector norm instead, and
   * refineUnresolved is ignored.
   */
  readonly witness?: EpMapWitness;
}

export interface EpMap {
  readonly omegaCount: number;
  readonly kCount: number;
  /** log10 κ, index kIndex · omegaCount + omegaIndex. Backed by a SharedArrayBuffer. */
  readonly log10Kappa: Float64Array;
  /** Resolution code per point, same layout. */
  readonly resolution: Uint8Array;
  /** Points that stayed UNRESOLVED. */
  readonly unresolvedCount: number;
  /** Points resolved only by the double-double recomputation. */
  readonly extendedPrecisionCount: number;
}

function sharedFloat64(values: ArrayLike<number>): Float64Array {
  const out = new Float64Array(new SharedArrayBuffer(values.length * Float64Array.BYTES_PER_ELEMENT));
  for (let i = 0; i < values.length; i++) out[i] = values[i]!;
  return out;
}

function defaultWorkerUrl(): URL {
  return new URL('./ep-map-worker.js', import.meta.url);
}

function validate(spec: EpMapSpec): void {
  if (!Number.isInteger(spec.size) || spec.size < 1) throw new RangeError(`size must be a positive integer, got ${spec.size}`);
  if (spec.omegas.length === 0 || spec.ks.length === 0) throw new RangeError('the ω and k grids must not be empty');
  // Fail early, in the caller's thread, on a filler that does not compile or run.
  const probe = new Float64Array(spec.size * spec.size);
  compileMatrixFiller(spec.fillerSource)(probe, spec.omegas[0]!, spec.ks[0]!);
}

function summarise(omegaCount: number, kCount: number, log10Kappa: Float64Array, resolution: Uint8Array): EpMap {
  let unresolvedCount = 0;
  let extendedPrecisionCount = 0;
  for (let i = 0; i < resolution.length; i++) {
    if (resolution[i] === UNRESOLVED) unresolvedCount++;
    else if (resolution[i] === RESOLVED_IN_EXTENDED_PRECISION) extendedPrecisionCount++;
  }
  return { omegaCount, kCount, log10Kappa, resolution, unresolvedCount, extendedPrecisionCount };
}

/** Computes the EP map of `spec` (see the module comment for the layout). */
export async function computeEpMap(spec: EpMapSpec, options: EpMapOptions = {}): Promise<EpMap> {
  validate(spec);
  const n = spec.size;
  const omegas = sharedFloat64(spec.omegas);
  const ks = sharedFloat64(spec.ks);
  const omegaCount = omegas.length;
  const kCount = ks.length;
  const points = omegaCount * kCount;
  const log10Kappa = new Float64Array(new SharedArrayBuffer(points * Float64Array.BYTES_PER_ELEMENT));
  const resolution = new Uint8Array(new SharedArrayBuffer(points));
  const refineUnresolved = options.refineUnresolved ?? false;
  const witness = options.witness ?? 'kappa';
  const callingThreadShare = options.callingThreadShare ?? true;
  const threads = Math.min(options.threads ?? Math.max(0, availableParallelism() - (callingThreadShare ? 1 : 0)), omegaCount);

  if (threads <= 0) {
    const grid = { n, omegas, ks, filler: compileMatrixFiller(spec.fillerSource), refineUnresolved, witness, log10Kappa, resolution };
    const workspace = createEpMapColumnWorkspace(n);
    for (let column = 0; column < omegaCount; column++) {
      computeEpMapColumn(workspace, grid, column);
      options.onProgress?.((column + 1) / omegaCount);
    }
    return summarise(omegaCount, kCount, log10Kappa, resolution);
  }

  const workerUrl = options.workerUrl ?? defaultWorkerUrl();
  if (workerUrl.protocol === 'file:' && !existsSync(fileURLToPath(workerUrl))) {
    throw new Error(
      `EP-map worker script not found at ${workerUrl.href}: build with \`npx tsc -p tsconfig.json\`, ` +
        'pass options.workerUrl to a compiled ep-map-worker.js, or use threads: 0',
    );
  }
  const workerData: EpMapWorkerData = {
    n,
    fillerSource: spec.fillerSource,
    refineUnresolved,
    witness,
    omegas: omegas.buffer as SharedArrayBuffer,
    ks: ks.buffer as SharedArrayBuffer,
    log10Kappa: log10Kappa.buffer as SharedArrayBuffer,
    resolution: resolution.buffer as SharedArrayBuffer,
    nextColumn: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT),
  };
  let columnsDone = 0;
  const columnsFinished = (count: number): void => {
    columnsDone += count;
    options.onProgress?.(columnsDone / omegaCount);
  };
  const runs = Array.from(
    { length: threads },
    () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(workerUrl, { workerData });
        let finished = false;
        worker.on('message', (message: EpMapWorkerMessage) => {
          if (message.type === 'columns') columnsFinished(message.count);
          else {
            finished = true;
          }
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (finished && code === 0) resolve();
          else reject(new Error(`EP-map worker exited with code ${code} before finishing`));
        });
      }),
  );
  if (callingThreadShare) {
    const grid = { n, omegas, ks, filler: compileMatrixFiller(spec.fillerSource), refineUnresolved, witness, log10Kappa, resolution };
    await computeSharedColumns(grid, new Int32Array(workerData.nextColumn), columnsFinished);
  }
  await Promise.all(runs);
  return summarise(omegaCount, kCount, log10Kappa, resolution);
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * The calling thread's share: ω columns taken from the workers' shared counter until none are
 * left, the same kernel (and warm-up) as a worker, so the map does not depend on who took a column.
 */
async function computeSharedColumns(grid: EpMapGridView, nextColumn: Int32Array, columnsFinished: (count: number) => void): Promise<void> {
  warmUpEpMapKernels(grid.n, grid.witness ?? 'kappa');
  const workspace = createEpMapColumnWorkspace(grid.n);
  const columns = grid.omegas.length;
  for (let column = Atomics.add(nextColumn, 0, 1); column < columns; column = Atomics.add(nextColumn, 0, 1)) {
    computeEpMapColumn(workspace, grid, column);
    columnsFinished(1);
    await yieldToEventLoop();
  }
}
