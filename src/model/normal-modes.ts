/**
 * Normal modes in closed form: (x_α) = P (η_j), (p_α) = P (Π_j), H_S = Σ_j (Π_j²/2 + Ω_j² η_j²/2).
 */
import type { Scalar } from '../algebra/index.js';

export interface NormalModes {
  /** P[α][j], orthogonal. */
  readonly P: readonly (readonly Scalar[])[];
  /** Symbol names of Ω_j. */
  readonly frequencies: readonly string[];
}
