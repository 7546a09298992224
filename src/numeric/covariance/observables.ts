/**
 * What is read off a covariance σ (σ_ij = ½⟨{r_i, r_j}⟩, r = (x_1, p_1, …)):
 *   - heat currents (eq. 50): Q_α = tr(H A_α σ) + ½ tr(H D_α), the energy flowing from bath α
 *     into the system;
 *   - the entropy production −Σ_α Q_α/T_α (≥ 0 in a steady state by the second law);
 *   - the uncertainty relation σ + iħJ/2 ≥ 0 ([r_i, r_j] = iħJ_ij): its smallest eigenvalue;
 *   - the occupation of each bare oscillator, n_m = (⟨p_m²⟩ + ω_m²⟨x_m²⟩)/(2ħω_m) − ½.
 * With ħ ≠ 1 (docs/conventions.md, "Where ħ enters") D carries one factor ħ, and so do σ and Q_α.
 */
import type { LoweredCovariance, NumericSparse } from './lowered-covariance.js';
import { smallestHermitianEigenvalue } from '../linalg/hermitian-extreme.js';

export function heatCurrentsOf(lowered: LoweredCovariance, sigma: Float64Array): Record<string, number> {
  return Object.fromEntries(Object.entries(heatCurrentTermsOf(lowered, sigma)).map(([b, t]) => [b, t.value]));
}

/** A heat current and the sum of the moduli of the terms it adds up (the scale its rounding error is relative to). */
export interface HeatCurrentTerms {
  readonly value: number;
  readonly size: number;
  /** How many terms were summed. */
  readonly terms: number;
}

export function heatCurrentTermsOf(lowered: LoweredCovariance, sigma: Float64Array): Record<string, HeatCurrentTerms> {
  const { n, hamiltonian: H } = lowered;
  const out: Record<string, HeatCurrentTerms> = {};
  for (const b of lowered.baths) {
    // (A_α σ)_{ji} needed at the nonzeros (i, j) of H.
    const rowsOf = new Map<number, number[]>();
    for (let e = 0; e < b.drift.values.length; e++) {
      const r = b.drift.rows[e]!;
      const list = rowsOf.get(r);
      if (list) list.push(e);
      else rowsOf.set(r, [e]);
    }
    let q = 0;
    let size = 0;
    let terms = 0;
    for (let e = 0; e < H.values.length; e++) {
      const i = H.rows[e]!;
      const j = H.columns[e]!;
      for (const f of rowsOf.get(j) ?? []) {
        const term = H.values[e]! * b.drift.values[f]! * sigma[b.drift.columns[f]! * n + i]!;
        q += term;
        size += Math.abs(term);
        terms++;
      }
    }
    const constant = 0.5 * traceOfProduct(H, b.diffusion);
    q += constant;
    size += Math.abs(constant);
    out[b.bath] = { value: q, size, terms: terms + 1 };
  }
  return out;
}

/** tr(X Y) for sparse X, Y. */
function traceOfProduct(x: NumericSparse, y: NumericSparse): number {
  const at = new Map<number, number>();
  for (let e = 0; e < y.values.length; e++) at.set(y.rows[e]! * y.n + y.columns[e]!, (at.get(y.rows[e]! * y.n + y.columns[e]!) ?? 0) + y.values[e]!);
  let s = 0;
  for (let e = 0; e < x.values.length; e++) s += x.values[e]! * (at.get(x.columns[e]! * x.n + x.rows[e]!) ?? 0);
  return s;
}

/** −Σ_α Q_α/T_α. */
export function entropyProductionOf(heat: Readonly<Record<string, number>>, temperatures: ReadonlyMap<string, number>): number {
  let s = 0;
  for (const [bath, q] of Object.entries(heat)) {
    const T = temperatures.get(bath);
    if (T === undefined) throw new RangeError(`no temperature for bath ${bath}`);
    s -= q / T;
  }
  return s;
}

export interface UncertaintyCheck {
  /** Smallest eigenvalue of σ + iħJ/2 (≥ 0 for a quantum state). */
  readonly smallestEigenvalue: number;
  /** Its rounding error bound. */
  readonly tolerance: number;
  /** smallestEigenvalue ≥ −tolerance. */
  readonly satisfied: boolean;
}

export function uncertaintyCheck(sigma: Float64Array, n: number, hbar = 1): UncertaintyCheck {
  const im = new Float64Array(n * n);
  for (let m = 0; 2 * m + 1 < n; m++) {
    im[2 * m * n + 2 * m + 1] = hbar / 2;
    im[(2 * m + 1) * n + 2 * m] = -hbar / 2;
  }
  const { value, tolerance } = smallestHermitianEigenvalue(sigma, im, n);
  return { smallestEigenvalue: value, tolerance, satisfied: value >= -tolerance };
}

export function occupationsOf(sigma: Float64Array, n: number, frequencies: readonly number[], hbar = 1): number[] {
  return frequencies.map((w, m) => (sigma[(2 * m + 1) * n + 2 * m + 1]! + w * w * sigma[2 * m * n + 2 * m]!) / (2 * hbar * w) - 0.5);
}
