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
  complexSchurInto,
  createComplexSchurWorkspace,
  type ComplexSchurWorkspace,
  copyComplex,
  leadingBlockSylvester,
  moveToLeadingBlock,
  pivotFloor,
  swapAdjacentDiagonal,
  rightEigenvectorOfTriangular,
} from './complex-schur.js';
import { conditionNumberInto, createEigenvectorConditionWorkspace, singularValuesInto } from './eigenvector-condition.js';
import { squareSizeOf, type ComplexSquareMatrix, type RealSquareMatrix } from './square-matrix.js';

/** √(a² + b²) (Math.hypot is several times slower in V8; the arguments here are far from overflow). */
const modulus = (a: number, b: number): number => Math.sqrt(a * a + b * b);
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

/**
 * Spectral norm of a complex rows×cols matrix (row-major): from the rows×rows Gram matrix X Xᴴ
 * (its largest eigenvalue is perfectly conditioned, so squaring costs nothing), in closed form for
 * one or two rows, else by Jacobi on a zero-padded square.
 */
function spectralNorm(re: Float64Array, im: Float64Array, rows: number, cols: number): number {
  if (rows === 0 || cols === 0) return 0;
  if (rows <= 2) {
    let a = 0;
    let c = 0;
    let br = 0;
    let bi = 0;
    for (let j = 0; j < cols; j++) {
      const xr = re[j]!;
      const xi = im[j]!;
      a += xr * xr + xi * xi;
      if (rows === 2) {
        const yr = re[cols + j]!;
        const yi = im[cols + j]!;
        c += yr * yr + yi * yi;
        // x · conj(y)
        br += xr * yr + xi * yi;
        bi += xi * yr - xr * yi;
      }
    }
    const half = (a - c) / 2;
    return Math.sqrt((a + c) / 2 + modulus(half, modulus(br, bi)));
  }
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
        const gamma = modulus(gr, gi);
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
  if (m === 2 && re[2] === 0 && im[2] === 0) {
    const w = weyrOfTriangular2(re[0]!, im[0]!, re[1]!, im[1]!, re[3]!, im[3]!, tolerance);
    return w === 2 ? [2] : w === 1 ? [1, 1] : undefined;
  }
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

/**
 * The staircase of weyrCharacteristic for an upper triangular 2×2 N = [[d1, e], [0, d2]] in closed
 * form: 2 for Weyr (2) (semisimple), 1 for (1, 1) (one Jordan block of size 2), 0 when neither.
 */
export function weyrOfTriangular2(d1r: number, d1i: number, er: number, ei: number, d2r: number, d2i: number, tolerance: number): 0 | 1 | 2 {
  return weyrOfPackedTriangular2(Float64Array.of(d1r, d1i, er, ei, d2r, d2i, tolerance));
}

/**
 * weyrOfTriangular2 with its arguments packed as [d1r, d1i, er, ei, d2r, d2i, tolerance] (the EP
 * maps' form: V8 boxes doubles passed as arguments to a function it does not inline).
 */
function weyrOfPackedTriangular2(packed: Float64Array): 0 | 1 | 2 {
  const d1r = packed[0]!;
  const d1i = packed[1]!;
  const er = packed[2]!;
  const ei = packed[3]!;
  const d2r = packed[4]!;
  const d2i = packed[5]!;
  const tolerance = packed[6]!;
  // NᴴN = [[a, b], [conj(b), c]], a = |d1|², b = conj(d1)·e, c = |e|² + |d2|².
  const a = d1r * d1r + d1i * d1i;
  const c = er * er + ei * ei + d2r * d2r + d2i * d2i;
  const br = d1r * er + d1i * ei;
  const bi = d1r * ei - d1i * er;
  const half = (a - c) / 2;
  const lambdaMax = (a + c) / 2 + Math.sqrt(half * half + br * br + bi * bi);
  const sigmaMax = Math.sqrt(lambdaMax);
  const sigmaMin = sigmaMax > 0 ? Math.sqrt(a * (d2r * d2r + d2i * d2i)) / sigmaMax : 0;
  const nullity = (sigmaMax <= tolerance ? 1 : 0) + (sigmaMin <= tolerance ? 1 : 0);
  if (nullity === 2) return 2;
  if (nullity === 0) return 0;
  // Right singular vector of σ_max: an eigenvector of NᴴN for λ_max; then the 1×1 restriction v1ᴴ N v1.
  let v0r = br;
  let v0i = bi;
  let v1r = lambdaMax - a;
  let v1i = 0;
  const other = (lambdaMax - c) * (lambdaMax - c) + br * br + bi * bi;
  if (other > v0r * v0r + v0i * v0i + v1r * v1r) {
    v0r = lambdaMax - c;
    v0i = 0;
    v1r = br;
    v1i = -bi;
  }
  const length = Math.sqrt(v0r * v0r + v0i * v0i + v1r * v1r + v1i * v1i);
  if (!(length > 0)) return 0;
  v0r /= length;
  v0i /= length;
  v1r /= length;
  v1i /= length;
  // w = N v = (d1 v0 + e v1, d2 v1); restriction = conj(v0) w0 + conj(v1) w1.
  const w0r = d1r * v0r - d1i * v0i + er * v1r - ei * v1i;
  const w0i = d1r * v0i + d1i * v0r + er * v1i + ei * v1r;
  const w1r = d2r * v1r - d2i * v1i;
  const w1i = d2r * v1i + d2i * v1r;
  const rr = v0r * w0r + v0i * w0i + v1r * w1r + v1i * w1i;
  const ri = v0r * w0i - v0i * w0r + v1r * w1i - v1i * w1r;
  return Math.sqrt(rr * rr + ri * ri) <= tolerance ? 1 : 0;
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
  for (const i of members) spread = Math.max(spread, modulus(valuesRe[i]! - centreRe, valuesIm[i]! - centreIm));
  return { members, centreRe, centreIm, spread, projectorNorm };
}

/** Preallocated buffers of spectralClustersInto for one matrix size (mutable scratch, one per thread). */
export interface SpectralClusterWorkspace {
  readonly n: number;
  readonly schur: ComplexSchurWorkspace;
  /** ‖P_i‖ of each eigenvalue taken on its own. */
  readonly single: Float64Array;
  readonly vectorRe: Float64Array;
  readonly vectorIm: Float64Array;
  /** Scratch of maximumProjectorNormInto: a reordered copy of T, X of a pair, pair partners. */
  readonly movedRe: Float64Array;
  readonly movedIm: Float64Array;
  readonly xRe: Float64Array;
  readonly xIm: Float64Array;
  readonly partner: Int32Array;
  readonly pairNorm: Float64Array;
  /** [0]: the pivot floor of the last Schur form (doubles reach the kernels through arrays, never boxed). */
  readonly scalars: Float64Array;
  /** The arguments of weyrOfPackedTriangular2. */
  readonly packedBlock: Float64Array;
  /** Results of maximumProjectorNormInto. */
  maximumProjectorNorm: number;
  resolved: boolean;
  defective: boolean;
}

/** `normwiseDeflation`: the EP maps' Schur form (complex-schur.ts, francis-schur.ts). */
export function createSpectralClusterWorkspace(n: number, normwiseDeflation = false): SpectralClusterWorkspace {
  return {
    n,
    schur: createComplexSchurWorkspace(n, normwiseDeflation),
    single: new Float64Array(n),
    vectorRe: new Float64Array(n),
    vectorIm: new Float64Array(n),
    movedRe: new Float64Array(n * n),
    movedIm: new Float64Array(n * n),
    xRe: new Float64Array(2 * n),
    xIm: new Float64Array(2 * n),
    partner: new Int32Array(n),
    pairNorm: new Float64Array(n),
    scalars: new Float64Array(1),
    packedBlock: new Float64Array(7),
    maximumProjectorNorm: Number.NaN,
    resolved: false,
    defective: false,
  };
}

/** ‖P_i‖ = ‖x‖‖y‖ for every diagonal entry of T (x, y from back/forward substitution), into ws.single. */
function singleProjectorNormsInto(ws: SpectralClusterWorkspace): void {
  const { n, single, vectorRe: vr, vectorIm: vi } = ws;
  const floor = ws.scalars[0]!;
  const floor2 = floor * floor;
  const { re, im } = ws.schur;
  for (let i = 0; i < n; i++) {
    const mr = re[i * n + i]!;
    const mi = im[i * n + i]!;
    // Right: x_i = 1, (T − μ) x = 0 upward.
    vr[i] = 1;
    vi[i] = 0;
    let right = 1;
    for (let j = i - 1; j >= 0; j--) {
      let sr = 0;
      let si = 0;
      for (let l = j + 1; l <= i; l++) {
        const ar = re[j * n + l]!;
        const ai = im[j * n + l]!;
        sr += ar * vr[l]! - ai * vi[l]!;
        si += ar * vi[l]! + ai * vr[l]!;
      }
      let dr = re[j * n + j]! - mr;
      let di = im[j * n + j]! - mi;
      let d = dr * dr + di * di;
      if (d < floor2) {
        dr = floor;
        di = 0;
        d = floor2;
      }
      const inverse = 1 / d;
      vr[j] = -(sr * dr + si * di) * inverse;
      vi[j] = -(si * dr - sr * di) * inverse;
      right += vr[j]! * vr[j]! + vi[j]! * vi[j]!;
    }
    // Left: y_i = 1, y (T − μ) = 0 forward.
    vr[i] = 1;
    vi[i] = 0;
    let left = 1;
    for (let j = i + 1; j < n; j++) {
      let sr = 0;
      let si = 0;
      for (let l = i; l < j; l++) {
        const ar = re[l * n + j]!;
        const ai = im[l * n + j]!;
        sr += vr[l]! * ar - vi[l]! * ai;
        si += vr[l]! * ai + vi[l]! * ar;
      }
      let dr = re[j * n + j]! - mr;
      let di = im[j * n + j]! - mi;
      let d = dr * dr + di * di;
      if (d < floor2) {
        dr = floor;
        di = 0;
        d = floor2;
      }
      const inverse = 1 / d;
      vr[j] = -(sr * dr + si * di) * inverse;
      vi[j] = -(si * dr - sr * di) * inverse;
      left += vr[j]! * vr[j]! + vi[j]! * vi[j]!;
    }
    const p = Math.sqrt(right * left);
    single[i] = Number.isFinite(p) ? p : Number.POSITIVE_INFINITY;
  }
}

export interface SpectralClusterOptions {
  /** Compute κ(V) on the semisimple-aware basis (default true; the EP map does without). */
  readonly kappa?: boolean;
}

/** The analysis of the module comment for a real n×n matrix. */
export function spectralClusters(matrix: RealSquareMatrix, options: SpectralClusterOptions = {}): SpectralClusterAnalysis {
  const n = squareSizeOf(matrix.data, matrix.n);
  return spectralClustersInto(createSpectralClusterWorkspace(n), matrix.data, options);
}

/** spectralClusters on a caller-owned workspace (its shift hints, if set, steer the QR iteration). */
export function spectralClustersInto(ws: SpectralClusterWorkspace, data: Float64Array, options: SpectralClusterOptions = {}): SpectralClusterAnalysis {
  const { n } = ws;
  complexSchurInto(ws.schur, data);
  const t: ComplexSquareMatrix = { n, re: ws.schur.re, im: ws.schur.im };
  const valuesRe = new Float64Array(n);
  const valuesIm = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    valuesRe[i] = t.re[i * n + i]!;
    valuesIm[i] = t.im[i * n + i]!;
  }
  const backwardError = n * EPS * ws.schur.frobeniusNorm;
  if (!ws.schur.converged) {
    return { n, converged: false, valuesRe, valuesIm, backwardError, clusters: [], kappa: Number.NaN, clustersResolved: false, maximumProjectorNorm: Number.NaN };
  }
  const floor = pivotFloor(t);
  ws.scalars[0] = floor;
  singleProjectorNormsInto(ws);
  const single = ws.single;

  let clusters: WorkingCluster[] = Array.from({ length: n }, (_, i) => describe([i], valuesRe, valuesIm, single[i]!));
  const radius = (c: WorkingCluster): number => c.spread + backwardError * c.projectorNorm;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let merged = false;
    outer: for (let a = 0; a < clusters.length; a++) {
      for (let b = a + 1; b < clusters.length; b++) {
        const ca = clusters[a]!;
        const cb = clusters[b]!;
        const distance = modulus(ca.centreRe - cb.centreRe, ca.centreIm - cb.centreIm);
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
    for (const b of clusters) if (a !== b) d = Math.min(d, modulus(a.centreRe - b.centreRe, a.centreIm - b.centreIm));
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
  else if (options.kappa !== false && results.every((c) => c.verdict !== 'unresolved')) {
    const vr = new Float64Array(n * n);
    const vi = new Float64Array(n * n);
    let column = 0;
    for (const c of results) {
      if (c.multiplicity === 1) {
        const x = rightEigenvectorOfTriangular(t, c.members[0]!, floor);
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

/**
 * ‖P_C‖ of the pair (i, j) of T (i < j) with the scratch of the workspace: moves the pair to the
 * front, solves the 2×(n−2) Sylvester equation in place, returns √(1 + ‖X‖₂²); the leading 2×2
 * block stays in movedRe/movedIm.
 */
function pairProjectorNormInto(ws: SpectralClusterWorkspace, i: number, j: number): number {
  const { n, movedRe: re, movedIm: im, xRe, xIm } = ws;
  const floor = ws.scalars[0]!;
  re.set(ws.schur.re);
  im.set(ws.schur.im);
  const t: ComplexSquareMatrix = { n, re, im };
  for (let k = i - 1; k >= 0; k--) swapAdjacentDiagonal(t, undefined, k);
  for (let k = j - 1; k >= 1; k--) swapAdjacentDiagonal(t, undefined, k);
  const cols = n - 2;
  if (cols === 0) return 1;
  const floor2 = floor * floor;
  for (let c = 0; c < cols; c++) {
    const tj = 2 + c;
    let r0 = re[tj]!;
    let i0 = im[tj]!;
    let r1 = re[n + tj]!;
    let i1 = im[n + tj]!;
    for (let l = 0; l < c; l++) {
      const ar = re[(2 + l) * n + tj]!;
      const ai = im[(2 + l) * n + tj]!;
      r0 += xRe[l]! * ar - xIm[l]! * ai;
      i0 += xRe[l]! * ai + xIm[l]! * ar;
      r1 += xRe[cols + l]! * ar - xIm[cols + l]! * ai;
      i1 += xRe[cols + l]! * ai + xIm[cols + l]! * ar;
    }
    const sr = re[tj * n + tj]!;
    const si = im[tj * n + tj]!;
    // x1 = r1/(t11 − s)
    let dr = re[n + 1]! - sr;
    let di = im[n + 1]! - si;
    let d = dr * dr + di * di;
    if (d < floor2) {
      dr = floor;
      di = 0;
      d = floor2;
    }
    const x1r = (r1 * dr + i1 * di) / d;
    const x1i = (i1 * dr - r1 * di) / d;
    // x0 = (r0 − t01 x1)/(t00 − s)
    const er = re[1]!;
    const ei = im[1]!;
    const nr = r0 - (er * x1r - ei * x1i);
    const ni = i0 - (er * x1i + ei * x1r);
    dr = re[0]! - sr;
    di = im[0]! - si;
    d = dr * dr + di * di;
    if (d < floor2) {
      dr = floor;
      di = 0;
      d = floor2;
    }
    xRe[c] = (nr * dr + ni * di) / d;
    xIm[c] = (ni * dr - nr * di) / d;
    xRe[cols + c] = x1r;
    xIm[cols + c] = x1i;
  }
  const norm = spectralNorm(xRe, xIm, 2, cols);
  return Math.sqrt(1 + norm * norm);
}

/**
 * The EP-map witness: the largest ‖P_C‖ over the clusters of spectralClusters (Infinity when a
 * cluster is defective), into ws.maximumProjectorNorm, ws.defective and ws.resolved (every cluster
 * resolved to the relative accuracy `accuracy`). Allocation-free when the clusters are single
 * eigenvalues and isolated pairs (the case everywhere on the paper's maps away from the EP itself);
 * otherwise it runs spectralClustersInto, so both always agree.
 */
export function maximumProjectorNormInto(ws: SpectralClusterWorkspace, data: Float64Array, accuracy: number): number {
  const { n, single, partner, pairNorm } = ws;
  const schur = ws.schur;
  complexSchurInto(schur, data);
  ws.defective = false;
  if (!schur.converged) {
    ws.maximumProjectorNorm = Number.NaN;
    ws.resolved = false;
    return Number.NaN;
  }
  const { re, im } = schur;
  ws.scalars[0] = pivotFloor({ n, re, im });
  singleProjectorNormsInto(ws);
  const eta = n * EPS * schur.frobeniusNorm;
  partner.fill(-1);
  let fallback = false;
  for (let i = 0; i < n && !fallback; i++) {
    const ar = re[i * n + i]!;
    const ai = im[i * n + i]!;
    for (let j = i + 1; j < n; j++) {
      const dr = re[j * n + j]! - ar;
      const di = im[j * n + j]! - ai;
      const r = eta * (single[i]! + single[j]!);
      if (!(dr * dr + di * di <= r * r)) continue;
      if (partner[i] !== -1 || partner[j] !== -1) {
        fallback = true;
        break;
      }
      partner[i] = j;
      partner[j] = i;
    }
  }
  let maximum = 0;
  let defective = false;
  if (!fallback) {
    for (let i = 0; i < n && !fallback; i++) {
      const j = partner[i]!;
      if (j <= i) continue;
      const p = pairProjectorNormInto(ws, i, j);
      pairNorm[i] = p;
      const mr = (ws.movedRe[0]! + ws.movedRe[n + 1]!) / 2;
      const mi = (ws.movedIm[0]! + ws.movedIm[n + 1]!) / 2;
      const packed = ws.packedBlock;
      packed[0] = ws.movedRe[0]! - mr;
      packed[1] = ws.movedIm[0]! - mi;
      packed[2] = ws.movedRe[1]!;
      packed[3] = ws.movedIm[1]!;
      packed[4] = ws.movedRe[n + 1]! - mr;
      packed[5] = ws.movedIm[n + 1]! - mi;
      packed[6] = RANK_TOLERANCE_FACTOR * eta * p;
      const w = weyrOfPackedTriangular2(packed);
      if (w === 0) fallback = true;
      if (w === 1) defective = true;
    }
  }
  // The discs of the final clusters must not overlap, else the full analysis decides.
  let resolved = true;
  for (let i = 0; i < n && !fallback; i++) {
    if (partner[i]! !== -1 && partner[i]! < i) continue;
    const j = partner[i]!;
    const p = j === -1 ? single[i]! : pairNorm[i]!;
    let cr = re[i * n + i]!;
    let ci = im[i * n + i]!;
    let spread = 0;
    if (j !== -1) {
      const hr = (re[j * n + j]! - cr) / 2;
      const hi = (im[j * n + j]! - ci) / 2;
      cr += hr;
      ci += hi;
      spread = Math.sqrt(hr * hr + hi * hi);
    }
    let nearest = Number.POSITIVE_INFINITY;
    for (let l = 0; l < n; l++) {
      if (l === i || l === j) continue;
      const q = partner[l]!;
      if (q !== -1 && q < l) continue;
      const pl = q === -1 ? single[l]! : pairNorm[l]!;
      let lr = re[l * n + l]!;
      let li = im[l * n + l]!;
      let spreadL = 0;
      if (q !== -1) {
        const hr = (re[q * n + q]! - lr) / 2;
        const hi = (im[q * n + q]! - li) / 2;
        lr += hr;
        li += hi;
        spreadL = Math.sqrt(hr * hr + hi * hi);
      }
      // Squared distances: one square root per cluster instead of one per pair of clusters.
      const distance2 = (lr - cr) * (lr - cr) + (li - ci) * (li - ci);
      const reach = spread + eta * p + spreadL + eta * pl;
      if (distance2 <= reach * reach) {
        fallback = true;
        break;
      }
      if (distance2 < nearest) nearest = distance2;
    }
    if (Number.isFinite(nearest) && !((eta * p) / Math.sqrt(nearest) <= accuracy)) resolved = false;
    if (p > maximum) maximum = p;
  }
  if (fallback) {
    const a = spectralClustersInto(ws, data, { kappa: false });
    defective = a.clusters.some((c) => c.verdict === 'defective');
    maximum = a.maximumProjectorNorm;
    resolved = a.clusters.every((c) => c.verdict !== 'unresolved' && c.relativeAccuracy <= accuracy);
  }
  ws.defective = defective;
  ws.maximumProjectorNorm = defective ? Number.POSITIVE_INFINITY : maximum;
  ws.resolved = defective || resolved;
  return ws.maximumProjectorNorm;
}
