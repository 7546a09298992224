/**
 * The smallest eigenvalue of a Hermitian matrix M = R + iI (row-major real and imaginary
 * parts), without eigenvectors: Householder reduction to real symmetric tridiagonal form
 * (complex reflectors; the off-diagonal moduli carry the spectrum), then Sturm-sequence
 * bisection. O(n³) with a small constant; the error is of the order n·eps·‖M‖, returned with it.
 */
export interface ExtremeEigenvalue {
  readonly value: number;
  /** An error bound of the value from rounding (n · eps · ‖M‖_F). */
  readonly tolerance: number;
}

const EPS = 2.220446049250313e-16;

export function smallestHermitianEigenvalue(re: Float64Array, im: Float64Array, n: number): ExtremeEigenvalue {
  const ar = Float64Array.from(re);
  const ai = Float64Array.from(im);
  let frob = 0;
  for (let i = 0; i < n * n; i++) frob += ar[i]! * ar[i]! + ai[i]! * ai[i]!;
  frob = Math.sqrt(frob);
  const diag = new Float64Array(n);
  const off = new Float64Array(Math.max(n - 1, 0));
  const vr = new Float64Array(n);
  const vi = new Float64Array(n);
  const pr = new Float64Array(n);
  const pi = new Float64Array(n);
  for (let k = 0; k < n - 2; k++) {
    // x = column k below the diagonal (rows k+1 …).
    let norm2 = 0;
    for (let i = k + 1; i < n; i++) norm2 += ar[i * n + k]! ** 2 + ai[i * n + k]! ** 2;
    const norm = Math.sqrt(norm2);
    const x0r = ar[(k + 1) * n + k]!;
    const x0i = ai[(k + 1) * n + k]!;
    const x0abs = Math.hypot(x0r, x0i);
    let tail = 0;
    for (let i = k + 2; i < n; i++) tail += ar[i * n + k]! ** 2 + ai[i * n + k]! ** 2;
    if (tail === 0) {
      off[k] = x0abs;
      continue;
    }
    // α = −e^{i arg x0} ‖x‖; v = x − α e1.
    const phr = x0abs === 0 ? 1 : x0r / x0abs;
    const phi = x0abs === 0 ? 0 : x0i / x0abs;
    const alphaR = -phr * norm;
    const alphaI = -phi * norm;
    for (let i = k + 1; i < n; i++) {
      vr[i] = ar[i * n + k]!;
      vi[i] = ai[i * n + k]!;
    }
    vr[k + 1] = vr[k + 1]! - alphaR;
    vi[k + 1] = vi[k + 1]! - alphaI;
    let vv = 0;
    for (let i = k + 1; i < n; i++) vv += vr[i]! ** 2 + vi[i]! ** 2;
    const beta = 2 / vv;
    hermitianTrailingUpdate(ar, ai, n, k + 1, vr, vi, pr, pi, beta);
    off[k] = norm;
  }
  for (let i = 0; i < n; i++) diag[i] = ar[i * n + i]!;
  if (n >= 2) off[n - 2] = Math.hypot(ar[(n - 1) * n + n - 2]!, ai[(n - 1) * n + n - 2]!);
  // Gershgorin interval, then bisection on the Sturm count.
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const r = (i > 0 ? off[i - 1]! : 0) + (i < n - 1 ? off[i]! : 0);
    lo = Math.min(lo, diag[i]! - r);
    hi = Math.max(hi, diag[i]! + r);
  }
  const countBelow = (mu: number): number => {
    let count = 0;
    let d = 1;
    for (let i = 0; i < n; i++) {
      const e2 = i > 0 ? off[i - 1]! ** 2 : 0;
      d = diag[i]! - mu - (i > 0 ? e2 / d : 0);
      if (d === 0) d = -EPS * (Math.abs(mu) + frob) || -Number.MIN_VALUE;
      if (d < 0) count++;
    }
    return count;
  };
  for (let step = 0; step < 200 && hi - lo > 2 * EPS * Math.max(Math.abs(lo), Math.abs(hi), frob * EPS); step++) {
    const mid = 0.5 * (lo + hi);
    if (mid <= lo || mid >= hi) break;
    if (countBelow(mid) >= 1) hi = mid;
    else lo = mid;
  }
  return { value: 0.5 * (lo + hi), tolerance: n * EPS * frob };
}

/**
 * M ← H M H on the trailing block rows/columns ≥ s, H = I − β v v†, touching only the lower
 * triangle (M Hermitian): p = β M v, w = p − (β/2)(v†p) v, M ← M − v w† − w v†.
 */
function hermitianTrailingUpdate(ar: Float64Array, ai: Float64Array, n: number, s: number, vr: Float64Array, vi: Float64Array, pr: Float64Array, pi: Float64Array, beta: number): void {
  pr.fill(0, s, n);
  pi.fill(0, s, n);
  for (let i = s; i < n; i++) {
    const o = i * n;
    // Diagonal (real) entry, then the strictly lower part of row i and its mirrored column.
    const d = ar[o + i]!;
    let sr = d * vr[i]!, si = d * vi[i]!;
    const vir = vr[i]!, vii = vi[i]!;
    for (let j = s; j < i; j++) {
      const mr = ar[o + j]!, mi = ai[o + j]!;
      sr += mr * vr[j]! - mi * vi[j]!;
      si += mr * vi[j]! + mi * vr[j]!;
      // M_ji = conj(M_ij) contributes to p_j.
      pr[j] = pr[j]! + mr * vir + mi * vii;
      pi[j] = pi[j]! + mr * vii - mi * vir;
    }
    pr[i] = pr[i]! + sr;
    pi[i] = pi[i]! + si;
  }
  let kr = 0;
  for (let i = s; i < n; i++) {
    pr[i] = beta * pr[i]!;
    pi[i] = beta * pi[i]!;
    kr += vr[i]! * pr[i]! + vi[i]! * pi[i]!;
  }
  kr *= beta / 2;
  for (let i = s; i < n; i++) {
    pr[i] = pr[i]! - kr * vr[i]!;
    pi[i] = pi[i]! - kr * vi[i]!;
  }
  for (let i = s; i < n; i++) {
    const o = i * n;
    const vir = vr[i]!, vii = vi[i]!, wir = pr[i]!, wii = pi[i]!;
    for (let j = s; j <= i; j++) {
      const wjr = pr[j]!, wji = pi[j]!, vjr = vr[j]!, vji = vi[j]!;
      ar[o + j] = ar[o + j]! - (vir * wjr + vii * wji + wir * vjr + wii * vji);
      ai[o + j] = ai[o + j]! - (vii * wjr - vir * wji + wii * vjr - wir * vji);
    }
  }
}
