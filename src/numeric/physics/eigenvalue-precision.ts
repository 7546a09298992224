/**
 * How far the computed eigenvalues of a lowered M can be from those of the exact M. The entries of
 * M carry double rounding (relative eps) and the QR iteration adds a backward error of the same
 * size, both relative to the balanced matrix B = D⁻¹MD (its eigenvalues are M's): δ ≈ 2n·eps·‖B‖_F.
 *
 * - κ(V) resolved: Bauer–Fike, |δμ| ≤ κ(V)·δ.
 * - κ(V) not resolved (an exceptional point, or eigenvalues closer than the arithmetic resolves): an
 *   eigenvalue in a cluster of m eigenvalues moves by up to ‖B‖·(δ/‖B‖)^{1/m} (the perturbation of
 *   a Jordan block of order m); m is the largest cluster of computed eigenvalues whose members lie
 *   within that distance of one another.
 *
 * A computed eigenvalue larger than ‖B‖_F (which bounds the spectral radius) means the iteration
 * failed: `eigenvaluesBeyondNorm` reports it so the caller can refuse rather than print it.
 */
import { realSquareMatrixFromRows } from '../linalg/square-matrix.js';
import { balanceMatrix } from '../linalg/balance.js';

/** ‖D⁻¹MD‖_F, computed without overflow. */
export function balancedNorm(rows: readonly (readonly number[])[]): number {
  const { balanced } = balanceMatrix(realSquareMatrixFromRows(rows), 'scale');
  let largest = 0;
  for (const x of balanced.data) largest = Math.max(largest, Math.abs(x));
  if (largest === 0) return 0;
  let sum = 0;
  for (const x of balanced.data) sum += (x / largest) ** 2;
  return largest * Math.sqrt(sum);
}

export interface ComputedEigenvalue {
  readonly re: number;
  readonly im: number;
}

function largestCluster(eigenvalues: readonly ComputedEigenvalue[], radius: number): number {
  let best = 1;
  for (const a of eigenvalues) {
    const members = eigenvalues.filter((b) => Math.hypot(a.re - b.re, a.im - b.im) <= 2 * radius).length;
    best = Math.max(best, members);
  }
  return best;
}

export function eigenvalueErrorBound(rows: readonly (readonly number[])[], kappa: number, kappaResolved: boolean, eigenvalues: readonly ComputedEigenvalue[] = []): number {
  const n = rows.length;
  const norm = balancedNorm(rows);
  if (norm === 0) return 0;
  const relative = 2 * n * Number.EPSILON;
  const squareRootLaw = norm * Math.sqrt(relative);
  if (kappaResolved && Number.isFinite(kappa)) return Math.min(relative * norm * Math.max(1, kappa), squareRootLaw);
  // grow the cluster size until the clusters found at that radius are no larger than assumed
  let m = 2;
  for (;;) {
    const radius = norm * relative ** (1 / m);
    const found = eigenvalues.length > 0 ? largestCluster(eigenvalues, radius) : m;
    if (found <= m || m >= n) return radius;
    m = Math.min(n, found);
  }
}

/** The computed eigenvalues whose modulus exceeds ‖B‖_F (impossible for true eigenvalues), by index. */
export function eigenvaluesBeyondNorm(rows: readonly (readonly number[])[], eigenvalues: readonly ComputedEigenvalue[]): number[] {
  const norm = balancedNorm(rows);
  return eigenvalues.flatMap((e, i) => (Math.hypot(e.re, e.im) > norm * (1 + 1e-6) ? [i] : []));
}
