/** Data-to-pixel mapping along one axis. */

/** Kind of axis: linear, or logarithmic (base 10, positive values only). */
export type AxisKind = 'linear' | 'log';

/** The data interval [min, max] shown along an axis (min < max; both > 0 for 'log'). */
export type AxisScale =
  | { readonly kind: 'linear'; readonly min: number; readonly max: number }
  | { readonly kind: 'log'; readonly min: number; readonly max: number };

/** Position of a value along the axis (0 at min, 1 at max; NaN for non-positive values on a log axis). */
export function axisFraction(scale: AxisScale, value: number): number {
  switch (scale.kind) {
    case 'linear':
      return (value - scale.min) / (scale.max - scale.min);
    case 'log':
      return value > 0 ? Math.log10(value / scale.min) / Math.log10(scale.max / scale.min) : NaN;
  }
}

/** The pixel coordinate of a value, with min at `start` and max at `end`. */
export function axisPixel(scale: AxisScale, value: number, start: number, end: number): number {
  return start + axisFraction(scale, value) * (end - start);
}

/** Throws unless the interval is usable for the kind of axis. */
export function validateAxisScale(scale: AxisScale, name: string): AxisScale {
  if (!Number.isFinite(scale.min) || !Number.isFinite(scale.max) || !(scale.min < scale.max)) {
    throw new RangeError(`the ${name} range needs finite min < max, got [${scale.min}, ${scale.max}]`);
  }
  if (scale.kind === 'log' && !(scale.min > 0)) {
    throw new RangeError(`a logarithmic ${name} axis needs a positive range, got [${scale.min}, ${scale.max}]`);
  }
  return scale;
}
