/**
 * Orthogonal reduction to upper Hessenberg form by Householder reflections
 * (EISPACK orthes + ortran, as in JAMA), restricted to the active block
 * [low, high] left by balancing. On return `a` holds H = Qᵀ A Q (entries
 * below the subdiagonal are zeroed) and `q` holds Q.
 */

/**
 * @param a n×n row-major, overwritten by H.
 * @param q n×n row-major, overwritten by the accumulated orthogonal Q.
 * @param reflector scratch of length n (keeps the leading entry of each reflector).
 * @param accumulate form Q (default); false leaves `q` untouched (callers that need only H).
 */
export function reduceToHessenbergInPlace(
  a: Float64Array,
  n: number,
  low: number,
  high: number,
  q: Float64Array,
  reflector: Float64Array,
  accumulate = true,
): void {
  for (let m = low + 1; m <= high - 1; m++) {
    let columnScale = 0;
    for (let i = m; i <= high; i++) columnScale += Math.abs(a[i * n + m - 1]!);
    if (columnScale === 0) continue;
    let h = 0;
    for (let i = high; i >= m; i--) {
      const u = a[i * n + m - 1]! / columnScale;
      reflector[i] = u;
      h += u * u;
    }
    let g = Math.sqrt(h);
    if (reflector[m]! > 0) g = -g;
    h -= reflector[m]! * g;
    reflector[m] = reflector[m]! - g;
    // H ← (I − u uᵀ/h) H   (column m−1 is left as is: it stores the reflector tail)
    for (let j = m; j < n; j++) {
      let f = 0;
      for (let i = high; i >= m; i--) f += reflector[i]! * a[i * n + j]!;
      f /= h;
      for (let i = m; i <= high; i++) a[i * n + j] = a[i * n + j]! - f * reflector[i]!;
    }
    // H ← H (I − u uᵀ/h)
    for (let i = 0; i <= high; i++) {
      let f = 0;
      for (let j = high; j >= m; j--) f += reflector[j]! * a[i * n + j]!;
      f /= h;
      for (let j = m; j <= high; j++) a[i * n + j] = a[i * n + j]! - f * reflector[j]!;
    }
    reflector[m] = columnScale * reflector[m]!;
    a[m * n + m - 1] = columnScale * g;
  }

  if (!accumulate) {
    for (let i = 2; i < n; i++) for (let j = 0; j < i - 1; j++) a[i * n + j] = 0;
    return;
  }
  q.fill(0, 0, n * n);
  for (let i = 0; i < n; i++) q[i * n + i] = 1;
  for (let m = high - 1; m >= low + 1; m--) {
    const sub = a[m * n + m - 1]!;
    if (sub === 0) continue;
    const head = reflector[m]!;
    for (let j = m; j <= high; j++) {
      let g = head * q[m * n + j]!;
      for (let i = m + 1; i <= high; i++) g += a[i * n + m - 1]! * q[i * n + j]!;
      // Double division avoids possible underflow.
      g = g / head / sub;
      q[m * n + j] = q[m * n + j]! + g * head;
      for (let i = m + 1; i <= high; i++) q[i * n + j] = q[i * n + j]! + g * a[i * n + m - 1]!;
    }
  }
  for (let i = 2; i < n; i++) for (let j = 0; j < i - 1; j++) a[i * n + j] = 0;
}
