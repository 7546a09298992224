/**
 * The per-column kernel of the EP map, shared by the worker threads and the
 * in-process path: for one ω, sweep k over its grid, fill M(ω, k), and
 * store log10 κ(V) and its resolution code.
 *
 * Sweeping along k (not ω) is deliberate: k is the perturbation, so
 * consecutive matrices — and eigenvalues — differ little (~1e−7 for the
 * paper's grids, against ~1e−3 per ω step), which lets each decomposition
 * start its QR iteration from the previous eigenvalues (shift hints, see
 * real-schur-eigenvectors.ts): about 4 instead of 10–20 iterations on the
 * paper's clustered spectra. Results do not depend on the hints beyond
 * rounding, and each column is computed the same way whichever thread
 * takes it, so maps are reproducible.
 */
import { clearShiftHints, reuseEigenvaluesAsShiftHints } from '../linalg/eigen.js';
import { createEpWitnessWorkspace, evaluateEpWitnessInto, type EpWitnessWorkspace } from '../linalg/ep-witness.js';
import { extendedPrecisionEigenbasis } from '../linalg/extended-precision-eigenbasis.js';
import { createSpectralClusterWorkspace, maximumProjectorNormInto, spectralClusters, type SpectralClusterWorkspace } from '../linalg/spectral-clusters.js';
import { clearSchurHints, reuseSchurEigenvaluesAsHints } from '../linalg/complex-schur.js';
import type { MatrixFiller } from './matrix-filler.js';

/**
 * What a map stores per point:
 *  - 'kappa': log10 κ(V) of the unit-column eigenvector matrix (eq. 24), as computed by ep-witness.ts;
 *  - 'projector-norm': log10 of the largest spectral-projector norm over the eigenvalue clusters
 *    (spectral-clusters.ts), Infinity where a cluster is defective (on the EP within the backward
 *    error). Basis-independent, and finite at semisimple repeated eigenvalues (e.g. everywhere on
 *    the second-moment maps, where κ of an arbitrary eigenbasis is meaningless).
 */
export type EpMapWitness = 'kappa' | 'projector-norm';

/** A projector-norm point is resolved when every cluster's norm is known to this relative accuracy. */
export const PROJECTOR_NORM_MAP_ACCURACY = 0.1;

/** Resolution codes stored per grid point. */
export const RESOLVED_IN_DOUBLE = 0;
export const RESOLVED_IN_EXTENDED_PRECISION = 1;
export const UNRESOLVED = 2;

export interface EpMapColumnWorkspace {
  readonly matrix: Float64Array;
  readonly witness: EpWitnessWorkspace;
  readonly clusters: SpectralClusterWorkspace;
}

export function createEpMapColumnWorkspace(n: number): EpMapColumnWorkspace {
  return { matrix: new Float64Array(n * n), witness: createEpWitnessWorkspace(n), clusters: createSpectralClusterWorkspace(n, true) };
}

export interface EpMapGridView {
  readonly n: number;
  readonly omegas: Float64Array;
  readonly ks: Float64Array;
  readonly filler: MatrixFiller;
  /** Recompute points that double precision does not resolve in double-double. */
  readonly refineUnresolved: boolean;
  /** What is mapped (default 'kappa'). */
  readonly witness?: EpMapWitness;
  /** Outputs, row-major over (k, ω): index = kIndex · omegas.length + omegaIndex. */
  readonly log10Kappa: Float64Array;
  readonly resolution: Uint8Array;
}

/** Deterministic uniform numbers in [−1, 1) (a 32-bit LCG: the warm-up matrices need no quality). */
function pseudoRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2147483648 - 1;
  };
}

/**
 * Matrices of size n that between them take every branch of the point kernels: zero and identity
 * (exact multiple eigenvalues, zero subdiagonals, the clusters' full analysis), the cyclic shift
 * (stagnating Francis steps, exceptional shifts), upper triangular (real roots deflating one by
 * one) and dense pseudo-random ones (real pairs, complex pairs, real and complex Wilkinson estimates).
 */
function warmUpMatrices(n: number): Float64Array[] {
  const random = pseudoRandom(0x9e3779b9);
  const zero = new Float64Array(n * n);
  const identity = new Float64Array(n * n);
  const cyclic = new Float64Array(n * n);
  const triangular = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    identity[i * n + i] = 1;
    // The cyclic shift on the trailing block of size ≤ 4 (the rest diagonal): the same stagnation at less cost.
    const first = Math.max(0, n - 4);
    if (i < first) cyclic[i * n + i] = 1 + i;
    else cyclic[(i + 1 < n ? i + 1 : first) * n + i] = 1;
    for (let j = i; j < n; j++) triangular[i * n + j] = random();
  }
  const dense = Array.from({ length: 4 }, () => Float64Array.from({ length: n * n }, random));
  return [zero, identity, cyclic, triangular, ...dense];
}

/**
 * Runs the point kernel of `witness` once, with and without shift hints, on warmUpMatrices(n), in a
 * workspace of its own (the map's results do not depend on it). Why: V8 optimises a kernel once it
 * is hot, from the branches it has seen taken; a branch first taken afterwards (a real root, an
 * exceptional shift) discards the optimised code, and the kernel runs unoptimised until it is
 * compiled again — several times per worker thread on the maps' matrices, where such branches are
 * rare. Taking every branch before the first map point costs well under a millisecond.
 */
export function warmUpEpMapKernels(n: number, witness: EpMapWitness): void {
  const ws = createEpMapColumnWorkspace(n);
  for (const matrix of warmUpMatrices(n)) {
    for (let pass = 0; pass < 2; pass++) {
      if (witness === 'projector-norm') {
        if (pass === 0) clearSchurHints(ws.clusters.schur);
        maximumProjectorNormInto(ws.clusters, matrix, PROJECTOR_NORM_MAP_ACCURACY);
        reuseSchurEigenvaluesAsHints(ws.clusters.schur);
      } else {
        if (pass === 0) clearShiftHints(ws.witness.eigen);
        evaluateEpWitnessInto(ws.witness, matrix, 'none', true);
        reuseEigenvaluesAsShiftHints(ws.witness.eigen);
      }
    }
  }
}

/** Computes column `omegaIndex` of the map (all k) into the grid's output arrays. */
export function computeEpMapColumn(ws: EpMapColumnWorkspace, grid: EpMapGridView, omegaIndex: number): void {
  if (grid.witness === 'projector-norm') {
    computeProjectorNormColumn(ws, grid, omegaIndex);
    return;
  }
  const { n, ks, filler, log10Kappa, resolution } = grid;
  const { matrix, witness } = ws;
  const omega = grid.omegas[omegaIndex]!;
  const width = grid.omegas.length;
  clearShiftHints(witness.eigen);
  for (let kIndex = 0; kIndex < ks.length; kIndex++) {
    const at = kIndex * width + omegaIndex;
    filler(matrix, omega, ks[kIndex]!);
    const kappa = evaluateEpWitnessInto(witness, matrix, 'none', true);
    reuseEigenvaluesAsShiftHints(witness.eigen);
    if (witness.resolved) {
      log10Kappa[at] = Math.log10(kappa);
      resolution[at] = RESOLVED_IN_DOUBLE;
    } else if (grid.refineUnresolved && Number.isFinite(witness.minimumGap)) {
      const extended = extendedPrecisionEigenbasis({ n, data: matrix });
      log10Kappa[at] = Math.log10(extended.kappa);
      resolution[at] = extended.resolved ? RESOLVED_IN_EXTENDED_PRECISION : UNRESOLVED;
    } else {
      log10Kappa[at] = Math.log10(kappa);
      resolution[at] = UNRESOLVED;
    }
    if (resolution[at] === UNRESOLVED) {
      // Repeated eigenvalues (the global equation's diabolic point at k = 0): κ(V) of single
      // eigenvectors is not defined there, but the cluster analysis of `ep` decides semisimple or
      // defective and gives κ on an orthonormal basis of each semisimple eigenspace.
      filler(matrix, omega, ks[kIndex]!);
      const semisimple = semisimpleKappa(matrix, n);
      if (semisimple !== null) {
        log10Kappa[at] = Math.log10(semisimple);
        resolution[at] = RESOLVED_IN_DOUBLE;
      }
    }
  }
}

/** κ(V) on the semisimple-aware eigenbasis where every cluster is resolved and none is defective; else null. Rare points only (it allocates). */
function semisimpleKappa(matrix: Float64Array, n: number): number | null {
  const a = spectralClusters({ n, data: Float64Array.from(matrix) });
  if (!a.converged || !a.clustersResolved || !Number.isFinite(a.kappa)) return null;
  return a.clusters.some((c) => c.verdict === 'semisimple') ? a.kappa : null;
}

/** The 'projector-norm' column: log10 max ‖P_C‖ (Infinity at a defective cluster), resolution code per point. */
function computeProjectorNormColumn(ws: EpMapColumnWorkspace, grid: EpMapGridView, omegaIndex: number): void {
  const { ks, filler, log10Kappa, resolution } = grid;
  const { matrix, clusters } = ws;
  const omega = grid.omegas[omegaIndex]!;
  const width = grid.omegas.length;
  clearSchurHints(clusters.schur);
  for (let kIndex = 0; kIndex < ks.length; kIndex++) {
    const at = kIndex * width + omegaIndex;
    filler(matrix, omega, ks[kIndex]!);
    log10Kappa[at] = Math.log10(maximumProjectorNormInto(clusters, matrix, PROJECTOR_NORM_MAP_ACCURACY));
    reuseSchurEigenvaluesAsHints(clusters.schur);
    resolution[at] = clusters.resolved ? RESOLVED_IN_DOUBLE : UNRESOLVED;
  }
}
