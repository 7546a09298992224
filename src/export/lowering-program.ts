/**
 * A lowering program: the moment equations M, c of a paper model as straight-line code in ALL
 * physical parameters, language-neutral. It generalises numeric/compile.ts (which fixes the bath
 * parameters): the symbol definitions are evaluated in order (parameters → roots → mixing → rates of
 * the Ohmic–algebraic density of eq. 19), then every entry of M and c.
 *
 * Operations are laid out exactly as numeric/evaluate.ts and numeric/spectral.ts perform them
 * (each term is coefficient · (f_1 · f_2 · …), terms summed left to right, rates as in
 * `ohmicClosedForm`), so a faithful printer reproduces `lowerMoments` to the last bit or two.
 */
import type { Scalar } from '../algebra/index.js';
import { resonantPair, generalPair, type Model, type SymbolDefinition, type FrameKind } from '../model/index.js';
import type { EquationKind } from '../dissipators/index.js';
import { deriveMoments, totalMatrix, totalConstant, type MomentOrder } from '../moments/index.js';
import { FIG2_PARAMETERS } from '../numeric/paper-parameters.js';

export type Expr =
  | { readonly kind: 'number'; readonly num: bigint; readonly den: bigint }
  | { readonly kind: 'var'; readonly name: string }
  /** Left-associated sum; a `neg` term is printed as a subtraction (exact in IEEE arithmetic). */
  | { readonly kind: 'add'; readonly terms: readonly Expr[] }
  /** Left-associated product. */
  | { readonly kind: 'mul'; readonly factors: readonly Expr[] }
  | { readonly kind: 'div'; readonly a: Expr; readonly b: Expr }
  | { readonly kind: 'neg'; readonly a: Expr }
  /** base^exponent for an integer exponent ≠ 1. */
  | { readonly kind: 'pow'; readonly base: Expr; readonly exponent: number }
  | { readonly kind: 'call'; readonly fn: 'sqrt' | 'expm1' | 'max'; readonly args: readonly Expr[] }
  /** 1 if x ≥ 0, else −1. */
  | { readonly kind: 'sign'; readonly of: Expr };

const num = (n: number | bigint, d: number | bigint = 1): Expr => ({ kind: 'number', num: BigInt(n), den: BigInt(d) });
const v = (name: string): Expr => ({ kind: 'var', name });
const add = (...terms: Expr[]): Expr => ({ kind: 'add', terms });
const mul = (...factors: Expr[]): Expr => ({ kind: 'mul', factors });
const div = (a: Expr, b: Expr): Expr => ({ kind: 'div', a, b });
const neg = (a: Expr): Expr => ({ kind: 'neg', a });
const call = (fn: 'sqrt' | 'expm1' | 'max', ...args: Expr[]): Expr => ({ kind: 'call', fn, args });

/** An exact scalar as an expression, in numeric/evaluate.ts's order of operations. */
export function scalarExpr(x: Scalar): Expr {
  if (x.terms.length === 0) return num(0);
  const terms = x.terms.map((t) => {
    if (t.coefficient.im.num !== 0n) throw new Error('exported matrices must be real');
    const factors = t.monomial.factors.map(([n, p]) => (p === 1 ? v(n) : { kind: 'pow', base: v(n), exponent: p } as Expr));
    const c = t.coefficient.re;
    if (factors.length === 0) return c.num < 0n ? neg(num(-c.num, c.den)) : num(c.num, c.den);
    const product = factors.length === 1 ? factors[0]! : mul(...factors);
    // 1·m = m and (−1)·m = −m exactly.
    if (c.den === 1n && c.num === 1n) return product;
    if (c.den === 1n && c.num === -1n) return neg(product);
    return c.num < 0n ? neg(mul(num(-c.num, c.den), product)) : mul(num(c.num, c.den), product);
  });
  return terms.length === 1 ? terms[0]! : add(...terms);
}

export type ModelKind = 'resonant' | 'general';

export interface PhysicalParameter {
  /** Argument name in the exported function. */
  readonly name: string;
  readonly description: string;
  /** The Fig. 2 value, used as the default; null where Fig. 2 has none (ω_h, ω_c): then required. */
  readonly default: number | null;
  /** What the library's validation requires of it (numeric/model-bridge.ts). */
  readonly constraint: 'positive' | 'non-negative' | 'finite';
}

const BATH_PARAMETERS: Readonly<Record<string, { temperature: string; lambda2: string }>> = {
  h: { temperature: 'Th', lambda2: 'lambda_h2' },
  c: { temperature: 'Tc', lambda2: 'lambda_c2' },
};

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

/** One assignment `name = expr`, with an optional condition the value must satisfy. */
export interface Statement {
  readonly name: string;
  readonly expr: Expr;
  readonly comment?: string;
  /** For roots: the square must be positive (else the normal modes are not real). */
  readonly positive?: { readonly square: string; readonly message: string };
}

export interface LoweringProgram {
  readonly model: ModelKind;
  readonly equation: EquationKind;
  readonly order: MomentOrder;
  readonly basis: FrameKind;
  readonly basisNames: readonly string[];
  readonly parameters: readonly PhysicalParameter[];
  readonly statements: readonly Statement[];
  readonly M: readonly (readonly Expr[])[];
  readonly c: readonly Expr[];
}

export interface ProgramRequest {
  readonly model: ModelKind;
  readonly equation: EquationKind;
  readonly order: MomentOrder;
  readonly basis: FrameKind;
}

function symbolsOf(x: Scalar, into: Set<string>): void {
  for (const t of x.terms) for (const [n] of t.monomial.factors) into.add(n);
}

function dependencies(d: SymbolDefinition): Set<string> {
  const out = new Set<string>();
  switch (d.kind) {
    case 'parameter': break;
    case 'root': symbolsOf(d.square, out); break;
    case 'value': symbolsOf(d.value, out); break;
    case 'difference-of-squares': out.add(d.a); out.add(d.b); break;
    case 'hypot': symbolsOf(d.x, out); symbolsOf(d.y, out); break;
    case 'mixing': symbolsOf(d.delta, out); out.add(d.radius); out.add(d.coupling); break;
    case 'rate': symbolsOf(d.at, out); break;
  }
  return out;
}

/** The model's definitions that M and c need, in order. */
function neededDefinitions(model: Model, used: Set<string>): SymbolDefinition[] {
  const needed = new Set(used);
  for (const d of [...model.definitions].reverse()) if (needed.has(d.name)) for (const x of dependencies(d)) needed.add(x);
  return model.definitions.filter((d) => needed.has(d.name));
}

export const modelOfKind = (kind: ModelKind): Model => (kind === 'resonant' ? resonantPair() : generalPair());

const L2 = 'cutoff2';

function definitionStatement(d: SymbolDefinition): Statement[] {
  switch (d.kind) {
    case 'parameter':
      return [];
    case 'root': {
      const square = `${d.name}_sq`;
      return [
        { name: square, expr: scalarExpr(d.square) },
        {
          name: d.name,
          expr: call('sqrt', v(square)),
          positive: { square, message: `${d.name}^2 is not positive: the normal-mode frequencies are not real (the system is unstable; need k^2 < omega_h^2 omega_c^2)` },
        },
      ];
    }
    case 'value':
      return [{ name: d.name, expr: scalarExpr(d.value) }];
    case 'difference-of-squares':
      return [{ name: d.name, expr: mul(add(v(d.a), neg(v(d.b))), add(v(d.a), v(d.b))), comment: `${d.a}^2 - ${d.b}^2, accurate near resonance` }];
    case 'hypot':
      return [{ name: d.name, expr: call('sqrt', add(mul(scalarExpr(d.x), scalarExpr(d.x)), mul(scalarExpr(d.y), scalarExpr(d.y)))) }];
    case 'mixing': {
      const R = v(d.radius);
      const delta = scalarExpr(d.delta);
      const ratio = (combined: Expr): Expr => call('sqrt', call('max', num(0), div(combined, mul(num(2), R))));
      return d.part === 'sin'
        ? [{ name: d.name, expr: ratio(add(R, delta)), comment: 'sin ζ ≥ 0 (docs/conventions.md)' }]
        : [{ name: d.name, expr: mul({ kind: 'sign', of: v(d.coupling) }, ratio(add(R, neg(delta)))), comment: 'cos ζ, with the sign of k' }];
    }
    case 'rate': {
      if (d.derivative !== 0) throw new Error('exported matrices take no rate derivatives');
      const bath = BATH_PARAMETERS[d.bath];
      if (!bath) throw new Error(`no parameters for bath ${d.bath}`);
      const f = scalarExpr(d.at);
      const lorentz = (numerator: Expr): Expr => div(numerator, add(mul(f, f), v(L2)));
      const expr =
        d.rate === 'Delta'
          ? lorentz(mul(neg(v(bath.lambda2)), v(L2)))
          : mul(lorentz(mul(v(bath.lambda2), v(L2))), add(num(1), div(num(2), call('expm1', div(f, v(bath.temperature))))));
      return [{ name: d.name, expr }];
    }
  }
}

/** The lowering program of one equation, order, basis and model. */
export function loweringProgram(req: ProgramRequest): LoweringProgram {
  const model = modelOfKind(req.model);
  const eqs = deriveMoments({ model, equation: req.equation, order: req.order, basis: req.basis });
  const M = totalMatrix(eqs);
  const c = totalConstant(eqs);
  const used = new Set<string>();
  for (const row of M) for (const e of row) symbolsOf(e, used);
  for (const e of c) symbolsOf(e, used);
  const definitions = neededDefinitions(model, used);
  const statements: Statement[] = [];
  if (definitions.some((d) => d.kind === 'rate')) statements.push({ name: L2, expr: mul(v('cutoff'), v('cutoff')), comment: 'Λ²' });
  for (const d of definitions) statements.push(...definitionStatement(d));
  return {
    model: req.model,
    equation: req.equation,
    order: req.order,
    basis: req.basis,
    basisNames: eqs.basis.map((b) => b.name),
    parameters: physicalParameters(req.model),
    statements,
    M: M.map((r) => r.map(scalarExpr)),
    c: c.map(scalarExpr),
  };
}
