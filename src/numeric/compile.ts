/**
 * The JavaScript back end of the lowering program (lowering-program.ts): M(ω, k) as source,
 * `(out, omega, k) => { … }`, writing M row-major. The statements run in order (parameters from
 * the arguments or as fixed numbers, roots, mixing angles, rates of the spectral density with the
 * bath parameters inlined), then every entry: the interpreter's operations, so the filler gives
 * the interpreter's numbers bit for bit. Source text so that worker threads can compile it.
 */
import type { Scalar } from '../algebra/index.js';
import { toNumberQ } from '../algebra/index.js';
import type { Model } from '../model/index.js';
import { InputError } from './input-error.js';
import type { BathParameters, RateSource } from './spectral.js';
import { type Statement, constantExpr, lowerToProgram, ohmicRateExpr } from './lowering-program.js';
import { type Dialect, expressionPrinter } from './program-print.js';

export type { RateSource } from './spectral.js';

const literal = (x: number): string => (Object.is(x, -0) ? '0' : String(x));

const JAVASCRIPT: Dialect = {
  // toNumberQ's double, so that the literal is the interpreter's number.
  rational: (num, den) => ({ text: literal(toNumberQ({ kind: 'rational', num, den })), atom: true }),
  constant: literal,
  variable: (name) => `v_${name}`,
  // The products of integerPower (evaluate.ts), as the interpreter multiplies them.
  pow: (b, e) => {
    const product = Array.from({ length: Math.abs(e) }, () => b).join(' * ');
    return e < 0 ? `(1 / (${product}))` : `(${product})`;
  },
  call: (fn, args) => `Math.${fn}(${args.join(', ')})`,
  sign: (x) => `(${x} >= 0 ? 1 : -1)`,
};

const printJs = expressionPrinter(JAVASCRIPT);

export interface CompileRequest {
  readonly model: Model;
  readonly matrix: readonly (readonly Scalar[])[];
  readonly baths: ReadonlyMap<string, BathParameters>;
  readonly cutoff: number;
  /** The rates of a spectral density other than eq. 19, as source (SpectralDensity.source). */
  readonly rates?: RateSource;
  /** Which argument (omega or k) each parameter symbol takes; other parameters are fixed numbers. */
  readonly parameters: ReadonlyMap<string, 'omega' | 'k' | number>;
}

function statementJs(s: Statement, req: CompileRequest): string {
  const target = `const ${JAVASCRIPT.variable(s.name)}`;
  switch (s.kind) {
    case 'input': {
      const source = req.parameters.get(s.name);
      if (source === undefined) throw new Error(`no value for parameter ${s.name} in the compiled matrix`);
      return `${target} = ${typeof source === 'number' ? literal(source) : source};`;
    }
    case 'assign':
      return `${target} = ${printJs(s.expr)};`;
    case 'root':
      return `${target} = Math.sqrt(${printJs(s.square)});`;
    case 'rate': {
      if (s.derivative !== 0) throw new Error('compiled matrices take no rate derivatives');
      const bath = req.baths.get(s.bath);
      if (!bath) throw new InputError(s.bath, `no parameters for bath ${s.bath}`);
      if (req.rates) {
        const f = `(${printJs(s.at)})`;
        return `${target} = ${s.rate === 'Delta' ? req.rates.delta(f, bath, req.cutoff) : req.rates.sigma(f, bath, req.cutoff)};`;
      }
      return `${target} = ${printJs(ohmicRateExpr(s.rate, s.at, constantExpr(bath.lambda2), constantExpr(bath.temperature), constantExpr(req.cutoff * req.cutoff)))};`;
    }
  }
}

export function compileMatrixSource(req: CompileRequest): string {
  const program = lowerToProgram(req.model.definitions, req.matrix, []);
  const lines = program.statements.map((s) => statementJs(s, req));
  const n = program.M.length;
  program.M.forEach((row, i) => row.forEach((e, j) => lines.push(`out[${i * n + j}] = ${printJs(e)};`)));
  return `(out, omega, k) => {\n  ${lines.join('\n  ')}\n}`;
}
