/** Colour maps: evenly spaced sRGB stops, linearly interpolated. */
import { mixRgb, parseHexColour, roundRgb, type Rgb } from './colour.js';

/** A sequential colour map; stops[0] is the colour of the low end, the last stop of the high end. */
export interface ColourMap {
  readonly name: string;
  readonly stops: readonly Rgb[];
}

/**
 * Matplotlib's viridis (perceptually uniform, colour-blind friendly; CC0), sampled at 33
 * evenly spaced points of its 256-entry table; linear interpolation between these stays
 * within 2/255 of the full table.
 */
export const VIRIDIS: ColourMap = Object.freeze({
  name: 'viridis',
  stops: Object.freeze([
    '#440154', '#470d60', '#48186a', '#482374', '#472d7b', '#453781', '#424086', '#3e4989',
    '#3b528b', '#375b8d', '#33638d', '#2f6b8e', '#2c728e', '#297a8e', '#26828e', '#23898e',
    '#21918c', '#1f978b', '#1f9f88', '#21a685', '#27ad81', '#31b57b', '#3dbc74', '#4cc26c',
    '#5cc863', '#6ece58', '#81d34d', '#95d840', '#aadc32', '#c0df25', '#d5e21a', '#eae51a',
    '#fde725',
  ].map(parseHexColour)),
});

/** The map's colour at t ∈ [0, 1] (t is clamped; NaN is treated as 0). */
export function sampleColourMap(map: ColourMap, t: number): Rgb {
  const clamped = Number.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
  const last = map.stops.length - 1;
  const position = clamped * last;
  const index = Math.min(last - 1, Math.floor(position));
  if (index < 0) return map.stops[0]!;
  return roundRgb(mixRgb(map.stops[index]!, map.stops[index + 1]!, position - index));
}
