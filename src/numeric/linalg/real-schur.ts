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

const EPS = 2.220446049250313e-16;
const ITERATIONS_PER_ROW = 30;
const EXCEPTIONAL_SHIFT_PERIOD = 10;

export interface RealSchur {
  readonly n: number;
  /** T, row-major; entries below the block diagonal are exactly zero. */
  readonly t: Float64Array;
  /** Q, row-major: A = Q T Qᵀ. */
  readonly q: Float64Array;
  readonly valuesRe: Float64Array;
  readonly valuesIm: Float64Array;
}

/** Schur form of a real n×n row-major matrix (not modified); null when QR does not converge. */
export function realSchur(a: Float64Array, n: number): RealSchur | null {
  squareSizeOf(a, n);
  const h = Float64Array.from(a);
  // vt holds Qᵀ (row-major), so that the column rotations of Q are contiguous row updates.
  const vt = new Float64Array(n * n);
  reduceToHessenbergBanded(h, vt, n);
  const wr = new Float64Array(n);
  const wi = new Float64Array(n);
  if (!francisQr(h, vt, n, wr, wi)) return null;
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) v[i * n + j] = vt[j * n + i]!;
  for (let i = 1; i < n; i++) {
    // Below the subdiagonal everything is zero; the subdiagonal is kept only inside a 2×2 block
    // (a complex pair, stored with the positive imaginary part first).
    for (let j = 0; j < i - 1; j++) h[i * n + j] = 0;
    if (!(wi[i - 1]! > 0)) h[i * n + i - 1] = 0;
  }
  return { n, t: h, q: v, valuesRe: wr, valuesIm: wi };
}

function francisQr(h: Float64Array, v: Float64Array, n: number, wr: Float64Array, wi: Float64Array): boolean {
  let p = 0, q = 0, r = 0, s = 0, z = 0, w = 0, x = 0, y = 0;
  let norm = 0;
  for (let i = 0; i < n; i++) for (let j = Math.max(i - 1, 0); j < n; j++) norm += Math.abs(h[i * n + j]!);
  let last = n - 1;
  let iter = 0;
  let total = 0;
  const budget = ITERATIONS_PER_ROW * Math.max(10, n);
  while (last >= 0) {
    let l = last;
    while (l > 0) {
      s = Math.abs(h[(l - 1) * n + l - 1]!) + Math.abs(h[l * n + l]!);
      if (s === 0) s = norm;
      const sub = Math.abs(h[l * n + l - 1]!);
      if (sub === 0 || sub < EPS * s) break;
      l--;
    }
    if (l === last) {
      wr[last] = h[last * n + last]!;
      wi[last] = 0;
      if (last > 0) h[last * n + last - 1] = 0;
      last--;
      iter = 0;
    } else if (l === last - 1) {
      w = h[last * n + last - 1]! * h[(last - 1) * n + last]!;
      p = (h[(last - 1) * n + last - 1]! - h[last * n + last]!) / 2;
      q = p * p + w;
      z = Math.sqrt(Math.abs(q));
      x = h[last * n + last]!;
      if (q >= 0) {
        // Real pair: rotate it to upper triangular form.
        z = p >= 0 ? p + z : p - z;
        wr[last - 1] = x + z;
        wr[last] = z !== 0 ? x - w / z : x + z;
        wi[last - 1] = 0;
        wi[last] = 0;
        x = h[last * n + last - 1]!;
        s = Math.abs(x) + Math.abs(z);
        p = x / s;
        q = z / s;
        r = Math.sqrt(p * p + q * q);
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
        for (let i = 0, o1 = (last - 1) * n, o2 = last * n; i < n; i++) {
          z = v[o1 + i]!;
          v[o1 + i] = q * z + p * v[o2 + i]!;
          v[o2 + i] = q * v[o2 + i]! - p * z;
        }
        h[last * n + last - 1] = 0;
      } else {
        wr[last - 1] = x + p;
        wr[last] = x + p;
        wi[last - 1] = z;
        wi[last] = -z;
      }
      if (last > 1) h[(last - 1) * n + last - 2] = 0;
      last -= 2;
      iter = 0;
    } else {
      x = h[last * n + last]!;
      y = h[(last - 1) * n + last - 1]!;
      w = h[last * n + last - 1]! * h[(last - 1) * n + last]!;
      if (iter > 0 && iter % EXCEPTIONAL_SHIFT_PERIOD === 0) {
        const fromTop = (iter / EXCEPTIONAL_SHIFT_PERIOD) % 2 === 1;
        s = fromTop
          ? Math.abs(h[(l + 1) * n + l]!) + Math.abs(h[(l + 2) * n + l + 1]!)
          : Math.abs(h[last * n + last - 1]!) + Math.abs(h[(last - 1) * n + last - 2]!);
        x = y = 0.75 * s + (fromTop ? h[l * n + l]! : h[last * n + last]!);
        w = -0.4375 * s * s;
      }
      iter++;
      if (++total > budget) return false;
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
        if (Math.abs(h[m * n + m - 1]!) * (Math.abs(q) + Math.abs(r)) <
          EPS * (Math.abs(p) * (Math.abs(h[(m - 1) * n + m - 1]!) + Math.abs(z) + Math.abs(h[(m + 1) * n + m + 1]!)))) break;
        m--;
      }
      for (let i = m + 2; i <= last; i++) {
        h[i * n + i - 2] = 0;
        if (i > m + 2) h[i * n + i - 3] = 0;
      }
      doubleShiftSweep(h, v, n, l, m, last, p, q, r);
    }
  }
  return true;
}

/** One Francis double-shift sweep on rows/columns m … last of the active block l … last. */
function doubleShiftSweep(h: Float64Array, v: Float64Array, n: number, l: number, m: number, last: number, p0: number, q0: number, r0: number): void {
  let p = p0, q = q0, r = r0, s = 0, x = 0, y = 0, z = 0;
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
        const o0 = k * n, o1 = (k + 1) * n, o2 = (k + 2) * n;
        rotateLeft(h, n, k, notLast, o0, o1, o2, x, y, z, q, r);
        const rowEnd = Math.min(last, k + 3);
        rotateColumns(h, n, k, notLast, rowEnd + 1, x, y, z, q, r);
        rotateRows(v, n, k, notLast, x, y, z, q, r);
      }
}

/** Rows k, k+1 (, k+2) of H from column k on, times the double-shift reflector. */
function rotateLeft(h: Float64Array, n: number, k: number, three: boolean, o0: number, o1: number, o2: number, x: number, y: number, z: number, q: number, r: number): void {
  if (three) {
    for (let j = k; j < n; j++) {
      const pp = h[o0 + j]! + q * h[o1 + j]! + r * h[o2 + j]!;
      h[o2 + j] = h[o2 + j]! - pp * z;
      h[o0 + j] = h[o0 + j]! - pp * x;
      h[o1 + j] = h[o1 + j]! - pp * y;
    }
  } else {
    for (let j = k; j < n; j++) {
      const pp = h[o0 + j]! + q * h[o1 + j]!;
      h[o0 + j] = h[o0 + j]! - pp * x;
      h[o1 + j] = h[o1 + j]! - pp * y;
    }
  }
}

/** Columns k, k+1 (, k+2) of rows 0 … rows−1 times the double-shift reflector. */
function rotateColumns(a: Float64Array, n: number, k: number, three: boolean, rows: number, x: number, y: number, z: number, q: number, r: number): void {
  if (three) {
    for (let i = 0, o = k; i < rows; i++, o += n) {
      const p = x * a[o]! + y * a[o + 1]! + z * a[o + 2]!;
      a[o + 2] = a[o + 2]! - p * r;
      a[o] = a[o]! - p;
      a[o + 1] = a[o + 1]! - p * q;
    }
  } else {
    for (let i = 0, o = k; i < rows; i++, o += n) {
      const p = x * a[o]! + y * a[o + 1]!;
      a[o] = a[o]! - p;
      a[o + 1] = a[o + 1]! - p * q;
    }
  }
}

/** Rows k, k+1 (, k+2) of Qᵀ times the double-shift reflector (the column update of Q, transposed). */
function rotateRows(a: Float64Array, n: number, k: number, three: boolean, x: number, y: number, z: number, q: number, r: number): void {
  const o0 = k * n, o1 = o0 + n, o2 = o1 + n;
  if (three) {
    for (let i = 0; i < n; i++) {
      const p = x * a[o0 + i]! + y * a[o1 + i]! + z * a[o2 + i]!;
      a[o2 + i] = a[o2 + i]! - p * r;
      a[o0 + i] = a[o0 + i]! - p;
      a[o1 + i] = a[o1 + i]! - p * q;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const p = x * a[o0 + i]! + y * a[o1 + i]!;
      a[o0 + i] = a[o0 + i]! - p;
      a[o1 + i] = a[o1 + i]! - p * q;
    }
  }
}

/**
 * Householder reduction to upper Hessenberg form, H = Qᵀ A Q, with Qᵀ accumulated in `qt`.
 * Each reflector is restricted to the rows where its column is non-zero, and rows and columns
 * that are zero are skipped: for banded A (chains) the work is O(n² b), not O(n³).
 */
function reduceToHessenbergBanded(a: Float64Array, qt: Float64Array, n: number): void {
  qt.fill(0);
  for (let i = 0; i < n; i++) qt[i * n + i] = 1;
  const u = new Float64Array(n);
  const f = new Float64Array(n);
  for (let m = 1; m < n - 1; m++) {
    let end = n - 1;
    while (end > m && a[end * n + m - 1] === 0) end--;
    if (end === m) continue;
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
    // Left: rows m..end ← (I − u uᵀ/h) rows, over columns m−1..n−1.
    f.fill(0, m - 1, n);
    for (let i = m; i <= end; i++) {
      const ui = u[i]!;
      const o = i * n;
      for (let j = m - 1; j < n; j++) f[j] = f[j]! + ui * a[o + j]!;
    }
    for (let i = m; i <= end; i++) {
      const ui = u[i]! / h;
      const o = i * n;
      for (let j = m - 1; j < n; j++) a[o + j] = a[o + j]! - ui * f[j]!;
    }
    // Right: columns m..end ← columns (I − u uᵀ/h), over all rows.
    for (let i = 0; i < n; i++) {
      const o = i * n;
      let s = 0;
      for (let j = m; j <= end; j++) s += a[o + j]! * u[j]!;
      if (s === 0) continue;
      s /= h;
      for (let j = m; j <= end; j++) a[o + j] = a[o + j]! - s * u[j]!;
    }
    // Qᵀ ← (I − u uᵀ/h) Qᵀ.
    f.fill(0);
    for (let i = m; i <= end; i++) {
      const ui = u[i]!;
      const o = i * n;
      for (let j = 0; j < n; j++) f[j] = f[j]! + ui * qt[o + j]!;
    }
    for (let i = m; i <= end; i++) {
      const ui = u[i]! / h;
      const o = i * n;
      for (let j = 0; j < n; j++) qt[o + j] = qt[o + j]! - ui * f[j]!;
    }
    for (let i = m + 1; i <= end; i++) a[i * n + m - 1] = 0;
  }
}
