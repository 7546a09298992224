/** Anti-aliased stroking of polylines (round caps and joins, optional dashes) into a raster. */
import type { Rgb } from './colour.js';
import { splitIntoDashes } from './dash.js';
import type { Point } from './geometry.js';
import { blendPixel, type Raster } from './raster.js';

function distanceToSegment(px: number, py: number, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - a[0]) * dx + (py - a[1]) * dy) / lengthSquared));
  return Math.hypot(px - (a[0] + t * dx), py - (a[1] + t * dy));
}

/** Strokes one connected piece: coverage is the maximum over its segments, so joins are not painted twice. */
function strokePiece(raster: Raster, piece: readonly Point[], colour: Rgb, width: number): void {
  const reach = width / 2 + 1;
  const xs = piece.map((p) => p[0]);
  const ys = piece.map((p) => p[1]);
  const left = Math.max(0, Math.floor(Math.min(...xs) - reach));
  const right = Math.min(raster.width - 1, Math.ceil(Math.max(...xs) + reach));
  const top = Math.max(0, Math.floor(Math.min(...ys) - reach));
  const bottom = Math.min(raster.height - 1, Math.ceil(Math.max(...ys) + reach));
  if (left > right || top > bottom) return;
  const boxWidth = right - left + 1;
  const coverage = new Float32Array(boxWidth * (bottom - top + 1));
  const halfWidth = width / 2;
  for (let i = 0; i + 1 < piece.length; i++) {
    const a = piece[i]!;
    const b = piece[i + 1]!;
    const x0 = Math.max(left, Math.floor(Math.min(a[0], b[0]) - reach));
    const x1 = Math.min(right, Math.ceil(Math.max(a[0], b[0]) + reach));
    const y0 = Math.max(top, Math.floor(Math.min(a[1], b[1]) - reach));
    const y1 = Math.min(bottom, Math.ceil(Math.max(a[1], b[1]) + reach));
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const cover = Math.min(1, halfWidth + 0.5 - distanceToSegment(x + 0.5, y + 0.5, a, b));
        const index = (y - top) * boxWidth + (x - left);
        if (cover > coverage[index]!) coverage[index] = cover;
      }
    }
  }
  for (let y = top; y <= bottom; y++) {
    for (let x = left; x <= right; x++) {
      const cover = coverage[(y - top) * boxWidth + (x - left)]!;
      if (cover > 0) blendPixel(raster, x, y, colour, cover);
    }
  }
}

/** Strokes the polyline (device pixels) with the given width and dash pattern (empty = solid). */
export function strokePolyline(raster: Raster, points: readonly Point[], colour: Rgb, width: number, dash: readonly number[]): void {
  const finite = points.every((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]));
  if (!finite || points.length < 2) return;
  for (const piece of splitIntoDashes(points, dash)) strokePiece(raster, piece, colour, width);
}
