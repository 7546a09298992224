/**
 * The exact exceptional line of the local first-moment matrix, derived symbolically
 * (verify/exceptional-lines.ts: k = ±(ω/2)|Δ_h − Δ_c|, eq. 36) and lowered with the rates of the
 * spectral density; compared with eq. 37's simpler k = ±(ω/2)|λ_h² − λ_c²|.
 */
import { resonantPair } from '../../model/index.js';
import { deriveMoments, totalMatrix } from '../../moments/index.js';
import { characteristicPolynomial } from '../../moments/characteristic.js';
import { exceptionalLine } from '../../moments/exceptional-line.js';
import { evaluateScalar } from '../evaluate.js';
import { type PaperParameters, isOffResonance } from '../paper-parameters.js';
import { InputError } from '../input-error.js';
import type { SpectralDensity } from '../spectral.js';
import { lowerPaperModel } from './paper-lowering.js';
import type { Scalar } from '../../algebra/index.js';

/** The symbolic line k(ω) = ±(…) of M_L,1, derived once per call. */
export function localExceptionalLineSymbolic(): Scalar {
  const model = resonantPair();
  const line = exceptionalLine(model.scalars, characteristicPolynomial(model.scalars, totalMatrix(deriveMoments({ model, equation: 'local', order: 1, basis: 'local' }))));
  if (line.kind !== 'closed-form') throw new Error(`no closed-form exceptional line: ${line.reason}`);
  return line.k;
}

export interface LoweredExceptionalLine {
  /** |k*| on the exact line at this ω. */
  readonly k: number;
  /** Eq. 37: (ω/2)|λ_h² − λ_c²|. */
  readonly eq37: number;
  /** The ratio of the exact line to eq. 37 (Λ²/(ω² + Λ²) for the Ohmic–algebraic density). */
  readonly ratio: number;
}

export function lowerExceptionalLine(line: Scalar, p: PaperParameters, spectral?: SpectralDensity): LoweredExceptionalLine {
  const { values } = lowerPaperModel({ ...p, k: 0 }, spectral);
  const k = Math.abs(evaluateScalar(line, values));
  const eq37 = (p.omega / 2) * Math.abs(p.lambdaH2 - p.lambdaC2);
  return { k, eq37, ratio: eq37 > 0 ? k / eq37 : k === 0 ? 1 : Number.POSITIVE_INFINITY };
}

/** k on the exceptional line at the parameters' ω (for `--k ep`); refuses where there is none. */
export function kOnExceptionalLine(p: PaperParameters, spectral?: SpectralDensity): number {
  if (isOffResonance(p)) throw new InputError('--k', 'ep: out of resonance there is no exceptional line (App. C); give --k a number');
  const k = lowerExceptionalLine(localExceptionalLineSymbolic(), p, spectral).k;
  if (k === 0) throw new InputError('--k', 'ep: Δ_h = Δ_c at these parameters, so there is no exceptional point; give --k a number');
  return k;
}
