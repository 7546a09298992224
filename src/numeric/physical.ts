/**
 * Numeric description of a model: the input of lowering and of the Fock-space oracle.
 * Mode indices are 0-based; for the paper's model mode 0 is h and mode 1 is c.
 */
export interface NumericCoupling {
  /**
   * H_S gains strength · q_a q_b, with q = x or p of the given modes (a ≠ b); 'hop' is the
   * rotating-wave hopping strength · (a_a† a_b + a_b† a_a), a = √(ω/2)(x + i p/ω).
   */
  readonly a: number;
  readonly b: number;
  readonly kind: 'xx' | 'pp' | 'xp' | 'hop';
  readonly strength: number;
}

export interface NumericBath {
  /** The mode whose x couples to this bath (S_α = x_mode). */
  readonly mode: number;
  /** Bath label used in symbol names, e.g. "h" or "c". */
  readonly label: string;
  readonly temperature: number;
  /** λ_α² of eq. 19. */
  readonly lambda2: number;
  /** A mathjs expression for J(ω) of this bath (default: eq. 19 with λ² and Λ). */
  readonly spectral?: string;
}

export interface NumericModel {
  readonly frequencies: readonly number[];
  readonly couplings: readonly NumericCoupling[];
  readonly baths: readonly NumericBath[];
  /** Λ of eq. 19. */
  readonly cutoff: number;
  /**
   * ħ in the units of the frequencies and temperatures (default 1, the toolkit's units). It enters
   * only where [x, p] = iħ and the Bose factor n = 1/(e^{ħω/k_BT} − 1) put it (docs/conventions.md,
   * "Where ħ enters"): the rates see k_BT/ħ, and the constant vector c carries one factor ħ.
   */
  readonly hbar?: number;
}
