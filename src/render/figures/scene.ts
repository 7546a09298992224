/**
 * A figure as a flat list of drawing primitives in CSS pixels: the common ground of the SVG
 * writer and the PNG rasteriser. Colours are CSS hex strings ("#rrggbb").
 */
import type { Point } from './geometry.js';
import type { TextRun } from './label-markup.js';

/** What a primitive depicts; written as the SVG class, and handy for tests. */
export type PrimitiveRole =
  | 'background'
  | 'frame'
  | 'tick'
  | 'tick-label'
  | 'axis-label'
  | 'multiplier'
  | 'title'
  | 'panel-label'
  | 'heatmap-cells'
  | 'colour-bar'
  | 'unresolved-key'
  | 'overlay'
  | 'series'
  | 'reference-line'
  | 'legend';

export interface RectPrimitive {
  readonly kind: 'rect';
  readonly role: PrimitiveRole;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Fill colour, or null for none. */
  readonly fill: string | null;
  /** Opacity of the fill in [0, 1]. */
  readonly fillOpacity: number;
  /** Outline colour, or null for none. */
  readonly stroke: string | null;
  readonly strokeWidth: number;
}

/** A grid of equal cells filling a rectangle; rgb holds 3 bytes per cell, top row first. */
export interface CellsPrimitive {
  readonly kind: 'cells';
  readonly role: PrimitiveRole;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly columns: number;
  readonly rows: number;
  readonly rgb: Uint8Array;
}

/** An open polyline stroked with round caps and joins. */
export interface PolylinePrimitive {
  readonly kind: 'polyline';
  readonly role: PrimitiveRole;
  readonly points: readonly Point[];
  readonly stroke: string;
  readonly strokeWidth: number;
  /** Alternating on/off lengths in px; empty for a solid line. */
  readonly dash: readonly number[];
}

/** Styled text; (x, y) is the anchor point on the baseline. */
export interface TextPrimitive {
  readonly kind: 'text';
  readonly role: PrimitiveRole;
  readonly x: number;
  readonly y: number;
  readonly runs: readonly TextRun[];
  readonly fontSize: number;
  readonly anchor: 'start' | 'middle' | 'end';
  /** 0 for horizontal text, −90 for text reading upwards (rotated about the anchor). */
  readonly rotation: 0 | -90;
  readonly bold: boolean;
  readonly fill: string;
}

export type Primitive = RectPrimitive | CellsPrimitive | PolylinePrimitive | TextPrimitive;

/** A complete figure. */
export interface Scene {
  readonly width: number;
  readonly height: number;
  readonly background: string;
  /** CSS font stack of all text. */
  readonly fontFamily: string;
  readonly primitives: readonly Primitive[];
}

/** The primitive moved by (dx, dy). */
export function translatePrimitive(primitive: Primitive, dx: number, dy: number): Primitive {
  switch (primitive.kind) {
    case 'rect':
    case 'cells':
    case 'text':
      return { ...primitive, x: primitive.x + dx, y: primitive.y + dy };
    case 'polyline':
      return { ...primitive, points: primitive.points.map(([x, y]): Point => [x + dx, y + dy]) };
  }
}
