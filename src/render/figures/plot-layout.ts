/** Places a plot area in a figure so that its decorations fit (two passes: estimate, then refine). */
import { axesMargins, type AxesDecoration } from './axes.js';
import type { FigureStyle } from './figure-style.js';
import type { Rect } from './geometry.js';

/** Builds the decorations for a plot area of the given size (tick density depends on it). */
export type AxesForPlotSize = (plotWidth: number, plotHeight: number) => AxesDecoration;

export interface PlotLayout {
  readonly plot: Rect;
  readonly axes: AxesDecoration;
}

const NOMINAL_HORIZONTAL_MARGIN = 90;
const NOMINAL_VERTICAL_MARGIN = 70;

/** The plot area (whole pixels) of a width × height figure, and its decorations. */
export function layoutPlot(width: number, height: number, axesFor: AxesForPlotSize, style: FigureStyle): PlotLayout {
  const estimate = axesMargins(axesFor(width - NOMINAL_HORIZONTAL_MARGIN, height - NOMINAL_VERTICAL_MARGIN), style);
  const axes = axesFor(width - estimate.left - estimate.right, height - estimate.top - estimate.bottom);
  const m = axesMargins(axes, style);
  const left = Math.round(m.left);
  const top = Math.round(m.top);
  const plot: Rect = { x: left, y: top, width: Math.round(width - m.right) - left, height: Math.round(height - m.bottom) - top };
  if (plot.width < 20 || plot.height < 20) throw new RangeError('the figure is too small for its labels; increase width or height');
  return { plot, axes };
}
