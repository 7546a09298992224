/** Draws text primitives into a raster with the bitmap font (scaled by whole pixels). */
import { parseHexColour, type Rgb } from './colour.js';
import { CAP_ROWS, glyphFor, type Glyph } from './bitmap-font.js';
import type { RunPosition } from './label-markup.js';
import { blendPixel, type Raster } from './raster.js';
import type { TextPrimitive } from './scene.js';
import { CAP_HEIGHT_EM } from './text-metrics.js';

/** Horizontal shift per font pixel of height for italics. */
const ITALIC_SLANT = 0.2;

/** A glyph placed along the text: x from the text start, scale, baseline shift (device px, down positive). */
interface PlacedGlyph {
  readonly glyph: Glyph;
  readonly x: number;
  readonly scale: number;
  readonly rise: number;
  readonly italic: boolean;
}

/** Whole-pixel scale of the base font for a font size (CSS px) at a pixel ratio. */
export function fontScale(fontSize: number, pixelRatio: number): number {
  return Math.max(1, Math.round((fontSize * pixelRatio * CAP_HEIGHT_EM) / CAP_ROWS));
}

function scriptScale(baseScale: number): number {
  return Math.max(1, Math.round(baseScale * 0.7));
}

function rise(position: RunPosition, baseScale: number): number {
  switch (position) {
    case 'base':
      return 0;
    case 'super':
      return -Math.round(CAP_ROWS * baseScale * 0.5);
    case 'sub':
      return Math.round(CAP_ROWS * baseScale * 0.3);
  }
}

/** Places the glyphs; returns them with the total width in device px. */
export function layoutGlyphs(text: TextPrimitive, pixelRatio: number): { glyphs: PlacedGlyph[]; width: number } {
  const base = fontScale(text.fontSize, pixelRatio);
  const glyphs: PlacedGlyph[] = [];
  let x = 0;
  let lastStart = 0;
  let lastScale = base;
  for (const run of text.runs) {
    const scale = run.position === 'base' ? base : scriptScale(base);
    for (const character of run.text) {
      const glyph = glyphFor(character);
      if (glyph.combining) {
        glyphs.push({ glyph, x: lastStart, scale: lastScale, rise: rise(run.position, base), italic: run.italic });
        continue;
      }
      glyphs.push({ glyph, x, scale, rise: rise(run.position, base), italic: run.italic });
      lastStart = x;
      lastScale = scale;
      x += glyph.advance * scale;
    }
  }
  // The last glyph's advance includes one column of spacing.
  return { glyphs, width: Math.max(0, x - lastScale) };
}

/** Device pixel of text-space pixel (u along the text, v down from the baseline). */
function toDevice(text: TextPrimitive, originX: number, originY: number, u: number, v: number): readonly [number, number] {
  return text.rotation === 0 ? [originX + u, originY + v] : [originX + v, originY - u - 1];
}

function drawGlyph(raster: Raster, text: TextPrimitive, placed: PlacedGlyph, originX: number, originY: number, colour: Rgb): void {
  const { glyph, scale } = placed;
  const boldPasses = text.bold ? [0, 1] : [0];
  glyph.rows.forEach((row, r) => {
    const fontRow = glyph.top + r;
    const top = (fontRow - CAP_ROWS) * scale + placed.rise;
    const slant = placed.italic ? Math.round((CAP_ROWS - 0.5 - fontRow) * scale * ITALIC_SLANT) : 0;
    for (let column = 0; column < row.length; column++) {
      if (row[column] !== '#') continue;
      for (const bold of boldPasses) {
        for (let dv = 0; dv < scale; dv++) {
          for (let du = 0; du < scale; du++) {
            const [x, y] = toDevice(text, originX, originY, placed.x + column * scale + du + slant + bold, top + dv);
            blendPixel(raster, x, y, colour, 1);
          }
        }
      }
    }
  });
}

/** Draws the text primitive (CSS px coordinates) at the given pixel ratio. */
export function drawText(raster: Raster, text: TextPrimitive, pixelRatio: number): void {
  const colour = parseHexColour(text.fill);
  const { glyphs, width } = layoutGlyphs(text, pixelRatio);
  const shift = text.anchor === 'start' ? 0 : text.anchor === 'middle' ? -Math.round(width / 2) : -width;
  const anchorX = Math.round(text.x * pixelRatio);
  const anchorY = Math.round(text.y * pixelRatio);
  // Move the origin along the text direction by the anchor shift.
  const [originX, originY] = text.rotation === 0 ? [anchorX + shift, anchorY] : [anchorX, anchorY - shift];
  for (const placed of glyphs) drawGlyph(raster, text, placed, originX, originY, colour);
}
