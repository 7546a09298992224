/**
 * Spectrum sweeps: the eigenvalues of M (either order) as k runs through an exceptional point at
 * fixed ω — the data of the paper's eigenvalue-coalescence picture. At each k the eigenvalues come
 * with their cluster (spectral-clusters.ts): multiplicity, projector norm and verdict, so a reader
 * sees where branches coalesce and whether the coalescence is defective (an EP) or semisimple.
 *
 * Branches are continued from one k to the next by matching each eigenvalue to the nearest unused
 * one of the previous k (greedy, closest pairs first): branch b of row i is the continuation of
 * branch b of row i − 1. At a coalescence the continuation is not unique; the matching then
 * follows proximity only.
 */
import type { EquationKind } from '../../dissipators/index.js';
import type { MomentOrder } from '../../moments/index.js';
import { InputError } from '../input-error.js';
import { validateNumericModel } from '../model-bridge.js';
import { paperModel, type PaperParameters } from '../paper-parameters.js';
import type { SpectralDensity } from '../spectral.js';
import { compileMatrixFiller } from '../ep/matrix-filler.js';
import { paperMatrixSource } from './paper-matrix-source.js';
import { EXCEPTIONAL_PROJECTOR_NORM, spectralClusters, type ClusterVerdict } from '../linalg/spectral-clusters.js';

export interface SpectrumPoint {
  readonly re: number;
  readonly im: number;
  /**
   * Multiplicity of the eigenvalue's cluster (spectral-clusters.ts): how many eigenvalues at this k
   * sit in the cluster, so each member of a pair reports 2; not a count of distinct eigenvalues.
   */
  readonly multiplicity: number;
  /** Index (from 0) of the eigenvalue's cluster among the clusters at this k: members of one cluster share it. */
  readonly cluster: number;
  /** Projector norm of the eigenvalue's cluster. */
  readonly projectorNorm: number;
  readonly verdict: ClusterVerdict;
}

export interface SpectrumSweep {
  readonly equation: EquationKind;
  readonly order: MomentOrder;
  /** The resonant frequency ω of the parameters (used only when `resonant`). */
  readonly omega: number;
  /** Whether the two resonators share one frequency (ω); else they are ω_h ≠ ω_c. */
  readonly resonant: boolean;
  /** The frequencies of the sweep: ω_h and ω_c (both ω in resonance). */
  readonly omegaH: number;
  readonly omegaC: number;
  readonly k: number[];
  /** eigenvalues[i][b]: branch b at k[i]. */
  readonly eigenvalues: SpectrumPoint[][];
  /** Per k: the ep verdict's essentials. */
  readonly exceptionalPoint: boolean[];
  readonly maximumProjectorNorm: number[];
  readonly projectorNormThreshold: number;
}

export interface SpectrumSweepRequest {
  readonly equation: EquationKind;
  readonly order: MomentOrder;
  readonly ks: readonly number[];
  /** Physical parameters (k of these is ignored). */
  readonly parameters: PaperParameters;
  readonly spectral?: SpectralDensity;
}

/** Greedy nearest matching of `next` to `previous` (both length n): order[b] = index in next for branch b. */
function continueBranches(previous: readonly SpectrumPoint[], next: readonly SpectrumPoint[]): SpectrumPoint[] {
  const n = next.length;
  const pairs: [number, number, number][] = [];
  for (let b = 0; b < n; b++) {
    for (let j = 0; j < n; j++) pairs.push([Math.hypot(previous[b]!.re - next[j]!.re, previous[b]!.im - next[j]!.im), b, j]);
  }
  pairs.sort((x, y) => x[0] - y[0]);
  const out = new Array<SpectrumPoint | undefined>(n);
  const used = new Array<boolean>(n).fill(false);
  for (const [, b, j] of pairs) {
    if (out[b] !== undefined || used[j]) continue;
    out[b] = next[j]!;
    used[j] = true;
  }
  return out as SpectrumPoint[];
}

export function spectrumSweep(req: SpectrumSweepRequest): SpectrumSweep {
  const p = req.parameters;
  if (req.ks.length === 0) throw new InputError('--k', 'the k grid must not be empty');
  const limit = p.omegaH !== undefined && p.omegaC !== undefined ? p.omegaH * p.omegaC : p.omega * p.omega;
  const kMax = Math.max(...req.ks.map(Math.abs));
  if (!(kMax < limit)) throw new InputError('--k', `|k| must stay below ${p.omegaH !== undefined ? 'ω_h ω_c' : 'ω²'} = ${limit} on the whole grid (|k| up to ${kMax}): the normal-mode frequencies would not be real`);
  validateNumericModel(paperModel({ ...p, k: 0 }));
  const eigenvalues: SpectrumPoint[][] = [];
  const exceptionalPoint: boolean[] = [];
  const maximumProjectorNorm: number[] = [];
  // M(ω, k) derived and compiled once, as for the EP maps (ep-maps.ts), then filled per k.
  const { size, source } = paperMatrixSource(req.equation, req.order, p, req.spectral);
  const fill = compileMatrixFiller(source);
  const data = new Float64Array(size * size);
  for (const k of req.ks) {
    fill(data, p.omega, k);
    if (!data.every(Number.isFinite)) throw new InputError('--k', `M is not finite at k = ${k} at these parameters`);
    const a = spectralClusters({ n: size, data }, { kappa: false });
    const points: SpectrumPoint[] = Array.from(a.valuesRe, (re, i) => {
      const cluster = a.clusters.findIndex((x) => x.members.includes(i));
      const c = a.clusters[cluster];
      return { re, im: a.valuesIm[i]!, multiplicity: c?.multiplicity ?? 1, cluster, projectorNorm: c?.projectorNorm ?? Number.NaN, verdict: c?.verdict ?? 'unresolved' };
    });
    eigenvalues.push(eigenvalues.length === 0 ? points : continueBranches(eigenvalues[eigenvalues.length - 1]!, points));
    exceptionalPoint.push(a.clusters.some((c) => c.verdict === 'defective' || c.projectorNorm >= EXCEPTIONAL_PROJECTOR_NORM));
    maximumProjectorNorm.push(a.maximumProjectorNorm);
  }
  return {
    equation: req.equation,
    order: req.order,
    omega: p.omega,
    resonant: p.omegaH === undefined || p.omegaC === undefined,
    omegaH: p.omegaH ?? p.omega,
    omegaC: p.omegaC ?? p.omega,
    k: [...req.ks],
    eigenvalues,
    exceptionalPoint,
    maximumProjectorNorm,
    projectorNormThreshold: EXCEPTIONAL_PROJECTOR_NORM,
  };
}

/** The sweep as CSV, one row per (k, branch): k,branch,re,im,multiplicity,projector_norm,verdict. */
export function spectrumSweepCsv(sweep: SpectrumSweep): string {
  const rows = ['k,branch,re,im,multiplicity,projector_norm,verdict'];
  sweep.eigenvalues.forEach((points, i) => {
    points.forEach((e, b) => {
      rows.push([sweep.k[i]!, b, e.re, e.im, e.multiplicity, e.projectorNorm, e.verdict].map(String).join(','));
    });
  });
  return `${rows.join('\n')}\n`;
}
