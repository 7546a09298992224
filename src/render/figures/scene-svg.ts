/** Writes a scene as a self-contained SVG document (no external fonts, scripts or files). */
import { encodePng } from './png-encoder.js';
import type { CellsPrimitive, PolylinePrimitive, Primitive, RectPrimitive, Scene, TextPrimitive } from './scene.js';
import { runsToSvgContent } from './svg-label.js';
import { escapeXml, svgNumber } from './xml.js';

/**
 * How heatmap cells are written: one <rect> per cell, one embedded PNG image (compact for
 * large grids), or 'auto' (rects up to 20 000 cells, an image beyond).
 */
export type SvgCellRendering = 'rects' | 'embedded-png' | 'auto';

export interface SvgOptions {
  /** Default 'auto'. */
  readonly cells?: SvgCellRendering;
}

const AUTO_RECT_LIMIT = 20_000;

function attributes(pairs: ReadonlyArray<readonly [string, string | number | null]>): string {
  return pairs
    .filter((pair): pair is readonly [string, string | number] => pair[1] !== null)
    .map(([name, value]) => `${name}="${typeof value === 'number' ? svgNumber(value) : escapeXml(value)}"`)
    .join(' ');
}

function rectSvg(rect: RectPrimitive): string {
  return `<rect ${attributes([
    ['class', rect.role],
    ['x', rect.x], ['y', rect.y], ['width', rect.width], ['height', rect.height],
    ['fill', rect.fill ?? 'none'],
    ['fill-opacity', rect.fill !== null && rect.fillOpacity < 1 ? rect.fillOpacity : null],
    ['stroke', rect.stroke],
    ['stroke-width', rect.stroke !== null ? rect.strokeWidth : null],
  ])}/>`;
}

function hexAt(rgb: Uint8Array, index: number): string {
  const hex = (byte: number): string => byte.toString(16).padStart(2, '0');
  return `#${hex(rgb[index * 3]!)}${hex(rgb[index * 3 + 1]!)}${hex(rgb[index * 3 + 2]!)}`;
}

function cellsAsRects(cells: CellsPrimitive): string {
  const cellWidth = cells.width / cells.columns;
  const cellHeight = cells.height / cells.rows;
  const rects: string[] = [];
  for (let row = 0; row < cells.rows; row++) {
    const y0 = cells.y + row * cellHeight;
    for (let column = 0; column < cells.columns; column++) {
      const x0 = cells.x + column * cellWidth;
      // Edges are rounded independently so neighbouring cells meet exactly.
      const x = svgNumber(x0);
      const y = svgNumber(y0);
      const w = svgNumber(Number(svgNumber(x0 + cellWidth)) - Number(x));
      const h = svgNumber(Number(svgNumber(y0 + cellHeight)) - Number(y));
      rects.push(`<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${hexAt(cells.rgb, row * cells.columns + column)}"/>`);
    }
  }
  return `<g class="${cells.role}" shape-rendering="crispEdges">\n${rects.join('\n')}\n</g>`;
}

function cellsAsImage(cells: CellsPrimitive): string {
  const png = encodePng({ width: cells.columns, height: cells.rows, rgb: cells.rgb });
  const href = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  return `<image ${attributes([
    ['class', cells.role],
    ['x', cells.x], ['y', cells.y], ['width', cells.width], ['height', cells.height],
    ['preserveAspectRatio', 'none'],
    ['image-rendering', 'optimizeSpeed'],
    ['style', 'image-rendering:pixelated'],
    ['href', href],
  ])}/>`;
}

function cellsSvg(cells: CellsPrimitive, mode: SvgCellRendering): string {
  switch (mode) {
    case 'rects':
      return cellsAsRects(cells);
    case 'embedded-png':
      return cellsAsImage(cells);
    case 'auto':
      return cells.columns * cells.rows <= AUTO_RECT_LIMIT ? cellsAsRects(cells) : cellsAsImage(cells);
  }
}

function polylineSvg(line: PolylinePrimitive): string {
  return `<polyline ${attributes([
    ['class', line.role],
    ['points', line.points.map(([x, y]) => `${svgNumber(x)},${svgNumber(y)}`).join(' ')],
    ['fill', 'none'],
    ['stroke', line.stroke],
    ['stroke-width', line.strokeWidth],
    ['stroke-linecap', 'round'],
    ['stroke-linejoin', 'round'],
    ['stroke-dasharray', line.dash.length > 0 ? line.dash.map(svgNumber).join(' ') : null],
  ])}/>`;
}

function textSvg(text: TextPrimitive): string {
  const attrs = attributes([
    ['class', text.role],
    ['x', text.x], ['y', text.y],
    ['font-size', text.fontSize],
    ['text-anchor', text.anchor === 'start' ? null : text.anchor],
    ['font-weight', text.bold ? 'bold' : null],
    ['transform', text.rotation === 0 ? null : `rotate(${text.rotation} ${svgNumber(text.x)} ${svgNumber(text.y)})`],
    ['fill', text.fill],
  ]);
  return `<text ${attrs}>${runsToSvgContent(text.runs)}</text>`;
}

function primitiveSvg(primitive: Primitive, options: Required<SvgOptions>): string {
  switch (primitive.kind) {
    case 'rect':
      return rectSvg(primitive);
    case 'cells':
      return cellsSvg(primitive, options.cells);
    case 'polyline':
      return polylineSvg(primitive);
    case 'text':
      return textSvg(primitive);
  }
}

/** The scene as an SVG document (UTF-8 text). */
export function sceneToSvg(scene: Scene, options: SvgOptions = {}): string {
  const resolved: Required<SvgOptions> = { cells: options.cells ?? 'auto' };
  const root = attributes([
    ['xmlns', 'http://www.w3.org/2000/svg'],
    ['width', scene.width], ['height', scene.height],
    ['viewBox', `0 0 ${svgNumber(scene.width)} ${svgNumber(scene.height)}`],
    ['font-family', scene.fontFamily],
  ]);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg ${root}>`,
    `<rect class="background" x="0" y="0" width="100%" height="100%" fill="${escapeXml(scene.background)}"/>`,
    ...scene.primitives.map((p) => primitiveSvg(p, resolved)),
    '</svg>',
    '',
  ].join('\n');
}
