/**
 * Lowering: exact scalars → numbers. Symbol values come from the model's definitions, evaluated
 * in order (parameters, roots, mixing angles, rates); an expression that is not real, or not
 * finite, throws rather than returning NaN.
 */
import type { Scalar } from '../algebra/index.js';
import { toNumberQ } from '../algebra/index.js';
import type { SymbolDefinition } from '../model/index.js';
import { InputError } from './input-error.js';
import type { BathParameters, SpectralDensity } from './spectral.js';

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

export function evaluateScalar(s: Scalar, values: SymbolValues): number {
  let re = 0;
  let im = 0;
  for (const t of s.terms) {
    let m = 1;
    for (const [name, p] of t.monomial.factors) {
      const v = values.get(name);
      if (v === undefined) throw new Error(`no value for symbol ${name}`);
      m *= p === 1 ? v : v ** p;
    }
    re += toNumberQ(t.coefficient.re) * m;
    im += toNumberQ(t.coefficient.im) * m;
  }
  if (Math.abs(im) > 1e-12 * Math.max(1, Math.abs(re))) throw new Error(`expected a real value, got ${re} + ${im}i`);
  return re;
}

export function evaluateDefinitions(definitions: readonly SymbolDefinition[], input: LoweringInput): Map<string, number> {
  const values = new Map<string, number>();
  for (const d of definitions) {
    evaluateDefinition(d, input, values);
    const v = values.get(d.name);
    if (v === undefined || !Number.isFinite(v)) throw new InputError('parameters', `${d.name} = ${v} is not finite: the parameters are outside what double precision represents`);
  }
  return values;
}

function evaluateDefinition(d: SymbolDefinition, input: LoweringInput, values: Map<string, number>): void {
  {
    switch (d.kind) {
      case 'parameter': {
        const v = input.parameters.get(d.name);
        if (v === undefined) throw new InputError(d.name, `missing value (${d.description})`);
        if (!Number.isFinite(v)) throw new InputError(d.name, `must be a finite number, got ${v}`);
        values.set(d.name, v);
        break;
      }
      case 'root': {
        const square = evaluateScalar(d.square, values);
        if (!(square > 0)) throw new InputError(d.name, `${d.name}² = ${square} is not positive: the normal-mode frequencies are not real (the system is unstable)`);
        values.set(d.name, Math.sqrt(square));
        break;
      }
      case 'mixing': {
        const delta = evaluateScalar(d.delta, values);
        const R = values.get(d.radius)!;
        const k = values.get(d.coupling)!;
        const sin = Math.sqrt(Math.max(0, (R + delta) / (2 * R)));
        const cos = (k >= 0 ? 1 : -1) * Math.sqrt(Math.max(0, (R - delta) / (2 * R)));
        values.set(d.name, d.part === 'sin' ? sin : cos);
        break;
      }
      case 'difference-of-squares': {
        const a = values.get(d.a)!;
        const b = values.get(d.b)!;
        values.set(d.name, (a - b) * (a + b));
        break;
      }
      case 'hypot': {
        // √(x² + y²): a sum of squares, so no cancellation; the same arithmetic as compile.ts and the exports.
        const x = evaluateScalar(d.x, values);
        const y = evaluateScalar(d.y, values);
        values.set(d.name, Math.sqrt(x * x + y * y));
        break;
      }
      case 'value':
        values.set(d.name, evaluateScalar(d.value, values));
        break;
      case 'rate': {
        const bath = input.baths.get(d.bath);
        if (!bath) throw new InputError(d.bath, `no temperature and coupling given for bath ${d.bath}`);
        const f = evaluateScalar(d.at, values);
        const density = input.bathSpectra?.get(d.bath) ?? input.spectral;
        const v = density.rate(d.rate, d.derivative, bath, input.cutoff)(f);
        if (!Number.isFinite(v)) throw new InputError(d.name, `rate is not finite at frequency ${f}`);
        values.set(d.name, v);
        break;
      }
    }
  }
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
