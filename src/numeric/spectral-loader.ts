/** The spectral density a user asks for: eq. 19 by default; mathjs is loaded only for an expression. */
import { type SpectralDensity, ohmicAlgebraic } from './spectral.js';

export async function loadSpectralDensity(text: string | null): Promise<SpectralDensity> {
  if (text === null) return ohmicAlgebraic();
  const { expressionSpectralDensity } = await import('./spectral-expression.js');
  return expressionSpectralDensity(text);
}
