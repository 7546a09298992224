/**
 * How symbols are written in LaTeX. The default follows the paper; any symbol can be
 * overridden (e.g. write Δ_ω^(h) as \gamma_h, or restore ħ in a frequency).
 */
import type { ScalarAlgebra } from '../algebra/index.js';
import type { Model, Shorthand } from '../model/index.js';

export interface Notation {
  readonly overrides: ReadonlyMap<string, string>;
  /**
   * Restore ħ where [x, p] = iħ and the Bose factor put it (docs/conventions.md, "Where ħ enters"):
   * the constant vector c and the constants of the heat currents carry a factor ħ, and the rates'
   * Bose factors read ħf/k_BT. M, the frequencies and every other symbol are unchanged.
   */
  readonly hbar?: boolean;
  /**
   * The model's algebra, when known: LaTeX then writes each value in the model's own symbols
   * (Ω_1² rather than ω² + k; render/scalar-presentation.ts). Printing never changes a value.
   */
  readonly algebra?: ScalarAlgebra;
  /** The model's printing shorthands (eq. 48's Δ̄_α, δ_α), tried where they make a value shorter. */
  readonly shorthands?: readonly Shorthand[];
}

/** The factor a constant term carries in this notation: `\hbar ` with ħ restored, else nothing. */
export function constantFactor(notation: Notation): string {
  return notation.hbar ? '\\hbar\\, ' : '';
}

/** The notation with the model's algebra and shorthands, so that values are written in its declared symbols. */
export function inModelSymbols(notation: Notation, model: Pick<Model, 'scalars' | 'shorthands'>): Notation {
  const shorthands = model.shorthands ?? [];
  const overrides = new Map(notation.overrides);
  for (const h of shorthands) {
    for (const x of [h.mean, h.difference]) if (!overrides.has(x.name)) overrides.set(x.name, x.latex);
  }
  return { ...notation, overrides, algebra: model.scalars, shorthands };
}

export const DEFAULT_NOTATION: Notation = { overrides: new Map() };

export function notationWith(overrides: Readonly<Record<string, string>>): Notation {
  return { overrides: new Map(Object.entries(overrides)) };
}

const FIXED: Readonly<Record<string, string>> = {
  omega: '\\omega',
  omega_h: '\\omega_h',
  omega_c: '\\omega_c',
  k: 'k',
  sqrt2: '\\sqrt{2}',
  sinz: '\\sin\\zeta',
  cosz: '\\cos\\zeta',
  Rzeta: 'R',
  delta: '\\delta',
};

const PRIMES = ['', '\\prime', '\\prime\\prime', '\\prime\\prime\\prime'];

export function symbolLatex(name: string, notation: Notation = DEFAULT_NOTATION): string {
  const custom = notation.overrides.get(name);
  if (custom !== undefined) return custom;
  const fixed = FIXED[name];
  if (fixed !== undefined) return fixed;
  const omegaJ = /^Omega(\d+)$/.exec(name);
  if (omegaJ) return `\\Omega_{${omegaJ[1]}}`;
  const rate = /^(Delta|Sigma)_([A-Za-z0-9]+)_(.+?)(?:_d(\d+))?$/.exec(name);
  if (rate) {
    const [, kind, bath, freq, d] = rate;
    const m = Number(d ?? 0);
    const mark = m === 0 ? '' : m < PRIMES.length ? PRIMES[m]! : `(${m})`;
    return `\\${kind}^{(${bath})${mark}}_{${symbolLatex(freq!, notation)}}`;
  }
  const omegaMode = /^omega_([A-Za-z0-9]+)$/.exec(name);
  if (omegaMode) return `\\omega_{${omegaMode[1]}}`;
  const coupling = /^k_(xx|pp|xp)_([A-Za-z0-9]+)$/.exec(name);
  if (coupling) return `k^{${coupling[1]}}_{${coupling[2]}}`;
  const hop = /^k_hop_([A-Za-z0-9]+)$/.exec(name);
  if (hop) return `g_{${hop[1]}}`;
  const amplitude = /^([uvwz])_([A-Za-z0-9]+)_(\d+)$/.exec(name);
  if (amplitude) return `${amplitude[1]}_{${amplitude[2]},${amplitude[3]}}`;
  const hopRoot = /^r_([A-Za-z0-9]+)_([A-Za-z0-9]+)$/.exec(name);
  if (hopRoot) return `\\sqrt{\\omega_{${hopRoot[1]}}\\omega_{${hopRoot[2]}}}`;
  return `\\mathrm{${name.replace(/_/g, '\\_')}}`;
}
