/**
 * Normal modes: x_α = Σ_j (P_αj η_j + PPi_αj Π_j), p_α = Σ_j (QEta_αj η_j + Q_αj Π_j),
 * H_S = Σ_j (Π_j²/2 + Ω_j² η_j²/2). The transformation ξ = S ζ (ξ = (x_1, p_1, …), ζ = (η_1, Π_1, …))
 * is symplectic, S J Sᵀ = J, so its inverse is S⁻¹ = −J Sᵀ J:
 *     η_j = Σ_α (Q_αj x_α − PPi_αj p_α),   Π_j = Σ_α (−QEta_αj x_α + P_αj p_α).
 * A point transformation (no x–p mixing) has PPi = QEta = 0 and Q = P⁻ᵀ. The closed-form pairs
 * have P orthogonal and Q = P; numerically diagonalised models carry symbols for every amplitude
 * they have (docs/conventions.md).
 */
import type { Scalar } from '../algebra/index.js';

export interface NormalModes {
  /** P[α][j]: the amplitude of x_α on η_j. */
  readonly P: readonly (readonly Scalar[])[];
  /** Q[α][j]: the amplitude of p_α on Π_j; absent when Q = P (P orthogonal). */
  readonly Q?: readonly (readonly Scalar[])[];
  /** PPi[α][j]: the amplitude of x_α on Π_j; absent when zero (a point transformation). */
  readonly PPi?: readonly (readonly Scalar[])[];
  /** QEta[α][j]: the amplitude of p_α on η_j; absent when zero (a point transformation). */
  readonly QEta?: readonly (readonly Scalar[])[];
  /** Symbol names of Ω_j; exactly degenerate normal modes share one symbol. */
  readonly frequencies: readonly string[];
}

/** Q of the normal modes (P when they are orthogonal). */
export function momentumAmplitudes(n: NormalModes): readonly (readonly Scalar[])[] {
  return n.Q ?? n.P;
}
