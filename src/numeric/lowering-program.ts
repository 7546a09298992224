/**
 * The lowering program: a model's symbol definitions and the entries of M and c, lowered once into
 * straight-line code, language-neutral and immutable. Its back ends are the interpreter
 * (evaluate.ts, numbers), the JavaScript printer of the EP-map workers (compile.ts) and the
 * Python, Julia and mathjs printers of `code` (export/code-format.ts); all print the expressions
 * through program-print.ts.
 *
 * Operations are laid out exactly as the interpreter performs them (a polynomial is summed term by
 * term, each term coefficient · (f_1 · f_2 · …); the Ohmic rates as `ohmicClosedForm`), so a
 * faithful printer reproduces the interpreter to the last bit (JavaScript) or ulp (elsewhere).
 */
import type { Scalar } from '../algebra/index.js';
import type { SymbolDefinition } from '../model/index.js';

export type MathFunction = 'sqrt' | 'expm1' | 'max';

export type Expr =
  /** An exact rational of the symbolic layers. */
  | { readonly kind: 'rational'; readonly num: bigint; readonly den: bigint }
  /** A number known only as a double (a bath parameter or a fixed input inlined by a printer). */
  | { readonly kind: 'constant'; readonly value: number }
  | { readonly kind: 'var'; readonly name: string }
  /** An exact scalar Σ c_t Π s^p, evaluated term by term (see `polynomialExpr` for the order). */
  | { readonly kind: 'polynomial'; readonly scalar: Scalar }
  /** Left-associated sum; a `neg` term is printed as a subtraction (exact in IEEE arithmetic). */
  | { readonly kind: 'add'; readonly terms: readonly Expr[] }
  /** Left-associated product. */
  | { readonly kind: 'mul'; readonly factors: readonly Expr[] }
  | { readonly kind: 'div'; readonly a: Expr; readonly b: Expr }
  | { readonly kind: 'neg'; readonly a: Expr }
  /** base^exponent for an integer exponent ≠ 0, 1: the product base · base · … (1/… when negative), see integerPower. */
  | { readonly kind: 'pow'; readonly base: Expr; readonly exponent: number }
  | { readonly kind: 'call'; readonly fn: MathFunction; readonly args: readonly Expr[] }
  /** 1 if x ≥ 0, else −1. */
  | { readonly kind: 'sign'; readonly of: Expr };

export type Statement =
  /** A physical parameter: its value comes from outside (the caller's numbers, an argument, a literal). */
  | { readonly kind: 'input'; readonly name: string; readonly description: string }
  | { readonly kind: 'assign'; readonly name: string; readonly expr: Expr; readonly comment?: string }
  /** name = √square, where square must be positive (else the normal modes are not real). */
  | { readonly kind: 'root'; readonly name: string; readonly square: Expr }
  /** Δ^(α) or Σ^(α) (eqs. 35, B.4) of one bath at a frequency, or its derivative: the back end supplies the density. */
  | { readonly kind: 'rate'; readonly name: string; readonly rate: 'Delta' | 'Sigma'; readonly bath: string; readonly derivative: number; readonly at: Expr };

export interface LoweringProgram {
  readonly statements: readonly Statement[];
  readonly M: readonly (readonly Expr[])[];
  readonly c: readonly Expr[];
}

export const rationalExpr = (n: number | bigint, d: number | bigint = 1): Expr => Object.freeze({ kind: 'rational', num: BigInt(n), den: BigInt(d) });
export const constantExpr = (value: number): Expr => Object.freeze({ kind: 'constant', value });
export const varExpr = (name: string): Expr => Object.freeze({ kind: 'var', name });
export const addExpr = (...terms: Expr[]): Expr => Object.freeze({ kind: 'add', terms: Object.freeze(terms) });
export const mulExpr = (...factors: Expr[]): Expr => Object.freeze({ kind: 'mul', factors: Object.freeze(factors) });
export const divExpr = (a: Expr, b: Expr): Expr => Object.freeze({ kind: 'div', a, b });
export const negExpr = (a: Expr): Expr => Object.freeze({ kind: 'neg', a });
export const callExpr = (fn: MathFunction, ...args: Expr[]): Expr => Object.freeze({ kind: 'call', fn, args: Object.freeze(args) });
const polynomial = (scalar: Scalar): Expr => Object.freeze({ kind: 'polynomial', scalar });

/**
 * A polynomial node in the basic operations, in the interpreter's order (evaluateScalar): terms
 * summed left to right, each coefficient · (f_1 · f_2 · …); 1·m = m and (−1)·m = −m exactly.
 */
export function polynomialExpr(x: Scalar): Expr {
  if (x.terms.length === 0) return rationalExpr(0);
  const terms = x.terms.map((t) => {
    if (t.coefficient.im.num !== 0n) throw new Error('printed matrices must be real');
    const factors = t.monomial.factors.map(([n, p]): Expr => (p === 1 ? varExpr(n) : Object.freeze({ kind: 'pow', base: varExpr(n), exponent: p })));
    const c = t.coefficient.re;
    if (factors.length === 0) return c.num < 0n ? negExpr(rationalExpr(-c.num, c.den)) : rationalExpr(c.num, c.den);
    const product = factors.length === 1 ? factors[0]! : mulExpr(...factors);
    if (c.den === 1n && c.num === 1n) return product;
    if (c.den === 1n && c.num === -1n) return negExpr(product);
    return c.num < 0n ? negExpr(mulExpr(rationalExpr(-c.num, c.den), product)) : mulExpr(rationalExpr(c.num, c.den), product);
  });
  return terms.length === 1 ? terms[0]! : addExpr(...terms);
}

/**
 * Eq. 19 in closed form, as `ohmicClosedForm` evaluates it: Δ = (−λ²Λ²)/(f² + Λ²),
 * Σ = (λ²Λ²/(f² + Λ²)) (1 + 2/expm1(f/T)). The printers of the rate statements use it.
 */
export function ohmicRateExpr(rate: 'Delta' | 'Sigma', f: Expr, lambda2: Expr, temperature: Expr, cutoffSquared: Expr): Expr {
  const lorentz = (numerator: Expr): Expr => divExpr(numerator, addExpr(mulExpr(f, f), cutoffSquared));
  return rate === 'Delta'
    ? lorentz(mulExpr(negExpr(lambda2), cutoffSquared))
    : mulExpr(lorentz(mulExpr(lambda2, cutoffSquared)), addExpr(rationalExpr(1), divExpr(rationalExpr(2), callExpr('expm1', divExpr(f, temperature)))));
}

/** One definition as a statement: the only place where the kinds of SymbolDefinition are lowered. */
export function definitionStatement(d: SymbolDefinition): Statement {
  switch (d.kind) {
    case 'parameter':
      return { kind: 'input', name: d.name, description: d.description };
    case 'root':
      return { kind: 'root', name: d.name, square: polynomial(d.square) };
    case 'value':
      return { kind: 'assign', name: d.name, expr: polynomial(d.value) };
    case 'difference-of-squares':
      return { kind: 'assign', name: d.name, expr: mulExpr(addExpr(varExpr(d.a), negExpr(varExpr(d.b))), addExpr(varExpr(d.a), varExpr(d.b))), comment: `${d.a}^2 - ${d.b}^2, accurate near resonance` };
    case 'hypot': {
      // √(x² + y²): a sum of squares, so no cancellation.
      const x = polynomial(d.x);
      const y = polynomial(d.y);
      return { kind: 'assign', name: d.name, expr: callExpr('sqrt', addExpr(mulExpr(x, x), mulExpr(y, y))) };
    }
    case 'mixing': {
      const R = varExpr(d.radius);
      const delta = polynomial(d.delta);
      const ratio = (combined: Expr): Expr => callExpr('sqrt', callExpr('max', rationalExpr(0), divExpr(combined, mulExpr(rationalExpr(2), R))));
      return d.part === 'sin'
        ? { kind: 'assign', name: d.name, expr: ratio(addExpr(R, delta)), comment: 'sin ζ ≥ 0 (docs/conventions.md)' }
        : { kind: 'assign', name: d.name, expr: mulExpr({ kind: 'sign', of: varExpr(d.coupling) }, ratio(addExpr(R, negExpr(delta)))), comment: 'cos ζ, with the sign of k' };
    }
    case 'rate':
      return { kind: 'rate', name: d.name, rate: d.rate, bath: d.bath, derivative: d.derivative, at: polynomial(d.at) };
  }
}

function symbolsOf(x: Scalar, into: Set<string>): void {
  for (const t of x.terms) for (const [n] of t.monomial.factors) into.add(n);
}

function exprSymbols(e: Expr, into: Set<string>): void {
  switch (e.kind) {
    case 'rational': case 'constant': return;
    case 'var': into.add(e.name); return;
    case 'polynomial': symbolsOf(e.scalar, into); return;
    case 'add': for (const t of e.terms) exprSymbols(t, into); return;
    case 'mul': for (const f of e.factors) exprSymbols(f, into); return;
    case 'div': exprSymbols(e.a, into); exprSymbols(e.b, into); return;
    case 'neg': exprSymbols(e.a, into); return;
    case 'pow': exprSymbols(e.base, into); return;
    case 'call': for (const a of e.args) exprSymbols(a, into); return;
    case 'sign': exprSymbols(e.of, into); return;
  }
}

function statementSymbols(s: Statement): Set<string> {
  const out = new Set<string>();
  switch (s.kind) {
    case 'input': break;
    case 'assign': exprSymbols(s.expr, out); break;
    case 'root': exprSymbols(s.square, out); break;
    case 'rate': exprSymbols(s.at, out); break;
  }
  return out;
}

/** The definitions as statements, in order (every one: what evaluateDefinitions runs). */
export const definitionStatements = (definitions: readonly SymbolDefinition[]): Statement[] => definitions.map(definitionStatement);

/**
 * The program of M and c: the statements that the entries need (in the definitions' order), then
 * the entries as polynomials. Built once; every back end reads the same value.
 */
export function lowerToProgram(definitions: readonly SymbolDefinition[], M: readonly (readonly Scalar[])[], c: readonly Scalar[]): LoweringProgram {
  const needed = new Set<string>();
  for (const row of M) for (const e of row) symbolsOf(e, needed);
  for (const e of c) symbolsOf(e, needed);
  const statements = definitionStatements(definitions);
  for (const s of [...statements].reverse()) if (needed.has(s.name)) for (const x of statementSymbols(s)) needed.add(x);
  return Object.freeze({
    statements: Object.freeze(statements.filter((s) => needed.has(s.name))),
    M: Object.freeze(M.map((r) => Object.freeze(r.map(polynomial)))),
    c: Object.freeze(c.map(polynomial)),
  });
}
