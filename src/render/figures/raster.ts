/**
 * An RGB pixel buffer and the basic operations on it. Renderers create a raster, draw into
 * it, and encode it; the buffer is never shared, so drawing mutates only the renderer's own.
 */
import type { Rgb } from './colour.js';

export interface Raster {
  readonly width: number;
  readonly height: number;
  /** 3 bytes per pixel, top row first. */
  readonly rgb: Uint8Array;
}

export function createRaster(width: number, height: number, background: Rgb): Raster {
  const rgb = new Uint8Array(width * height * 3);
  for (let i = 0; i < width * height; i++) rgb.set([background.r, background.g, background.b], i * 3);
  return { width, height, rgb };
}

/** Paints pixel (x, y) with the colour at opacity alpha ∈ [0, 1]; pixels outside are ignored. */
export function blendPixel(raster: Raster, x: number, y: number, colour: Rgb, alpha: number): void {
  if (x < 0 || y < 0 || x >= raster.width || y >= raster.height || !(alpha > 0)) return;
  const i = (y * raster.width + x) * 3;
  const a = Math.min(1, alpha);
  raster.rgb[i] = Math.round(raster.rgb[i]! + (colour.r - raster.rgb[i]!) * a);
  raster.rgb[i + 1] = Math.round(raster.rgb[i + 1]! + (colour.g - raster.rgb[i + 1]!) * a);
  raster.rgb[i + 2] = Math.round(raster.rgb[i + 2]! + (colour.b - raster.rgb[i + 2]!) * a);
}

/** Fills the pixels with x0 ≤ x < x1 and y0 ≤ y < y1 (clipped to the raster). */
export function fillPixelRect(raster: Raster, x0: number, y0: number, x1: number, y1: number, colour: Rgb, alpha = 1): void {
  const left = Math.max(0, Math.round(x0));
  const right = Math.min(raster.width, Math.round(x1));
  const top = Math.max(0, Math.round(y0));
  const bottom = Math.min(raster.height, Math.round(y1));
  for (let y = top; y < bottom; y++) {
    for (let x = left; x < right; x++) {
      if (alpha >= 1) raster.rgb.set([colour.r, colour.g, colour.b], (y * raster.width + x) * 3);
      else blendPixel(raster, x, y, colour, alpha);
    }
  }
}

/** The colour of pixel (x, y). */
export function pixelAt(raster: Raster, x: number, y: number): Rgb {
  const i = (y * raster.width + x) * 3;
  return { r: raster.rgb[i]!, g: raster.rgb[i + 1]!, b: raster.rgb[i + 2]! };
}
