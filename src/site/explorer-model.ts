/**
 * The computations behind the explorer (explorer.html), free of the DOM and of Node: it is bundled
 * for the browser by esbuild (src/site/browser/explorer.ts) and tested in Node.
 *
 * The symbolic work is done once, when the model is created: the first-moment matrices M_{D,1}
 * and the second-moment systems (M_{D,2}, c_{D,2}) of the three equations, their heat-current
 * forms (eq. 50), and the exact exceptional line of M_{L,1}. Each parameter change then only
 * lowers (evaluates the symbol definitions) and compiles M(ω, k) to a JavaScript filler.
 */
import { resonantPair, type Model } from '../model/index.js';
import type { Scalar } from '../algebra/index.js';
import { EQUATIONS, type EquationKind } from '../dissipators/index.js';
import { deriveMoments, deriveHeatCurrents, totalMatrix, totalConstant } from '../moments/index.js';
import { characteristicPolynomial } from '../verify/discriminant.js';
import { exceptionalLine } from '../verify/exceptional-lines.js';
import { compileMatrixSource } from '../numeric/compile.js';
import { compileMatrixFiller, type MatrixFiller } from '../numeric/ep/matrix-filler.js';
import { computeEpMapColumn, createEpMapColumnWorkspace } from '../numeric/ep/ep-map-columns.js';
import { evaluateDefinitions, evaluateMatrix, evaluateVector, evaluateScalar, type SymbolValues } from '../numeric/evaluate.js';
import { ohmicAlgebraic } from '../numeric/spectral.js';
import { paperModel, FIG2_PARAMETERS } from '../numeric/paper-parameters.js';
import { validateNumericModel } from '../numeric/model-bridge.js';
import { InputError } from '../numeric/input-error.js';
import { analyseMatrix } from '../numeric/physics/eigen-analysis.js';
import type { PaperParameters } from '../numeric/paper-parameters.js';
import { localThermalMoments } from '../numeric/physics/heat-dynamics.js';
import { createAffinePropagator, type PropagationMethod } from '../numeric/propagate/affine-propagator.js';
import { createEigenWorkspace, eigenDecomposeInto } from '../numeric/linalg/eigen.js';
import { realSquareMatrixFromRows } from '../numeric/linalg/square-matrix.js';

/** The explorer's physical parameters: the paper's, in resonance (Ohmic–algebraic J of eq. 19). */
export type ExplorerParameters = Omit<PaperParameters, 'omegaH' | 'omegaC'>;

export const PARAMETER_NAMES: Record<keyof ExplorerParameters, string> = {
  omega: 'ω',
  k: 'k',
  Th: 'T_h',
  Tc: 'T_c',
  lambdaH2: 'λ_h²',
  lambdaC2: 'λ_c²',
  cutoff: 'Λ',
};

const FLAG_NAMES: Record<string, keyof ExplorerParameters> = {
  '--omega-h': 'omega', '--omega-c': 'omega', '--omega': 'omega', '--k': 'k', '--Th': 'Th', '--Tc': 'Tc',
  '--lambda-h2': 'lambdaH2', '--lambda-c2': 'lambdaC2', '--cutoff': 'cutoff',
};

export interface Invalid {
  readonly parameter: keyof ExplorerParameters;
  readonly message: string;
}

const show = (x: number): string => (Number.isFinite(x) ? String(Number(x.toPrecision(6))) : String(x));

/** Why these parameters describe no stable physical system, or null if they do. */
export function invalidParameters(p: ExplorerParameters): Invalid | null {
  for (const key of Object.keys(PARAMETER_NAMES) as (keyof ExplorerParameters)[]) {
    if (!Number.isFinite(p[key])) return { parameter: key, message: `${PARAMETER_NAMES[key]} must be a finite number (got ${String(p[key])}).` };
  }
  if (!(p.omega > 0)) return { parameter: 'omega', message: `ω must be positive (got ${show(p.omega)}).` };
  if (!(p.Th > 0)) return { parameter: 'Th', message: `T_h must be positive (got ${show(p.Th)}): a bath at a non-positive temperature has no thermal state.` };
  if (!(p.Tc > 0)) return { parameter: 'Tc', message: `T_c must be positive (got ${show(p.Tc)}): a bath at a non-positive temperature has no thermal state.` };
  if (!(p.lambdaH2 >= 0)) return { parameter: 'lambdaH2', message: `λ_h² must be non-negative (got ${show(p.lambdaH2)}).` };
  if (!(p.lambdaC2 >= 0)) return { parameter: 'lambdaC2', message: `λ_c² must be non-negative (got ${show(p.lambdaC2)}).` };
  if (!(p.cutoff > 0)) return { parameter: 'cutoff', message: `Λ must be positive (got ${show(p.cutoff)}).` };
  if (!(Math.abs(p.k) < p.omega * p.omega)) {
    return {
      parameter: 'k',
      message: `Unstable: |k| = ${show(Math.abs(p.k))} ≥ ω² = ${show(p.omega * p.omega)}. The coupling makes H_S unbounded below (the normal-mode frequency Ω₂ = √(ω² − |k|) is not real); choose |k| < ω².`,
    };
  }
  try {
    validateNumericModel(paperModel(p));
  } catch (e) {
    if (e instanceof InputError) return { parameter: FLAG_NAMES[e.parameter] ?? 'k', message: e.message.replace(/^--[\w-]+: /, '') };
    throw e;
  }
  return null;
}

export interface Complex {
  readonly re: number;
  readonly im: number;
}

/** The (ω, k) window of the κ map and its grid. */
export interface MapWindow {
  readonly omegaMin: number;
  readonly omegaMax: number;
  readonly kMin: number;
  readonly kMax: number;
  readonly nOmega: number;
  readonly nK: number;
}

export interface KappaMap {
  readonly window: MapWindow;
  readonly omegas: Float64Array;
  readonly ks: Float64Array;
  /** log10 κ row-major over (k, ω): index = kIndex · nOmega + omegaIndex; NaN where |k| ≥ ω². */
  readonly log10Kappa: Float64Array;
  /** +k*(ω) on the ω grid: the exact exceptional line (and its mirror −k*). */
  readonly line: Float64Array;
}

export interface PointAnalysis {
  readonly kappa: number;
  readonly resolved: boolean;
  readonly precision: 'double' | 'extended';
  readonly eigenvalues: readonly Complex[];
  /** Largest real part of the eigenvalues (< 0: stable). */
  readonly growth: number;
}

export interface EigenSweep {
  readonly ks: Float64Array;
  /** Eigenvalues with Im μ > 0 along the sweep, per equation (local and Redfield). */
  readonly trajectories: Record<'local' | 'redfield', Complex[]>;
  readonly current: Record<'local' | 'redfield', Complex[]>;
  readonly kStar: number;
}

export type HeatCurve =
  | { readonly ok: true; readonly Qh: Float64Array; readonly steady: number; readonly method: PropagationMethod }
  | { readonly ok: false; readonly message: string };

export interface HeatTransients {
  readonly t: Float64Array;
  readonly curves: Record<EquationKind, HeatCurve>;
}

interface SecondOrder {
  readonly basis: string[];
  readonly M: Scalar[][];
  readonly c: Scalar[];
  readonly Qh: { readonly coefficients: readonly Scalar[]; readonly constant: Scalar };
}

/** The symbolic objects derived once, and the numeric work per parameter set. */
export class ExplorerModel {
  readonly model: Model;
  readonly firstOrder: Record<EquationKind, Scalar[][]>;
  readonly secondOrder: Record<EquationKind, SecondOrder>;
  /** k*(ω) of the exact exceptional line, symbolically (eq. 36). */
  readonly line: Scalar;
  /** Milliseconds spent deriving. */
  readonly derivationMs: number;
  private fillerCache: { key: string; fillers: Record<EquationKind, MatrixFiller> } | undefined;

  constructor() {
    const start = Date.now();
    const model = resonantPair();
    this.model = model;
    const first = {} as Record<EquationKind, Scalar[][]>;
    const second = {} as Record<EquationKind, SecondOrder>;
    for (const equation of EQUATIONS) {
      first[equation] = totalMatrix(deriveMoments({ model, equation, order: 1, basis: 'local' }));
      const eqs = deriveMoments({ model, equation, order: 2, basis: 'local' });
      const heat = deriveHeatCurrents({ model, equation, basis: 'local' });
      const h = heat.currents.find((c) => c.bath === 'h');
      if (!h) throw new Error('no heat current for bath h');
      second[equation] = { basis: eqs.basis.map((b) => b.name), M: totalMatrix(eqs), c: totalConstant(eqs), Qh: h.form };
    }
    this.firstOrder = first;
    this.secondOrder = second;
    const line = exceptionalLine(model.scalars, characteristicPolynomial(model.scalars, first.local));
    if (line.kind !== 'closed-form') throw new Error(`no closed-form exceptional line: ${line.reason}`);
    this.line = line.k;
    this.derivationMs = Date.now() - start;
  }

  /** Values of every symbol of the model (Ω_j, rates, …) at p. */
  values(p: ExplorerParameters): SymbolValues {
    return evaluateDefinitions(this.model.definitions, {
      parameters: new Map([['omega', p.omega], ['k', p.k]]),
      baths: new Map([['h', { temperature: p.Th, lambda2: p.lambdaH2 }], ['c', { temperature: p.Tc, lambda2: p.lambdaC2 }]]),
      cutoff: p.cutoff,
      spectral: ohmicAlgebraic(),
    });
  }

  /** |k*| on the exact exceptional line at frequency omega (default p.omega). */
  exceptionalK(p: ExplorerParameters, omega = p.omega): number {
    return Math.abs(evaluateScalar(this.line, this.values({ ...p, omega, k: 0 })));
  }

  /** Compiled M_{D,1}(ω, k) of the three equations at the bath parameters of p (cached). */
  fillers(p: ExplorerParameters): Record<EquationKind, MatrixFiller> {
    const key = [p.Th, p.Tc, p.lambdaH2, p.lambdaC2, p.cutoff].join('|');
    if (this.fillerCache?.key === key) return this.fillerCache.fillers;
    const baths = new Map([['h', { temperature: p.Th, lambda2: p.lambdaH2 }], ['c', { temperature: p.Tc, lambda2: p.lambdaC2 }]]);
    const fillers = {} as Record<EquationKind, MatrixFiller>;
    for (const equation of EQUATIONS) {
      const source = compileMatrixSource({
        model: this.model,
        matrix: this.firstOrder[equation],
        baths,
        cutoff: p.cutoff,
        parameters: new Map([['omega', 'omega'], ['k', 'k']]),
      });
      fillers[equation] = compileMatrixFiller(source);
    }
    this.fillerCache = { key, fillers };
    return fillers;
  }

  /**
   * The default window: ω from ω/5 to 2ω (Fig. 2 at ω = 1), k symmetric and wide enough for the
   * whole exceptional line over those ω (it need not grow with ω: with a small cutoff Λ it peaks)
   * and for the current point.
   */
  mapWindow(p: ExplorerParameters, nOmega = 150, nK = 110): MapWindow {
    const omegaMin = p.omega / 5;
    const omegaMax = 2 * p.omega;
    let lineMax = 0;
    for (let i = 0; i <= 24; i++) lineMax = Math.max(lineMax, this.exceptionalK(p, omegaMin + ((omegaMax - omegaMin) * i) / 24));
    let K = Math.max(lineMax, 1.25 * Math.abs(p.k));
    if (!(K > 0)) K = 1e-3 * omegaMax * omegaMax;
    return { omegaMin, omegaMax, kMin: -K, kMax: K, nOmega, nK };
  }

  /** log10 κ(V) of M_{D,1} over the window, and the exact exceptional line on its ω grid. */
  kappaMap(equation: EquationKind, p: ExplorerParameters, window: MapWindow): KappaMap {
    const { nOmega, nK } = window;
    const omegas = Float64Array.from({ length: nOmega }, (_, i) => window.omegaMin + ((window.omegaMax - window.omegaMin) * i) / (nOmega - 1));
    const ks = Float64Array.from({ length: nK }, (_, j) => window.kMin + ((window.kMax - window.kMin) * j) / (nK - 1));
    const log10Kappa = new Float64Array(nOmega * nK);
    const resolution = new Uint8Array(nOmega * nK);
    const filler = this.fillers(p)[equation];
    const grid = { n: 4, omegas, ks, filler, refineUnresolved: false, log10Kappa, resolution };
    const ws = createEpMapColumnWorkspace(4);
    for (let i = 0; i < nOmega; i++) computeEpMapColumn(ws, grid, i);
    for (let j = 0; j < nK; j++) {
      for (let i = 0; i < nOmega; i++) if (!(Math.abs(ks[j]!) < omegas[i]! * omegas[i]!)) log10Kappa[j * nOmega + i] = Number.NaN;
    }
    const line = Float64Array.from(omegas, (omega) => this.exceptionalK(p, omega));
    return { window, omegas, ks, log10Kappa, line };
  }

  /** κ(V), eigenvalues and stability of M_{D,1} at (ω, k), with double-double precision near an EP. */
  point(equation: EquationKind, p: ExplorerParameters): PointAnalysis {
    const n = 4;
    const data = new Float64Array(n * n);
    this.fillers(p)[equation](data, p.omega, p.k);
    const rows = Array.from({ length: n }, (_, i) => Array.from(data.subarray(i * n, (i + 1) * n)));
    const a = analyseMatrix(rows);
    return {
      kappa: a.kappa,
      resolved: a.kappaResolved,
      precision: a.precision,
      eigenvalues: a.eigenvalues,
      growth: Math.max(...a.eigenvalues.map((e) => e.re)),
    };
  }

  /** Eigenvalues of M_{L,1} and M_{R,1} with Im μ > 0 as |k| sweeps through the EP (sign of p.k). */
  eigenSweep(p: ExplorerParameters, samples = 240): EigenSweep {
    const kStar = this.exceptionalK(p);
    const limit = 0.98 * p.omega * p.omega;
    const kMax = Math.min(limit, Math.max(2 * kStar, 1.25 * Math.abs(p.k), 1e-12));
    const values: number[] = [];
    for (let i = 0; i <= samples; i++) values.push((kMax * i) / samples);
    if (kStar > 0 && kStar < kMax) {
      for (let i = 0; i <= 60; i++) {
        const d = 10 ** (-6 + (5.7 * i) / 60);
        values.push(kStar * (1 - d), kStar * (1 + d));
      }
      values.push(kStar);
    }
    const sign = p.k < 0 ? -1 : 1;
    const ks = Float64Array.from(values.filter((k) => k >= 0 && k <= kMax).sort((a, b) => a - b), (k) => sign * k);
    const fillers = this.fillers(p);
    const n = 4;
    const matrix = new Float64Array(n * n);
    const ws = createEigenWorkspace(n);
    const upper = (filler: MatrixFiller, k: number): Complex[] => {
      filler(matrix, p.omega, k);
      if (!eigenDecomposeInto(ws, matrix, 'scale', false)) return [];
      const out: Complex[] = [];
      for (let i = 0; i < n; i++) if (ws.valuesIm[i]! > 0) out.push({ re: ws.valuesRe[i]!, im: ws.valuesIm[i]! });
      return out;
    };
    const trajectories = { local: [] as Complex[], redfield: [] as Complex[] };
    for (const equation of ['local', 'redfield'] as const) {
      for (const k of ks) trajectories[equation].push(...upper(fillers[equation], k));
    }
    return {
      ks,
      trajectories,
      current: { local: upper(fillers.local, p.k), redfield: upper(fillers.redfield, p.k) },
      kStar,
    };
  }

  /**
   * Q̇_h(t) (eq. 50) of the three equations from the product of local thermal states (Fig. 3c), on a
   * common time grid long enough for the slowest stable equation to settle.
   */
  heat(p: ExplorerParameters, samples = 240): HeatTransients {
    const values = this.values(p);
    const ws = createEigenWorkspace(10);
    const prepared = {} as Record<EquationKind, { ok: true; M: number[][]; c: number[]; slowest: number } | { ok: false; message: string }>;
    for (const equation of EQUATIONS) {
      const s = this.secondOrder[equation];
      const M = evaluateMatrix(s.M, values);
      const c = evaluateVector(s.c, values);
      const data = realSquareMatrixFromRows(M).data;
      if (!eigenDecomposeInto(ws, data, 'scale', false)) {
        prepared[equation] = { ok: false, message: 'the eigenvalue iteration did not converge' };
        continue;
      }
      const re = Array.from(ws.valuesRe);
      const growth = Math.max(...re);
      if (!(growth < 0)) {
        prepared[equation] = { ok: false, message: `not stable here: M_2 has an eigenvalue with Re μ = ${growth.toExponential(2)} ≥ 0` };
        continue;
      }
      prepared[equation] = { ok: true, M, c, slowest: -growth };
    }
    const rates = EQUATIONS.map((e) => prepared[e]).flatMap((x) => (x.ok ? [x.slowest] : []));
    const tEnd = rates.length > 0 ? 8 / Math.min(...rates) : 1;
    const t = Float64Array.from({ length: samples + 1 }, (_, i) => (tEnd * i) / samples);
    const initial = Float64Array.from(localThermalMoments(this.secondOrder.local.basis, { h: p.omega, c: p.omega }, { h: p.Th, c: p.Tc }));
    const curves = {} as Record<EquationKind, HeatCurve>;
    for (const equation of EQUATIONS) {
      const prep = prepared[equation];
      if (!prep.ok) {
        curves[equation] = prep;
        continue;
      }
      const s = this.secondOrder[equation];
      const row = s.Qh.coefficients.map((x) => evaluateScalar(x, values));
      const constant = evaluateScalar(s.Qh.constant, values);
      const q = (theta: ArrayLike<number>): number => {
        let sum = constant;
        for (let i = 0; i < row.length; i++) sum += row[i]! * theta[i]!;
        return sum;
      };
      try {
        const propagator = createAffinePropagator(realSquareMatrixFromRows(prep.M), Float64Array.from(prep.c));
        curves[equation] = {
          ok: true,
          Qh: Float64Array.from(t, (time) => q(propagator.at(initial, time))),
          steady: q(propagator.steadyState),
          method: propagator.method,
        };
      } catch (e) {
        curves[equation] = { ok: false, message: (e as Error).message };
      }
    }
    return { t, curves };
  }
}

/** Figs. 2–3: the paper's parameters, with k on the exceptional line (the EP of Fig. 3). */
export function defaultParameters(model: ExplorerModel): ExplorerParameters {
  const base: ExplorerParameters = { ...FIG2_PARAMETERS };
  return { ...base, k: model.exceptionalK(base) };
}
