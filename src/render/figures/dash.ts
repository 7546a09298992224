/** Line dash styles: SVG dash arrays and splitting a polyline into its dashes for rasterising. */
import type { Point } from './geometry.js';

/** How a line is stroked. Lines have round caps, so dots are true dots. */
export type DashStyle = 'solid' | 'dashed' | 'dotted' | 'dash-dot';

/** Effectively zero-length dash: with round caps, a dot of the line's width. */
const DOT = 0.01;

/** Alternating on/off lengths in px for a line of the given width (empty for solid). */
export function dashPattern(style: DashStyle, lineWidth: number): readonly number[] {
  const w = lineWidth;
  switch (style) {
    case 'solid':
      return [];
    case 'dashed':
      return [3 * w, 2.6 * w];
    case 'dotted':
      return [DOT, 2.4 * w];
    case 'dash-dot':
      return [5 * w, 2.6 * w, DOT, 2.6 * w];
  }
}

function distance(a: Point, b: Point): number {
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}

function along(a: Point, b: Point, t: number): Point {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

function pushDistinct(points: Point[], point: Point): void {
  const last = points[points.length - 1];
  if (last === undefined || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
}

/** The "on" pieces of a polyline under a dash pattern, starting at the pattern's beginning. */
export function splitIntoDashes(polyline: readonly Point[], pattern: readonly number[]): Point[][] {
  if (pattern.length === 0 || polyline.length < 2) return polyline.length >= 2 ? [[...polyline]] : [];
  const period = pattern.reduce((sum, length) => sum + length, 0);
  if (!(period > 0)) return [[...polyline]];
  const dashes: Point[][] = [];
  let patternIndex = 0;
  let remaining = pattern[0]!;
  let current: Point[] | null = [polyline[0]!];
  for (let i = 0; i + 1 < polyline.length; i++) {
    const a = polyline[i]!;
    const b = polyline[i + 1]!;
    const length = distance(a, b);
    let travelled = 0;
    while (length - travelled > remaining) {
      travelled += remaining;
      const point = along(a, b, length === 0 ? 0 : travelled / length);
      if (current !== null) {
        pushDistinct(current, point);
        dashes.push(current);
        current = null;
      } else {
        current = [point];
      }
      patternIndex = (patternIndex + 1) % pattern.length;
      remaining = pattern[patternIndex]!;
    }
    remaining -= length - travelled;
    if (current !== null) current.push(b);
  }
  if (current !== null && current.length >= 2) dashes.push(current);
  return dashes;
}
