/** A line plot as a scene: reference lines, series, axes, legend. */
import { tickTarget, axesPrimitives, type AxesDecoration } from './axes.js';
import { axisPixel, validateAxisScale, type AxisScale } from './axis-scale.js';
import { clipPolyline } from './clip.js';
import { dashPattern } from './dash.js';
import { DEFAULT_FIGURE_STYLE, type FigureStyle } from './figure-style.js';
import { rectBottom, rectRight, type Point, type Rect } from './geometry.js';
import { legendPrimitives, type LegendEntry } from './legend.js';
import { xAxisScale, yAxisScale } from './line-plot-ranges.js';
import { resolveLinePlotSpec, type LinePlotSpec, type ResolvedLinePlot, type ResolvedSeries } from './line-plot-spec.js';
import { layoutPlot } from './plot-layout.js';
import type { Primitive, Scene } from './scene.js';
import { axisTicks } from './ticks.js';

function lineAxes(plot: ResolvedLinePlot, x: AxisScale, y: AxisScale, plotWidth: number, plotHeight: number): AxesDecoration {
  return {
    x: { scale: x, ticks: axisTicks(x, tickTarget(plotWidth, 80)), label: plot.xLabel, showTickLabels: true },
    y: { scale: y, ticks: axisTicks(y, tickTarget(plotHeight, 50)), label: plot.yLabel, showTickLabels: true },
    title: plot.title,
    panelLabel: plot.panelLabel,
  };
}

function seriesPrimitives(series: ResolvedSeries, area: Rect, x: AxisScale, y: AxisScale): Primitive[] {
  const points: Point[] = [];
  for (let i = 0; i < series.x.length; i++) {
    points.push([axisPixel(x, series.x[i]!, area.x, rectRight(area)), axisPixel(y, series.y[i]!, rectBottom(area), area.y)]);
  }
  return clipPolyline(points, area).map((piece): Primitive => ({
    kind: 'polyline', role: 'series', points: piece, stroke: series.colour, strokeWidth: series.lineWidth,
    dash: dashPattern(series.dash, series.lineWidth),
  }));
}

function referencePrimitives(plot: ResolvedLinePlot, area: Rect, x: AxisScale, y: AxisScale): Primitive[] {
  return plot.referenceLines.flatMap((line): Primitive[] => {
    const ends: Point[] =
      line.orientation === 'vertical'
        ? [[axisPixel(x, line.value, area.x, rectRight(area)), area.y], [axisPixel(x, line.value, area.x, rectRight(area)), rectBottom(area)]]
        : [[area.x, axisPixel(y, line.value, rectBottom(area), area.y)], [rectRight(area), axisPixel(y, line.value, rectBottom(area), area.y)]];
    return clipPolyline(ends, area).map((piece): Primitive => ({
      kind: 'polyline', role: 'reference-line', points: piece, stroke: line.colour, strokeWidth: line.lineWidth,
      dash: dashPattern(line.dash, line.lineWidth),
    }));
  });
}

function legendEntries(plot: ResolvedLinePlot): LegendEntry[] {
  const fromSeries = plot.series.flatMap((s) => (s.label === null ? [] : [{ label: s.label, colour: s.colour, dash: s.dash, lineWidth: s.lineWidth }]));
  const fromLines = plot.referenceLines.flatMap((l) => (l.label === null ? [] : [{ label: l.label, colour: l.colour, dash: l.dash, lineWidth: l.lineWidth }]));
  return [...fromSeries, ...fromLines];
}

/** The scene of a line plot. */
export function linePlotScene(spec: LinePlotSpec, style: FigureStyle = DEFAULT_FIGURE_STYLE): Scene {
  const plot = resolveLinePlotSpec(spec);
  const x = validateAxisScale(xAxisScale(plot), 'x');
  const y = validateAxisScale(yAxisScale(plot), 'y');
  const { plot: area, axes } = layoutPlot(plot.width, plot.height, (w, h) => lineAxes(plot, x, y, w, h), style);
  const legend = plot.legend === 'none' ? [] : legendPrimitives(legendEntries(plot), area, plot.legend, style);
  return {
    width: plot.width,
    height: plot.height,
    background: style.background,
    fontFamily: style.fontFamily,
    primitives: [
      ...referencePrimitives(plot, area, x, y),
      ...plot.series.flatMap((s) => seriesPrimitives(s, area, x, y)),
      ...axesPrimitives(area, axes, style),
      ...legend,
    ],
  };
}
