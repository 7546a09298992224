/**
 * The EP-map kernels' Francis double-shift QR: real Schur form T = Qᵀ H Q of an upper Hessenberg
 * matrix without forming Q, and the eigenvectors of T itself (EISPACK real storage).
 *
 * The algorithm of `schurEigenvectorsInPlace` of real-schur-eigenvectors.ts with low = 0,
 * high = n − 1 and `schurOnly` / `schurBasisVectors` (EISPACK hqr2 as in JAMA), with two changes:
 *  - optionally (the EP maps' kernels; the `ep` analysis keeps the classic test, which resolves the
 *    Jordan structure of defective clusters better), a subdiagonal entry also counts as negligible
 *    at or below eps·‖H‖_F (normwise, as the backward
 *    error the witnesses state, η = n·eps·‖M‖_F), not only below eps·(|h_{l−1,l−1}| + |h_ll|): the
 *    paper's matrices have eigenvalues −1e−8 ± i·ω, so their diagonal is ~1e−8·‖H‖ and the
 *    neighbour-relative test asks for subdiagonals of ~1e−24, one or two sweeps past the backward
 *    error that every sweep's rounding leaves anyway;
 *  - shift hints come extrapolated along the sweep (advanceShiftHints).
 * Together they take the QR sweeps per point from 4.3 to 2.9 (4×4 κ map) and from 11.5 to 8.3
 * (10×10 projector-norm map). It is kept apart for a measured reason (docs/performance.md,
 * issue 10): a map's worker spends a large part of its first pass in V8's tiers below the optimising
 * compiler, and the general routine (balancing range, accumulated transforms, back-transformation)
 * is large enough that each of its re-optimisations costs 25–65 ms of compile time, six of them per
 * worker. These two small functions compile in a few ms each, and the shift hints are handled inline
 * (no calls taking doubles).
 *
 * Shift hints (warm start) as in real-schur-eigenvectors.ts: for the first iteration on each active
 * block the double shift comes from the unused hint nearest to the Wilkinson estimate.
 */
import type { ShiftHints } from './real-schur-eigenvectors.js';

const EPS = 2.220446049250313e-16;
/** Iterations per active block that take their double shift from the block's hint (more are slower, measured). */
const HINTED_ITERATIONS = 1;
/** Total QR iterations allowed: 30·max(10, n), as LAPACK's dlahqr. */
const ITERATIONS_PER_ROW = 30;
/** Iterations without deflation between exceptional shifts (LAPACK's KEXSH). */
const EXCEPTIONAL_SHIFT_PERIOD = 10;

/** Index of the unused hint nearest to re + i·|im| (comparing |Im|), or −1. */
function nearestUnusedHint(hints: ShiftHints, re: number, im: number): number {
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  const target = Math.abs(im);
  const { re: hr, im: hi, used } = hints;
  for (let j = 0; j < hints.count; j++) {
    if (used[j] !== 0) continue;
    const dr = hr[j]! - re;
    const di = Math.abs(hi[j]!) - target;
    const d = dr * dr + di * di;
    if (d < bestDistance) {
      bestDistance = d;
      best = j;
    }
  }
  return best;
}

/** The eigenvalues of the two points before the next one of a sweep (`sets` of them stored, 0–2). */
export interface HintHistory {
  /** The last point's eigenvalues. */
  readonly re: Float64Array;
  readonly im: Float64Array;
  /** The point's before. */
  readonly olderRe: Float64Array;
  readonly olderIm: Float64Array;
  sets: number;
}

export function createHintHistory(n: number): HintHistory {
  return { re: new Float64Array(n), im: new Float64Array(n), olderRe: new Float64Array(n), olderIm: new Float64Array(n), sets: 0 };
}

/** Index of the entry of (re, im) nearest to r + i·m. */
function nearestIndex(re: Float64Array, im: Float64Array, n: number, r: number, m: number): number {
  let nearest = 0;
  let distance = Number.POSITIVE_INFINITY;
  for (let j = 0; j < n; j++) {
    const dr = re[j]! - r;
    const di = im[j]! - m;
    const d = dr * dr + di * di;
    if (d < distance) {
      distance = d;
      nearest = j;
    }
  }
  return nearest;
}

/**
 * Makes the converged eigenvalues μ (valuesRe/valuesIm) of one point of a parameter sweep the shift
 * hints of the next, extrapolated from the points before (`history`, each eigenvalue matched to the
 * nearest one there): quadratically, 3μ − 3μ′ + μ″, once two are known, linearly (2μ − μ′) after
 * the first point, μ itself at the first. Along the EP maps' k columns consecutive eigenvalues move
 * by ~1e−7 while the paper's clustered pairs are ~1e−4 apart: a hint equal to the last eigenvalue
 * separates them by a factor ~1e−3 per QR sweep, an extrapolated one by ~1e−6 (linear) or ~1e−8
 * (quadratic), and blocks deflate in fewer sweeps (measured: 4.3 → 3.3 → 2.9 sweeps per 4×4 point).
 * Hints only steer shifts: results do not depend on them beyond rounding.
 */
export function advanceShiftHints(hints: ShiftHints, history: HintHistory, valuesRe: Float64Array, valuesIm: Float64Array, n: number): void {
  const { re: lastRe, im: lastIm, olderRe, olderIm } = history;
  for (let i = 0; i < n; i++) {
    const r = valuesRe[i]!;
    const m = valuesIm[i]!;
    if (history.sets === 0) {
      hints.re[i] = r;
      hints.im[i] = m;
      continue;
    }
    const a = nearestIndex(lastRe, lastIm, n, r, m);
    if (history.sets === 1) {
      hints.re[i] = 2 * r - lastRe[a]!;
      hints.im[i] = 2 * m - lastIm[a]!;
      continue;
    }
    const b = nearestIndex(olderRe, olderIm, n, lastRe[a]!, lastIm[a]!);
    hints.re[i] = 3 * r - 3 * lastRe[a]! + olderRe[b]!;
    hints.im[i] = 3 * m - 3 * lastIm[a]! + olderIm[b]!;
  }
  // Element loops, not TypedArray.set/subarray: for n ≤ 10 the calls and the view cost more than the copy.
  for (let i = 0; i < n; i++) {
    olderRe[i] = lastRe[i]!;
    olderIm[i] = lastIm[i]!;
    lastRe[i] = valuesRe[i]!;
    lastIm[i] = valuesIm[i]!;
  }
  if (history.sets < 2) history.sets++;
  hints.count = n;
}

/** Starts a new sweep: no hints, no history. */
export function clearShiftHintsAndHistory(hints: ShiftHints, history: HintHistory): void {
  hints.count = 0;
  history.sets = 0;
}

/** Σ |h_ij| over the Hessenberg pattern (j ≥ i − 1): the scale of the back-substitution's pivot floor. */
export function hessenbergAbsoluteSum(h: Float64Array, n: number): number {
  let norm = 0;
  for (let i = 0; i < n; i++) for (let j = i > 0 ? i - 1 : 0; j < n; j++) norm += Math.abs(h[i * n + j]!);
  return norm;
}

/**
 * Real Schur form of the n×n upper Hessenberg `h` (row-major) in place: `h` keeps the
 * quasi-triangular T (subdiagonal entries below the deflation tolerance are left in place),
 * wr/wi the eigenvalues (conjugate pairs adjacent, positive imaginary part first).
 * `hints` with count > 0 steer the first shift of each block; `normwiseDeflation` adds the eps·‖H‖_F
 * deflation test (the EP maps; see the module comment). Returns false when the iteration did not
 * converge.
 */
export function realSchurFormInPlace(h: Float64Array, n: number, wr: Float64Array, wi: Float64Array, hints: ShiftHints, normwiseDeflation: boolean): boolean {
  const scale = hessenbergAbsoluteSum(h, n);
  // Normwise deflation floor eps·‖H‖_F (see the module comment).
  let frobenius = 0;
  for (let i = 0; i < n * n; i++) frobenius += h[i]! * h[i]!;
  const deflationFloor = normwiseDeflation ? EPS * Math.sqrt(frobenius) : 0;
  const hinted = hints.count > 0;
  if (hinted) for (let j = 0; j < hints.count; j++) hints.used[j] = 0;
  let last = n - 1;
  let iter = 0;
  let blockHint = -1;
  let totalIterations = 0;
  const iterationBudget = ITERATIONS_PER_ROW * Math.max(10, n);
  while (last >= 0) {
    // Look for a single small subdiagonal element.
    let l = last;
    while (l > 0) {
      let s = Math.abs(h[(l - 1) * n + l - 1]!) + Math.abs(h[l * n + l]!);
      if (s === 0) s = scale;
      const subdiagonal = Math.abs(h[l * n + l - 1]!);
      if (subdiagonal === 0 || subdiagonal < EPS * s || subdiagonal <= deflationFloor) break;
      l--;
    }

    if (l === last) {
      // One root found.
      wr[last] = h[last * n + last]!;
      wi[last] = 0;
      if (hinted) {
        const j = nearestUnusedHint(hints, wr[last]!, 0);
        if (j >= 0) hints.used[j] = 1;
      }
      last--;
      iter = 0;
    } else if (l === last - 1) {
      // Two roots found.
      const w = h[last * n + last - 1]! * h[(last - 1) * n + last]!;
      let p = (h[(last - 1) * n + last - 1]! - h[last * n + last]!) / 2;
      let q = p * p + w;
      let z = Math.sqrt(Math.abs(q));
      let x = h[last * n + last]!;
      if (q >= 0) {
        // Real pair.
        z = p >= 0 ? p + z : p - z;
        wr[last - 1] = x + z;
        wr[last] = wr[last - 1]!;
        if (z !== 0) wr[last] = x - w / z;
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
      } else {
        // Complex pair.
        wr[last - 1] = x + p;
        wr[last] = x + p;
        wi[last - 1] = z;
        wi[last] = -z;
      }
      if (hinted) {
        let j = nearestUnusedHint(hints, wr[last - 1]!, wi[last - 1]!);
        if (j >= 0) hints.used[j] = 1;
        j = nearestUnusedHint(hints, wr[last]!, wi[last]!);
        if (j >= 0) hints.used[j] = 1;
      }
      last -= 2;
      iter = 0;
    } else {
      // No convergence yet: form the shift.
      let x = h[last * n + last]!;
      let y = h[(last - 1) * n + last - 1]!;
      let w = h[last * n + last - 1]! * h[(last - 1) * n + last]!;
      if (hinted && iter < HINTED_ITERATIONS) {
        // The block's hint: chosen at its first iteration (nearest to the Wilkinson estimate), kept after.
        // Wilkinson estimate: eigenvalue of the trailing 2×2 nearest h[last][last].
        const half = (y - x) / 2;
        const discriminant = half * half + w;
        let estimateRe = x + half;
        let estimateIm = 0;
        if (discriminant >= 0) {
          const root = Math.sqrt(discriminant);
          estimateRe = half >= 0 ? x + half - root : x + half + root;
        } else {
          estimateIm = Math.sqrt(-discriminant);
        }
        if (iter === 0) blockHint = nearestUnusedHint(hints, estimateRe, estimateIm);
        const j = blockHint;
        if (j >= 0) {
          x = y = hints.re[j]!;
          const hintIm = hints.im[j]!;
          w = -hintIm * hintIm;
        }
      }
      if (iter > 0 && iter % EXCEPTIONAL_SHIFT_PERIOD === 0) {
        // Exceptional shifts as LAPACK's dlahqr, alternating between the top and the bottom of the block.
        // Both candidates are evaluated, so that the first exceptional shift gives V8 type feedback for both.
        const fromTop = (iter / EXCEPTIONAL_SHIFT_PERIOD) % 2 === 1;
        const top = Math.abs(h[(l + 1) * n + l]!) + Math.abs(h[(l + 2) * n + l + 1]!);
        const bottom = Math.abs(h[last * n + last - 1]!) + Math.abs(h[(last - 1) * n + last - 2]!);
        const s = fromTop ? top : bottom;
        const topDiagonal = 0.75 * top + h[l * n + l]!;
        const bottomDiagonal = 0.75 * bottom + h[last * n + last]!;
        x = y = fromTop ? topDiagonal : bottomDiagonal;
        w = -0.4375 * s * s;
      }
      iter++;
      if (++totalIterations > iterationBudget) return false;
      let p = 0;
      let q = 0;
      let r = 0;
      let s = 0;
      let z = 0;
      // Look for two consecutive small subdiagonal elements.
      let m = last - 2;
      while (m >= l) {
        z = h[m * n + m]!;
        r = x - z;
        s = y - z;
        p = (r * s - w) / h[(m + 1) * n + m]! + h[m * n + m + 1]!;
        q = h[(m + 1) * n + m + 1]! - z - r - s;
        r = h[(m + 2) * n + m + 1]!;
        s = Math.abs(p) + Math.abs(q) + Math.abs(r);
        p /= s;
        q /= s;
        r /= s;
        if (m === l) break;
        if (
          Math.abs(h[m * n + m - 1]!) * (Math.abs(q) + Math.abs(r)) <
          EPS * (Math.abs(p) * (Math.abs(h[(m - 1) * n + m - 1]!) + Math.abs(z) + Math.abs(h[(m + 1) * n + m + 1]!)))
        ) {
          break;
        }
        m--;
      }
      for (let i = m + 2; i <= last; i++) {
        h[i * n + i - 2] = 0;
        if (i > m + 2) h[i * n + i - 3] = 0;
      }

      // Double QR step on rows l..last and columns m..last.
      for (let k = m; k <= last - 1; k++) {
        const notLast = k !== last - 1;
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
        x = p / s;
        y = q / s;
        z = r / s;
        q /= p;
        r /= p;
        if (notLast) {
          for (let j = k; j < n; j++) {
            const a = k * n + j;
            const t = h[a]! + q * h[a + n]! + r * h[a + 2 * n]!;
            h[a + 2 * n] = h[a + 2 * n]! - t * z;
            h[a] = h[a]! - t * x;
            h[a + n] = h[a + n]! - t * y;
          }
          const rowEnd = Math.min(last, k + 3);
          for (let i = 0; i <= rowEnd; i++) {
            const a = i * n + k;
            const t = x * h[a]! + y * h[a + 1]! + z * h[a + 2]!;
            h[a + 2] = h[a + 2]! - t * r;
            h[a] = h[a]! - t;
            h[a + 1] = h[a + 1]! - t * q;
          }
        } else {
          for (let j = k; j < n; j++) {
            const a = k * n + j;
            const t = h[a]! + q * h[a + n]!;
            h[a] = h[a]! - t * x;
            h[a + n] = h[a + n]! - t * y;
          }
          const rowEnd = Math.min(last, k + 3);
          for (let i = 0; i <= rowEnd; i++) {
            const a = i * n + k;
            const t = x * h[a]! + y * h[a + 1]!;
            h[a] = h[a]! - t;
            h[a + 1] = h[a + 1]! - t * q;
          }
        }
      }
    }
  }
  return true;
}

/** Smith's complex division (xr + i xi)/(yr + i yi) into out[0], out[1]. */
function complexDivide(xr: number, xi: number, yr: number, yi: number, out: Float64Array): void {
  if (Math.abs(yr) > Math.abs(yi)) {
    const r = yi / yr;
    const d = yr + r * yi;
    out[0] = (xr + r * xi) / d;
    out[1] = (xi - r * xr) / d;
  } else {
    const r = yr / yi;
    const d = yi + r * yr;
    out[0] = (r * xr + xi) / d;
    out[1] = (r * xi - xr) / d;
  }
}

/**
 * Eigenvectors of the quasi-triangular T left in `h` by realSchurFormInPlace (h is destroyed),
 * into `v` in EISPACK real storage (zero below the diagonal blocks): for a real μ_j column j, for a
 * pair column j + i·column j+1. `norm` is hessenbergAbsoluteSum of the Hessenberg matrix before the
 * QR iteration; `scratch` has length ≥ 3. (Doubles reach the per-column helpers through `scratch`,
 * not as arguments: V8 boxes doubles passed to a function it does not inline.)
 */
export function schurFactorEigenvectorsInPlace(h: Float64Array, v: Float64Array, n: number, wr: Float64Array, wi: Float64Array, norm: number, scratch: Float64Array): void {
  if (norm === 0) {
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) v[i * n + j] = i === j ? 1 : 0;
    return;
  }
  scratch[2] = norm;
  for (let col = n - 1; col >= 0; col--) {
    const q = wi[col]!;
    if (q === 0) realVectorOfSchurFactor(h, n, wr, wi, col, scratch);
    else if (q < 0) complexVectorOfSchurFactor(h, n, wr, wi, col, scratch);
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) v[i * n + j] = j >= i ? h[i * n + j]! : 0;
}

function realVectorOfSchurFactor(h: Float64Array, n: number, wr: Float64Array, wi: Float64Array, col: number, scratch: Float64Array): void {
  const p = wr[col]!;
  const norm = scratch[2]!;
  let l = col;
  let z = 0;
  let s = 0;
  h[col * n + col] = 1;
  for (let i = col - 1; i >= 0; i--) {
    const w = h[i * n + i]! - p;
    let r = 0;
    for (let j = l; j <= col; j++) r += h[i * n + j]! * h[j * n + col]!;
    if (wi[i]! < 0) {
      z = w;
      s = r;
    } else {
      l = i;
      if (wi[i] === 0) {
        h[i * n + col] = w !== 0 ? -r / w : -r / (EPS * norm);
      } else {
        const x = h[i * n + i + 1]!;
        const y = h[(i + 1) * n + i]!;
        const q = (wr[i]! - p) * (wr[i]! - p) + wi[i]! * wi[i]!;
        const t = (x * s - z * r) / q;
        h[i * n + col] = t;
        h[(i + 1) * n + col] = Math.abs(x) > Math.abs(z) ? (-r - w * t) / x : (-s - y * t) / z;
      }
      const t = Math.abs(h[i * n + col]!);
      if (EPS * t * t > 1) for (let j = i; j <= col; j++) h[j * n + col] = h[j * n + col]! / t;
    }
  }
}

function complexVectorOfSchurFactor(h: Float64Array, n: number, wr: Float64Array, wi: Float64Array, col: number, quotient: Float64Array): void {
  const p = wr[col]!;
  const q = wi[col]!;
  const norm = quotient[2]!;
  // Columns col−1 (real part) and col (imaginary part).
  let l = col - 1;
  let z = 0;
  let r = 0;
  let s = 0;
  if (Math.abs(h[col * n + col - 1]!) > Math.abs(h[(col - 1) * n + col]!)) {
    h[(col - 1) * n + col - 1] = q / h[col * n + col - 1]!;
    h[(col - 1) * n + col] = -(h[col * n + col]! - p) / h[col * n + col - 1]!;
  } else {
    complexDivide(0, -h[(col - 1) * n + col]!, h[(col - 1) * n + col - 1]! - p, q, quotient);
    h[(col - 1) * n + col - 1] = quotient[0]!;
    h[(col - 1) * n + col] = quotient[1]!;
  }
  h[col * n + col - 1] = 0;
  h[col * n + col] = 1;
  for (let i = col - 2; i >= 0; i--) {
    let ra = 0;
    let sa = 0;
    for (let j = l; j <= col; j++) {
      ra += h[i * n + j]! * h[j * n + col - 1]!;
      sa += h[i * n + j]! * h[j * n + col]!;
    }
    const w = h[i * n + i]! - p;
    if (wi[i]! < 0) {
      z = w;
      r = ra;
      s = sa;
    } else {
      l = i;
      if (wi[i] === 0) {
        complexDivide(-ra, -sa, w, q, quotient);
        h[i * n + col - 1] = quotient[0]!;
        h[i * n + col] = quotient[1]!;
      } else {
        const x = h[i * n + i + 1]!;
        const y = h[(i + 1) * n + i]!;
        let vr = (wr[i]! - p) * (wr[i]! - p) + wi[i]! * wi[i]! - q * q;
        const vi = (wr[i]! - p) * 2 * q;
        if (vr === 0 && vi === 0) {
          vr = EPS * norm * (Math.abs(w) + Math.abs(q) + Math.abs(x) + Math.abs(y) + Math.abs(z));
        }
        complexDivide(x * r - z * ra + q * sa, x * s - z * sa - q * ra, vr, vi, quotient);
        h[i * n + col - 1] = quotient[0]!;
        h[i * n + col] = quotient[1]!;
        if (Math.abs(x) > Math.abs(z) + Math.abs(q)) {
          h[(i + 1) * n + col - 1] = (-ra - w * h[i * n + col - 1]! + q * h[i * n + col]!) / x;
          h[(i + 1) * n + col] = (-sa - w * h[i * n + col]! - q * h[i * n + col - 1]!) / x;
        } else {
          complexDivide(-r - y * h[i * n + col - 1]!, -s - y * h[i * n + col]!, z, q, quotient);
          h[(i + 1) * n + col - 1] = quotient[0]!;
          h[(i + 1) * n + col] = quotient[1]!;
        }
      }
      const t = Math.max(Math.abs(h[i * n + col - 1]!), Math.abs(h[i * n + col]!));
      if (EPS * t * t > 1) {
        for (let j = i; j <= col; j++) {
          h[j * n + col - 1] = h[j * n + col - 1]! / t;
          h[j * n + col] = h[j * n + col]! / t;
        }
      }
    }
  }
}
