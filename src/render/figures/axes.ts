/**
 * The decorations of a rectangular plot area: frame, outward ticks, tick labels, axis
 * labels, the "×10ⁿ" multipliers, a title and a panel label; plus the margins they need.
 */
import { axisPixel, type AxisScale } from './axis-scale.js';
import type { FigureStyle } from './figure-style.js';
import { rectBottom, rectCentreX, rectCentreY, rectRight, type Rect } from './geometry.js';
import { parseLabel } from './label-markup.js';
import type { Primitive, TextPrimitive, PrimitiveRole } from './scene.js';
import { CAP_HEIGHT_EM, DESCENT_EM, estimateRunsWidth } from './text-metrics.js';
import type { TickSet } from './ticks.js';

/** One axis as drawn. */
export interface AxisDecoration {
  readonly scale: AxisScale;
  readonly ticks: TickSet;
  /** Axis label markup, or null for none. */
  readonly label: string | null;
  /** False hides the tick labels (and the multiplier) but keeps the ticks, e.g. for shared axes. */
  readonly showTickLabels: boolean;
}

export interface AxesDecoration {
  readonly x: AxisDecoration;
  readonly y: AxisDecoration;
  /** Title markup above the plot area, or null. */
  readonly title: string | null;
  /** Bold panel label such as "a)" at the top-left corner, or null. */
  readonly panelLabel: string | null;
}

export interface Margins {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** Extra space above the title, under it to the plot, and around the multiplier. */
const TITLE_GAP = 7;
const MULTIPLIER_GAP = 4;
/** Vertical offset that centres digits on a tick, in ems. */
const DIGIT_CENTRE_EM = 0.35;

function labelWidth(markup: string, fontSize: number): number {
  return estimateRunsWidth(parseLabel(markup), fontSize);
}

function widestTickLabel(axis: AxisDecoration, fontSize: number): number {
  if (!axis.showTickLabels) return 0;
  return Math.max(0, ...axis.ticks.major.map((tick) => labelWidth(tick.label, fontSize)));
}

function textLineHeight(fontSize: number): number {
  return (CAP_HEIGHT_EM + DESCENT_EM) * fontSize;
}

/**
 * Height kept above the plot for the y multiplier. It is kept even where the multiplier is
 * hidden (shared y axis), so that the titles of side-by-side panels line up.
 */
function yMultiplierBand(axes: AxesDecoration, style: FigureStyle): number {
  return axes.y.ticks.multiplier !== null ? style.tickFontSize * CAP_HEIGHT_EM + MULTIPLIER_GAP + 3 : 0;
}

/** Space the decorations need around the plot area. */
export function axesMargins(axes: AxesDecoration, style: FigureStyle): Margins {
  const yTickWidth = widestTickLabel(axes.y, style.tickFontSize);
  const left =
    style.padding +
    style.tickLength +
    (yTickWidth > 0 ? yTickWidth + style.tickLabelGap : 0) +
    (axes.y.label !== null ? style.axisLabelGap + textLineHeight(style.labelFontSize) : 0);
  const xTickBand = axes.x.showTickLabels ? style.tickLabelGap + textLineHeight(style.tickFontSize) : 0;
  const xLabelBand =
    axes.x.label !== null || (axes.x.showTickLabels && axes.x.ticks.multiplier !== null)
      ? style.axisLabelGap + textLineHeight(style.labelFontSize)
      : 0;
  const bottom = style.tickLength + xTickBand + xLabelBand + style.padding;
  const titleBand = axes.title !== null ? TITLE_GAP + textLineHeight(style.titleFontSize) : 0;
  const panelLabelBand = axes.panelLabel !== null ? textLineHeight(style.titleFontSize) + 2 : 0;
  const top = style.padding + Math.max(titleBand + yMultiplierBand(axes, style), panelLabelBand, yMultiplierBand(axes, style));
  const lastXLabel = axes.x.ticks.major[axes.x.ticks.major.length - 1];
  const overhang = axes.x.showTickLabels && lastXLabel !== undefined ? labelWidth(lastXLabel.label, style.tickFontSize) / 2 : 0;
  return { top, right: style.padding + overhang, bottom, left };
}

function text(
  role: PrimitiveRole,
  markup: string,
  x: number,
  y: number,
  fontSize: number,
  anchor: TextPrimitive['anchor'],
  style: FigureStyle,
  rotation: TextPrimitive['rotation'] = 0,
  bold = false,
): TextPrimitive {
  return { kind: 'text', role, x, y, runs: parseLabel(markup), fontSize, anchor, rotation, bold, fill: style.ink };
}

function tickMark(x0: number, y0: number, x1: number, y1: number, style: FigureStyle): Primitive {
  return { kind: 'polyline', role: 'tick', points: [[x0, y0], [x1, y1]], stroke: style.ink, strokeWidth: style.frameWidth, dash: [] };
}

function inside(value: number, start: number, end: number): boolean {
  return value >= Math.min(start, end) - 0.5 && value <= Math.max(start, end) + 0.5;
}

function xAxisPrimitives(plot: Rect, axis: AxisDecoration, style: FigureStyle): Primitive[] {
  const bottom = rectBottom(plot);
  const right = rectRight(plot);
  const at = (value: number): number => axisPixel(axis.scale, value, plot.x, right);
  const out: Primitive[] = [];
  for (const value of axis.ticks.minor) {
    const px = at(value);
    if (inside(px, plot.x, right)) out.push(tickMark(px, bottom, px, bottom + style.minorTickLength, style));
  }
  const labelBaseline = bottom + style.tickLength + style.tickLabelGap + CAP_HEIGHT_EM * style.tickFontSize;
  for (const tick of axis.ticks.major) {
    const px = at(tick.value);
    if (!inside(px, plot.x, right)) continue;
    out.push(tickMark(px, bottom, px, bottom + style.tickLength, style));
    if (axis.showTickLabels) out.push(text('tick-label', tick.label, px, labelBaseline, style.tickFontSize, 'middle', style));
  }
  const axisLabelBaseline =
    bottom +
    style.tickLength +
    (axis.showTickLabels ? style.tickLabelGap + textLineHeight(style.tickFontSize) : 0) +
    style.axisLabelGap +
    CAP_HEIGHT_EM * style.labelFontSize;
  if (axis.label !== null) out.push(text('axis-label', axis.label, rectCentreX(plot), axisLabelBaseline, style.labelFontSize, 'middle', style));
  if (axis.showTickLabels && axis.ticks.multiplier !== null) {
    out.push(text('multiplier', axis.ticks.multiplier, right, axisLabelBaseline, style.tickFontSize, 'end', style));
  }
  return out;
}

function yAxisPrimitives(plot: Rect, axis: AxisDecoration, style: FigureStyle): Primitive[] {
  const bottom = rectBottom(plot);
  const at = (value: number): number => axisPixel(axis.scale, value, bottom, plot.y);
  const out: Primitive[] = [];
  for (const value of axis.ticks.minor) {
    const py = at(value);
    if (inside(py, plot.y, bottom)) out.push(tickMark(plot.x - style.minorTickLength, py, plot.x, py, style));
  }
  const labelRight = plot.x - style.tickLength - style.tickLabelGap;
  for (const tick of axis.ticks.major) {
    const py = at(tick.value);
    if (!inside(py, plot.y, bottom)) continue;
    out.push(tickMark(plot.x - style.tickLength, py, plot.x, py, style));
    if (axis.showTickLabels) {
      out.push(text('tick-label', tick.label, labelRight, py + DIGIT_CENTRE_EM * style.tickFontSize, style.tickFontSize, 'end', style));
    }
  }
  if (axis.label !== null) {
    const tickWidth = widestTickLabel(axis, style.tickFontSize);
    const baseline =
      plot.x - style.tickLength - (tickWidth > 0 ? tickWidth + style.tickLabelGap : 0) - style.axisLabelGap - DESCENT_EM * style.labelFontSize;
    out.push(text('axis-label', axis.label, baseline, rectCentreY(plot), style.labelFontSize, 'middle', style, -90));
  }
  if (axis.showTickLabels && axis.ticks.multiplier !== null) {
    out.push(text('multiplier', axis.ticks.multiplier, plot.x, plot.y - MULTIPLIER_GAP, style.tickFontSize, 'start', style));
  }
  return out;
}

/** Frame, ticks and labels of the plot area (drawn on top of the data). */
export function axesPrimitives(plot: Rect, axes: AxesDecoration, style: FigureStyle): Primitive[] {
  const frame: Primitive = {
    kind: 'rect', role: 'frame', ...plot, fill: null, fillOpacity: 0, stroke: style.ink, strokeWidth: style.frameWidth,
  };
  const out: Primitive[] = [frame, ...xAxisPrimitives(plot, axes.x, style), ...yAxisPrimitives(plot, axes.y, style)];
  if (axes.title !== null) {
    const baseline = plot.y - yMultiplierBand(axes, style) - TITLE_GAP - DESCENT_EM * style.titleFontSize + 2;
    out.push(text('title', axes.title, rectCentreX(plot), baseline, style.titleFontSize, 'middle', style));
  }
  if (axes.panelLabel !== null) {
    out.push(text('panel-label', axes.panelLabel, style.padding, style.padding + CAP_HEIGHT_EM * style.titleFontSize, style.titleFontSize, 'start', style, 0, true));
  }
  return out;
}

/** About how many labelled intervals fit along an axis of the given length. */
export function tickTarget(lengthPx: number, pxPerTick: number): number {
  return Math.max(2, Math.min(8, Math.round(lengthPx / pxPerTick)));
}
