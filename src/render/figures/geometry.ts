/** Plane geometry shared by the figure renderers (CSS pixels, y pointing down). */

/** A point (x, y). */
export type Point = readonly [number, number];

/** An axis-aligned rectangle; (x, y) is its top-left corner. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export function rectRight(rect: Rect): number {
  return rect.x + rect.width;
}

export function rectBottom(rect: Rect): number {
  return rect.y + rect.height;
}

export function rectCentreX(rect: Rect): number {
  return rect.x + rect.width / 2;
}

export function rectCentreY(rect: Rect): number {
  return rect.y + rect.height / 2;
}
