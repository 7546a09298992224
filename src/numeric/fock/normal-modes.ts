/**
 * Normal modes of the two-mode paper model (eq. 15), computed numerically from the closed
 * forms of docs/conventions.md:
 *
 * - resonant (ω_h = ω_c = ω): P = (1/√2)[[1, 1], [1, −1]] (eq. 39), Ω_{1,2}² = ω² ± k (eq. 40);
 * - otherwise: P = [[s, c], [c, −s]] with s² = (R + δ)/(2R), c² = (R − δ)/(2R), s·c = k/R,
 *   s ≥ 0, δ = ω_h² − ω_c², R = √(4k² + δ²), Ω_{1,2}² = (ω_h² + ω_c² ± R)/2 (eqs. D.1–D.2
 *   with the corrected sin/cos assignment of the conventions).
 *
 * (x_h, x_c)ᵀ = P (η_1, η_2)ᵀ, so η_j = Σ_α P_αj x_α and likewise Π_j = Σ_α P_αj p_α.
 */
import type { NumericModel } from '../physical.js';

export interface PaperModelView {
  readonly omegaH: number;
  readonly omegaC: number;
  readonly k: number;
}

export interface NormalModes {
  /** P[α][j]; α = 0 (h), 1 (c); j = 0 (mode 1), 1 (mode 2). */
  readonly P: readonly [readonly [number, number], readonly [number, number]];
  /** Ω_1, Ω_2. */
  readonly Omega: readonly [number, number];
  readonly resonant: boolean;
}

/**
 * The two-mode paper model: 2 modes, exactly one coupling, of kind 'xx', between modes 0 and 1,
 * and exactly two baths, one on mode 0 and one on mode 1. Returns undefined otherwise.
 */
export function paperModelView(model: NumericModel): PaperModelView | undefined {
  if (model.frequencies.length !== 2) return undefined;
  if (model.couplings.length !== 1) return undefined;
  const coupling = model.couplings[0];
  if (coupling === undefined || coupling.kind !== 'xx') return undefined;
  const pair = [coupling.a, coupling.b].sort((u, v) => u - v);
  if (pair[0] !== 0 || pair[1] !== 1) return undefined;
  if (model.baths.length !== 2) return undefined;
  const bathModes = model.baths.map((b) => b.mode).sort((u, v) => u - v);
  if (bathModes[0] !== 0 || bathModes[1] !== 1) return undefined;
  const [omegaH, omegaC] = model.frequencies as readonly [number, number];
  return { omegaH, omegaC, k: coupling.strength };
}

export function requirePaperModel(model: NumericModel, purpose: string): PaperModelView {
  const view = paperModelView(model);
  if (view === undefined) {
    throw new Error(
      `${purpose} is only defined for the two-mode paper model ` +
        `(2 modes, one 'xx' coupling between modes 0 and 1, one bath on mode 0 and one on mode 1)`,
    );
  }
  return view;
}

export function normalModes(model: NumericModel): NormalModes {
  const { omegaH, omegaC, k } = requirePaperModel(model, 'Normal-mode decomposition');
  let P: NormalModes['P'];
  let O1sq: number;
  let O2sq: number;
  const resonant = omegaH === omegaC;
  if (resonant) {
    const r = Math.SQRT1_2;
    P = [
      [r, r],
      [r, -r],
    ];
    O1sq = omegaH * omegaH + k;
    O2sq = omegaH * omegaH - k;
  } else {
    const delta = omegaH * omegaH - omegaC * omegaC;
    const R = Math.sqrt(4 * k * k + delta * delta);
    const s = Math.sqrt((R + delta) / (2 * R));
    const cAbs = Math.sqrt((R - delta) / (2 * R));
    // s ≥ 0 and s·c = k/R fix the sign of c to that of k (c ≥ 0 when k = 0).
    const c = k < 0 ? -cAbs : cAbs;
    P = [
      [s, c],
      [c, -s],
    ];
    O1sq = (omegaH * omegaH + omegaC * omegaC + R) / 2;
    O2sq = (omegaH * omegaH + omegaC * omegaC - R) / 2;
  }
  if (!(O1sq > 0) || !(O2sq > 0)) {
    throw new Error(`Normal modes: Ω² must be positive (got ${O1sq}, ${O2sq}); need |k| < ω_h ω_c`);
  }
  return { P, Omega: [Math.sqrt(O1sq), Math.sqrt(O2sq)], resonant };
}
