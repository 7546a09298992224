/**
 * Code export: the back ends of the lowering program (numeric/lowering-program.ts, bound to a
 * function signature by code-program.ts) that print it as a self-contained function of the
 * physical parameters returning (M, c), in Python (math module, lists), Julia (Base only,
 * Matrix{Float64} and Vector{Float64}) or a mathjs script.
 *
 * The mathjs form is a multi-line script for `math.evaluate(script, scope)`: `scope` must hold the
 * parameters (the function's arguments, e.g. omega or omega_h and omega_c, k, Th, Tc, lambda_h2,
 * lambda_c2, cutoff) as numbers;
 * after evaluation `scope.M` is the n×n matrix M and `scope.c` the vector c (mathjs DenseMatrix,
 * sizes [n, n] and [n]; `.toArray()` gives plain arrays). Intermediate symbols (Omega1, rates, …)
 * are assigned into the scope as well. mathjs cannot raise errors, so this form does not validate
 * its input: out of range parameters give NaN or complex entries.
 *
 * All three evaluate in the same order of floating-point operations as the library's lowering,
 * so they agree with `lowerMoments` to a few ulps.
 */
import { basename } from 'node:path';
import { type FrameKind, requestObject, oneOf, optionalString, InputError } from '../model/index.js';
import { type EquationKind, ALL_EQUATIONS, EQUATIONS, EQUATION_REGISTRY } from '../dissipators/index.js';
import type { MomentOrder } from '../moments/index.js';
import { numericModelArgument } from '../numeric/model-file.js';
import { type Expr, callExpr, constantExpr, ohmicRateExpr, varExpr } from '../numeric/lowering-program.js';
import { type Dialect, decimalRational, expressionPrinter, floatLiteral } from '../numeric/program-print.js';
import { type CodeProgram, type ModelKind, type ModelProgramRequest, type PhysicalParameter, loweringProgram, modelProgram } from './code-program.js';

export type CodeFormat = 'python' | 'julia' | 'mathjs';
export const CODE_FORMATS: readonly CodeFormat[] = ['python', 'julia', 'mathjs'];

const PYTHON: Dialect = {
  rational: decimalRational((n) => `${n}.0`),
  constant: floatLiteral,
  variable: (name) => name,
  pow: (b, e) => (e < 0 ? `${b}**(${e})` : `${b}**${e}`),
  call: (fn, args) => (fn === 'max' ? `max(${args.join(', ')})` : `math.${fn}(${args.join(', ')})`),
  sign: (x) => `(1.0 if ${x} >= 0 else -1.0)`,
};

const JULIA: Dialect = {
  rational: decimalRational((n) => `${n}.0`),
  constant: floatLiteral,
  variable: (name) => name,
  pow: (b, e) => (e < 0 ? `${b}^(${e})` : `${b}^${e}`),
  call: (fn, args) => `${fn}(${args.join(', ')})`,
  sign: (x) => `(${x} >= 0 ? 1.0 : -1.0)`,
};

const MATHJS: Dialect = {
  rational: decimalRational((n) => String(n)),
  constant: (x) => (Object.is(x, -0) ? '0' : String(x)),
  variable: (name) => name,
  pow: (b, e) => (e < 0 ? `${b} ^ (${e})` : `${b} ^ ${e}`),
  call: (fn, args) => `${fn}(${args.join(', ')})`,
  sign: (x) => `(${x} >= 0 ? 1 : -1)`,
};

// In all three languages ** / ^ binds tighter than unary minus, so -x^2 is -(x^2), as intended.
const printPython = expressionPrinter(PYTHON);
const printJulia = expressionPrinter(JULIA);
const printMathjs = expressionPrinter(MATHJS);

/** One assignment `name = expr` of the printed function, with the check a root's square must pass. */
interface Assignment {
  readonly name: string;
  readonly expr: Expr;
  readonly comment?: string;
  readonly positive?: { readonly square: string; readonly message: string };
}

/** The program's statements as assignments: fixed inputs as numbers, roots checked, the rates of eq. 19 in closed form. */
function assignments(p: CodeProgram): Assignment[] {
  const out: Assignment[] = [];
  for (const s of p.statements) {
    switch (s.kind) {
      case 'input': {
        const v = p.fixed.get(s.name);
        if (v !== undefined) out.push({ name: s.name, expr: constantExpr(v) });
        else if (!p.parameters.some((x) => x.name === s.name)) throw new Error(`code: the input ${s.name} is neither fixed nor an argument`);
        break;
      }
      case 'assign':
        out.push({ name: s.name, expr: s.expr, ...(s.comment === undefined ? {} : { comment: s.comment }) });
        break;
      case 'root': {
        const square = `${s.name}_sq`;
        out.push(
          { name: square, expr: s.square },
          { name: s.name, expr: callExpr('sqrt', varExpr(square)), positive: { square, message: `${s.name}^2 is not positive: the normal-mode frequencies are not real (the system is unstable${p.rootHint})` } },
        );
        break;
      }
      case 'rate': {
        if (s.derivative !== 0) throw new InputError('code', 'rate derivatives cannot be exported');
        const bath = p.baths.get(s.bath);
        if (!bath) throw new Error(`code: no parameters for bath ${s.bath}`);
        out.push({ name: s.name, expr: ohmicRateExpr(s.rate, s.at, bath.lambda2, bath.temperature, p.cutoffSquared) });
        break;
      }
    }
  }
  return out;
}

const EQUATION_NAME: Record<EquationKind, string> = Object.fromEntries(ALL_EQUATIONS.map((e) => [e, EQUATION_REGISTRY[e].description])) as Record<EquationKind, string>;

function headerLines(p: CodeProgram): string[] {
  return [
    `Generated by openmoments; do not edit.`,
    `d<theta>/dt = M <theta> + c for the ${EQUATION_NAME[p.equation]}, ${p.order === 1 ? 'first' : 'second'} moments, ${p.basis} basis,`,
    ...p.description,
    `theta = (${p.basisNames.join(', ')})`,
    `Parameters:`,
    ...p.parameters.map((x) => `  ${x.name}: ${x.description}${x.default === null ? ' (required)' : ` (default ${x.default}, ${p.defaultsFrom})`}`),
  ];
}

const rowTooLong = (cells: string[]): boolean => cells.reduce((n, c) => n + c.length + 2, 0) > 96;

/** The condition the library's validation puts on a parameter, and the message when it fails. */
function validation(x: PhysicalParameter, finite: (name: string) => string): { test: string; message: string } {
  switch (x.constraint) {
    case 'positive': return { test: `${x.name} > 0`, message: `${x.name} must be positive` };
    case 'non-negative': return { test: `${x.name} >= 0`, message: `${x.name} must be non-negative` };
    case 'finite': return { test: finite(x.name), message: `${x.name} must be finite` };
  }
}

export interface CodeOptions {
  /** Name of the function (Python, Julia); default `moment_equations`. */
  readonly functionName?: string;
}

function checkIdentifier(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`not an identifier: "${name}"`);
  return name;
}

export function toPython(p: CodeProgram, options: CodeOptions = {}): string {
  const fn = checkIdentifier(options.functionName ?? 'moment_equations');
  const n = p.M.length;
  const args = [...p.parameters].sort((a, b) => Number(a.default !== null) - Number(b.default !== null)).map((x) => (x.default === null ? x.name : `${x.name}=${floatLiteral(x.default)}`));
  const body: string[] = [];
  for (const x of p.parameters) {
    const { test, message } = validation(x, (name) => `math.isfinite(${name})`);
    body.push(`if not (${test}):`, `    raise ValueError("${message}, got %r" % (${x.name},))`);
  }
  for (const s of assignments(p)) {
    if (s.comment) body.push(`# ${s.comment}`);
    if (s.positive) body.push(`if not (${s.positive.square} > 0):`, `    raise ValueError("${s.positive.message}")`);
    body.push(`${s.name} = ${printPython(s.expr)}`);
  }
  body.push('M = [');
  p.M.forEach((row, i) => {
    const cells = row.map(printPython);
    if (rowTooLong(cells)) body.push(`    [  # d<${p.basisNames[i]}>/dt`, ...cells.map((c) => `        ${c},`), '    ],');
    else body.push(`    [${cells.join(', ')}],  # d<${p.basisNames[i]}>/dt`);
  });
  body.push(']');
  const c = p.c.map(printPython);
  if (rowTooLong(c)) body.push('c = [', ...c.map((x) => `    ${x},`), ']');
  else body.push(`c = [${c.join(', ')}]`);
  body.push('return M, c');
  return [
    ...headerLines(p).map((l) => `# ${l}`.trimEnd()),
    '',
    'import math',
    '',
    `BASIS = [${p.basisNames.map((b) => JSON.stringify(b)).join(', ')}]`,
    '',
    '',
    `def ${fn}(${args.join(', ')}):`,
    `    """Return (M, c): M as a list of ${n} rows of ${n} floats, c as a list of ${n} floats, in the order of BASIS."""`,
    ...body.map((l) => `    ${l}`),
    '',
  ].join('\n');
}

export function toJulia(p: CodeProgram, options: CodeOptions = {}): string {
  const fn = checkIdentifier(options.functionName ?? 'moment_equations');
  const n = p.M.length;
  const args = p.parameters.map((x) => (x.default === null ? `${x.name}::Real` : `${x.name}::Real=${floatLiteral(x.default)}`));
  const body: string[] = [];
  for (const x of p.parameters) {
    const { test, message } = validation(x, (name) => `isfinite(${name})`);
    body.push(`${test} || throw(ArgumentError("${message}, got $(${x.name})"))`);
  }
  for (const s of assignments(p)) {
    if (s.comment) body.push(`# ${s.comment}`);
    if (s.positive) body.push(`${s.positive.square} > 0 || throw(DomainError(${s.positive.square}, "${s.positive.message}"))`);
    body.push(`${s.name} = ${printJulia(s.expr)}`);
  }
  body.push(`M = Matrix{Float64}(undef, ${n}, ${n})`);
  p.M.forEach((row, i) => {
    const cells = row.map(printJulia);
    if (rowTooLong(cells)) body.push(`M[${i + 1}, :] = [  # d<${p.basisNames[i]}>/dt`, ...cells.map((c, j) => `    ${c}${j < cells.length - 1 ? ',' : ''}`), ']');
    else body.push(`M[${i + 1}, :] = [${cells.join(', ')}]  # d<${p.basisNames[i]}>/dt`);
  });
  const c = p.c.map(printJulia);
  if (rowTooLong(c)) body.push('c = Float64[', ...c.map((x, j) => `    ${x}${j < c.length - 1 ? ',' : ''}`), ']');
  else body.push(`c = Float64[${c.join(', ')}]`);
  body.push('return M, c');
  return [
    ...headerLines(p).map((l) => `# ${l}`.trimEnd()),
    '',
    `const ${fn.toUpperCase()}_BASIS = [${p.basisNames.map((b) => JSON.stringify(b)).join(', ')}]`,
    '',
    `"""`,
    `    ${fn}(; ${p.parameters.map((x) => x.name).join(', ')}) -> (M::Matrix{Float64}, c::Vector{Float64})`,
    '',
    `M is ${n}×${n} and c has ${n} entries, in the order of ${fn.toUpperCase()}_BASIS.`,
    `"""`,
    `function ${fn}(; ${args.join(', ')})`,
    ...body.map((l) => `    ${l}`),
    'end',
    '',
  ].join('\n');
}

export function toMathjs(p: CodeProgram): string {
  const n = p.M.length;
  const lines: string[] = [];
  for (const s of assignments(p)) lines.push(`${s.name} = ${printMathjs(s.expr)}${s.comment ? `  # ${s.comment}` : ''}`);
  lines.push('M = [');
  p.M.forEach((row, i) => lines.push(`  [${row.map(printMathjs).join(', ')}]${i < n - 1 ? ',' : ''}  # d<${p.basisNames[i]}>/dt`));
  lines.push(']');
  lines.push(`c = [${p.c.map(printMathjs).join(', ')}]`);
  return [
    ...headerLines(p).map((l) => `# ${l}`.trimEnd()),
    '#',
    `# A mathjs script: math.evaluate(script, scope) with scope = { ${p.parameters.map((x) => x.name).join(', ')} } (numbers).`,
    `# Afterwards scope.M is the ${n}x${n} matrix M and scope.c the vector c (mathjs matrices, sizes [${n}, ${n}] and [${n}]).`,
    '# No input validation: out-of-range parameters give NaN or complex entries.',
    ...lines,
    '',
  ].join('\n');
}

/** The mathjs form as data: the assignments in order, then the entries of M and c. */
export interface MathjsAssignments {
  readonly parameters: readonly string[];
  readonly assignments: readonly (readonly [string, string])[];
  readonly M: readonly (readonly string[])[];
  readonly c: readonly string[];
}

export function toMathjsAssignments(p: CodeProgram): MathjsAssignments {
  return {
    parameters: p.parameters.map((x) => x.name),
    assignments: assignments(p).map((s) => [s.name, printMathjs(s.expr)] as const),
    M: p.M.map((r) => r.map(printMathjs)),
    c: p.c.map(printMathjs),
  };
}

export interface CodeRequest extends CodeOptions {
  readonly format: CodeFormat;
  readonly model: ModelKind;
  readonly equation: EquationKind;
  readonly order: MomentOrder;
  readonly basis: FrameKind;
}

function checkedFunctionName(argument: string, value: unknown): string | undefined {
  const name = optionalString(argument, value);
  if (name !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new InputError(argument, `must be an identifier (letters, digits, _), got "${name.slice(0, 40)}"`);
  return name;
}

function printed(format: CodeFormat, program: CodeProgram, options: CodeOptions): string {
  switch (format) {
    case 'python': return toPython(program, options);
    case 'julia': return toJulia(program, options);
    case 'mathjs': return toMathjs(program);
  }
}

export function exportCode(req: CodeRequest): string {
  const r = requestObject('exportCode(request)', req, ['format', 'model', 'equation', 'order', 'basis', 'functionName']);
  oneOf('exportCode(request.format)', r['format'], CODE_FORMATS);
  oneOf('exportCode(request.model)', r['model'], ['resonant', 'general'] as const);
  oneOf('exportCode(request.equation)', r['equation'], EQUATIONS);
  oneOf('exportCode(request.order)', r['order'], [1, 2] as const);
  oneOf('exportCode(request.basis)', r['basis'], ['local', 'normal'] as const);
  checkedFunctionName('exportCode(request.functionName)', r['functionName']);
  return printed(req.format, loweringProgram(req), req);
}

export interface ModelCodeRequest extends ModelProgramRequest, CodeOptions {
  readonly format: CodeFormat;
}

/**
 * M and c of a model file's network as code: the frequencies and couplings fixed at the file's
 * numbers, the bath parameters, the cutoff and ħ arguments (export/code-program.ts).
 */
export function exportModelCode(req: ModelCodeRequest): string {
  const r = requestObject('exportModelCode(request)', req, ['format', 'model', 'file', 'equation', 'secularCutoff', 'order', 'basis', 'functionName']);
  oneOf('exportModelCode(request.format)', r['format'], CODE_FORMATS);
  const model = numericModelArgument('exportModelCode(request.model)', r['model']);
  const file = optionalString('exportModelCode(request.file)', r['file']);
  oneOf('exportModelCode(request.equation)', r['equation'], ALL_EQUATIONS);
  const secularCutoff = r['secularCutoff'];
  if (secularCutoff !== undefined && typeof secularCutoff !== 'number') throw new InputError('exportModelCode(request.secularCutoff)', 'must be a number');
  oneOf('exportModelCode(request.order)', r['order'], [1, 2] as const);
  oneOf('exportModelCode(request.basis)', r['basis'], ['local', 'normal'] as const);
  checkedFunctionName('exportModelCode(request.functionName)', r['functionName']);
  const program = modelProgram({
    model,
    ...(file === undefined ? {} : { file: basename(file) }),
    equation: req.equation,
    ...(secularCutoff === undefined ? {} : { secularCutoff }),
    order: req.order,
    basis: req.basis,
  });
  return printed(req.format, program, req);
}
