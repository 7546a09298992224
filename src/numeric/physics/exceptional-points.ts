/**
 * Where along k (at fixed ω) a lowered moment matrix has exceptional points, numerically: scan
 * |k| on a logarithmic grid (EPs of these models sit at k ~ λ², many decades below ω²), bracket
 * each local minimum of the eigenvalue gap, refine it (numeric/ep/ep-finder), and keep the minima
 * where κ(V) diverges.
 */
import { resonantPair } from '../../model/index.js';
import { deriveMoments, totalMatrix, type MomentOrder } from '../../moments/index.js';
import type { EquationKind } from '../../dissipators/index.js';
import { compileMatrixSource } from '../compile.js';
import { compileMatrixFiller } from '../ep/matrix-filler.js';
import { findExceptionalPoints } from '../ep/ep-finder.js';
import { createEpWitnessWorkspace, evaluateEpWitnessInto } from '../linalg/ep-witness.js';
import type { PaperParameters } from '../paper-parameters.js';

/** Source of M(ω, k) of the resonant model at the other parameters of p. */
export function paperMatrixSource(equation: EquationKind, order: MomentOrder, p: PaperParameters): { size: number; source: string } {
  const model = resonantPair();
  const matrix = totalMatrix(deriveMoments({ model, equation, order, basis: 'local' }));
  const source = compileMatrixSource({
    model,
    matrix,
    baths: new Map([['h', { temperature: p.Th, lambda2: p.lambdaH2 }], ['c', { temperature: p.Tc, lambda2: p.lambdaC2 }]]),
    cutoff: p.cutoff,
    parameters: new Map([['omega', 'omega'], ['k', 'k']]),
  });
  return { size: matrix.length, source };
}

export interface EpSearchOptions {
  /** Grid points per sign of k (default 400). */
  readonly samples?: number;
  /** κ above which a gap minimum counts as an EP (default 1e4). */
  readonly kappaThreshold?: number;
}

export function exceptionalPointsAlongK(equation: EquationKind, order: MomentOrder, p: PaperParameters, options: EpSearchOptions = {}): number[] {
  const { size, source } = paperMatrixSource(equation, order, p);
  const fill = compileMatrixFiller(source);
  const samples = options.samples ?? 400;
  const threshold = options.kappaThreshold ?? 1e4;
  const kMax = 0.999 * p.omega * p.omega;
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
      }
    }
  }
  return found.sort((x, y) => x - y);
}
