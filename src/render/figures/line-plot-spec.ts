/** What a line plot shows (the public spec), its defaults, and validation. */
import type { AxisKind } from './axis-scale.js';
import type { DashStyle } from './dash.js';
import { checkHexColour, checkRange, checkSize } from './spec-checks.js';

/** One curve y(x). */
export interface LineSeries {
  /** Abscissae; same length as y. A non-finite x or y (or y ≤ 0 on a log axis) breaks the line. */
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
  /** Legend entry (label markup); series without a label are left out of the legend. */
  readonly label?: string;
  /** CSS hex colour, e.g. "#d62728". */
  readonly colour: string;
  /** Default 'solid'. */
  readonly dash?: DashStyle;
  /** Stroke width in px; default 1.5. */
  readonly lineWidth?: number;
}

/**
 * A grey guide line across the plot: a vertical marker (default dotted, e.g. the EP
 * position of Fig. 3a/b) or a horizontal reference (default dot-dashed, e.g. the
 * steady-state value of Fig. 3c). A label puts it in the legend.
 */
export type ReferenceLine =
  | { readonly kind: 'vertical'; readonly x: number; readonly label?: string; readonly colour?: string; readonly dash?: DashStyle }
  | { readonly kind: 'horizontal'; readonly y: number; readonly label?: string; readonly colour?: string; readonly dash?: DashStyle };

/** Where the legend goes inside the plot area, or 'none'. */
export type LegendPosition = 'upper right' | 'upper left' | 'lower right' | 'lower left' | 'none';

/** A line plot such as the paper's Fig. 3 panels. Text fields are label markup. */
export interface LinePlotSpec {
  readonly series: readonly LineSeries[];
  /** x-axis label, e.g. "k"; default none. */
  readonly xLabel?: string;
  /** y-axis label, e.g. "\\dot{Q}_h(t)"; default none. */
  readonly yLabel?: string;
  /** Title above the plot; default none. */
  readonly title?: string;
  /** Bold panel tag at the top-left corner, e.g. "a)"; default none. */
  readonly panelLabel?: string;
  /** Default 'linear'. */
  readonly xScale?: AxisKind;
  /** Default 'linear'. */
  readonly yScale?: AxisKind;
  /** Shown x interval; default: the finite data range (exactly). */
  readonly xRange?: readonly [number, number];
  /** Shown y interval; default: the data and reference lines, padded by 5 % of the span (of the decades on a log axis). */
  readonly yRange?: readonly [number, number];
  /** Guide lines (default none). */
  readonly referenceLines?: readonly ReferenceLine[];
  /** Default 'upper right'; the legend is omitted when nothing is labelled. */
  readonly legend?: LegendPosition;
  /** Figure width in px (default 420). */
  readonly width?: number;
  /** Figure height in px (default 320). */
  readonly height?: number;
}

export interface ResolvedSeries {
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
  readonly label: string | null;
  readonly colour: string;
  readonly dash: DashStyle;
  readonly lineWidth: number;
}

export interface ResolvedReferenceLine {
  readonly orientation: 'vertical' | 'horizontal';
  /** x of a vertical line, y of a horizontal one. */
  readonly value: number;
  readonly label: string | null;
  readonly colour: string;
  readonly dash: DashStyle;
  readonly lineWidth: number;
}

export interface ResolvedLinePlot {
  readonly series: readonly ResolvedSeries[];
  readonly xLabel: string | null;
  readonly yLabel: string | null;
  readonly title: string | null;
  readonly panelLabel: string | null;
  readonly xScale: AxisKind;
  readonly yScale: AxisKind;
  readonly xRange: readonly [number, number] | null;
  readonly yRange: readonly [number, number] | null;
  readonly referenceLines: readonly ResolvedReferenceLine[];
  readonly legend: LegendPosition;
  readonly width: number;
  readonly height: number;
}

export const LINE_PLOT_DEFAULTS = {
  lineWidth: 1.5,
  referenceColour: '#808080',
  referenceLineWidth: 1.2,
  verticalDash: 'dotted',
  horizontalDash: 'dash-dot',
  legend: 'upper right',
  width: 420,
  height: 320,
} as const;

function resolveSeries(series: LineSeries, index: number): ResolvedSeries {
  if (series.x.length !== series.y.length) {
    throw new RangeError(`series ${index}: x has ${series.x.length} values but y has ${series.y.length}`);
  }
  const lineWidth = series.lineWidth ?? LINE_PLOT_DEFAULTS.lineWidth;
  if (!(lineWidth > 0)) throw new RangeError(`series ${index}: lineWidth must be positive, got ${lineWidth}`);
  return {
    x: series.x,
    y: series.y,
    label: series.label ?? null,
    colour: checkHexColour(series.colour, `series ${index} colour`),
    dash: series.dash ?? 'solid',
    lineWidth,
  };
}

function resolveReferenceLine(line: ReferenceLine, index: number): ResolvedReferenceLine {
  const colour = checkHexColour(line.colour ?? LINE_PLOT_DEFAULTS.referenceColour, `reference line ${index} colour`);
  const common = { label: line.label ?? null, colour, lineWidth: LINE_PLOT_DEFAULTS.referenceLineWidth };
  switch (line.kind) {
    case 'vertical':
      if (!Number.isFinite(line.x)) throw new RangeError(`reference line ${index}: x must be finite`);
      return { ...common, orientation: 'vertical', value: line.x, dash: line.dash ?? LINE_PLOT_DEFAULTS.verticalDash };
    case 'horizontal':
      if (!Number.isFinite(line.y)) throw new RangeError(`reference line ${index}: y must be finite`);
      return { ...common, orientation: 'horizontal', value: line.y, dash: line.dash ?? LINE_PLOT_DEFAULTS.horizontalDash };
  }
}

/** Validates the spec (throwing RangeError with the reason) and fills in the defaults. */
export function resolveLinePlotSpec(spec: LinePlotSpec): ResolvedLinePlot {
  return {
    series: spec.series.map(resolveSeries),
    xLabel: spec.xLabel ?? null,
    yLabel: spec.yLabel ?? null,
    title: spec.title ?? null,
    panelLabel: spec.panelLabel ?? null,
    xScale: spec.xScale ?? 'linear',
    yScale: spec.yScale ?? 'linear',
    xRange: spec.xRange === undefined ? null : checkRange(spec.xRange, 'xRange'),
    yRange: spec.yRange === undefined ? null : checkRange(spec.yRange, 'yRange'),
    referenceLines: (spec.referenceLines ?? []).map(resolveReferenceLine),
    legend: spec.legend ?? LINE_PLOT_DEFAULTS.legend,
    width: checkSize(spec.width ?? LINE_PLOT_DEFAULTS.width, 'width'),
    height: checkSize(spec.height ?? LINE_PLOT_DEFAULTS.height, 'height'),
  };
}
