/** Read a transcription's text into exact scalars of a model's algebra. */
import { type Scalar, type ScalarAlgebra } from '../algebra/index.js';
import { parseScalar } from '../algebra/parse.js';
import type { PrintedMatrix, PrintedVector } from './printed.js';

export function printedMatrix(p: PrintedMatrix, scalars: ScalarAlgebra): Scalar[][] {
  const factor = parseScalar(p.factor, scalars);
  return p.entries.map((row) => row.map((e) => scalars.mul(factor, parseScalar(e, scalars))));
}

export function printedVector(p: PrintedVector, scalars: ScalarAlgebra): Scalar[] {
  return p.entries.map((e) => parseScalar(e, scalars));
}
