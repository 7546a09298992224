/**
 * The range of magnitudes a physical parameter may take (docs/architecture.md, "Input limits").
 * Inside it, squares and products of parameters (ω², ω·T, λ²Λ²) stay far from overflow and
 * underflow in double precision; outside it the lowered matrices would lose every digit, so such
 * a value is refused instead of answered with NaN.
 */
import { InputError } from './input-error.js';

/** The most points of one EP-map panel (ω count × k count): about a minute and 32 MB per panel. */
export const GRID_POINTS_LIMIT = 4_000_000;

/** An (ω, k) grid of at most GRID_POINTS_LIMIT points; else an InputError naming `flag`. */
export function checkGridSize(flag: string, omegaCount: number, kCount: number): void {
  if (omegaCount * kCount > GRID_POINTS_LIMIT) throw new InputError(flag, `the grid has ${omegaCount} × ${kCount} = ${omegaCount * kCount} points; the limit is ${GRID_POINTS_LIMIT}`);
}

export const PARAMETER_MAGNITUDE = Object.freeze({ smallest: 1e-30, largest: 1e30 });

/** A finite value that is 0 or has a magnitude in [1e-30, 1e30]; else an InputError naming `flag`. */
export function checkMagnitude(flag: string, value: number): void {
  if (!Number.isFinite(value)) throw new InputError(flag, `must be a finite number, got ${value}`);
  const size = Math.abs(value);
  const { smallest, largest } = PARAMETER_MAGNITUDE;
  if (size !== 0 && (size < smallest || size > largest)) {
    throw new InputError(flag, `${value} is outside the supported range: magnitudes from ${smallest} to ${largest} (or 0)`);
  }
}
