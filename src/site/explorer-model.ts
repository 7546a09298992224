/**
 * The computations behind the explorer (explorer.html), free of the DOM and of Node: it is bundled
 * for the browser by esbuild (src/site/browser/explorer.ts) and tested in Node.
 *
 * The symbolic work is done once, when the model is created: the first-moment matrices M_{D,1}
 * of the three equations, their second-moment systems with the heat-current forms (eq. 50)
 * (deriveHeatSystem), and the exact exceptional line of M_{L,1} (localExceptionalLineSymbolic).
 * Each parameter change then only lowers them: M(ω, k) is compiled to a JavaScript filler, and
 * the exceptional line, the validation and the heat dynamics are the library's own
 * (lowerExceptionalLine, validateNumericModel, heatDynamics) given the derived objects.
 */
import { resonantPair, type Model } from '../model/index.js';
import type { Scalar } from '../algebra/index.js';
import { EQUATIONS, type EquationKind } from '../dissipators/index.js';
import { deriveMoments, totalMatrix } from '../moments/index.js';
import { compileMatrixSource } from '../numeric/compile.js';
import { compileMatrixFiller, type MatrixFiller } from '../numeric/ep/matrix-filler.js';
import { computeEpMapColumn, createEpMapColumnWorkspace } from '../numeric/ep/ep-map-columns.js';
import { paperModel, FIG2_PARAMETERS } from '../numeric/paper-parameters.js';
import { validateNumericModel } from '../numeric/model-bridge.js';
import { InputError } from '../numeric/input-error.js';
import { analyseMatrix } from '../numeric/physics/eigen-analysis.js';
import type { PaperParameters } from '../numeric/paper-parameters.js';
import { heatDynamics, deriveHeatSystem, type DerivedHeatSystem } from '../numeric/physics/heat-dynamics.js';
import { localExceptionalLineSymbolic, lowerExceptionalLine } from '../numeric/physics/exceptional-line.js';
import type { PropagationMethod } from '../numeric/propagate/affine-propagator.js';
import { createEigenWorkspace, eigenDecomposeInto } from '../numeric/linalg/eigen.js';

/** The explorer's physical parameters: the paper's, in resonance (Ohmic–algebraic J of eq. 19). */
export type ExplorerParameters = Omit<PaperParameters, 'omegaH' | 'omegaC' | 'hbar'>;

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

/** An InputError's message without the CLI flag it starts with ("--Th: …"). */
function withoutFlag(e: InputError): string {
  const prefix = `${e.parameter}: `;
  return e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message;
}

/**
 * Why these parameters describe no stable physical system, or null if they do: the library's
 * validateNumericModel decides, and its message is shown with the explorer's parameter names.
 */
export function invalidParameters(p: ExplorerParameters): Invalid | null {
  try {
    validateNumericModel(paperModel(p));
    return null;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const parameter = FLAG_NAMES[e.parameter] ?? 'k';
    const detail = withoutFlag(e);
    if (e.parameter === '--k' && Number.isFinite(p.k)) {
      // A finite k is rejected only when H_S is unbounded below (|k| ≥ ω² in resonance).
      return { parameter, message: `Unstable: |k| = ${show(Math.abs(p.k))} ≥ ω² = ${show(p.omega * p.omega)} — ${detail}.` };
    }
    const name = PARAMETER_NAMES[parameter];
    return { parameter, message: detail.includes(name) ? `${detail.charAt(0).toUpperCase()}${detail.slice(1)}.` : `${name}: ${detail}.` };
  }
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
  readonly precision: 'double';
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

/** The symbolic objects derived once, and the numeric work per parameter set. */
export class ExplorerModel {
  readonly model: Model;
  readonly firstOrder: Record<EquationKind, Scalar[][]>;
  /** The second-moment equations and heat currents of each equation, for heatDynamics. */
  readonly heatSystems: Record<EquationKind, DerivedHeatSystem>;
  /** k*(ω) of the exact exceptional line, symbolically (eq. 36). */
  readonly line: Scalar;
  /** Milliseconds spent deriving. */
  readonly derivationMs: number;
  private fillerCache: { key: string; fillers: Record<EquationKind, MatrixFiller> } | undefined;
  /** |k*(ω)| at the bath parameters of `key` (the line does not depend on k): k-slider moves reuse it. */
  private lineCache: { key: string; k: Map<number, number> } | undefined;

  constructor() {
    const start = Date.now();
    const model = resonantPair();
    this.model = model;
    const first = {} as Record<EquationKind, Scalar[][]>;
    const heat = {} as Record<EquationKind, DerivedHeatSystem>;
    for (const equation of EQUATIONS) {
      first[equation] = totalMatrix(deriveMoments({ model, equation, order: 1, basis: 'local' }));
      heat[equation] = deriveHeatSystem(model, equation);
    }
    this.firstOrder = first;
    this.heatSystems = heat;
    this.line = localExceptionalLineSymbolic();
    this.derivationMs = Date.now() - start;
  }

  /** |k*| on the exact exceptional line at frequency omega (default p.omega): lowerExceptionalLine, cached. */
  exceptionalK(p: ExplorerParameters, omega = p.omega): number {
    const key = [p.Th, p.Tc, p.lambdaH2, p.lambdaC2, p.cutoff].join('|');
    if (this.lineCache?.key !== key || this.lineCache.k.size > 5000) this.lineCache = { key, k: new Map() };
    let k = this.lineCache.k.get(omega);
    if (k === undefined) {
      k = lowerExceptionalLine(this.line, { ...p, omega, k: 0 }).k;
      this.lineCache.k.set(omega, k);
    }
    return k;
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

  /** κ(V), eigenvalues and stability of M_{D,1} at (ω, k), from the cluster analysis of `ep` (κ = ∞ at a defective point, 1 at the global diabolic one). */
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
   * common time grid long enough for the slowest stable equation to settle: heatDynamics with the
   * systems derived at load. The eigenvalues of the second-moment matrix are the sums μ_i + μ_j of
   * those of M_{D,1}, so the slowest decay rate of the second moments is twice that of the first.
   */
  heat(p: ExplorerParameters, samples = 240): HeatTransients {
    const fillers = this.fillers(p);
    const n = 4;
    const matrix = new Float64Array(n * n);
    const ws = createEigenWorkspace(n);
    const rates: number[] = [];
    for (const equation of EQUATIONS) {
      fillers[equation](matrix, p.omega, p.k);
      if (!eigenDecomposeInto(ws, matrix, 'scale', false)) continue;
      const growth = Math.max(...ws.valuesRe);
      if (growth < 0) rates.push(-2 * growth);
    }
    const tEnd = rates.length > 0 ? 8 / Math.min(...rates) : 1;
    const t = Float64Array.from({ length: samples + 1 }, (_, i) => (tEnd * i) / samples);
    const times = Array.from(t);
    const curves = {} as Record<EquationKind, HeatCurve>;
    for (const equation of EQUATIONS) {
      try {
        const r = heatDynamics({ parameters: p, equation, times, derived: this.heatSystems[equation] });
        curves[equation] = { ok: true, Qh: Float64Array.from(r.Qh), steady: r.steady.Qh, method: r.propagation };
      } catch (e) {
        curves[equation] = { ok: false, message: e instanceof InputError ? withoutFlag(e) : (e as Error).message };
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
