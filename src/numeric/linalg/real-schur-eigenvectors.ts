/**
 * Francis double-shift QR on an upper Hessenberg matrix, followed by
 * back-substitution for the eigenvectors of the quasi-triangular Schur
 * factor and back-transformation by the accumulated orthogonal matrix
 * (EISPACK hqr2, in the form used by JAMA), on flat row-major arrays.
 *
 * Eigenvector storage follows EISPACK: for a real eigenvalue μ_j = wr[j],
 * column j of `v` is its eigenvector; for a complex pair, wi[j] > 0 and
 * wi[j+1] = −wi[j], and the eigenvector of wr[j] + i·wi[j] is
 * column j + i·column j+1 (the partner's is the conjugate).
 *
 * Optional shift hints (warm start): approximate eigenvalues, e.g. those of
 * a neighbouring point of a parameter sweep. For the first
 * HINTED_ITERATIONS iterations on each active block, the double shift is
 * taken from the unused hint nearest to the Wilkinson estimate instead of
 * from the trailing 2×2 block. This matters for clusters of eigenvalues
 * (the paper's matrices have two complex pairs ~1e−4 apart near ±iω):
 * Wilkinson shifts cannot tell the members of a cluster apart until they
 * are accurate to well below its spread, and the iteration then wanders
 * for 10–20 steps; a hint that accurate deflates a pair in one or two
 * steps. Hints never affect correctness — every step is still an
 * orthogonal similarity — only the iteration count.
 */

/** Iterations per block that use a hint when one is available. */
const HINTED_ITERATIONS = 1;

/** Approximate eigenvalues steering the first shifts; count 0 disables them. */
export interface ShiftHints {
  readonly re: Float64Array;
  readonly im: Float64Array;
  /** Scratch flags, one per hint: 1 once the hint's eigenvalue has deflated. */
  readonly used: Uint8Array;
  count: number;
}

/** Index of the unused hint nearest to re + i·|im| (comparing |Im|), or −1. */
function nearestUnusedHint(hints: ShiftHints, re: number, im: number): number {
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  const target = Math.abs(im);
  for (let j = 0; j < hints.count; j++) {
    if (hints.used[j] !== 0) continue;
    const dr = hints.re[j]! - re;
    const di = Math.abs(hints.im[j]!) - target;
    const d = dr * dr + di * di;
    if (d < bestDistance) {
      bestDistance = d;
      best = j;
    }
  }
  return best;
}

/** Marks as used the hint nearest to a deflated eigenvalue (and its conjugate partner). */
function consumeHint(hints: ShiftHints | undefined, re: number, im: number): void {
  if (hints === undefined || hints.count === 0) return;
  const j = nearestUnusedHint(hints, re, im);
  if (j >= 0) hints.used[j] = 1;
}

const EPS = 2.220446049250313e-16;
/** Total QR iterations allowed: 30·max(10, n), as LAPACK's dlahqr. */
const ITERATIONS_PER_ROW = 30;
/** Iterations without deflation between exceptional shifts (LAPACK's KEXSH). */
const EXCEPTIONAL_SHIFT_PERIOD = 10;

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
 * @param h n×n upper Hessenberg (row-major); destroyed.
 * @param v n×n accumulated transformation (from the Hessenberg reduction);
 *          overwritten by the eigenvectors in EISPACK real storage.
 * @param wr,wi real and imaginary parts of the eigenvalues (length n).
 * @param quotient scratch of length 2.
 * @param hints optional warm-start shifts (see module comment).
 * @param schurOnly stop at the real Schur form: `h` keeps the quasi-triangular T (subdiagonal
 *          entries below the deflation tolerance are left in place, not zeroed) and `v` is
 *          neither updated nor read (callers that need only T and the eigenvalues).
 * @param schurBasisVectors do not accumulate the QR transforms: `v` receives the eigenvectors of
 *          the quasi-triangular T itself (EISPACK storage, zero below the diagonal blocks), i.e.
 *          Qᵀ times those of the input. Enough for unitarily invariant quantities such as κ(V)
 *          with unit columns; requires low = 0, high = n − 1 (no balancing permutation).
 * @returns true when the QR iteration converged.
 */
export function schurEigenvectorsInPlace(
  h: Float64Array,
  v: Float64Array,
  n: number,
  low: number,
  high: number,
  wr: Float64Array,
  wi: Float64Array,
  quotient: Float64Array,
  hints?: ShiftHints,
  schurOnly = false,
  schurBasisVectors = false,
): boolean {
  const accumulate = !schurOnly && !schurBasisVectors;
  if (hints !== undefined) hints.used.fill(0, 0, hints.count);
  const nn = n;
  let last = nn - 1;
  let p = 0;
  let q = 0;
  let r = 0;
  let s = 0;
  let z = 0;
  let t = 0;
  let w = 0;
  let x = 0;
  let y = 0;

  let norm = 0;
  for (let i = 0; i < nn; i++) {
    if (i < low || i > high) {
      wr[i] = h[i * n + i]!;
      wi[i] = 0;
    }
    for (let j = Math.max(i - 1, 0); j < nn; j++) norm += Math.abs(h[i * n + j]!);
  }

  let iter = 0;
  let totalIterations = 0;
  const iterationBudget = ITERATIONS_PER_ROW * Math.max(10, high - low + 1);
  while (last >= low) {
    // Look for a single small subdiagonal element.
    let l = last;
    while (l > low) {
      s = Math.abs(h[(l - 1) * n + l - 1]!) + Math.abs(h[l * n + l]!);
      if (s === 0) s = norm;
      const subdiagonal = Math.abs(h[l * n + l - 1]!);
      if (subdiagonal === 0 || subdiagonal < EPS * s) break;
      l--;
    }

    if (l === last) {
      // One root found.
      wr[last] = h[last * n + last]!;
      wi[last] = 0;
      consumeHint(hints, wr[last]!, 0);
      last--;
      iter = 0;
    } else if (l === last - 1) {
      // Two roots found.
      w = h[last * n + last - 1]! * h[(last - 1) * n + last]!;
      p = (h[(last - 1) * n + last - 1]! - h[last * n + last]!) / 2;
      q = p * p + w;
      z = Math.sqrt(Math.abs(q));
      x = h[last * n + last]!;
      if (q >= 0) {
        // Real pair.
        z = p >= 0 ? p + z : p - z;
        wr[last - 1] = x + z;
        wr[last] = wr[last - 1]!;
        if (z !== 0) wr[last] = x - w / z;
        wi[last - 1] = 0;
        wi[last] = 0;
        x = h[last * n + last - 1]!;
        s = Math.abs(x) + Math.abs(z);
        p = x / s;
        q = z / s;
        r = Math.sqrt(p * p + q * q);
        p /= r;
        q /= r;
        for (let j = last - 1; j < nn; j++) {
          z = h[(last - 1) * n + j]!;
          h[(last - 1) * n + j] = q * z + p * h[last * n + j]!;
          h[last * n + j] = q * h[last * n + j]! - p * z;
        }
        for (let i = 0; i <= last; i++) {
          z = h[i * n + last - 1]!;
          h[i * n + last - 1] = q * z + p * h[i * n + last]!;
          h[i * n + last] = q * h[i * n + last]! - p * z;
        }
        for (let i = low; i <= high && accumulate; i++) {
          z = v[i * n + last - 1]!;
          v[i * n + last - 1] = q * z + p * v[i * n + last]!;
          v[i * n + last] = q * v[i * n + last]! - p * z;
        }
      } else {
        // Complex pair.
        wr[last - 1] = x + p;
        wr[last] = x + p;
        wi[last - 1] = z;
        wi[last] = -z;
      }
      consumeHint(hints, wr[last - 1]!, wi[last - 1]!);
      consumeHint(hints, wr[last]!, wi[last]!);
      last -= 2;
      iter = 0;
    } else {
      // No convergence yet: form the shift.
      x = h[last * n + last]!;
      y = 0;
      w = 0;
      if (l < last) {
        y = h[(last - 1) * n + last - 1]!;
        w = h[last * n + last - 1]! * h[(last - 1) * n + last]!;
      }
      if (hints !== undefined && hints.count > 0 && iter < HINTED_ITERATIONS && l < last) {
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
        const j = nearestUnusedHint(hints, estimateRe, estimateIm);
        if (j >= 0) {
          x = y = hints.re[j]!;
          const hintIm = hints.im[j]!;
          w = -hintIm * hintIm;
        }
      }
      if (iter > 0 && iter % EXCEPTIONAL_SHIFT_PERIOD === 0) {
        // Exceptional shifts as LAPACK's dlahqr, alternating between the top and
        // the bottom of the active block. They break the stagnation of clusters
        // whose members sit in different blocks with identical trailing 2×2
        // eigenvalues (e.g. two identical oscillators coupled by 1e−12).
        const fromTop = (iter / EXCEPTIONAL_SHIFT_PERIOD) % 2 === 1;
        s = fromTop
          ? Math.abs(h[(l + 1) * n + l]!) + Math.abs(h[(l + 2) * n + l + 1]!)
          : Math.abs(h[last * n + last - 1]!) + Math.abs(h[(last - 1) * n + last - 2]!);
        x = y = 0.75 * s + (fromTop ? h[l * n + l]! : h[last * n + last]!);
        w = -0.4375 * s * s;
      }
      iter++;
      if (++totalIterations > iterationBudget) return false;

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
        for (let j = k; j < nn; j++) {
          p = h[k * n + j]! + q * h[(k + 1) * n + j]!;
          if (notLast) {
            p += r * h[(k + 2) * n + j]!;
            h[(k + 2) * n + j] = h[(k + 2) * n + j]! - p * z;
          }
          h[k * n + j] = h[k * n + j]! - p * x;
          h[(k + 1) * n + j] = h[(k + 1) * n + j]! - p * y;
        }
        const rowEnd = Math.min(last, k + 3);
        for (let i = 0; i <= rowEnd; i++) {
          p = x * h[i * n + k]! + y * h[i * n + k + 1]!;
          if (notLast) {
            p += z * h[i * n + k + 2]!;
            h[i * n + k + 2] = h[i * n + k + 2]! - p * r;
          }
          h[i * n + k] = h[i * n + k]! - p;
          h[i * n + k + 1] = h[i * n + k + 1]! - p * q;
        }
        for (let i = low; i <= high && accumulate; i++) {
          p = x * v[i * n + k]! + y * v[i * n + k + 1]!;
          if (notLast) {
            p += z * v[i * n + k + 2]!;
            v[i * n + k + 2] = v[i * n + k + 2]! - p * r;
          }
          v[i * n + k] = v[i * n + k]! - p;
          v[i * n + k + 1] = v[i * n + k + 1]! - p * q;
        }
      }
    }
  }

  if (schurOnly) return true;
  // Back-substitute to find the vectors of the quasi-triangular form.
  if (norm === 0) {
    if (schurBasisVectors) for (let i = 0; i < nn; i++) for (let j = 0; j < nn; j++) v[i * n + j] = i === j ? 1 : 0;
    return true;
  }
  for (let col = nn - 1; col >= 0; col--) {
    p = wr[col]!;
    q = wi[col]!;
    if (q === 0) {
      // Real vector.
      let l = col;
      h[col * n + col] = 1;
      for (let i = col - 1; i >= 0; i--) {
        w = h[i * n + i]! - p;
        r = 0;
        for (let j = l; j <= col; j++) r += h[i * n + j]! * h[j * n + col]!;
        if (wi[i]! < 0) {
          z = w;
          s = r;
        } else {
          l = i;
          if (wi[i] === 0) {
            h[i * n + col] = w !== 0 ? -r / w : -r / (EPS * norm);
          } else {
            x = h[i * n + i + 1]!;
            y = h[(i + 1) * n + i]!;
            q = (wr[i]! - p) * (wr[i]! - p) + wi[i]! * wi[i]!;
            t = (x * s - z * r) / q;
            h[i * n + col] = t;
            h[(i + 1) * n + col] = Math.abs(x) > Math.abs(z) ? (-r - w * t) / x : (-s - y * t) / z;
          }
          t = Math.abs(h[i * n + col]!);
          if (EPS * t * t > 1) for (let j = i; j <= col; j++) h[j * n + col] = h[j * n + col]! / t;
        }
      }
    } else if (q < 0) {
      // Complex vector: columns col−1 (real part) and col (imaginary part).
      let l = col - 1;
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
        w = h[i * n + i]! - p;
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
            x = h[i * n + i + 1]!;
            y = h[(i + 1) * n + i]!;
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
          t = Math.max(Math.abs(h[i * n + col - 1]!), Math.abs(h[i * n + col]!));
          if (EPS * t * t > 1) {
            for (let j = i; j <= col; j++) {
              h[j * n + col - 1] = h[j * n + col - 1]! / t;
              h[j * n + col] = h[j * n + col]! / t;
            }
          }
        }
      }
    }
  }

  if (schurBasisVectors) {
    for (let i = 0; i < nn; i++) for (let j = 0; j < nn; j++) v[i * n + j] = j >= i ? h[i * n + j]! : 0;
    return true;
  }
  // Vectors of isolated roots.
  for (let i = 0; i < nn; i++) {
    if (i < low || i > high) for (let j = i; j < nn; j++) v[i * n + j] = h[i * n + j]!;
  }
  // Back-transformation to the eigenvectors of the (balanced) input.
  for (let j = nn - 1; j >= low; j--) {
    for (let i = low; i <= high; i++) {
      z = 0;
      const kEnd = Math.min(j, high);
      for (let k = low; k <= kEnd; k++) z += v[i * n + k]! * h[k * n + j]!;
      v[i * n + j] = z;
    }
  }
  return true;
}
