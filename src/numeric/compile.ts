/**
 * Compile lowered matrices to JavaScript source, `(out, omega, k) => { … }`, writing M(ω, k)
 * row-major: the symbol definitions are evaluated in order (parameters from the arguments,
 * roots, mixing angles, rates of the spectral density with the bath parameters inlined), then
 * every entry. Source text so that worker threads can compile it.
 */
import { type Scalar, toNumberQ } from '../algebra/index.js';
import type { Model, SymbolDefinition } from '../model/index.js';
import { InputError } from './input-error.js';
import type { BathParameters, RateSource } from './spectral.js';

export type { RateSource } from './spectral.js';

const literal = (x: number): string => (Object.is(x, -0) ? '0' : String(x));

/** Eq. 19 in closed form: Δ = −λ²Λ²/(f² + Λ²), Σ = λ²Λ²/(f² + Λ²) (1 + 2/(e^{f/T} − 1)). */
export const OHMIC_RATE_SOURCE: RateSource = {
  delta: (f, b, L) => `(${literal(-b.lambda2 * L * L)} / (${f} * ${f} + ${literal(L * L)}))`,
  sigma: (f, b, L) => `(${literal(b.lambda2 * L * L)} / (${f} * ${f} + ${literal(L * L)}) * (1 + 2 / Math.expm1(${f} / ${literal(b.temperature)})))`,
};

function variable(name: string): string {
  return `v_${name}`;
}

export function scalarToJs(x: Scalar): string {
  if (x.terms.length === 0) return '0';
  return x.terms
    .map((t) => {
      if (t.coefficient.im.num !== 0n) throw new Error('compiled matrices must be real');
      const factors: string[] = [literal(toNumberQ(t.coefficient.re))];
      for (const [n, p] of t.monomial.factors) {
        const v = variable(n);
        if (p > 0) for (let i = 0; i < p; i++) factors.push(v);
        else factors.push(`(1 / (${Array.from({ length: -p }, () => v).join(' * ')}))`);
      }
      return factors.join(' * ');
    })
    .join(' + ');
}

function definitionJs(d: SymbolDefinition, baths: ReadonlyMap<string, BathParameters>, cutoff: number, rates: RateSource, args: ReadonlyMap<string, string>): string {
  switch (d.kind) {
    case 'parameter': {
      const arg = args.get(d.name);
      if (arg === undefined) throw new Error(`no value for parameter ${d.name} in the compiled matrix`);
      return `const ${variable(d.name)} = ${arg};`;
    }
    case 'root':
      return `const ${variable(d.name)} = Math.sqrt(${scalarToJs(d.square)});`;
    case 'difference-of-squares':
      return `const ${variable(d.name)} = (${variable(d.a)} - ${variable(d.b)}) * (${variable(d.a)} + ${variable(d.b)});`;
    case 'hypot':
      return `const ${variable(d.name)} = Math.sqrt((${scalarToJs(d.x)}) * (${scalarToJs(d.x)}) + (${scalarToJs(d.y)}) * (${scalarToJs(d.y)}));`;
    case 'value':
      return `const ${variable(d.name)} = ${scalarToJs(d.value)};`;
    case 'mixing': {
      const R = variable(d.radius);
      const delta = scalarToJs(d.delta);
      return d.part === 'sin'
        ? `const ${variable(d.name)} = Math.sqrt(Math.max(0, (${R} + (${delta})) / (2 * ${R})));`
        : `const ${variable(d.name)} = (${variable(d.coupling)} >= 0 ? 1 : -1) * Math.sqrt(Math.max(0, (${R} - (${delta})) / (2 * ${R})));`;
    }
    case 'rate': {
      if (d.derivative !== 0) throw new Error('compiled matrices take no rate derivatives');
      const bath = baths.get(d.bath);
      if (!bath) throw new InputError(d.bath, `no parameters for bath ${d.bath}`);
      const f = `(${scalarToJs(d.at)})`;
      return `const ${variable(d.name)} = ${d.rate === 'Delta' ? rates.delta(f, bath, cutoff) : rates.sigma(f, bath, cutoff)};`;
    }
  }
}

export interface CompileRequest {
  readonly model: Model;
  readonly matrix: readonly (readonly Scalar[])[];
  readonly baths: ReadonlyMap<string, BathParameters>;
  readonly cutoff: number;
  readonly rates?: RateSource;
  /** Which argument (omega or k) each parameter symbol takes; other parameters are fixed numbers. */
  readonly parameters: ReadonlyMap<string, 'omega' | 'k' | number>;
}

export function compileMatrixSource(req: CompileRequest): string {
  const used = new Set<string>();
  for (const row of req.matrix) for (const e of row) for (const t of e.terms) for (const [n] of t.monomial.factors) used.add(n);
  const args = new Map<string, string>();
  for (const [name, source] of req.parameters) args.set(name, typeof source === 'number' ? literal(source) : source);
  const lines = req.model.definitions
    .filter((d) => d.kind !== 'rate' || used.has(d.name))
    .map((d) => definitionJs(d, req.baths, req.cutoff, req.rates ?? OHMIC_RATE_SOURCE, args));
  const n = req.matrix.length;
  req.matrix.forEach((row, i) => row.forEach((e, j) => lines.push(`out[${i * n + j}] = ${scalarToJs(e)};`)));
  return `(out, omega, k) => {\n  ${lines.join('\n  ')}\n}`;
}
