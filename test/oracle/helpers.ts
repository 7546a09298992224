/**
 * Shared fixtures for the oracle tests: models, hand-computed rates (eq. 19–20, written out
 * again here so the self-checks do not depend on src/numeric/fock/rates.ts), and an affine
 * comparison dθ ≈ M θ + c with a per-row rounding scale.
 */
import { expect } from 'vitest';
import type { NumericModel } from '../../src/numeric/physical.js';

export interface BathSpec {
  readonly T: number;
  readonly lambda2: number;
}

/** Two-mode paper model (eq. 15): mode 0 = h, mode 1 = c, one 'xx' coupling k. */
export function paperModel(omegaH: number, omegaC: number, k: number, h: BathSpec, c: BathSpec, cutoff: number): NumericModel {
  return {
    frequencies: [omegaH, omegaC],
    couplings: [{ a: 0, b: 1, kind: 'xx', strength: k }],
    baths: [
      { mode: 0, label: 'h', temperature: h.T, lambda2: h.lambda2 },
      { mode: 1, label: 'c', temperature: c.T, lambda2: c.lambda2 },
    ],
    cutoff,
  };
}

export const HOT: BathSpec = { T: 2, lambda2: 0.2 };
export const COLD: BathSpec = { T: 0.7, lambda2: 0.05 };

/** Resonant paper model with visible dissipation. */
export const RESONANT = paperModel(1.3, 1.3, 0.3, HOT, COLD, 20);
/** Non-resonant paper model (ω_h > ω_c). */
export const NON_RESONANT = paperModel(1.6, 1.1, 0.25, { T: 2.5, lambda2: 0.15 }, { T: 0.6, lambda2: 0.08 }, 35);

/** γ_ω by hand from eq. 20 with the J of eq. 19 (J odd, so γ_{−ω} = 2J(ω)n(ω) for ω > 0). */
export function gammaByHand(omega: number, T: number, lambda2: number, cutoff: number): number {
  const w = Math.abs(omega);
  const J = (lambda2 * w * cutoff * cutoff) / (w * w + cutoff * cutoff);
  const n = 1 / (Math.exp(w / T) - 1);
  return omega > 0 ? 2 * J * (1 + n) : 2 * J * n;
}

/** Δ_f = (γ_{−f} − γ_f)/(2f) (eq. 35) and Σ_f = (γ_{−f} + γ_f)/(2f) (eq. B.4). */
export function deltaSigma(f: number, T: number, lambda2: number, cutoff: number): { Delta: number; Sigma: number } {
  const up = gammaByHand(f, T, lambda2, cutoff);
  const down = gammaByHand(-f, T, lambda2, cutoff);
  return { Delta: (down - up) / (2 * f), Sigma: (down + up) / (2 * f) };
}

/** Δ and Σ of the bath of the given mode of a model, at frequency f. */
export function bathDeltaSigma(model: NumericModel, mode: number, f: number): { Delta: number; Sigma: number } {
  const bath = model.baths.find((b) => b.mode === mode);
  if (bath === undefined) throw new Error(`no bath on mode ${mode}`);
  return deltaSigma(f, bath.temperature, bath.lambda2, model.cutoff);
}

export const TOLERANCE = 1e-10;

/**
 * For every row i: |dθ_i − (Σ_j M_ij θ_j + c_i)| ≤ tol · max(1, Σ_j |M_ij θ_j| + |c_i| + |dθ_i|).
 */
export function expectAffine(
  label: string,
  names: readonly string[],
  dtheta: readonly number[],
  M: readonly (readonly number[])[],
  theta: readonly number[],
  c: readonly number[] | undefined,
  tol = TOLERANCE,
): void {
  expect(M.length, `${label}: rows of M`).toBe(dtheta.length);
  dtheta.forEach((d, i) => {
    const row = M[i] as readonly number[];
    expect(row.length, `${label}: columns of M row ${i}`).toBe(theta.length);
    let predicted = c === undefined ? 0 : (c[i] as number);
    let scale = Math.abs(predicted) + Math.abs(d);
    row.forEach((m, j) => {
      const term = m * (theta[j] as number);
      predicted += term;
      scale += Math.abs(term);
    });
    const err = Math.abs(d - predicted);
    expect(err, `${label}: row ${i} (${names[i] ?? '?'}): oracle ${d}, affine ${predicted}`).toBeLessThanOrEqual(
      tol * Math.max(1, scale),
    );
  });
}

/** n×n zero matrix as nested arrays. */
export function zeroMatrix(n: number): number[][] {
  return Array.from({ length: n }, () => new Array<number>(n).fill(0));
}

/** Elementwise sum of two nested-array matrices. */
export function addMatrices(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): number[][] {
  return a.map((row, i) => row.map((v, j) => v + ((b[i] as readonly number[])[j] as number)));
}

/** Three-mode chain 0–1–2 with baths on the end modes (modes are named x_1, x_2, x_3). */
export const CHAIN: NumericModel = {
  frequencies: [1.2, 1.5, 1.0],
  couplings: [
    { a: 0, b: 1, kind: 'xx', strength: 0.2 },
    { a: 1, b: 2, kind: 'xx', strength: 0.35 },
  ],
  baths: [
    { mode: 0, label: 'h', temperature: 2, lambda2: 0.2 },
    { mode: 2, label: 'c', temperature: 0.8, lambda2: 0.1 },
  ],
  cutoff: 15,
};
