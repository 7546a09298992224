/** Rasterises a scene and encodes it as PNG. */
import { parseHexColour } from './colour.js';
import type { Point } from './geometry.js';
import { encodePng } from './png-encoder.js';
import { createRaster, fillPixelRect, type Raster } from './raster.js';
import { strokePolyline } from './raster-stroke.js';
import { drawText } from './raster-text.js';
import type { CellsPrimitive, Primitive, RectPrimitive, Scene } from './scene.js';

export interface PngOptions {
  /** Device pixels per CSS pixel (1–8); default 2, so a 420 px wide figure is 840 pixels wide. */
  readonly pixelRatio?: number;
}

export const DEFAULT_PIXEL_RATIO = 2;

function resolvePixelRatio(options: PngOptions): number {
  const ratio = options.pixelRatio ?? DEFAULT_PIXEL_RATIO;
  if (!Number.isFinite(ratio) || ratio < 1 || ratio > 8) throw new RangeError(`pixelRatio must be between 1 and 8, got ${ratio}`);
  return ratio;
}

function drawRect(raster: Raster, rect: RectPrimitive, ratio: number): void {
  if (rect.fill !== null) {
    fillPixelRect(raster, rect.x * ratio, rect.y * ratio, (rect.x + rect.width) * ratio, (rect.y + rect.height) * ratio, parseHexColour(rect.fill), rect.fillOpacity);
  }
  if (rect.stroke !== null) {
    const [x0, y0, x1, y1] = [rect.x * ratio, rect.y * ratio, (rect.x + rect.width) * ratio, (rect.y + rect.height) * ratio];
    const outline: Point[] = [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
    strokePolyline(raster, outline, parseHexColour(rect.stroke), rect.strokeWidth * ratio, []);
  }
}

function drawCells(raster: Raster, cells: CellsPrimitive, ratio: number): void {
  const edgeX = (column: number): number => Math.round((cells.x + (column * cells.width) / cells.columns) * ratio);
  const edgeY = (row: number): number => Math.round((cells.y + (row * cells.height) / cells.rows) * ratio);
  for (let row = 0; row < cells.rows; row++) {
    for (let column = 0; column < cells.columns; column++) {
      const i = (row * cells.columns + column) * 3;
      const colour = { r: cells.rgb[i]!, g: cells.rgb[i + 1]!, b: cells.rgb[i + 2]! };
      fillPixelRect(raster, edgeX(column), edgeY(row), edgeX(column + 1), edgeY(row + 1), colour);
    }
  }
}

function drawPrimitive(raster: Raster, primitive: Primitive, ratio: number): void {
  switch (primitive.kind) {
    case 'rect':
      return drawRect(raster, primitive, ratio);
    case 'cells':
      return drawCells(raster, primitive, ratio);
    case 'polyline':
      return strokePolyline(
        raster,
        primitive.points.map(([x, y]): Point => [x * ratio, y * ratio]),
        parseHexColour(primitive.stroke),
        primitive.strokeWidth * ratio,
        primitive.dash.map((d) => d * ratio),
      );
    case 'text':
      return drawText(raster, primitive, ratio);
  }
}

/** The scene drawn into a new raster of ⌈width·ratio⌉ × ⌈height·ratio⌉ pixels. */
export function sceneToRaster(scene: Scene, options: PngOptions = {}): Raster {
  const ratio = resolvePixelRatio(options);
  const raster = createRaster(Math.ceil(scene.width * ratio), Math.ceil(scene.height * ratio), parseHexColour(scene.background));
  for (const primitive of scene.primitives) drawPrimitive(raster, primitive, ratio);
  return raster;
}

/** The scene as PNG file bytes. */
export function sceneToPng(scene: Scene, options: PngOptions = {}): Uint8Array {
  return encodePng(sceneToRaster(scene, options));
}
