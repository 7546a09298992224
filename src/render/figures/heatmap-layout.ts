/**
 * Layout of a heatmap figure: one or more panels side by side, sharing a colour bar at the
 * right. A single heatmap is the one-panel case, with the bar inside the spec's width.
 */
import { axesMargins, tickTarget, type AxesDecoration, type Margins } from './axes.js';
import type { AxisScale } from './axis-scale.js';
import { colourBarBlockWidth, colourBarRect, colourBarTicks, colourBarTopBand, type ColourBarContent } from './colour-bar.js';
import type { FigureStyle } from './figure-style.js';
import type { Rect } from './geometry.js';
import type { ResolvedHeatmap } from './heatmap-spec.js';
import { CAP_HEIGHT_EM, DESCENT_EM } from './text-metrics.js';
import { axisTicks, type TickSet } from './ticks.js';

export interface HeatmapPanelLayout {
  /** Left edge of the panel within the figure. */
  readonly offsetX: number;
  /** Plot area in panel coordinates. */
  readonly plot: Rect;
  readonly axes: AxesDecoration;
}

export interface HeatmapFigureLayout {
  readonly width: number;
  readonly height: number;
  readonly panels: readonly HeatmapPanelLayout[];
  /** The colour bar in figure coordinates. */
  readonly colourBar: Rect;
  readonly colourBarTicks: TickSet;
  /** Baseline position of the figure title, or null when there is none. */
  readonly titleAnchor: { readonly x: number; readonly y: number } | null;
}

export interface HeatmapFigureOptions {
  /** Hide y tick labels and the y label on every panel but the first. */
  readonly shareYAxis: boolean;
  /** Figure title markup above all panels, or null. */
  readonly title: string | null;
}

function dataScale(range: readonly [number, number]): AxisScale {
  return { kind: 'linear', min: range[0], max: range[1] };
}

export function heatmapAxes(spec: ResolvedHeatmap, plotWidth: number, plotHeight: number, showYAxis: boolean): AxesDecoration {
  const x = dataScale(spec.omegaRange);
  const y = dataScale(spec.kRange);
  return {
    x: { scale: x, ticks: axisTicks(x, tickTarget(plotWidth, 80)), label: spec.xLabel, showTickLabels: true },
    y: { scale: y, ticks: axisTicks(y, tickTarget(plotHeight, 50)), label: showYAxis ? spec.yLabel : null, showTickLabels: showYAxis },
    title: spec.title,
    panelLabel: spec.panelLabel,
  };
}

/** Nominal margins used for a first estimate of the plot size. */
const NOMINAL_HORIZONTAL_MARGIN = 150;
const NOMINAL_VERTICAL_MARGIN = 80;

interface PanelMargins {
  /** Margins with every label shown (these fix the plot width, so panels keep equal plots). */
  readonly full: Margins;
  /** Margins as drawn. */
  readonly shown: Margins;
}

function panelMargins(spec: ResolvedHeatmap, plotWidth: number, plotHeight: number, showYAxis: boolean, style: FigureStyle): PanelMargins {
  return {
    full: axesMargins(heatmapAxes(spec, plotWidth, plotHeight, true), style),
    shown: axesMargins(heatmapAxes(spec, plotWidth, plotHeight, showYAxis), style),
  };
}

export function layoutHeatmapFigure(
  specs: readonly ResolvedHeatmap[],
  bar: ColourBarContent,
  options: HeatmapFigureOptions,
  style: FigureStyle,
): HeatmapFigureLayout {
  if (specs.length === 0) throw new RangeError('a heatmap figure needs at least one panel');
  const single = specs.length === 1;
  const showY = (i: number): boolean => i === 0 || !options.shareYAxis;
  const titleBand = options.title === null ? 0 : style.padding + (CAP_HEIGHT_EM + DESCENT_EM) * style.titleFontSize + 4;
  const height = Math.round(Math.max(...specs.map((s) => s.height)) + titleBand);

  const estimated = specs.map((s, i) =>
    panelMargins(s, s.width - NOMINAL_HORIZONTAL_MARGIN, s.height - NOMINAL_VERTICAL_MARGIN, showY(i), style),
  );
  const estimatedPlotHeight = height - titleBand - Math.max(...estimated.map((m) => m.shown.top)) - Math.max(...estimated.map((m) => m.shown.bottom));
  const barTicks = colourBarTicks(bar, estimatedPlotHeight);
  const barBlock = colourBarBlockWidth(bar, barTicks, style);

  const estimatedPlotWidths = specs.map((s, i) => {
    const m = estimated[i]!.full;
    return Math.floor(s.width - Math.round(m.left) - (single ? Math.max(m.right, barBlock) : Math.round(m.right)));
  });
  const refined = specs.map((s, i) => panelMargins(s, estimatedPlotWidths[i]!, estimatedPlotHeight, showY(i), style));
  const margins = refined.map((m) => m.shown);
  // A single plot is refitted to the refined margins so that the colour bar stays inside the width.
  const plotWidths = single
    ? [Math.floor(specs[0]!.width - Math.round(refined[0]!.full.left) - Math.max(refined[0]!.full.right, barBlock))]
    : estimatedPlotWidths;
  const top = Math.round(titleBand + Math.max(...margins.map((m) => m.top), colourBarTopBand(barTicks, style)));
  const bottom = Math.round(Math.max(...margins.map((m) => m.bottom)));
  const plotHeight = height - top - bottom;
  if (plotWidths.some((w) => w < 20) || plotHeight < 20) {
    throw new RangeError('the figure is too small for its labels; increase width or height');
  }

  const panels: HeatmapPanelLayout[] = [];
  let offsetX = 0;
  specs.forEach((spec, i) => {
    const m = margins[i]!;
    const plot: Rect = { x: Math.round(m.left), y: top, width: plotWidths[i]!, height: plotHeight };
    // The axes the margins were measured with, so that labels fit exactly.
    panels.push({ offsetX, plot, axes: heatmapAxes(spec, estimatedPlotWidths[i]!, estimatedPlotHeight, showY(i)) });
    offsetX += plot.x + plot.width + (i === specs.length - 1 ? 0 : Math.round(m.right));
  });
  const last = margins[margins.length - 1]!;
  // A single panel keeps the spec's width exactly; panels add the bar's width to theirs.
  const width = single ? specs[0]!.width : Math.ceil(offsetX + Math.max(last.right, barBlock));
  return {
    width,
    height,
    panels,
    colourBar: colourBarRect(offsetX, top, plotHeight),
    colourBarTicks: colourBarTicks(bar, plotHeight),
    titleAnchor: options.title === null ? null : { x: width / 2, y: style.padding + CAP_HEIGHT_EM * style.titleFontSize },
  };
}
