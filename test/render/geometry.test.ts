import { describe, expect, it } from 'vitest';
import { clipPolyline, clipSegment } from '../../src/render/figures/clip.js';
import { dashPattern, splitIntoDashes } from '../../src/render/figures/dash.js';
import type { Point } from '../../src/render/figures/geometry.js';

const BOX = { x: 0, y: 0, width: 10, height: 10 };

describe('clipping', () => {
  it('clips segments to the rectangle', () => {
    expect(clipSegment([-5, 5], [15, 5], BOX)).toEqual([[0, 5], [10, 5]]);
    expect(clipSegment([2, 2], [3, 3], BOX)).toEqual([[2, 2], [3, 3]]);
    expect(clipSegment([-5, -5], [-1, 20], BOX)).toBeNull();
  });

  it('splits polylines where they leave the box or hit a non-finite point', () => {
    const points: Point[] = [[1, 1], [5, 5], [5, 20], [6, 20], [6, 5], [8, 5], [NaN, 5], [9, 9], [9, 8]];
    expect(clipPolyline(points, BOX)).toEqual([
      [[1, 1], [5, 5], [5, 10]],
      [[6, 10], [6, 5], [8, 5]],
      [[9, 9], [9, 8]],
    ]);
  });
});

describe('dashes', () => {
  it('has a pattern per style, empty for solid', () => {
    expect(dashPattern('solid', 2)).toEqual([]);
    expect(dashPattern('dashed', 1)).toHaveLength(2);
    expect(dashPattern('dotted', 1)).toHaveLength(2);
    expect(dashPattern('dash-dot', 1)).toHaveLength(4);
  });

  it('splits a polyline into the on-pieces of the pattern, across corners', () => {
    const dashes = splitIntoDashes([[0, 0], [10, 0], [10, 10]], [4, 2]);
    expect(dashes).toEqual([
      [[0, 0], [4, 0]],
      [[6, 0], [10, 0]],
      [[10, 2], [10, 6]],
      [[10, 8], [10, 10]],
    ]);
    expect(splitIntoDashes([[0, 0], [1, 1]], [])).toEqual([[[0, 0], [1, 1]]]);
  });
});
