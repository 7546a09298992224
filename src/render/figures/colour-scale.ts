/** Mapping data values to colours: the value range of a colour scale and the lookup. */
import type { ColourMap } from './colour-map.js';
import { sampleColourMap } from './colour-map.js';
import type { Rgb } from './colour.js';

/** The data values mapped to the low and high ends of the colour map (min < max). */
export interface ColourScale {
  readonly min: number;
  readonly max: number;
}

/** Smallest and largest finite value, or null when there is none. */
export function finiteExtent(values: ArrayLike<number>): { readonly min: number; readonly max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? { min, max } : null;
}

/**
 * The colour scale spanning the finite values of all the grids. A constant grid gets
 * [v − ½, v + ½]; grids with no finite value get [0, 1].
 */
export function colourScaleSpanning(grids: ReadonlyArray<ArrayLike<number>>): ColourScale {
  const extents = grids.map(finiteExtent).filter((e): e is { min: number; max: number } => e !== null);
  if (extents.length === 0) return { min: 0, max: 1 };
  const min = Math.min(...extents.map((e) => e.min));
  const max = Math.max(...extents.map((e) => e.max));
  return min < max ? { min, max } : { min: min - 0.5, max: max + 0.5 };
}

/** Throws unless min and max are finite with min < max. */
export function validateColourScale(scale: ColourScale): ColourScale {
  if (!Number.isFinite(scale.min) || !Number.isFinite(scale.max) || !(scale.min < scale.max)) {
    throw new RangeError(`a colour scale needs finite min < max, got [${scale.min}, ${scale.max}]`);
  }
  return scale;
}

/** Position of a finite value on the scale, clamped to [0, 1]. */
export function scaleFraction(scale: ColourScale, value: number): number {
  return Math.max(0, Math.min(1, (value - scale.min) / (scale.max - scale.min)));
}

/** The colour of a value: NaN and ±Infinity get the unresolved colour; others are clamped to the scale. */
export function valueColour(value: number, scale: ColourScale, map: ColourMap, unresolved: Rgb): Rgb {
  return Number.isFinite(value) ? sampleColourMap(map, scaleFraction(scale, value)) : unresolved;
}
