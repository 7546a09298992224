/** The paper's physical parameters (Fig. 2 defaults) and the two-resonator numeric model they describe. */
import type { NumericModel } from './physical.js';

export interface PaperParameters {
  /** ω (resonant); ignored when omegaH and omegaC are both given. */
  readonly omega: number;
  readonly omegaH?: number;
  readonly omegaC?: number;
  readonly k: number;
  readonly Th: number;
  readonly Tc: number;
  readonly lambdaH2: number;
  readonly lambdaC2: number;
  readonly cutoff: number;
  /** ħ (default 1): see NumericModel.hbar. */
  readonly hbar?: number;
}

/** Fig. 2: T_h = 10, T_c = 5, λ_h² = 1e-8, λ_c² = 1e-4, Λ = 1e3, and ω = 1 as in Fig. 3. */
export const FIG2_PARAMETERS: PaperParameters = Object.freeze({
  omega: 1,
  k: 1e-4,
  Th: 10,
  Tc: 5,
  lambdaH2: 1e-8,
  lambdaC2: 1e-4,
  cutoff: 1e3,
});

/** Is p out of resonance (ω_h ≠ ω_c given)? */
export const isOffResonance = (p: PaperParameters): boolean => p.omegaH !== undefined && p.omegaC !== undefined && p.omegaH !== p.omegaC;

export function paperModel(p: PaperParameters): NumericModel {
  const wh = p.omegaH ?? p.omega;
  const wc = p.omegaC ?? p.omega;
  return {
    frequencies: [wh, wc],
    couplings: [{ a: 0, b: 1, kind: 'xx', strength: p.k }],
    baths: [
      { mode: 0, label: 'h', temperature: p.Th, lambda2: p.lambdaH2 },
      { mode: 1, label: 'c', temperature: p.Tc, lambda2: p.lambdaC2 },
    ],
    cutoff: p.cutoff,
    ...(p.hbar === undefined ? {} : { hbar: p.hbar }),
  };
}
