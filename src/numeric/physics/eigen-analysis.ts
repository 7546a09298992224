/**
 * Eigenvalues, the EP witness κ(V) (eq. 24) and phase rigidities (eqs. 21–23) of a lowered M.
 * Double precision where it resolves κ; otherwise (near an exceptional point) the double-double
 * path, and `kappaResolved` says whether even that resolves it.
 */
import { realSquareMatrixFromRows } from '../linalg/square-matrix.js';
import { eigenDecompose } from '../linalg/eigen.js';
import { eigenbasisCondition } from '../linalg/eigenbasis-condition.js';
import { extendedPrecisionEigenbasis } from '../linalg/extended-precision-eigenbasis.js';
import { phaseRigidities } from '../linalg/phase-rigidity.js';

export interface EigenAnalysis {
  readonly eigenvalues: { re: number; im: number }[];
  readonly kappa: number;
  readonly kappaResolved: boolean;
  readonly precision: 'double' | 'extended';
  readonly phaseRigidity: number[];
}

export function analyseMatrix(rows: readonly (readonly number[])[]): EigenAnalysis {
  const matrix = realSquareMatrixFromRows(rows);
  const condition = eigenbasisCondition(matrix, 'auto');
  if (condition.precision === 'extended') {
    const extended = extendedPrecisionEigenbasis(matrix);
    return {
      eigenvalues: Array.from(extended.valuesRe, (re, i) => ({ re, im: extended.valuesIm[i]! })),
      kappa: extended.kappa,
      kappaResolved: extended.resolved,
      precision: 'extended',
      phaseRigidity: Array.from(extended.phaseRigidities),
    };
  }
  const eig = eigenDecompose(matrix);
  return {
    eigenvalues: Array.from(eig.valuesRe, (re, i) => ({ re, im: eig.valuesIm[i]! })),
    kappa: condition.kappa,
    kappaResolved: condition.resolved,
    precision: 'double',
    phaseRigidity: Array.from(phaseRigidities(matrix)),
  };
}
