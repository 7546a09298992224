/** Validation of spec fields shared by the figure kinds (each throws a RangeError naming the field). */
import { isHexColour } from './colour.js';

/** A figure dimension in px: finite, between 50 and 20 000. */
export function checkSize(size: number, name: string): number {
  if (!Number.isFinite(size) || size < 50 || size > 20_000) throw new RangeError(`${name} must be between 50 and 20000 px, got ${size}`);
  return size;
}

/** A CSS hex colour ("#rgb" or "#rrggbb"). */
export function checkHexColour(colour: string, name: string): string {
  if (!isHexColour(colour)) throw new RangeError(`${name} must be a CSS hex colour, got ${JSON.stringify(colour)}`);
  return colour;
}

/** A finite, strictly increasing interval. */
export function checkRange(range: readonly [number, number], name: string): readonly [number, number] {
  const [low, high] = range;
  if (!Number.isFinite(low) || !Number.isFinite(high) || !(low < high)) {
    throw new RangeError(`${name} must be finite and increasing, got [${low}, ${high}]`);
  }
  return range;
}

/** A positive integer count. */
export function checkCount(count: number, name: string): number {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`${name} must be a positive integer, got ${count}`);
  return count;
}
