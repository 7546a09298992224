/**
 * κ(V) of a real matrix with automatic choice of precision: double
 * precision when it resolves κ (see ep-witness.ts for the criterion),
 * otherwise the double-double path of extended-precision-eigenbasis.ts.
 */
import { epWitness } from './ep-witness.js';
import { extendedPrecisionEigenbasis } from './extended-precision-eigenbasis.js';
import type { RealSquareMatrix } from './square-matrix.js';

export type PrecisionChoice = 'double' | 'extended' | 'auto';

export interface EigenbasisCondition {
  readonly kappa: number;
  /** Whether the precision used resolves κ (relative error well below 1e-2). */
  readonly resolved: boolean;
  readonly precision: 'double' | 'extended';
  readonly minimumEigenvalueGap: number;
}

export function eigenbasisCondition(matrix: RealSquareMatrix, precision: PrecisionChoice = 'auto'): EigenbasisCondition {
  if (precision !== 'extended') {
    const witness = epWitness(matrix);
    if (precision === 'double' || witness.resolved) {
      return {
        kappa: witness.kappa,
        resolved: witness.resolved,
        precision: 'double',
        minimumEigenvalueGap: witness.minimumEigenvalueGap,
      };
    }
  }
  const extended = extendedPrecisionEigenbasis(matrix);
  return {
    kappa: extended.kappa,
    resolved: extended.resolved,
    precision: 'extended',
    minimumEigenvalueGap: extended.minimumEigenvalueGap,
  };
}
