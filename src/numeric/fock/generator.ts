/**
 * Schrödinger-picture generator 𝓛(ρ) = −i[H_S, ρ] + Σ_α D_α(ρ), with the one kernel of
 * docs/conventions.md:
 *
 *   D_α(ρ) = ½ Σ_{(ω, ω')} γ_ω (A_ω ρ A_ω'† − A_ω'† A_ω ρ + A_ω' ρ A_ω† − ρ A_ω† A_ω').
 *
 * The last two terms are the adjoint of the first two, so each pair contributes X + X† with
 * X = A_ω ρ A_ω'† − A_ω'† A_ω ρ. Pairs are those of one sign with |ω − ω′| ≤ cutoff, and those
 * of one frequency class (channels.ts) always: cutoff 0 is local/global (degenerate normal modes
 * grouped), ∞ is partial Redfield (eq. D.3), anything between partial-secular.
 */
import { type CMatrix, adjoint, add, commutator, mul, scale, sub, zeros } from './complex-matrix.js';
import type { BathChannels, Channel, DissipatorSpec, PairRule } from './channels.js';

function pairsOf(channels: readonly Channel[], rule: PairRule): Array<readonly [Channel, Channel]> {
  const out: Array<readonly [Channel, Channel]> = [];
  for (const c of channels) {
    for (const d of channels) {
      if (Math.sign(c.frequency) !== Math.sign(d.frequency)) continue;
      if (c.group === d.group || (rule.cutoff > 0 && Math.abs(c.frequency - d.frequency) <= rule.cutoff)) out.push([c, d]);
    }
  }
  return out;
}

/** D_α(ρ) for one bath. */
export function bathDissipator(rho: CMatrix, bath: BathChannels, rule: PairRule): CMatrix {
  let acc = zeros(rho.n);
  for (const [c, d] of pairsOf(bath.channels, rule)) {
    if (c.rate === 0) continue;
    const dDag = adjoint(d.op);
    const X = sub(mul(mul(c.op, rho), dDag), mul(mul(dDag, c.op), rho));
    acc = add(acc, scale(add(X, adjoint(X)), c.rate / 2));
  }
  return acc;
}

/** Σ_α D_α(ρ). */
export function dissipator(rho: CMatrix, spec: DissipatorSpec): CMatrix {
  let acc = zeros(rho.n);
  for (const bath of spec.baths) acc = add(acc, bathDissipator(rho, bath, spec.pairs));
  return acc;
}

/** −i[H, ρ]. */
export function coherentPart(rho: CMatrix, H: CMatrix): CMatrix {
  return scale(commutator(H, rho), { re: 0, im: -1 });
}

export interface GeneratorResult {
  /** 𝓛(ρ). */
  readonly full: CMatrix;
  /** Σ_α D_α(ρ). */
  readonly dissipative: CMatrix;
}

export function applyGenerator(rho: CMatrix, H: CMatrix, spec: DissipatorSpec): GeneratorResult {
  const dissipative = dissipator(rho, spec);
  return { full: add(coherentPart(rho, H), dissipative), dissipative };
}
