/**
 * The data of Fig. 3 at the paper's parameters (Fig. 2's baths, ω = 1): (a) steady heat currents
 * against k for the local and global equations, (b) phase rigidities against k, (c) the transient
 * Q̇_h(t) of the three equations at the exceptional point, from the product of local thermal states.
 */
import type { EquationKind } from '../../dissipators/index.js';
import { lowerMoments } from '../lower.js';
import { paperModel, type PaperParameters } from '../paper-parameters.js';
import { heatDynamics, deriveHeatSystem } from './heat-dynamics.js';
import { resonantPair } from '../../model/index.js';
import { deriveMoments, totalMatrix } from '../../moments/index.js';
import { evaluateMatrix } from '../evaluate.js';
import { lowerPaperModel } from './paper-lowering.js';
import { analyseMatrix } from './eigen-analysis.js';
import { localExceptionalLineSymbolic, lowerExceptionalLine } from './exceptional-line.js';

export interface Series {
  readonly equation: EquationKind;
  readonly x: number[];
  readonly y: number[];
}

export interface Fig3Data {
  readonly kStar: number;
  readonly steady: { readonly Qh: Series[]; readonly Qc: Series[] };
  readonly rigidity: Series[];
  readonly transient: { readonly series: Series[]; readonly steadyQh: number };
}

export function fig3Data(parameters: PaperParameters, points = 81): Fig3Data {
  const kStar = lowerExceptionalLine(localExceptionalLineSymbolic(), parameters).k;
  const ks = Array.from({ length: points }, (_, i) => (3 * kStar * (i + 1)) / points);
  const model = resonantPair();
  const steadyOf = (equation: EquationKind) => {
    const derived = deriveHeatSystem(model, equation);
    return ks.map((k) => heatDynamics({ parameters: { ...parameters, k }, equation, times: [], derived }).steady);
  };
  const steady = (['local', 'global'] as const).map((equation) => ({ equation, values: steadyOf(equation) }));
  // The two eigenvectors that coalesce at the EP share the smallest phase rigidity.
  const rigidity = (['local', 'global'] as const).map((equation) => ({
    equation,
    x: ks,
    y: rigidities(equation, ks, parameters),
  }));
  const atEp = { ...parameters, k: kStar };
  const horizon = 8 / Math.abs(lowerMoments({ model: paperModel(atEp), equation: 'local', order: 1, basis: 'local' }).M[3]![3]!);
  const times = Array.from({ length: 241 }, (_, i) => (horizon * i) / 240);
  const transients = (['local', 'global', 'redfield'] as const).map((equation) => ({ equation, result: heatDynamics({ parameters: atEp, equation, times }) }));
  return {
    kStar,
    steady: {
      Qh: steady.map((s) => ({ equation: s.equation, x: ks, y: s.values.map((v) => v.Qh) })),
      Qc: steady.map((s) => ({ equation: s.equation, x: ks, y: s.values.map((v) => v.Qc) })),
    },
    rigidity,
    transient: { series: transients.map((t) => ({ equation: t.equation, x: times, y: t.result.Qh })), steadyQh: transients[2]!.result.steady.Qh },
  };
}

/** The smallest phase rigidity of M_1 at each k (`smallestRigidity`: defined at every k), deriving M_1 once. */
function rigidities(equation: EquationKind, ks: readonly number[], parameters: PaperParameters): number[] {
  const M = totalMatrix(deriveMoments({ model: resonantPair(), equation, order: 1, basis: 'local' }));
  return ks.map((k) => analyseMatrix(evaluateMatrix(M, lowerPaperModel({ ...parameters, k }).values)).smallestRigidity);
}
