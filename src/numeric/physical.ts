/**
 * Numeric description of a model: the input of lowering and of the Fock-space oracle.
 * Mode indices are 0-based; for the paper's model mode 0 is h and mode 1 is c.
 */
export interface NumericCoupling {
  /** H_S gains strength · q_a q_b, with q = x or p of the given modes (a ≠ b). */
  readonly a: number;
  readonly b: number;
  readonly kind: 'xx' | 'pp' | 'xp';
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
