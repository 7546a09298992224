/** A heatmap figure (one or more panels with a shared colour bar) as a scene. */
import { axesPrimitives } from './axes.js';
import { axisPixel } from './axis-scale.js';
import { clipPolyline } from './clip.js';
import { colourBarPrimitives, type ColourBarContent } from './colour-bar.js';
import { valueColour, type ColourScale } from './colour-scale.js';
import type { ColourMap } from './colour-map.js';
import type { Rgb } from './colour.js';
import { dashPattern } from './dash.js';
import type { FigureStyle } from './figure-style.js';
import { rectBottom, rectRight, type Point, type Rect } from './geometry.js';
import { layoutHeatmapFigure, type HeatmapFigureOptions } from './heatmap-layout.js';
import type { ResolvedHeatmap } from './heatmap-spec.js';
import { parseLabel } from './label-markup.js';
import { translatePrimitive, type CellsPrimitive, type Primitive, type Scene } from './scene.js';

/** How cells are coloured in a figure (shared by all its panels). */
export interface CellColouring {
  readonly scale: ColourScale;
  readonly map: ColourMap;
  readonly unresolved: Rgb;
}

/** The grid as cells over the plot area: row 0 of the primitive is the top (k1) row of the data. */
export function heatmapCells(spec: ResolvedHeatmap, plot: Rect, colouring: CellColouring): CellsPrimitive {
  const { omegaCount, kCount, values } = spec;
  const rgb = new Uint8Array(omegaCount * kCount * 3);
  for (let row = 0; row < kCount; row++) {
    const kIndex = kCount - 1 - row;
    for (let column = 0; column < omegaCount; column++) {
      const colour = valueColour(values[kIndex * omegaCount + column]!, colouring.scale, colouring.map, colouring.unresolved);
      rgb.set([colour.r, colour.g, colour.b], (row * omegaCount + column) * 3);
    }
  }
  return { kind: 'cells', role: 'heatmap-cells', ...plot, columns: omegaCount, rows: kCount, rgb };
}

/** The overlay curves, projected to the plot area, clipped, and dashed. */
export function overlayPrimitives(spec: ResolvedHeatmap, plot: Rect): Primitive[] {
  const xScale = { kind: 'linear' as const, min: spec.omegaRange[0], max: spec.omegaRange[1] };
  const yScale = { kind: 'linear' as const, min: spec.kRange[0], max: spec.kRange[1] };
  return spec.overlays.flatMap((overlay) => {
    const projected = overlay.points.map(([omega, k]): Point => [
      axisPixel(xScale, omega, plot.x, rectRight(plot)),
      axisPixel(yScale, k, rectBottom(plot), plot.y),
    ]);
    return clipPolyline(projected, plot).map((points): Primitive => ({
      kind: 'polyline',
      role: 'overlay',
      points,
      stroke: overlay.colour,
      strokeWidth: overlay.lineWidth,
      dash: dashPattern(overlay.dash, overlay.lineWidth),
    }));
  });
}

/** One heatmap figure: every panel coloured with `colouring`, and one colour bar. */
export function heatmapFigureScene(
  specs: readonly ResolvedHeatmap[],
  bar: ColourBarContent,
  colouring: CellColouring,
  options: HeatmapFigureOptions,
  style: FigureStyle,
): Scene {
  const layout = layoutHeatmapFigure(specs, bar, options, style);
  const panelPrimitives = layout.panels.flatMap((panel, i) => {
    const spec = specs[i]!;
    const local: Primitive[] = [
      heatmapCells(spec, panel.plot, colouring),
      ...overlayPrimitives(spec, panel.plot),
      ...axesPrimitives(panel.plot, panel.axes, style),
    ];
    return local.map((p) => translatePrimitive(p, panel.offsetX, 0));
  });
  const title: Primitive[] =
    options.title === null || layout.titleAnchor === null
      ? []
      : [{
          kind: 'text', role: 'title', x: layout.titleAnchor.x, y: layout.titleAnchor.y, runs: parseLabel(options.title),
          fontSize: style.titleFontSize, anchor: 'middle', rotation: 0, bold: false, fill: style.ink,
        }];
  return {
    width: layout.width,
    height: layout.height,
    background: style.background,
    fontFamily: style.fontFamily,
    primitives: [...panelPrimitives, ...colourBarPrimitives(layout.colourBar, bar, layout.colourBarTicks, style), ...title],
  };
}
