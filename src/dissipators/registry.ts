/**
 * The master equations as values. One registry holds every name an equation goes by (its CLI
 * value, its LaTeX letter, its label in reports and exports, where the paper defines it), so a new
 * equation is one entry here. An equation value adds what the equation needs beyond its name:
 * partial-secular carries its cutoff and the numeric normal-mode frequencies it compares.
 */
import { ModelError } from '../model/index.js';

export type EquationKind = 'local' | 'global' | 'redfield' | 'partial-secular';

export interface EquationEntry {
  readonly kind: EquationKind;
  /** The value of --equation. */
  readonly cli: string;
  /** Subscript letter of M and c in LaTeX, e.g. \mathcal{L}. */
  readonly latexLetter: string;
  /** Short label for headings ("Local"). */
  readonly label: string;
  /** Long label for reports and exported code. */
  readonly description: string;
  /** Where the equation is defined in the paper. */
  readonly reference: string;
  /** Channels of the bare modes (local) or of the normal modes. */
  readonly channels: 'local' | 'normal';
}

export const EQUATION_REGISTRY: Readonly<Record<EquationKind, EquationEntry>> = Object.freeze({
  local: { kind: 'local', cli: 'local', latexLetter: '\\mathcal{L}', label: 'Local', description: 'local master equation (eq. 12)', reference: 'eq. 12', channels: 'local' },
  global: { kind: 'global', cli: 'global', latexLetter: '\\mathcal{G}', label: 'Global', description: 'global master equation (eq. 9)', reference: 'eq. 9', channels: 'normal' },
  redfield: { kind: 'redfield', cli: 'redfield', latexLetter: '\\mathcal{R}', label: 'Redfield', description: 'partial Redfield equation (eqs. 5, D.3; Lamb shift omitted)', reference: 'eqs. 5, A.15, D.3', channels: 'normal' },
  'partial-secular': { kind: 'partial-secular', cli: 'partial-secular', latexLetter: '\\mathcal{S}', label: 'Partial-secular', description: 'partial-secular equation (pairs of one sign with |ω − ω′| ≤ cutoff; Lamb shift omitted)', reference: 'between eqs. 9 and D.3', channels: 'normal' },
} satisfies Record<EquationKind, EquationEntry>);

/** Every equation, in registry order. */
export const ALL_EQUATIONS: readonly EquationKind[] = Object.freeze(Object.keys(EQUATION_REGISTRY) as EquationKind[]);
/** The paper's three equations (every preset derivation, figure and document iterates over these). */
export const EQUATIONS: readonly EquationKind[] = Object.freeze(['local', 'global', 'redfield'] as EquationKind[]);

export function isEquationKind(name: string): name is EquationKind {
  return Object.prototype.hasOwnProperty.call(EQUATION_REGISTRY, name);
}

/**
 * A master equation: its kind and its secular cutoff X (a pair (ω, ω′) of one bath is kept when
 * ω, ω′ have one sign and |ω − ω′| ≤ X). local and global have X = 0 (global groups exactly equal
 * Bohr frequencies, i.e. channels with one frequency symbol), redfield X = ∞.
 *
 * For 0 < X < ∞ the decision needs the values of the normal-mode frequencies: `bohrValues`
 * maps each frequency symbol to its number, supplied by the numeric stage. This is the one
 * place outside `numeric` where a float is compared, and it is inherent to partial-secular:
 * which pairs it keeps is a statement about the numbers.
 */
export interface MasterEquation {
  readonly kind: EquationKind;
  readonly secularCutoff: number;
  readonly bohrValues: ReadonlyMap<string, number> | null;
}

export function masterEquation(kind: EquationKind, options: { secularCutoff?: number; bohrValues?: ReadonlyMap<string, number> } = {}): MasterEquation {
  if (!isEquationKind(kind)) throw new ModelError(`unknown master equation ${String(kind)} (expected ${ALL_EQUATIONS.join(', ')})`);
  const given = options.secularCutoff;
  if (kind !== 'partial-secular' && given !== undefined) throw new ModelError(`--secular-cutoff belongs to --equation partial-secular, not ${kind}`);
  let cutoff: number;
  switch (kind) {
    case 'local':
    case 'global':
      cutoff = 0;
      break;
    case 'redfield':
      cutoff = Infinity;
      break;
    case 'partial-secular':
      if (given === undefined) throw new ModelError('--equation partial-secular needs --secular-cutoff X (X ≥ 0; 0 is global, above every gap is redfield)');
      if (!(given >= 0) || Number.isNaN(given)) throw new ModelError(`--secular-cutoff must be a non-negative number, got ${given}`);
      cutoff = given;
      break;
  }
  return Object.freeze({ kind, secularCutoff: cutoff, bohrValues: options.bohrValues ?? null });
}

/** An equation given by name or as a value, as a value (a bare 'partial-secular' is refused: it needs its cutoff). */
export function asMasterEquation(equation: EquationKind | MasterEquation): MasterEquation {
  return typeof equation === 'string' ? masterEquation(equation) : equation;
}
