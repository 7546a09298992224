/**
 * Where along k (at fixed ω) a lowered moment matrix has exceptional points, numerically: scan
 * |k| on a logarithmic grid (EPs of these models sit at k ~ λ², many decades below ω²), bracket
 * each local minimum of the eigenvalue gap, refine it (numeric/ep/ep-finder), and keep the minima
 * where κ(V) diverges.
 */
import { InputError } from '../input-error.js';
import type { MomentOrder } from '../../moments/index.js';
import type { EquationKind } from '../../dissipators/index.js';
import { compileMatrixFiller } from '../ep/matrix-filler.js';
import { paperMatrixSource } from './paper-matrix-source.js';
import { findExceptionalPoints } from '../ep/ep-finder.js';
import { createEpWitnessWorkspace, evaluateEpWitnessInto } from '../linalg/ep-witness.js';
import { type PaperParameters, isOffResonance, paperModel } from '../paper-parameters.js';
import { lowerMoments } from '../lower.js';
import { epReport } from './ep-analysis.js';
import type { SpectralDensity } from '../spectral.js';
import type { Scalar } from '../../algebra/index.js';
import { localExceptionalLineSymbolic, lowerExceptionalLine } from './exceptional-line.js';

export { paperMatrixSource } from './paper-matrix-source.js';

export interface EpSearchOptions {
  /** Grid points per sign of k (default 400). */
  readonly samples?: number;
  /** κ above which a gap minimum counts as an EP (default 1e4). */
  readonly kappaThreshold?: number;
}

/**
 * The two-resonator first-moment matrix has few exceptional points along k (the paper's ±k*); more
 * candidates than this are rounding noise in the eigenvalue gaps, and the search stops.
 */
const EP_COUNT_LIMIT = 8;

export function exceptionalPointsAlongK(equation: EquationKind, order: MomentOrder, p: PaperParameters, options: EpSearchOptions = {}, spectral?: SpectralDensity): number[] {
  const { size, source } = paperMatrixSource(equation, order, p, spectral);
  const fill = compileMatrixFiller(source);
  const samples = options.samples ?? 400;
  const threshold = options.kappaThreshold ?? 1e4;
  const kMax = 0.999 * (isOffResonance(p) ? p.omegaH! * p.omegaC! : p.omega * p.omega);
  const kMin = 1e-14 * kMax;
  const matrix = new Float64Array(size * size);
  const ws = createEpWitnessWorkspace(size);
  const found: number[] = [];
  for (const sign of [1, -1]) {
    const ks = Array.from({ length: samples }, (_, i) => sign * kMin * (kMax / kMin) ** (i / (samples - 1)));
    const gaps = ks.map((k) => {
      fill(matrix, p.omega, k);
      evaluateEpWitnessInto(ws, matrix);
      return ws.minimumGap;
    });
    for (let i = 1; i + 1 < samples; i++) {
      if (!(gaps[i]! <= gaps[i - 1]! && gaps[i]! <= gaps[i + 1]!)) continue;
      const [a, b] = [ks[i - 1]!, ks[i + 1]!].sort((x, y) => x - y) as [number, number];
      for (const e of findExceptionalPoints({ size, omega: p.omega, kMin: a, kMax: b, filler: source, samples: 41, kappaThreshold: threshold })) {
        if (!found.some((k) => Math.abs(k - e.k) <= 1e-9 * Math.abs(e.k))) found.push(e.k);
        if (found.length > EP_COUNT_LIMIT) {
          throw new InputError(isOffResonance(p) ? '--omega-h, --omega-c' : '--omega', `more than ${EP_COUNT_LIMIT} exceptional-point candidates along k at these parameters: the eigenvalue gaps are rounding noise here, so none can be located`);
        }
      }
    }
  }
  return found.sort((x, y) => x - y);
}

export type ExceptionalPoints =
  /** The local equation in resonance: the line derived from M_L,1, lowered, and eq. 37 beside it. */
  | { readonly kind: 'closed-form'; readonly k: number[]; readonly line: Scalar; readonly eq37: number; readonly ratio: number }
  /** Every other case: the numeric search along k. */
  | { readonly kind: 'numeric'; readonly k: number[] };

/** The k of every exceptional point of the first-moment matrix at the given ω (or ω_h, ω_c). */
export function exceptionalPointsAt(equation: EquationKind, p: PaperParameters, spectral?: SpectralDensity): ExceptionalPoints {
  if (equation === 'local' && !isOffResonance(p)) {
    const line = localExceptionalLineSymbolic();
    const lowered = lowerExceptionalLine(line, p, spectral);
    return { kind: 'closed-form', k: lowered.k === 0 ? [] : [-lowered.k, lowered.k], line, eq37: lowered.eq37, ratio: lowered.ratio };
  }
  return { kind: 'numeric', k: exceptionalPointsAlongK(equation, 1, p, {}, spectral) };
}

/** The second-moment matrix at one exceptional point of the first moments (App. B: the same k). */
export interface SecondMomentExceptionalPoint {
  readonly k: number;
  /** The `ep` verdict on M_2 at k (numeric/physics/ep-analysis.ts). */
  readonly verdict: string;
  /** Largest Jordan block of M_2 at k (3 at an EP of order 2 of M_1); null when M_2 is not defective there. */
  readonly order: number | null;
  /** Jordan block sizes of each defective cluster of M_2. */
  readonly jordanBlocks: number[][];
}

/**
 * Exceptional points of the second moments: App. B says M_2 has its EPs where M_1 has them, so
 * the candidates are M_1's (closed form or numeric search, as exceptionalPointsAt), and each is
 * checked on M_2 itself: its clusters, Jordan blocks and EP order at that k.
 */
export function secondMomentExceptionalPointsAt(equation: EquationKind, p: PaperParameters, spectral?: SpectralDensity): { readonly first: ExceptionalPoints; readonly second: SecondMomentExceptionalPoint[] } {
  const first = exceptionalPointsAt(equation, p, spectral);
  const second = first.k.map((k) => {
    const report = epReport(lowerMoments({ model: paperModel({ ...p, k }), equation, order: 2, basis: 'local', ...(spectral === undefined ? {} : { spectral }) }).M);
    return {
      k,
      verdict: report.verdict,
      order: report.exceptionalPointOrder,
      jordanBlocks: report.clusters.filter((c) => c.verdict === 'defective').map((c) => c.jordanBlocks),
    };
  });
  return { first, second };
}
