/**
 * Normal modes: x_α = Σ_j P_αj η_j, p_α = Σ_j Q_αj Π_j, H_S = Σ_j (Π_j²/2 + Ω_j² η_j²/2).
 * The transformation is a point transformation (no x–p mixing), so it is symplectic exactly when
 * Q = P⁻ᵀ, and then η_j = Σ_α Q_αj x_α and Π_j = Σ_α P_αj p_α. The closed-form pairs have P
 * orthogonal and Q = P; numerically diagonalised models carry symbols for both.
 */
import type { Scalar } from '../algebra/index.js';

export interface NormalModes {
  /** P[α][j]: the amplitude of x_α on η_j. */
  readonly P: readonly (readonly Scalar[])[];
  /** Q[α][j]: the amplitude of p_α on Π_j; absent when Q = P (P orthogonal). */
  readonly Q?: readonly (readonly Scalar[])[];
  /** Symbol names of Ω_j; exactly degenerate normal modes share one symbol. */
  readonly frequencies: readonly string[];
}

/** Q of the normal modes (P when they are orthogonal). */
export function momentumAmplitudes(n: NormalModes): readonly (readonly Scalar[])[] {
  return n.Q ?? n.P;
}
