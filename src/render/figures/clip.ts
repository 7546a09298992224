/** Clipping polylines to a rectangle (Liang–Barsky), breaking them at non-finite points. */
import type { Point, Rect } from './geometry.js';

function isFinitePoint(p: Point): boolean {
  return Number.isFinite(p[0]) && Number.isFinite(p[1]);
}

/** The part of segment a→b inside the rectangle, or null. Unclipped ends are returned as given. */
export function clipSegment(a: Point, b: Point, rect: Rect): readonly [Point, Point] | null {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const bounds: ReadonlyArray<readonly [number, number]> = [
    [-dx, a[0] - rect.x],
    [dx, rect.x + rect.width - a[0]],
    [-dy, a[1] - rect.y],
    [dy, rect.y + rect.height - a[1]],
  ];
  let enter = 0;
  let leave = 1;
  for (const [p, q] of bounds) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > leave) return null;
      enter = Math.max(enter, t);
    } else {
      if (t < enter) return null;
      leave = Math.min(leave, t);
    }
  }
  const start: Point = enter === 0 ? a : [a[0] + enter * dx, a[1] + enter * dy];
  const end: Point = leave === 1 ? b : [a[0] + leave * dx, a[1] + leave * dy];
  return [start, end];
}

/**
 * The visible pieces of a polyline inside the rectangle. A non-finite point (NaN, ±Infinity)
 * ends the current piece, so gaps in the data stay gaps; pieces have at least two points.
 */
export function clipPolyline(points: readonly Point[], rect: Rect): Point[][] {
  const pieces: Point[][] = [];
  let current: Point[] = [];
  const finish = (): void => {
    if (current.length >= 2) pieces.push(current);
    current = [];
  };
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const clipped = isFinitePoint(a) && isFinitePoint(b) ? clipSegment(a, b, rect) : null;
    if (clipped === null) {
      finish();
      continue;
    }
    const [start, end] = clipped;
    if (current[current.length - 1] !== start) {
      finish();
      current.push(start);
    }
    current.push(end);
  }
  finish();
  return pieces;
}
