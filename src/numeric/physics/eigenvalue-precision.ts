/**
 * How far the computed eigenvalues of a lowered M can be from those of the exact M. The entries of
 * M carry double rounding (relative eps) and the QR iteration adds a backward error of the same
 * size, both relative to the balanced matrix B = D⁻¹MD (its eigenvalues are M's). By Bauer–Fike,
 * an eigenvalue moves by at most κ(V)·‖δB‖ ≈ 2n·eps·‖B‖_F·κ(V). Where κ(V) is not resolved (at an
 * exceptional point, a Jordan block of order 2) eigenvalues move as the square root of the
 * perturbation instead: ‖B‖_F·√(2n·eps).
 */
import { realSquareMatrixFromRows } from '../linalg/square-matrix.js';
import { balanceMatrix } from '../linalg/balance.js';

export function eigenvalueErrorBound(rows: readonly (readonly number[])[], kappa: number, kappaResolved: boolean): number {
  const n = rows.length;
  const { balanced } = balanceMatrix(realSquareMatrixFromRows(rows), 'scale');
  let sum = 0;
  let largest = 0;
  for (const x of balanced.data) largest = Math.max(largest, Math.abs(x));
  if (largest === 0) return 0;
  for (const x of balanced.data) sum += (x / largest) ** 2;
  const norm = largest * Math.sqrt(sum);
  const perturbation = 2 * n * Number.EPSILON * norm;
  if (!kappaResolved || !Number.isFinite(kappa)) return norm * Math.sqrt(2 * n * Number.EPSILON);
  return Math.min(perturbation * Math.max(1, kappa), norm * Math.sqrt(2 * n * Number.EPSILON));
}
