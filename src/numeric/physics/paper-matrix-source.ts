/**
 * The paper pair's moment matrix M(ω, k) as the source text of a compiled filler (for the EP maps,
 * the EP search and the spectrum sweep): derived symbolically once, compiled by numeric/compile.ts.
 * Kept in a module of its own so that its users load only the derivation and the compiler (not the
 * numeric normal modes and their linear-algebra library, which the pair does not need here).
 */
import { resonantPair, generalPair } from '../../model/index.js';
import { deriveMoments, totalMatrix, type MomentOrder } from '../../moments/index.js';
import type { EquationKind } from '../../dissipators/index.js';
import { compileMatrixSource } from '../compile.js';
import { type PaperParameters, isOffResonance } from '../paper-parameters.js';
import type { SpectralDensity } from '../spectral.js';

/**
 * Source of M(ω, k) at the other parameters of p. In resonance ω is the argument; out of resonance
 * (ω_h ≠ ω_c) the general model is used with ω_h, ω_c fixed and the ω argument ignored.
 */
export function paperMatrixSource(equation: EquationKind, order: MomentOrder, p: PaperParameters, spectral?: SpectralDensity): { size: number; source: string } {
  const offResonance = isOffResonance(p);
  const model = offResonance ? generalPair() : resonantPair();
  const matrix = totalMatrix(deriveMoments({ model, equation, order, basis: 'local' }));
  const source = compileMatrixSource({
    model,
    matrix,
    // The rates see the thermal frequency k_BT/ħ (docs/conventions.md, "Where ħ enters"); M has no other ħ.
    baths: new Map([['h', { temperature: p.Th / (p.hbar ?? 1), lambda2: p.lambdaH2 }], ['c', { temperature: p.Tc / (p.hbar ?? 1), lambda2: p.lambdaC2 }]]),
    cutoff: p.cutoff,
    ...(spectral?.source ? { rates: spectral.source } : {}),
    parameters: offResonance
      ? new Map<string, 'omega' | 'k' | number>([['omega_h', p.omegaH!], ['omega_c', p.omegaC!], ['k', 'k']])
      : new Map<string, 'omega' | 'k' | number>([['omega', 'omega'], ['k', 'k']]),
  });
  return { size: matrix.length, source };
}
