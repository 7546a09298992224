/**
 * Basis-independent EP witnesses of a real matrix M: its eigenvalues grouped into clusters, the
 * 2-norm of each cluster's spectral projector, and whether a repeated cluster is semisimple
 * (diabolic) or defective (an exceptional point), with its Jordan block sizes.
 *
 * Everything is computed from the complex Schur form M = Q T Qᴴ (complex-schur.ts), which is
 * backward stable: T is the exact Schur form of M + E with ‖E‖ ≲ η, η = n·eps·‖M‖_F (the
 * backward error estimate stated in the output). No inverse of an eigenvector matrix is formed.
 *
 *  - Projector norm of a single eigenvalue t_ii: ‖P_i‖₂ = ‖x‖‖y‖/|yx| with x, y the right and
 *    left eigenvectors of the triangular T (back/forward substitution, yx = 1). It equals
 *    1/phase rigidity and does not depend on how eigenvectors are normalised.
 *  - Clusters: to first order a perturbation of size η moves eigenvalue i by at most η‖P_i‖, so
 *    two eigenvalues whose discs |μ − μ_i| ≤ η‖P_i‖ (grown by the spread of a cluster) overlap
 *    cannot be told apart at this backward error; such groups are merged until no discs overlap.
 *  - Projector norm of a cluster C: reorder T unitarily so that C leads, T = [[T11, T12], [0, T22]],
 *    solve T11 X − X T22 = T12; then ‖P_C‖₂ = √(1 + ‖X‖₂²).
 *  - Jordan structure of a cluster: N = T11 − μ̄I is nilpotent up to the backward error. Its Weyr
 *    characteristic w_j (the number of Jordan blocks of size ≥ j) comes from the staircase
 *    algorithm (Golub & Wilkinson 1976, Kågström & Ruhe 1980): w_1 = number of singular values of
 *    N at most τ, restrict N to the complement of that numerical null space, repeat. The rank
 *    tolerance is τ = RANK_TOLERANCE_FACTOR·η·‖P_C‖ (the size of the perturbation of T11 that E
 *    can cause). w = (m) is semisimple, anything else defective; block sizes are the conjugate
 *    partition of w.
 *  - κ(V) (eq. 24) on a basis that is an eigenbasis wherever one exists: unit right eigenvectors
 *    for single eigenvalues, an orthonormal basis of the eigenspace of each semisimple cluster.
 *    It does not depend on any choice left open, and it is Infinity when a cluster is defective.
 */
import {
  complexIdentity,
  complexSchurOfReal,
  copyComplex,
  leadingBlockSylvester,
  leftEigenvectorOfTriangular,
  moveToLeadingBlock,
  pivotFloor,
  rightEigenvectorOfTriangular,
} from './complex-schur.js';
import { conditionNumberInto, createEigenvectorConditionWorkspace, singularValuesInto } from './eigenvector-condition.js';
import { squareSizeOf, type ComplexSquareMatrix, type RealSquareMatrix } from './square-matrix.js';

const EPS = 2.220446049250313e-16;
/** τ = RANK_TOLERANCE_FACTOR · η · ‖P_C‖ in the staircase rank decisions. */
export const RANK_TOLERANCE_FACTOR = 10;
/** A projector norm at or above this is reported as an exceptional point (nearby, if the cluster is simple). */
export const EXCEPTIONAL_PROJECTOR_NORM = 1e3;
/** Largest merging passes (each pass either merges two clusters or stops). */
const MAX_PASSES = 1000;

export type ClusterVerdict = 'simple' | 'semisimple' | 'defective' | 'unresolved';

export interface SpectralCluster {
  /** Indices into the eigenvalue list. */
  readonly members: readonly number[];
  readonly multiplicity: number;
  /** Mean of the member eigenvalues. */
  readonly centre: { readonly re: number; readonly im: number };
  /** Largest distance of a member from the centre. */
  readonly spread: number;
  /** ‖P_C‖₂ of the cluster's spectral projector (≥ 1). */
  readonly projectorNorm: number;
  /**
   * First-order estimate of the relative error of projectorNorm (and of phaseRigidity):
   * η‖P_C‖/d_C, d_C the distance to the nearest other cluster (0 when there is no other).
   */
  readonly relativeAccuracy: number;
  readonly verdict: ClusterVerdict;
  /** Jordan block sizes, largest first: all 1 unless defective. Empty when unresolved. */
  readonly jordanBlocks: readonly number[];
  /** 1/‖P‖ for a simple eigenvalue; undefined otherwise (not defined). */
  readonly phaseRigidity?: number;
  /** Singular values met in the staircase (diagnostic), with the tolerance used. */
  readonly rankTolerance?: number;
}

export interface SpectralClusterAnalysis {
  readonly n: number;
  readonly converged: boolean;
  readonly valuesRe: Float64Array;
  readonly valuesIm: Float64Array;
  /** η = n·eps·‖M‖_F. */
  readonly backwardError: number;
  readonly clusters: readonly SpectralCluster[];
  /** κ(V) on the semisimple-aware eigenbasis; Infinity when a cluster is defective, NaN if unresolved. */
  readonly kappa: number;
  /** η·‖P_C‖ ≤ 1e-3 × the distance to the nearest other cluster, for every cluster. */
  readonly clustersResolved: boolean;
  /** Largest projector norm over the clusters. */
  readonly maximumProjectorNorm: number;
}

/** Modulus of a complex vector given as split parts. */
function norm2(re: Float64Array, im: Float64Array): number {
  let s = 0;
  for (let i = 0; i < re.length; i++) s += re[i]! * re[i]! + im[i]! * im[i]!;
  return Math.sqrt(s);
}

/** Spectral norm of a complex rows×cols matrix (row-major), by Jacobi on a zero-padded square. */
function spectralNorm(re: Float64Array, im: Float64Array, rows: number, cols: number): number {
  if (rows === 0 || cols === 0) return 0;
  const size = Math.max(rows, cols);
  const pr = new Float64Array(size * size);
  const pi = new Float64Array(size * size);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      pr[i * size + j] = re[i * cols + j]!;
      pi[i * size + j] = im[i * cols + j]!;
    }
  }
  const ws = createEigenvectorConditionWorkspace(size);
  singularValuesInto(ws, pr, pi);
  return ws.sigmaMax;
}

/** The leading block of T after moving `members` to the front, with the rotations Z. */
function leadingBlockOf(t: ComplexSquareMatrix, members: readonly number[]): { t: ComplexSquareMatrix; z: ComplexSquareMatrix } {
  const moved = copyComplex(t);
  const z = complexIdentity(t.n);
  moveToLeadingBlock(moved, z, members);
  return { t: moved, z };
}

function clusterProjectorNorm(t: ComplexSquareMatrix, members: readonly number[], floor: number): number {
  if (members.length === t.n) return 1;
  const { t: moved } = leadingBlockOf(t, members);
  const x = leadingBlockSylvester(moved, members.length, floor);
  const norm = spectralNorm(x.re, x.im, x.rows, x.cols);
  return Math.sqrt(1 + norm * norm);
}

/**
 * One-sided Jacobi SVD of a complex m×m matrix A (row-major), with right singular vectors:
 * returns σ_j and V (row-major, column j ↔ σ_j) with A V = U Σ.
 */
function jacobiSvd(re: Float64Array, im: Float64Array, m: number): { sigma: Float64Array; vRe: Float64Array; vIm: Float64Array } {
  // Column-major working copies of A and V.
  const ar = new Float64Array(m * m);
  const ai = new Float64Array(m * m);
  const vr = new Float64Array(m * m);
  const vi = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < m; j++) {
      ar[j * m + i] = re[i * m + j]!;
      ai[j * m + i] = im[i * m + j]!;
    }
    vr[i * m + i] = 1;
  }
  const rotate = (cr: Float64Array, ci: Float64Array, p: number, q: number, c: number, s: number, phr: number, phi: number): void => {
    for (let i = 0; i < m; i++) {
      const xr = cr[p * m + i]!;
      const xi = ci[p * m + i]!;
      const yr0 = cr[q * m + i]!;
      const yi0 = ci[q * m + i]!;
      const yr = yr0 * phr - yi0 * phi;
      const yi = yr0 * phi + yi0 * phr;
      cr[p * m + i] = c * xr - s * yr;
      ci[p * m + i] = c * xi - s * yi;
      cr[q * m + i] = s * xr + c * yr;
      ci[q * m + i] = s * xi + c * yi;
    }
  };
  for (let sweep = 0; sweep < 60; sweep++) {
    let rotated = false;
    for (let p = 0; p < m - 1; p++) {
      for (let q = p + 1; q < m; q++) {
        let alpha = 0;
        let beta = 0;
        let gr = 0;
        let gi = 0;
        for (let i = 0; i < m; i++) {
          const xr = ar[p * m + i]!;
          const xi = ai[p * m + i]!;
          const yr = ar[q * m + i]!;
          const yi = ai[q * m + i]!;
          alpha += xr * xr + xi * xi;
          beta += yr * yr + yi * yi;
          gr += xr * yr + xi * yi;
          gi += xr * yi - xi * yr;
        }
        const gamma = Math.hypot(gr, gi);
        if (gamma === 0 || gamma <= EPS * m * Math.sqrt(alpha * beta)) continue;
        rotated = true;
        const phr = gr / gamma;
        const phi = -gi / gamma;
        const zeta = (beta - alpha) / (2 * gamma);
        const tan = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + tan * tan);
        const s = c * tan;
        rotate(ar, ai, p, q, c, s, phr, phi);
        rotate(vr, vi, p, q, c, s, phr, phi);
      }
    }
    if (!rotated) break;
  }
  const sigma = new Float64Array(m);
  const vRe = new Float64Array(m * m);
  const vIm = new Float64Array(m * m);
  for (let j = 0; j < m; j++) {
    let s = 0;
    for (let i = 0; i < m; i++) s += ar[j * m + i]! ** 2 + ai[j * m + i]! ** 2;
    sigma[j] = Math.sqrt(s);
    for (let i = 0; i < m; i++) {
      vRe[i * m + j] = vr[j * m + i]!;
      vIm[i * m + j] = vi[j * m + i]!;
    }
  }
  return { sigma, vRe, vIm };
}

/**
 * Weyr characteristic of N (m×m complex, row-major) with rank tolerance τ, by the staircase
 * algorithm; undefined when a step finds no numerical null vector (N is then not nilpotent
 * within τ: the cluster does not behave as one eigenvalue).
 */
export function weyrCharacteristic(re: Float64Array, im: Float64Array, m: number, tolerance: number): number[] | undefined {
  const weyr: number[] = [];
  let size = m;
  let ar = re;
  let ai = im;
  while (size > 0) {
    const { sigma, vRe, vIm } = jacobiSvd(ar, ai, size);
    const keep: number[] = [];
    for (let j = 0; j < size; j++) if (sigma[j]! > tolerance) keep.push(j);
    const nullity = size - keep.length;
    if (nullity === 0) return undefined;
    weyr.push(nullity);
    if (keep.length === 0) break;
    // A ← V1ᴴ A V1 with V1 the kept right singular vectors.
    const r = keep.length;
    const avR = new Float64Array(size * r);
    const avI = new Float64Array(size * r);
    for (let i = 0; i < size; i++) {
      for (let c = 0; c < r; c++) {
        const j = keep[c]!;
        let sr = 0;
        let si = 0;
        for (let l = 0; l < size; l++) {
          const xr = ar[i * size + l]!;
          const xi = ai[i * size + l]!;
          const yr = vRe[l * size + j]!;
          const yi = vIm[l * size + j]!;
          sr += xr * yr - xi * yi;
          si += xr * yi + xi * yr;
        }
        avR[i * r + c] = sr;
        avI[i * r + c] = si;
      }
    }
    const nextR = new Float64Array(r * r);
    const nextI = new Float64Array(r * r);
    for (let a = 0; a < r; a++) {
      const ja = keep[a]!;
      for (let c = 0; c < r; c++) {
        let sr = 0;
        let si = 0;
        for (let l = 0; l < size; l++) {
          // conj(V[l, ja]) · AV[l, c]
          const xr = vRe[l * size + ja]!;
          const xi = -vIm[l * size + ja]!;
          const yr = avR[l * r + c]!;
          const yi = avI[l * r + c]!;
          sr += xr * yr - xi * yi;
          si += xr * yi + xi * yr;
        }
        nextR[a * r + c] = sr;
        nextI[a * r + c] = si;
      }
    }
    ar = nextR;
    ai = nextI;
    size = r;
  }
  return weyr;
}

/** Jordan block sizes (largest first) from a Weyr characteristic: the conjugate partition. */
export function jordanBlocksFromWeyr(weyr: readonly number[]): number[] {
  const blocks: number[] = [];
  const first = weyr[0] ?? 0;
  for (let b = 0; b < first; b++) blocks.push(weyr.filter((w) => w > b).length);
  return blocks;
}

interface WorkingCluster {
  members: number[];
  centreRe: number;
  centreIm: number;
  spread: number;
  projectorNorm: number;
}

function describe(members: number[], valuesRe: Float64Array, valuesIm: Float64Array, projectorNorm: number): WorkingCluster {
  let centreRe = 0;
  let centreIm = 0;
  for (const i of members) {
    centreRe += valuesRe[i]!;
    centreIm += valuesIm[i]!;
  }
  centreRe /= members.length;
  centreIm /= members.length;
  let spread = 0;
  for (const i of members) spread = Math.max(spread, Math.hypot(valuesRe[i]! - centreRe, valuesIm[i]! - centreIm));
  return { members, centreRe, centreIm, spread, projectorNorm };
}

/** The analysis of the module comment for a real n×n matrix. */
export function spectralClusters(matrix: RealSquareMatrix): SpectralClusterAnalysis {
  const n = squareSizeOf(matrix.data, matrix.n);
  const t = complexSchurOfReal(matrix.data, n);
  const valuesRe = new Float64Array(n);
  const valuesIm = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    valuesRe[i] = t.re[i * n + i]!;
    valuesIm[i] = t.im[i * n + i]!;
  }
  const backwardError = n * EPS * t.frobeniusNorm;
  if (!t.converged) {
    return { n, converged: false, valuesRe, valuesIm, backwardError, clusters: [], kappa: Number.NaN, clustersResolved: false, maximumProjectorNorm: Number.NaN };
  }
  const floor = pivotFloor(t);

  // Single eigenvalues: right/left eigenvectors of T, ‖P_i‖ = ‖x‖‖y‖ (yx = 1).
  const right = Array.from({ length: n }, (_, i) => rightEigenvectorOfTriangular(t, i, floor));
  const single = Array.from({ length: n }, (_, i) => {
    const left = leftEigenvectorOfTriangular(t, i, floor);
    const p = norm2(right[i]!.re, right[i]!.im) * norm2(left.re, left.im);
    return Number.isFinite(p) ? p : Number.POSITIVE_INFINITY;
  });

  let clusters: WorkingCluster[] = Array.from({ length: n }, (_, i) => describe([i], valuesRe, valuesIm, single[i]!));
  const radius = (c: WorkingCluster): number => c.spread + backwardError * c.projectorNorm;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let merged = false;
    outer: for (let a = 0; a < clusters.length; a++) {
      for (let b = a + 1; b < clusters.length; b++) {
        const ca = clusters[a]!;
        const cb = clusters[b]!;
        const distance = Math.hypot(ca.centreRe - cb.centreRe, ca.centreIm - cb.centreIm);
        if (!(distance <= radius(ca) + radius(cb))) continue;
        const members = [...ca.members, ...cb.members].sort((x, y) => x - y);
        const union = describe(members, valuesRe, valuesIm, clusterProjectorNorm(t, members, floor));
        clusters = [...clusters.filter((_, i) => i !== a && i !== b), union];
        merged = true;
        break outer;
      }
    }
    if (!merged) break;
  }
  clusters.sort((x, y) => x.members[0]! - y.members[0]!);

  const nearest = clusters.map((a) => {
    let d = Number.POSITIVE_INFINITY;
    for (const b of clusters) if (a !== b) d = Math.min(d, Math.hypot(a.centreRe - b.centreRe, a.centreIm - b.centreIm));
    return d;
  });
  const results: SpectralCluster[] = clusters.map((c, index) => {
    const base = {
      members: c.members,
      multiplicity: c.members.length,
      centre: { re: c.centreRe, im: c.centreIm },
      spread: c.spread,
      projectorNorm: c.projectorNorm,
      relativeAccuracy: Number.isFinite(nearest[index]!) ? (backwardError * c.projectorNorm) / nearest[index]! : 0,
    };
    if (c.members.length === 1) return { ...base, verdict: 'simple', jordanBlocks: [1], phaseRigidity: 1 / c.projectorNorm };
    const m = c.members.length;
    const { t: moved } = leadingBlockOf(t, c.members);
    const nr = new Float64Array(m * m);
    const ni = new Float64Array(m * m);
    for (let i = 0; i < m; i++) {
      for (let j = i; j < m; j++) {
        nr[i * m + j] = moved.re[i * n + j]! - (i === j ? c.centreRe : 0);
        ni[i * m + j] = moved.im[i * n + j]! - (i === j ? c.centreIm : 0);
      }
    }
    const rankTolerance = RANK_TOLERANCE_FACTOR * backwardError * c.projectorNorm;
    const weyr = weyrCharacteristic(nr, ni, m, rankTolerance);
    if (weyr === undefined) return { ...base, verdict: 'unresolved', jordanBlocks: [], rankTolerance };
    const jordanBlocks = jordanBlocksFromWeyr(weyr);
    return { ...base, verdict: jordanBlocks.length === m ? 'semisimple' : 'defective', jordanBlocks, rankTolerance };
  });

  // κ(V) on the semisimple-aware basis.
  let kappa = Number.NaN;
  if (results.some((c) => c.verdict === 'defective')) kappa = Number.POSITIVE_INFINITY;
  else if (results.every((c) => c.verdict !== 'unresolved')) {
    const vr = new Float64Array(n * n);
    const vi = new Float64Array(n * n);
    let column = 0;
    for (const c of results) {
      if (c.multiplicity === 1) {
        const x = right[c.members[0]!]!;
        const length = norm2(x.re, x.im);
        for (let i = 0; i < n; i++) {
          vr[i * n + column] = x.re[i]! / length;
          vi[i * n + column] = x.im[i]! / length;
        }
        column++;
      } else {
        const { z } = leadingBlockOf(t, c.members);
        for (let j = 0; j < c.multiplicity; j++, column++) {
          for (let i = 0; i < n; i++) {
            vr[i * n + column] = z.re[i * n + j]!;
            vi[i * n + column] = z.im[i * n + j]!;
          }
        }
      }
    }
    kappa = conditionNumberInto(createEigenvectorConditionWorkspace(n), vr, vi);
  }

  const clustersResolved = results.every((c) => c.relativeAccuracy <= 1e-3);
  const maximumProjectorNorm = Math.max(...clusters.map((c) => c.projectorNorm));
  return { n, converged: true, valuesRe, valuesIm, backwardError, clusters: results, kappa, clustersResolved, maximumProjectorNorm };
}
