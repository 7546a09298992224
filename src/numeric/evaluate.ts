/**
 * The interpreter of the lowering program (lowering-program.ts): exact scalars and symbol
 * definitions → numbers. The definitions run in order (parameters, roots, mixing angles, rates of
 * each bath's SpectralDensity); an expression that is not real, or not finite, throws rather than
 * returning NaN.
 */
import type { Scalar } from '../algebra/index.js';
import { toNumberQ } from '../algebra/index.js';
import type { SymbolDefinition } from '../model/index.js';
import { InputError } from './input-error.js';
import type { BathParameters, SpectralDensity } from './spectral.js';
import { type Expr, type LoweringProgram, type MathFunction, type Statement, definitionStatements } from './lowering-program.js';

export interface LoweringInput {
  /** Values of the model's 'parameter' symbols. */
  readonly parameters: ReadonlyMap<string, number>;
  readonly baths: ReadonlyMap<string, BathParameters>;
  readonly cutoff: number;
  /** The spectral density of every bath without its own. */
  readonly spectral: SpectralDensity;
  /** Spectral densities of single baths (a model file's per-bath "spectral"), by label. */
  readonly bathSpectra?: ReadonlyMap<string, SpectralDensity>;
}

export type SymbolValues = ReadonlyMap<string, number>;

/**
 * b^n for an integer n ≠ 0 as the program defines it: b · b · … (left to right, |n| factors), and
 * 1/(b · b · …) for n < 0; the worker JavaScript prints the same products (compile.ts).
 */
export function integerPower(b: number, n: number): number {
  let r = b;
  for (let i = 1; i < Math.abs(n); i++) r *= b;
  return n < 0 ? 1 / r : r;
}

/** A polynomial node: Σ_t c_t · (f_1 · f_2 · …), terms in order from 0. */
export function evaluateScalar(s: Scalar, values: SymbolValues): number {
  const { re, im } = evaluateComplexScalar(s, values);
  if (Math.abs(im) > 1e-12 * Math.max(1, Math.abs(re))) throw new Error(`expected a real value, got ${re} + ${im}i`);
  return re;
}

/** A scalar with Gaussian-rational coefficients at real symbol values: its real and imaginary parts. */
export function evaluateComplexScalar(s: Scalar, values: SymbolValues): { re: number; im: number } {
  let re = 0;
  let im = 0;
  for (const t of s.terms) {
    let m = 1;
    for (const [name, p] of t.monomial.factors) {
      const v = values.get(name);
      if (v === undefined) throw new Error(`no value for symbol ${name}`);
      m *= p === 1 ? v : integerPower(v, p);
    }
    re += toNumberQ(t.coefficient.re) * m;
    im += toNumberQ(t.coefficient.im) * m;
  }
  return { re, im };
}

function applyFunction(fn: MathFunction, args: number[]): number {
  switch (fn) {
    case 'sqrt': return Math.sqrt(args[0]!);
    case 'expm1': return Math.expm1(args[0]!);
    case 'max': return Math.max(...args);
  }
}

export function evaluateExpr(e: Expr, values: SymbolValues): number {
  switch (e.kind) {
    case 'rational': return toNumberQ(e);
    case 'constant': return e.value;
    case 'var': {
      const v = values.get(e.name);
      if (v === undefined) throw new Error(`no value for symbol ${e.name}`);
      return v;
    }
    case 'polynomial': return evaluateScalar(e.scalar, values);
    case 'add': return e.terms.reduce((sum, t, i) => (i === 0 ? evaluateExpr(t, values) : sum + evaluateExpr(t, values)), 0);
    case 'mul': return e.factors.reduce((product, f, i) => (i === 0 ? evaluateExpr(f, values) : product * evaluateExpr(f, values)), 1);
    case 'div': return evaluateExpr(e.a, values) / evaluateExpr(e.b, values);
    case 'neg': return -evaluateExpr(e.a, values);
    case 'pow': return integerPower(evaluateExpr(e.base, values), e.exponent);
    case 'call': return applyFunction(e.fn, e.args.map((a) => evaluateExpr(a, values)));
    case 'sign': return evaluateExpr(e.of, values) >= 0 ? 1 : -1;
  }
}

function runStatement(s: Statement, input: LoweringInput, values: SymbolValues): number {
  switch (s.kind) {
    case 'input': {
      const v = input.parameters.get(s.name);
      if (v === undefined) throw new InputError(s.name, `missing value (${s.description})`);
      if (!Number.isFinite(v)) throw new InputError(s.name, `must be a finite number, got ${v}`);
      return v;
    }
    case 'assign':
      return evaluateExpr(s.expr, values);
    case 'root': {
      const square = evaluateExpr(s.square, values);
      if (!(square > 0)) throw new InputError(s.name, `${s.name}² = ${square} is not positive: the normal-mode frequencies are not real (the system is unstable)`);
      return Math.sqrt(square);
    }
    case 'rate': {
      const bath = input.baths.get(s.bath);
      if (!bath) throw new InputError(s.bath, `no temperature and coupling given for bath ${s.bath}`);
      const f = evaluateExpr(s.at, values);
      const density = input.bathSpectra?.get(s.bath) ?? input.spectral;
      const v = density.rate(s.rate, s.derivative, bath, input.cutoff)(f);
      if (!Number.isFinite(v)) throw new InputError(s.name, `rate is not finite at frequency ${f}`);
      return v;
    }
  }
}

/** Run statements in order; every value must be finite. */
function runStatements(statements: readonly Statement[], input: LoweringInput): Map<string, number> {
  const values = new Map<string, number>();
  for (const s of statements) {
    const v = runStatement(s, input, values);
    if (!Number.isFinite(v)) throw new InputError('parameters', `${s.name} = ${v} is not finite: the parameters are outside what double precision represents`);
    values.set(s.name, v);
  }
  return values;
}

export function evaluateDefinitions(definitions: readonly SymbolDefinition[], input: LoweringInput): Map<string, number> {
  return runStatements(definitionStatements(definitions), input);
}

function finite(x: number, where: string): number {
  if (!Number.isFinite(x)) throw new InputError('parameters', `${where} = ${x} is not finite: the parameters are outside what double precision represents`);
  return x;
}

export function evaluateMatrix(rows: readonly (readonly Scalar[])[], values: SymbolValues): number[][] {
  return rows.map((r, i) => r.map((e, j) => finite(evaluateScalar(e, values), `M[${i + 1}][${j + 1}]`)));
}

export function evaluateVector(entries: readonly Scalar[], values: SymbolValues): number[] {
  return entries.map((e, i) => finite(evaluateScalar(e, values), `c[${i + 1}]`));
}

/** The whole program at numbers: its statements, then M and c (each entry finite). */
export function evaluateProgram(program: LoweringProgram, input: LoweringInput): { readonly values: SymbolValues; readonly M: number[][]; readonly c: number[] } {
  const values = runStatements(program.statements, input);
  return {
    values,
    M: program.M.map((r, i) => r.map((e, j) => finite(evaluateExpr(e, values), `M[${i + 1}][${j + 1}]`))),
    c: program.c.map((e, i) => finite(evaluateExpr(e, values), `c[${i + 1}]`)),
  };
}
