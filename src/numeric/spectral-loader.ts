/** The spectral density a user asks for: eq. 19 by default; mathjs is loaded only for an expression. */
import { type SpectralDensity, ohmicAlgebraic } from './spectral.js';
import type { NumericModel } from './physical.js';
import { InputError } from './input-error.js';

export async function loadSpectralDensity(text: string | null): Promise<SpectralDensity> {
  if (text === null) return ohmicAlgebraic();
  const { expressionSpectralDensity } = await import('./spectral-expression.js');
  return expressionSpectralDensity(text);
}

/** The per-bath spectral densities a model names, loaded (mathjs is imported only if one is given). */
export async function loadBathSpectra(nm: NumericModel): Promise<ReadonlyMap<string, SpectralDensity>> {
  const out = new Map<string, SpectralDensity>();
  for (const [i, b] of nm.baths.entries()) {
    if (b.spectral === undefined) continue;
    const { expressionSpectralDensity } = await import('./spectral-expression.js');
    try {
      out.set(b.label, expressionSpectralDensity(b.spectral));
    } catch (e) {
      if (e instanceof InputError) throw new InputError(`model file: baths[${i}].spectral`, e.message.replace(/^[^:]*: /, ''));
      throw e;
    }
  }
  return out;
}

