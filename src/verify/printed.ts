/**
 * The shape of a transcription of what the paper prints. Expressions are plain text in the
 * symbol names of docs/conventions.md, parseable by mathjs (e.g. "(Delta_h_Omega1 + Delta_c_Omega1)/4").
 * Transcriptions are claims: they are typed as printed, errors included, and never edited to
 * match a derivation.
 */
import type { EquationKind } from '../dissipators/index.js';
import type { FrameKind as BasisKind } from '../model/index.js';
import type { MomentOrder } from '../moments/index.js';

interface PrintedBase {
  /** Equation label as printed, e.g. "34", "48b", "B.5". */
  readonly label: string;
  /** Free-text remark on how the print was read (ambiguities, shorthands expanded). */
  readonly note?: string;
}

/** A moment matrix M (or a term M^(n) of its k-expansion) as printed. */
export interface PrintedMatrix extends PrintedBase {
  readonly kind: 'matrix';
  readonly equation: EquationKind;
  readonly order: MomentOrder;
  readonly basis: BasisKind;
  readonly resonant: boolean;
  /** Overall factor printed in front of the matrix, e.g. "1/2"; "1" if none. */
  readonly factor: string;
  /** Rows of entries, as printed (inside the factor). */
  readonly entries: readonly (readonly string[])[];
  /** Set for a printed term of the k-expansion: the power of k it multiplies (eq. 47: 0). */
  readonly expansionOrder?: number;
}

/** A constant vector c of dθ/dt = Mθ + c, as printed. */
export interface PrintedVector extends PrintedBase {
  readonly kind: 'vector';
  readonly equation: EquationKind;
  readonly order: MomentOrder;
  readonly basis: BasisKind;
  readonly resonant: boolean;
  readonly entries: readonly string[];
}

/** A heat current ⟨D_α†(H_S)⟩ (eq. 51) as a linear function of moments plus a constant. */
export interface PrintedHeatCurrent extends PrintedBase {
  readonly kind: 'heat';
  readonly equation: EquationKind;
  readonly bath: 'h' | 'c';
  readonly basis: BasisKind;
  readonly resonant: boolean;
  /** Coefficient of each second moment, keyed by basis name from docs/conventions.md. */
  readonly terms: Readonly<Record<string, string>>;
  readonly constant: string;
}

/** A printed scalar identity "lhs = rhs" (e.g. eq. 40: Omega1^2 = omega^2 + k). */
export interface PrintedIdentity extends PrintedBase {
  readonly kind: 'identity';
  readonly resonant: boolean;
  readonly lhs: string;
  readonly rhs: string;
}

/** A printed polynomial condition "expr = 0" on the parameters (e.g. eq. 36). */
export interface PrintedCondition extends PrintedBase {
  readonly kind: 'condition';
  readonly equation: EquationKind;
  readonly order: MomentOrder;
  readonly resonant: boolean;
  readonly expression: string;
}

export type PrintedEquation =
  | PrintedMatrix
  | PrintedVector
  | PrintedHeatCurrent
  | PrintedIdentity
  | PrintedCondition;
