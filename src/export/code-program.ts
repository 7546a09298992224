/**
 * What `code` prints: the lowering program of numeric/lowering-program.ts (built there, once, for
 * every back end) bound to the signature of an exported function — which inputs are arguments and
 * which are fixed numbers, and which arguments the rates of each bath (eq. 19) read.
 *
 * - The paper's models (`--model resonant|general`): every physical parameter is an argument
 *   (ω or ω_h, ω_c, k, T_h, T_c, λ_h², λ_c², Λ), defaults from Fig. 2.
 * - A model file: the frequencies and couplings are fixed at the file's numbers (under the
 *   normal-mode equations the normal-mode frequencies Ω_j and amplitudes u_αj, v_αj come from
 *   the numeric Williamson diagonalisation of those numbers, so they cannot be free); each bath's
 *   temperature T_<label> and strength lambda2_<label>, the cutoff Λ and ħ are arguments whose
 *   defaults are the file's values. With ħ the rates see k_BT/ħ and c carries one factor ħ
 *   (docs/conventions.md, "Where ħ enters"), as in lowerMoments.
 */
import { basename } from 'node:path';
import { resonantPair, generalPair, type FrameKind, InputError } from '../model/index.js';
import type { EquationKind } from '../dissipators/index.js';
import { deriveMoments, totalMatrix, totalConstant, type MomentOrder } from '../moments/index.js';
import { FIG2_PARAMETERS } from '../numeric/paper-parameters.js';
import type { NumericModel } from '../numeric/physical.js';
import { isPaperModel } from '../numeric/model-bridge.js';
import { equationFor, symbolicModelOf } from '../numeric/lower.js';
import { type Expr, type LoweringProgram, type Statement, divExpr, lowerToProgram, mulExpr, varExpr } from '../numeric/lowering-program.js';

export type ModelKind = 'resonant' | 'general';

export interface PhysicalParameter {
  /** Argument name in the exported function. */
  readonly name: string;
  readonly description: string;
  /** The default value (Fig. 2, or the model file's); null where there is none (ω_h, ω_c): then required. */
  readonly default: number | null;
  /** What the library's validation requires of it (numeric/model-bridge.ts). */
  readonly constraint: 'positive' | 'non-negative' | 'finite';
}

/** What the rates of one bath read: its λ² and its thermal frequency k_BT/ħ. */
export interface BathBinding {
  readonly lambda2: Expr;
  readonly temperature: Expr;
}

export interface CodeProgram extends LoweringProgram {
  readonly equation: EquationKind;
  readonly order: MomentOrder;
  readonly basis: FrameKind;
  readonly basisNames: readonly string[];
  /** The model and its spectral densities, for the header of the exported text. */
  readonly description: readonly string[];
  /** Where the arguments' defaults come from ("Fig. 2", "model file"). */
  readonly defaultsFrom: string;
  /** The function's arguments. */
  readonly parameters: readonly PhysicalParameter[];
  /** Inputs that are fixed numbers; every other input is the argument of the same name. */
  readonly fixed: ReadonlyMap<string, number>;
  readonly baths: ReadonlyMap<string, BathBinding>;
  /** Λ² as the rates read it. */
  readonly cutoffSquared: Expr;
  /** Appended to the message of a root whose square is not positive. */
  readonly rootHint: string;
}

export function physicalParameters(model: ModelKind): PhysicalParameter[] {
  const d = FIG2_PARAMETERS;
  return [
    ...(model === 'resonant'
      ? [{ name: 'omega', description: 'resonator frequency ω (ω_h = ω_c = ω)', default: d.omega, constraint: 'positive' as const }]
      : [
          { name: 'omega_h', description: 'hot resonator frequency ω_h', default: null, constraint: 'positive' as const },
          { name: 'omega_c', description: 'cold resonator frequency ω_c', default: null, constraint: 'positive' as const },
        ]),
    { name: 'k', description: 'coupling k (H_S contains k x_h x_c)', default: d.k, constraint: 'finite' },
    { name: 'Th', description: 'temperature T_h of the hot bath', default: d.Th, constraint: 'positive' },
    { name: 'Tc', description: 'temperature T_c of the cold bath', default: d.Tc, constraint: 'positive' },
    { name: 'lambda_h2', description: 'coupling λ_h² of the hot bath (eq. 19)', default: d.lambdaH2, constraint: 'non-negative' },
    { name: 'lambda_c2', description: 'coupling λ_c² of the cold bath (eq. 19)', default: d.lambdaC2, constraint: 'non-negative' },
    { name: 'cutoff', description: 'cut-off Λ of the spectral density (eq. 19)', default: d.cutoff, constraint: 'positive' },
  ];
}

const CUTOFF_SQUARED = 'cutoff2';

/** Λ² = cutoff · cutoff ahead of the statements, when a rate needs it. */
function withCutoffSquared(statements: readonly Statement[]): Statement[] {
  return statements.some((s) => s.kind === 'rate') ? [{ kind: 'assign', name: CUTOFF_SQUARED, expr: mulExpr(varExpr('cutoff'), varExpr('cutoff')), comment: 'Λ²' }, ...statements] : [...statements];
}

const EQ19 = 'with Ohmic-algebraic spectral densities (eq. 19) J_a(w) = lambda_a2 * w * cutoff^2 / (w^2 + cutoff^2).';
const PAPER = 'are those of Scali, Anders, Correa, "Local master equations bypass the secular approximation", Quantum (2021).';

export interface ProgramRequest {
  readonly model: ModelKind;
  readonly equation: EquationKind;
  readonly order: MomentOrder;
  readonly basis: FrameKind;
}

/** The program of one equation, order, basis and paper model, every parameter an argument. */
export function loweringProgram(req: ProgramRequest): CodeProgram {
  const model = req.model === 'resonant' ? resonantPair() : generalPair();
  const eqs = deriveMoments({ model, equation: req.equation, order: req.order, basis: req.basis });
  const program = lowerToProgram(model.definitions, totalMatrix(eqs), totalConstant(eqs));
  return {
    ...program,
    statements: withCutoffSquared(program.statements),
    equation: req.equation,
    order: req.order,
    basis: req.basis,
    basisNames: eqs.basis.map((b) => b.name),
    description: [
      `two resonators${req.model === 'resonant' ? ' in resonance (omega_h = omega_c = omega)' : ' out of resonance (omega_h != omega_c)'} coupled by k x_h x_c (eq. 15),`,
      EQ19,
      'Units hbar = k_B = 1, unit masses. Conventions: docs/conventions.md of openmoments; equation numbers',
      PAPER,
    ],
    defaultsFrom: 'Fig. 2',
    parameters: physicalParameters(req.model),
    fixed: new Map(),
    baths: new Map([
      ['h', { lambda2: varExpr('lambda_h2'), temperature: varExpr('Th') }],
      ['c', { lambda2: varExpr('lambda_c2'), temperature: varExpr('Tc') }],
    ]),
    cutoffSquared: varExpr(CUTOFF_SQUARED),
    rootHint: '; need k^2 < omega_h^2 omega_c^2',
  };
}

export interface ModelProgramRequest {
  /** The network (readModelFile / parseModelFile). */
  readonly model: NumericModel;
  /** The file's name, for the header. */
  readonly file?: string;
  readonly equation: EquationKind;
  /** X of partial-secular. */
  readonly secularCutoff?: number;
  readonly order: MomentOrder;
  readonly basis: FrameKind;
}

/** The program of a model file's network (see the module comment for what is fixed and what is an argument). */
export function modelProgram(req: ModelProgramRequest): CodeProgram {
  const nm = req.model;
  nm.baths.forEach((b, i) => {
    if (b.spectral !== undefined) throw new InputError(`model file: baths[${i}].spectral`, 'the exported code evaluates the rates of eq. 19 in closed form; a bath with its own J cannot be exported (matrix --model-file gives its numbers)');
  });
  const { model, values } = symbolicModelOf(nm);
  const equation = equationFor(model, values, req.equation, req.secularCutoff);
  const eqs = deriveMoments({ model, equation, order: req.order, basis: req.basis });
  const program = lowerToProgram(model.definitions, totalMatrix(eqs), totalConstant(eqs));
  const fixed = new Map<string, number>();
  for (const s of program.statements) if (s.kind === 'input') fixed.set(s.name, values.get(s.name)!);
  // The paper's pair is served by its own models, whose baths are h (mode 0) and c (mode 1).
  const byMode = isPaperModel(nm);
  const hbar = nm.hbar ?? 1;
  const baths = new Map<string, BathBinding>();
  const parameters: PhysicalParameter[] = [];
  for (const b of model.baths) {
    const file = byMode ? nm.baths.find((x) => x.mode === b.mode)! : nm.baths.find((x) => x.label === b.label)!;
    const T = `T_${file.label}`;
    const lambda2 = `lambda2_${file.label}`;
    parameters.push(
      { name: T, description: `temperature of bath ${file.label} (on mode ${file.mode + 1})`, default: file.temperature, constraint: 'positive' },
      { name: lambda2, description: `coupling λ² of bath ${file.label} (eq. 19)`, default: file.lambda2, constraint: 'non-negative' },
    );
    baths.set(b.label, { lambda2: varExpr(lambda2), temperature: divExpr(varExpr(T), varExpr('hbar')) });
  }
  parameters.push(
    { name: 'cutoff', description: 'cut-off Λ of the spectral densities (eq. 19)', default: nm.cutoff, constraint: 'positive' },
    { name: 'hbar', description: 'ħ in the units of the frequencies and temperatures', default: hbar, constraint: 'positive' },
  );
  const couplings = nm.couplings.map((c) => `${c.strength} ${c.kind} ${c.a + 1}-${c.b + 1}`).join(', ');
  return {
    ...program,
    statements: withCutoffSquared(program.statements),
    // c carries one factor ħ (docs/conventions.md, "Where ħ enters"), as lowerMoments applies it.
    c: program.c.map((e) => (e.kind === 'polynomial' && e.scalar.terms.length === 0 ? e : mulExpr(varExpr('hbar'), e))),
    equation: req.equation,
    order: req.order,
    basis: req.basis,
    basisNames: eqs.basis.map((b) => b.name),
    description: [
      `the network of ${req.file === undefined ? 'a model file' : `the model file ${basename(req.file)}`}: ${nm.frequencies.length} resonators, frequencies ${nm.frequencies.join(', ')},`,
      `couplings (strength kind modes) ${couplings || 'none'}${req.secularCutoff === undefined ? '' : `, secular cutoff ${req.secularCutoff}`},`,
      EQ19,
      'The frequencies and couplings are fixed at the file\'s values (under global, Redfield and partial-secular the',
      'normal-mode frequencies and amplitudes come from openmoments\' numeric diagonalisation of them); the bath',
      'parameters, the cutoff and hbar are arguments (defaults: the file\'s). k_B = 1, unit masses; the rates see',
      'k_B T / hbar and c carries one factor hbar. Conventions: docs/conventions.md of openmoments; equation numbers',
      PAPER,
    ],
    defaultsFrom: 'model file',
    parameters,
    fixed,
    baths,
    cutoffSquared: varExpr(CUTOFF_SQUARED),
    rootHint: '',
  };
}
