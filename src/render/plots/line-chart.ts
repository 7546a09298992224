/**
 * Line (and point) charts as Vega-Lite figures: Fig. 3a–c, the explorer's eigenvalue and heat
 * plots. Each series is one layer; colour and dash share one legend, placed beside the plot so
 * that it never covers data; reference lines (an EP, a steady state) are rules in the legend too.
 */
import type { TopLevelSpec } from 'vega-lite';
import { figure, type Figure, type Cell } from './figure.js';
import { offsetAxis, decadeAxis, finiteExtent } from './axis-offset.js';
import { CONFIG, DASHES, type DashStyle } from './style.js';

export interface LineSeries {
  readonly label: string;
  /** CSS colour. */
  readonly colour: string;
  /** 'line' (default), 'dot' (filled points) or 'ring' (open circles). */
  readonly mark?: 'line' | 'dot' | 'ring';
  readonly dash?: DashStyle;
  /** Stroke width (lines) or point area in px² (dots, rings). */
  readonly size?: number;
  readonly x: readonly number[];
  readonly y: readonly number[];
}

export type ReferenceLine =
  | { readonly kind: 'vertical'; readonly x: number; readonly label: string; readonly colour?: string; readonly dash?: DashStyle }
  | { readonly kind: 'horizontal'; readonly y: number; readonly label: string; readonly colour?: string; readonly dash?: DashStyle };

export interface LineChartOptions {
  readonly caption: string;
  /** Title above the plot, e.g. "a)  steady heat currents". */
  readonly title?: string;
  readonly xTitle: string;
  readonly yTitle: string;
  readonly yScale?: 'linear' | 'log';
  readonly series: readonly LineSeries[];
  readonly references?: readonly ReferenceLine[];
  /** Plot area in px (default 420 × 280). */
  readonly width?: number;
  readonly height?: number;
}

const LAYER_FIELD = 'layer';

export function lineChart(o: LineChartOptions): Figure {
  if (o.series.length === 0) throw new RangeError('lineChart: no series');
  const labels = [...o.series.map((s) => s.label), ...(o.references ?? []).map((r) => r.label)];
  if (new Set(labels).size !== labels.length) throw new RangeError('lineChart: series and reference labels must be distinct');
  for (const s of o.series) if (s.x.length !== s.y.length) throw new RangeError(`lineChart: series "${s.label}" has ${s.x.length} x and ${s.y.length} y values`);
  const refColour = (r: ReferenceLine): string => r.colour ?? '#6b7080';
  const colours = [...o.series.map((s) => s.colour), ...(o.references ?? []).map(refColour)];
  const dashes = [...o.series.map((s) => DASHES[s.dash ?? 'solid']), ...(o.references ?? []).map((r) => DASHES[r.dash ?? 'dashdot'])];
  const positive = (v: number): boolean => o.yScale !== 'log' || v > 0;
  const xs = o.series.flatMap((s) => s.x);
  const ys = o.series.flatMap((s) => s.y.filter(positive));
  for (const r of o.references ?? []) (r.kind === 'vertical' ? xs : ys).push(r.kind === 'vertical' ? r.x : r.y);
  const [xLo, xHi] = finiteExtent(xs);
  const [yLo, yHi] = finiteExtent(ys);
  // Colour and dash of one field with one legend definition: Vega-Lite merges them into one legend.
  const legend = { title: null, orient: 'right' as const, symbolStrokeWidth: 2.2, symbolSize: 260 };
  const colour = { field: LAYER_FIELD, type: 'nominal' as const, scale: { domain: labels, range: colours }, legend };
  const strokeDash = { field: LAYER_FIELD, type: 'nominal' as const, scale: { domain: labels, range: dashes }, legend };
  const x = { field: 'x', type: 'quantitative' as const, scale: { domain: [xLo, xHi], nice: false, zero: false }, axis: offsetAxis(o.xTitle, xLo, xHi) };
  const yAxis = o.yScale === 'log' ? decadeAxis(o.yTitle) : offsetAxis(o.yTitle, yLo, yHi);
  // 5 % of air above and below the data, so that no curve runs along the frame.
  const pad = (yHi - yLo) * 0.05 || Math.abs(yHi) * 0.05 || 1;
  const yDomain = o.yScale === 'log' ? [yLo / (yHi / yLo) ** 0.05, yHi * (yHi / yLo) ** 0.05] : [yLo - pad, yHi + pad];
  const y = { field: 'y', type: 'quantitative' as const, scale: { ...(o.yScale === 'log' ? { type: 'log' as const } : {}), domain: yDomain, nice: false, zero: false }, axis: yAxis };
  const rows = (s: LineSeries): { layer: string; x: number; y: number | null }[] =>
    s.x.map((xv, i) => ({ layer: s.label, x: xv, y: Number.isFinite(s.y[i]!) && positive(s.y[i]!) ? s.y[i]! : null }));
  const layers: object[] = o.series.map((s) => {
    const mark = s.mark ?? 'line';
    const data = { values: rows(s) };
    if (mark === 'line') {
      return { data, mark: { type: 'line', clip: true, strokeWidth: s.size ?? 2, strokeCap: 'butt' }, encoding: { x, y, color: colour, strokeDash } };
    }
    return { data, mark: { type: 'point', clip: true, filled: mark === 'dot', size: s.size ?? (mark === 'dot' ? 16 : 40), opacity: 0.75, strokeWidth: 1.2 }, encoding: { x, y, color: colour } };
  });
  for (const r of o.references ?? []) {
    const data = { values: [{ layer: r.label, ...(r.kind === 'vertical' ? { x: r.x } : { y: r.y }) }] };
    const at = r.kind === 'vertical' ? { x } : { y };
    layers.push({ data, mark: { type: 'rule', strokeWidth: 1.5, clip: true }, encoding: { ...at, color: colour, strokeDash } });
  }
  const spec = {
    description: o.caption,
    ...(o.title ? { title: o.title } : {}),
    width: o.width ?? 420,
    height: o.height ?? 280,
    config: CONFIG,
    layer: layers,
  } as TopLevelSpec;
  const table: Cell[][] = [];
  for (const s of o.series) s.x.forEach((xv, i) => table.push([s.label, xv, s.y[i]!]));
  for (const r of o.references ?? []) table.push(r.kind === 'vertical' ? [r.label, r.x, null] : [r.label, null, r.y]);
  return figure(o.caption, spec, { columns: [LAYER_FIELD, 'x', 'y'], rows: table });
}
