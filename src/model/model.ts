/**
 * A model: N resonators H_S = Σ_α (p_α²/2 + ω_α² x_α²/2) + Σ couplings, and baths attached
 * through x of one mode each. Built only by `model()`, which validates it.
 */
import type { ScalarAlgebra } from '../algebra/index.js';
import { ModelError } from './model-error.js';
import type { SymbolDefinition } from './definitions.js';
import type { NormalModes } from './normal-modes.js';

export interface Mode {
  /** Label used in names, e.g. "h" gives x_h. */
  readonly label: string;
  /** Symbol name of ω_α. */
  readonly frequency: string;
}

export type CouplingKind = 'xx' | 'pp' | 'xp' | 'hop';

export interface Coupling {
  readonly a: number;
  readonly b: number;
  /**
   * H_S gains strength · q_a q_b with q = x or p as the kind says (x_a p_b for 'xp'); 'hop' is
   * strength · (a_a† a_b + a_b† a_a) = strength · (r x_a x_b + p_a p_b / r), r = √(ω_a ω_b).
   */
  readonly kind: CouplingKind;
  /** Symbol name of the strength. */
  readonly strength: string;
  /** For 'hop': the symbol of r = √(ω_a ω_b), a relation of the model's scalars. */
  readonly root?: string;
}

export interface Bath {
  readonly label: string;
  readonly mode: number;
}

export interface Model {
  readonly kind: 'model';
  readonly name: string;
  readonly modes: readonly Mode[];
  readonly couplings: readonly Coupling[];
  readonly baths: readonly Bath[];
  readonly scalars: ScalarAlgebra;
  readonly definitions: readonly SymbolDefinition[];
  /** Present for models whose normal modes are known in closed form (the two-resonator presets). */
  readonly normalModes: NormalModes | null;
  readonly resonant: boolean;
  /** Shorthands the model declares for printing (eq. 48's Δ̄_α, δ_α); never used in equality. */
  readonly shorthands?: readonly Shorthand[];
}

/**
 * A printing shorthand: the pair of symbols a, b written through mean = (a + b)/2 and
 * difference = (a − b)/2 (a = mean + difference, b = mean − difference) where that is shorter.
 */
export interface Shorthand {
  readonly kind: 'mean-difference';
  readonly a: string;
  readonly b: string;
  readonly mean: { readonly name: string; readonly latex: string };
  readonly difference: { readonly name: string; readonly latex: string };
}

export function model(spec: Omit<Model, 'kind'>): Model {
  const n = spec.modes.length;
  if (n < 1) throw new Error('model: at least one mode is needed');
  const labels = new Set(spec.modes.map((m) => m.label));
  if (labels.size !== n) throw new Error('model: mode labels must be distinct');
  for (const c of spec.couplings) {
    if (![c.a, c.b].every((i) => Number.isInteger(i) && i >= 0 && i < n)) throw new Error(`model: coupling ${c.a}-${c.b} names a missing mode`);
    if (c.a === c.b) throw new Error('model: a coupling joins two different modes');
    if (c.kind === 'hop' && (c.root === undefined || !spec.scalars.relations.has(c.root))) throw new Error(`model: the hop coupling ${c.a}-${c.b} needs its root √(ω_a ω_b) as a relation`);
  }
  const bathLabels = new Set<string>();
  for (const b of spec.baths) {
    if (!Number.isInteger(b.mode) || b.mode < 0 || b.mode >= n) throw new Error(`model: bath ${b.label} is attached to a missing mode`);
    if (bathLabels.has(b.label)) throw new ModelError(`model: bath label ${b.label} is used twice`);
    bathLabels.add(b.label);
  }
  if (spec.normalModes && n !== spec.normalModes.frequencies.length) throw new Error('model: normal modes do not match the modes');
  return Object.freeze({ kind: 'model', ...spec });
}
