/**
 * Real Schur decomposition A = Q T Qᵀ (Q orthogonal, T upper quasi-triangular with 1×1 and 2×2
 * diagonal blocks), for the Bartels–Stewart Lyapunov solver. Householder reduction to Hessenberg
 * form restricted to each column's non-zeros (O(n²b) for banded A, e.g. chains), then Francis
 * double-shift QR with the transformations accumulated into Qᵀ row-wise (the QR phase of EISPACK
 * hqr2 / LAPACK dlahqr, with its exceptional shifts). Unlike
 * real-schur-eigenvectors.ts it stops at the Schur form: no eigenvectors, which the solver does
 * not need and which are ill-conditioned near exceptional points.
 */
import { squareSizeOf } from './square-matrix.js';
import { ReflectorStream, HOUSEHOLDER, REFLECTOR2, REFLECTOR3, ROTATION } from './reflector-stream.js';

const EPS = 2.220446049250313e-16;
const ITERATIONS_PER_ROW = 30;
const EXCEPTIONAL_SHIFT_PERIOD = 10;
/** Doubles per reflector of a sweep: kind (0 none, 2 or 3 rows), x, y, z, q, r. */
const SWEEP_RECORD = 6;
/** Rows per block of the deferred column updates. */
const DEFERRED_ROW_BLOCK = 32;

export interface RealSchur {
  readonly n: number;
  /** T, row-major; entries below the block diagonal are exactly zero. */
  readonly t: Float64Array;
  /** Q, row-major: A = Q T Qᵀ. */
  readonly q: Float64Array;
  readonly valuesRe: Float64Array;
  readonly valuesIm: Float64Array;
}

/**
 * Schur form of a real n×n row-major matrix (not modified); null when QR does not converge. From
 * n = STREAM_MIN_SIZE on, Qᵀ is accumulated on a second thread (reflector-stream.ts).
 */
export function realSchur(a: Float64Array, n: number, options: { readonly secondThread?: boolean } = {}): RealSchur | null {
  squareSizeOf(a, n);
  const stream = options.secondThread === false ? null : ReflectorStream.open(n);
  const schur = schurOf(a, n, stream);
  if (stream === null) return schur;
  const qt = stream.finish();
  if (schur === null) return null;
  // The worker failed or stalled: the same decomposition with Qᵀ on this thread.
  if (qt === null) return schurOf(a, n, null);
  return { ...schur, q: transposed(qt, n) };
}

function transposed(m: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out[i * n + j] = m[j * n + i]!;
  return out;
}

/** The Schur form, with Q accumulated here, or (stream given) Q left to the stream's worker and `q` empty. */
function schurOf(a: Float64Array, n: number, stream: ReflectorStream | null): RealSchur | null {
  const h = Float64Array.from(a);
  // vt holds Qᵀ (row-major), so that the column rotations of Q are contiguous row updates.
  const vt = new Float64Array(stream === null ? n * n : 0);
  reduceToHessenbergBanded(h, vt, n, stream);
  const wr = new Float64Array(n);
  const wi = new Float64Array(n);
  if (!francisQr(h, vt, n, wr, wi, stream)) return null;
  for (let i = 1; i < n; i++) {
    // Below the subdiagonal everything is zero; the subdiagonal is kept only inside a 2×2 block
    // (a complex pair, stored with the positive imaginary part first).
    for (let j = 0; j < i - 1; j++) h[i * n + j] = 0;
    if (!(wi[i - 1]! > 0)) h[i * n + i - 1] = 0;
  }
  return { n, t: h, q: stream === null ? transposed(vt, n) : vt, valuesRe: wr, valuesIm: wi };
}

/**
 * The QR iteration. Its driver only deflates and dispatches; the work is in small functions
 * (V8 optimises a function once it is called often, but a long-running loop only when its own
 * budget runs out, and unoptimised code here costs as much as the sweeps).
 */
function francisQr(h: Float64Array, v: Float64Array, n: number, wr: Float64Array, wi: Float64Array, stream: ReflectorStream | null): boolean {
  const sweep = new Float64Array(SWEEP_RECORD * n);
  const norm = hessenbergNorm(h, n);
  let last = n - 1;
  let iter = 0;
  let total = 0;
  const budget = ITERATIONS_PER_ROW * Math.max(10, n);
  while (last >= 0) {
    const l = activeBlockStart(h, n, last, norm);
    if (l === last) {
      wr[last] = h[last * n + last]!;
      wi[last] = 0;
      if (last > 0) h[last * n + last - 1] = 0;
      last--;
      iter = 0;
    } else if (l === last - 1) {
      splitPair(h, v, n, last, wr, wi, stream);
      last -= 2;
      iter = 0;
    } else {
      if (++total > budget) return false;
      francisStep(h, v, n, l, last, iter, stream, sweep);
      iter++;
    }
  }
  return true;
}

/** Σ |h_ij| over the Hessenberg band j ≥ i − 1. */
function hessenbergNorm(h: Float64Array, n: number): number {
  let norm = 0;
  for (let i = 0; i < n; i++) for (let j = i > 0 ? i - 1 : 0; j < n; j++) norm += Math.abs(h[i * n + j]!);
  return norm;
}

/** The first row l of the unreduced block ending at `last` (h_{l,l−1} negligible, or l = 0). */
function activeBlockStart(h: Float64Array, n: number, last: number, norm: number): number {
  let l = last;
  while (l > 0) {
    let s = Math.abs(h[(l - 1) * n + l - 1]!) + Math.abs(h[l * n + l]!);
    if (s === 0) s = norm;
    const sub = Math.abs(h[l * n + l - 1]!);
    if (sub === 0 || sub < EPS * s) break;
    l--;
  }
  return l;
}

/**
 * The deflated 2×2 block at rows last−1, last: a complex pair is stored as it is; a real pair is
 * rotated to upper triangular form (on H's rows and columns, and on Qᵀ here or by the stream).
 */
function splitPair(h: Float64Array, v: Float64Array, n: number, last: number, wr: Float64Array, wi: Float64Array, stream: ReflectorStream | null): void {
  const w = h[last * n + last - 1]! * h[(last - 1) * n + last]!;
  let p = (h[(last - 1) * n + last - 1]! - h[last * n + last]!) / 2;
  let q = p * p + w;
  let z = Math.sqrt(Math.abs(q));
  let x = h[last * n + last]!;
  if (q >= 0) {
    z = p >= 0 ? p + z : p - z;
    wr[last - 1] = x + z;
    wr[last] = z !== 0 ? x - w / z : x + z;
    wi[last - 1] = 0;
    wi[last] = 0;
    x = h[last * n + last - 1]!;
    const s = Math.abs(x) + Math.abs(z);
    p = x / s;
    q = z / s;
    const r = Math.sqrt(p * p + q * q);
    p /= r;
    q /= r;
    for (let j = last - 1; j < n; j++) {
      z = h[(last - 1) * n + j]!;
      h[(last - 1) * n + j] = q * z + p * h[last * n + j]!;
      h[last * n + j] = q * h[last * n + j]! - p * z;
    }
    for (let i = 0; i <= last; i++) {
      z = h[i * n + last - 1]!;
      h[i * n + last - 1] = q * z + p * h[i * n + last]!;
      h[i * n + last] = q * h[i * n + last]! - p * z;
    }
    if (stream === null) {
      for (let i = 0, o1 = (last - 1) * n, o2 = last * n; i < n; i++) {
        z = v[o1 + i]!;
        v[o1 + i] = q * z + p * v[o2 + i]!;
        v[o2 + i] = q * v[o2 + i]! - p * z;
      }
    } else {
      const o = stream.slot();
      const ring = stream.ring;
      ring[o] = ROTATION;
      ring[o + 1] = last - 1;
      ring[o + 2] = p;
      ring[o + 3] = q;
      stream.publish();
    }
    h[last * n + last - 1] = 0;
  } else {
    wr[last - 1] = x + p;
    wr[last] = x + p;
    wi[last - 1] = z;
    wi[last] = -z;
  }
  if (last > 1) h[(last - 1) * n + last - 2] = 0;
}

/**
 * One double-shift step on the unreduced block l … last: the shifts (the trailing 2×2 block's
 * eigenvalues, or an exceptional shift every EXCEPTIONAL_SHIFT_PERIOD iterations, alternately from
 * the top and the bottom), the row m where two consecutive small subdiagonals let the sweep start,
 * then the sweep.
 */
function francisStep(h: Float64Array, v: Float64Array, n: number, l: number, last: number, iter: number, stream: ReflectorStream | null, sweep: Float64Array): void {
  let x = h[last * n + last]!;
  let y = h[(last - 1) * n + last - 1]!;
  let w = h[last * n + last - 1]! * h[(last - 1) * n + last]!;
  if (iter > 0 && iter % EXCEPTIONAL_SHIFT_PERIOD === 0) {
    const fromTop = (iter / EXCEPTIONAL_SHIFT_PERIOD) % 2 === 1;
    const s = fromTop
      ? Math.abs(h[(l + 1) * n + l]!) + Math.abs(h[(l + 2) * n + l + 1]!)
      : Math.abs(h[last * n + last - 1]!) + Math.abs(h[(last - 1) * n + last - 2]!);
    x = y = 0.75 * s + (fromTop ? h[l * n + l]! : h[last * n + last]!);
    w = -0.4375 * s * s;
  }
  let p = 0, q = 0, r = 0;
  let m = last - 2;
  while (m >= l) {
    const z = h[m * n + m]!;
    r = x - z;
    let s = y - z;
    p = (r * s - w) / h[(m + 1) * n + m]! + h[m * n + m + 1]!;
    q = h[(m + 1) * n + m + 1]! - z - r - s;
    r = h[(m + 2) * n + m + 1]!;
    s = Math.abs(p) + Math.abs(q) + Math.abs(r);
    p /= s;
    q /= s;
    r /= s;
    if (m === l) break;
    if (Math.abs(h[m * n + m - 1]!) * (Math.abs(q) + Math.abs(r)) <
      EPS * (Math.abs(p) * (Math.abs(h[(m - 1) * n + m - 1]!) + Math.abs(z) + Math.abs(h[(m + 1) * n + m + 1]!)))) break;
    m--;
  }
  for (let i = m + 2; i <= last; i++) {
    h[i * n + i - 2] = 0;
    if (i > m + 2) h[i * n + i - 3] = 0;
  }
  doubleShiftSweep(h, v, n, l, m, last, p, q, r, stream, sweep);
}

/**
 * One Francis double-shift sweep on rows/columns m … last of the active block l … last. Each
 * step's reflector is written to `sweep` (SWEEP_RECORD doubles at SWEEP_RECORD·k), and the
 * kernels read it from there: small functions with integer arguments, which V8 optimises after a
 * few calls, and which box no doubles (passing the five coefficients as arguments would allocate
 * them as heap numbers, about 150 MB at n = 400).
 */
function doubleShiftSweep(h: Float64Array, v: Float64Array, n: number, l: number, m: number, last: number, p0: number, q0: number, r0: number, stream: ReflectorStream | null, sweep: Float64Array): void {
  let p = p0, q = q0, r = r0, s = 0, x = 0;
  for (let k = m; k <= last - 1; k++) {
    const notLast = k !== last - 1;
    const rec = SWEEP_RECORD * k;
    sweep[rec] = 0;
    if (k !== m) {
      p = h[k * n + k - 1]!;
      q = h[(k + 1) * n + k - 1]!;
      r = notLast ? h[(k + 2) * n + k - 1]! : 0;
      x = Math.abs(p) + Math.abs(q) + Math.abs(r);
      if (x === 0) continue;
      p /= x;
      q /= x;
      r /= x;
    }
    s = Math.sqrt(p * p + q * q + r * r);
    if (p < 0) s = -s;
    if (s === 0) continue;
    if (k !== m) h[k * n + k - 1] = -s * x;
    else if (l !== m) h[k * n + k - 1] = -h[k * n + k - 1]!;
    p += s;
    sweep[rec] = notLast ? 3 : 2;
    sweep[rec + 1] = p / s;
    sweep[rec + 2] = q / s;
    sweep[rec + 3] = r / s;
    sweep[rec + 4] = q / p;
    sweep[rec + 5] = r / p;
    // Rows k, k+1 (, k+2) of H from column k on; columns k … k+2 of rows k+1 … min(last, k+3) now
    // (the rest of the sweep reads them), of rows 0 … k after the sweep (deferredColumnUpdates).
    if (notLast) {
      reflectRows3(h, n, k, k, sweep, rec);
      reflectColumns3(h, n, k, k + 1, Math.min(last, k + 3) + 1, sweep, rec);
    } else {
      reflectRows2(h, n, k, k, sweep, rec);
      reflectColumns2(h, n, k, k + 1, Math.min(last, k + 3) + 1, sweep, rec);
    }
    // Rows k, k+1 (, k+2) of Qᵀ (the column update of Q, transposed), here or by the stream.
    if (stream === null) {
      if (notLast) reflectColumnsAlongRows3(v, n, k, sweep, rec);
      else reflectColumnsAlongRows2(v, n, k, sweep, rec);
    } else {
      const o = stream.slot();
      const ring = stream.ring;
      ring[o] = notLast ? REFLECTOR3 : REFLECTOR2;
      ring[o + 1] = k;
      ring[o + 2] = sweep[rec + 1]!;
      ring[o + 3] = sweep[rec + 2]!;
      if (notLast) {
        ring[o + 4] = sweep[rec + 3]!;
        ring[o + 5] = sweep[rec + 4]!;
        ring[o + 6] = sweep[rec + 5]!;
      } else ring[o + 4] = sweep[rec + 4]!;
      stream.publish();
    }
  }
  deferredColumnUpdates(h, n, m, last, sweep);
}

/** Rows k, k+1, k+2 of H, columns from … n−1, times the reflector of record `rec`. */
function reflectRows3(h: Float64Array, n: number, k: number, from: number, sweep: Float64Array, rec: number): void {
  const x = sweep[rec + 1]!, y = sweep[rec + 2]!, z = sweep[rec + 3]!, q = sweep[rec + 4]!, r = sweep[rec + 5]!;
  const o0 = k * n, o1 = o0 + n, o2 = o1 + n;
  for (let j = from; j < n; j++) {
    const pp = h[o0 + j]! + q * h[o1 + j]! + r * h[o2 + j]!;
    h[o2 + j] = h[o2 + j]! - pp * z;
    h[o0 + j] = h[o0 + j]! - pp * x;
    h[o1 + j] = h[o1 + j]! - pp * y;
  }
}

function reflectRows2(h: Float64Array, n: number, k: number, from: number, sweep: Float64Array, rec: number): void {
  const x = sweep[rec + 1]!, y = sweep[rec + 2]!, q = sweep[rec + 4]!;
  const o0 = k * n, o1 = o0 + n;
  for (let j = from; j < n; j++) {
    const pp = h[o0 + j]! + q * h[o1 + j]!;
    h[o0 + j] = h[o0 + j]! - pp * x;
    h[o1 + j] = h[o1 + j]! - pp * y;
  }
}

/** Columns k, k+1, k+2 of rows from … to−1 of H times the reflector of record `rec`. */
function reflectColumns3(h: Float64Array, n: number, k: number, from: number, to: number, sweep: Float64Array, rec: number): void {
  const x = sweep[rec + 1]!, y = sweep[rec + 2]!, z = sweep[rec + 3]!, q = sweep[rec + 4]!, r = sweep[rec + 5]!;
  for (let i = from, o = from * n + k; i < to; i++, o += n) {
    const pp = x * h[o]! + y * h[o + 1]! + z * h[o + 2]!;
    h[o + 2] = h[o + 2]! - pp * r;
    h[o] = h[o]! - pp;
    h[o + 1] = h[o + 1]! - pp * q;
  }
}

function reflectColumns2(h: Float64Array, n: number, k: number, from: number, to: number, sweep: Float64Array, rec: number): void {
  const x = sweep[rec + 1]!, y = sweep[rec + 2]!, q = sweep[rec + 4]!;
  for (let i = from, o = from * n + k; i < to; i++, o += n) {
    const pp = x * h[o]! + y * h[o + 1]!;
    h[o] = h[o]! - pp;
    h[o + 1] = h[o + 1]! - pp * q;
  }
}

/** Rows k, k+1, k+2 of Qᵀ times the reflector of record `rec` (the column update of Q). */
function reflectColumnsAlongRows3(v: Float64Array, n: number, k: number, sweep: Float64Array, rec: number): void {
  const x = sweep[rec + 1]!, y = sweep[rec + 2]!, z = sweep[rec + 3]!, q = sweep[rec + 4]!, r = sweep[rec + 5]!;
  const o0 = k * n, o1 = o0 + n, o2 = o1 + n;
  for (let i = 0; i < n; i++) {
    const pp = x * v[o0 + i]! + y * v[o1 + i]! + z * v[o2 + i]!;
    v[o2 + i] = v[o2 + i]! - pp * r;
    v[o0 + i] = v[o0 + i]! - pp;
    v[o1 + i] = v[o1 + i]! - pp * q;
  }
}

function reflectColumnsAlongRows2(v: Float64Array, n: number, k: number, sweep: Float64Array, rec: number): void {
  const x = sweep[rec + 1]!, y = sweep[rec + 2]!, q = sweep[rec + 4]!;
  const o0 = k * n, o1 = o0 + n;
  for (let i = 0; i < n; i++) {
    const pp = x * v[o0 + i]! + y * v[o1 + i]!;
    v[o0 + i] = v[o0 + i]! - pp;
    v[o1 + i] = v[o1 + i]! - pp * q;
  }
}

/**
 * The column updates of a sweep's reflectors on the rows the sweep no longer reads: row i takes
 * those of steps max(m, i) … last−1, in order. They are applied a block of rows at a time, step by
 * step, so that each step's three entries of a row share cache lines with the next steps' instead
 * of each step reaching down a strided column of H.
 */
function deferredColumnUpdates(h: Float64Array, n: number, m: number, last: number, sweep: Float64Array): void {
  for (let i0 = 0; i0 < last; i0 += DEFERRED_ROW_BLOCK) {
    const i1 = Math.min(last, i0 + DEFERRED_ROW_BLOCK);
    for (let k = i0 > m ? i0 : m; k < last; k++) {
      const rec = SWEEP_RECORD * k;
      const kind = sweep[rec]!;
      if (kind === 0) continue;
      const x = sweep[rec + 1]!, y = sweep[rec + 2]!, z = sweep[rec + 3]!, q = sweep[rec + 4]!, r = sweep[rec + 5]!;
      const iEnd = k + 1 < i1 ? k + 1 : i1;
      if (kind === 3) {
        for (let i = i0, o = i0 * n + k; i < iEnd; i++, o += n) {
          const pp = x * h[o]! + y * h[o + 1]! + z * h[o + 2]!;
          h[o + 2] = h[o + 2]! - pp * r;
          h[o] = h[o]! - pp;
          h[o + 1] = h[o + 1]! - pp * q;
        }
      } else {
        for (let i = i0, o = i0 * n + k; i < iEnd; i++, o += n) {
          const pp = x * h[o]! + y * h[o + 1]!;
          h[o] = h[o]! - pp;
          h[o + 1] = h[o + 1]! - pp * q;
        }
      }
    }
  }
}

/**
 * Householder reduction to upper Hessenberg form, H = Qᵀ A Q, with Qᵀ accumulated in `qt`.
 * Each reflector is restricted to the rows where its column is non-zero, and rows and columns
 * that are zero are skipped: for banded A (chains) the work is O(n² b), not O(n³).
 */
function reduceToHessenbergBanded(a: Float64Array, qt: Float64Array, n: number, stream: ReflectorStream | null): void {
  const u = new Float64Array(n);
  const f = new Float64Array(n);
  // Without a stream: the reflectors kept (row m of `vectors`, its end and h) for accumulateBackward.
  const vectors = stream === null ? new Float64Array(n * n) : null;
  const steps: Array<{ m: number; end: number; h: number }> = [];
  for (let m = 1; m < n - 1; m++) {
    let end = n - 1;
    while (end > m && a[end * n + m - 1] === 0) end--;
    if (end === m) continue;
    const h = householderVector(a, n, m, end, u);
    // Left: rows m … end ← (I − u uᵀ/h) rows, over columns m−1 … n−1; right: columns m … end.
    reflectRowBlock(a, n, m, end, m - 1, u, f, h);
    reflectColumnBlock(a, n, m, end, u, h);
    // Qᵀ ← (I − u uᵀ/h) Qᵀ, here or by the stream's worker.
    if (stream !== null) {
      stream.vectors.set(u.subarray(m, end + 1), m * n + m);
      const o = stream.slot();
      const ring = stream.ring;
      ring[o] = HOUSEHOLDER;
      ring[o + 1] = m;
      ring[o + 2] = end;
      ring[o + 3] = h;
      stream.publish();
    } else {
      vectors!.set(u.subarray(m, end + 1), m * n + m);
      steps.push({ m, end, h });
    }
    for (let i = m + 1; i <= end; i++) a[i * n + m - 1] = 0;
  }
  if (vectors !== null) accumulateBackward(qt, n, vectors, steps);
}

/**
 * Qᵀ = P_last ⋯ P_1 of the reduction (P_m = I − u uᵀ/h): X ← X P_m for m from the last step down,
 * from X = I. Rows above m of X are still those of I on columns m …, so each step changes rows m …
 * only (2/3 of the work of applying each reflector as it comes). The stream's worker does the same,
 * in the same order (reflector-stream.ts), so both give the same Qᵀ to the last bit.
 */
function accumulateBackward(qt: Float64Array, n: number, vectors: Float64Array, steps: ReadonlyArray<{ m: number; end: number; h: number }>): void {
  for (let i = 0; i < n; i++) qt[i * n + i] = 1;
  for (let s = steps.length - 1; s >= 0; s--) {
    const { m, end, h } = steps[s]!;
    const vo = m * n;
    for (let r = m; r < n; r++) {
      const o = r * n;
      let dot = 0;
      for (let j = m; j <= end; j++) dot += qt[o + j]! * vectors[vo + j]!;
      if (dot === 0) continue;
      dot /= h;
      for (let j = m; j <= end; j++) qt[o + j] = qt[o + j]! - dot * vectors[vo + j]!;
    }
  }
}

/** The Householder vector u (entries m … end) that zeroes column m−1 below row m, and h = uᵀu/2. */
function householderVector(a: Float64Array, n: number, m: number, end: number, u: Float64Array): number {
  let scale = 0;
  for (let i = m; i <= end; i++) scale += Math.abs(a[i * n + m - 1]!);
  let h = 0;
  for (let i = m; i <= end; i++) {
    u[i] = a[i * n + m - 1]! / scale;
    h += u[i]! * u[i]!;
  }
  let g = Math.sqrt(h);
  if (u[m]! > 0) g = -g;
  h -= u[m]! * g;
  u[m] = u[m]! - g;
  return h;
}

/**
 * Rows from … to of M ← (I − u uᵀ/h) rows, over columns c0 … n−1: f = Σ_i u_i M_i, then
 * M_i −= (u_i/h) f, four rows at a time (each load of f serves four rows).
 */
function reflectRowBlock(mat: Float64Array, n: number, from: number, to: number, c0: number, u: Float64Array, f: Float64Array, h: number): void {
  f.fill(0, c0, n);
  let i = from;
  for (; i + 3 <= to; i += 4) {
    const u0 = u[i]!, u1 = u[i + 1]!, u2 = u[i + 2]!, u3 = u[i + 3]!;
    const o0 = i * n, o1 = o0 + n, o2 = o1 + n, o3 = o2 + n;
    for (let j = c0; j < n; j++) f[j] = f[j]! + u0 * mat[o0 + j]! + u1 * mat[o1 + j]! + u2 * mat[o2 + j]! + u3 * mat[o3 + j]!;
  }
  for (; i <= to; i++) {
    const ui = u[i]!;
    const o = i * n;
    for (let j = c0; j < n; j++) f[j] = f[j]! + ui * mat[o + j]!;
  }
  i = from;
  for (; i + 3 <= to; i += 4) {
    const u0 = u[i]! / h, u1 = u[i + 1]! / h, u2 = u[i + 2]! / h, u3 = u[i + 3]! / h;
    const o0 = i * n, o1 = o0 + n, o2 = o1 + n, o3 = o2 + n;
    for (let j = c0; j < n; j++) {
      const fj = f[j]!;
      mat[o0 + j] = mat[o0 + j]! - u0 * fj;
      mat[o1 + j] = mat[o1 + j]! - u1 * fj;
      mat[o2 + j] = mat[o2 + j]! - u2 * fj;
      mat[o3 + j] = mat[o3 + j]! - u3 * fj;
    }
  }
  for (; i <= to; i++) {
    const ui = u[i]! / h;
    const o = i * n;
    for (let j = c0; j < n; j++) mat[o + j] = mat[o + j]! - ui * f[j]!;
  }
}

/** Columns m … end of every row of A ← the columns times (I − u uᵀ/h), two rows at a time. */
function reflectColumnBlock(a: Float64Array, n: number, m: number, end: number, u: Float64Array, h: number): void {
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const o0 = i * n, o1 = o0 + n;
    let s0 = 0, s1 = 0;
    for (let j = m; j <= end; j++) {
      const uj = u[j]!;
      s0 += a[o0 + j]! * uj;
      s1 += a[o1 + j]! * uj;
    }
    if (s0 === 0 && s1 === 0) continue;
    s0 /= h;
    s1 /= h;
    for (let j = m; j <= end; j++) {
      const uj = u[j]!;
      a[o0 + j] = a[o0 + j]! - s0 * uj;
      a[o1 + j] = a[o1 + j]! - s1 * uj;
    }
  }
  for (; i < n; i++) {
    const o = i * n;
    let s = 0;
    for (let j = m; j <= end; j++) s += a[o + j]! * u[j]!;
    if (s === 0) continue;
    s /= h;
    for (let j = m; j <= end; j++) a[o + j] = a[o + j]! - s * u[j]!;
  }
}
