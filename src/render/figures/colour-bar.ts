/** The colour bar beside a heatmap: its layout, and its primitives (gradient, frame, ticks, label, key). */
import { tickTarget } from './axes.js';
import { axisPixel } from './axis-scale.js';
import type { ColourMap } from './colour-map.js';
import { sampleColourMap } from './colour-map.js';
import type { ColourScale } from './colour-scale.js';
import { rgbToHex, type Rgb } from './colour.js';
import type { FigureStyle } from './figure-style.js';
import { rectBottom, rectCentreY, rectRight, type Rect } from './geometry.js';
import { parseLabel } from './label-markup.js';
import type { Primitive } from './scene.js';
import { CAP_HEIGHT_EM, DESCENT_EM, estimateRunsWidth } from './text-metrics.js';
import { axisTicks, type TickSet } from './ticks.js';

/** Gap between the plot and the bar, and the bar's width. */
const BAR_GAP = 14;
const BAR_WIDTH = 14;
/** Colour steps drawn in the bar. */
const BAR_STEPS = 256;
const KEY_HEIGHT = 9;
const KEY_LABEL_GAP = 4;

/** What the colour bar shows; independent of where it goes. */
export interface ColourBarContent {
  readonly scale: ColourScale;
  readonly map: ColourMap;
  readonly label: string;
  /** Key for unresolved cells (colour and text), or null when there are none. */
  readonly unresolvedKey: { readonly colour: Rgb; readonly label: string } | null;
}

/** Ticks of a bar of the given height. */
export function colourBarTicks(content: ColourBarContent, barHeight: number): TickSet {
  return axisTicks({ kind: 'linear', min: content.scale.min, max: content.scale.max }, tickTarget(barHeight, 45));
}

function widestLabel(ticks: TickSet, fontSize: number): number {
  return Math.max(0, ...ticks.major.map((tick) => estimateRunsWidth(parseLabel(tick.label), fontSize)));
}

/** Width the bar needs right of the plot area (gap, bar, ticks, labels, rotated title, key). */
export function colourBarBlockWidth(content: ColourBarContent, ticks: TickSet, style: FigureStyle): number {
  const withLabels =
    BAR_GAP + BAR_WIDTH + style.tickLength + style.tickLabelGap + widestLabel(ticks, style.tickFontSize) +
    style.axisLabelGap + (CAP_HEIGHT_EM + DESCENT_EM) * style.labelFontSize + style.padding;
  const key = content.unresolvedKey;
  const withKey = key === null ? 0 : BAR_GAP + BAR_WIDTH + KEY_LABEL_GAP + estimateRunsWidth(parseLabel(key.label), style.tickFontSize) + style.padding;
  return Math.max(withLabels, withKey);
}

/** Height the bar's multiplier needs above the plot area. */
export function colourBarTopBand(ticks: TickSet, style: FigureStyle): number {
  return ticks.multiplier === null ? 0 : style.padding + style.tickFontSize * CAP_HEIGHT_EM + 4;
}

/** The bar's rectangle for a plot area ending at `plotRight`. */
export function colourBarRect(plotRight: number, plotTop: number, plotHeight: number): Rect {
  return { x: plotRight + BAR_GAP, y: plotTop, width: BAR_WIDTH, height: plotHeight };
}

function gradientCells(bar: Rect, map: ColourMap): Primitive {
  const rgb = new Uint8Array(BAR_STEPS * 3);
  for (let row = 0; row < BAR_STEPS; row++) {
    const colour = sampleColourMap(map, 1 - row / (BAR_STEPS - 1));
    rgb.set([colour.r, colour.g, colour.b], row * 3);
  }
  return { kind: 'cells', role: 'colour-bar', ...bar, columns: 1, rows: BAR_STEPS, rgb };
}

/** Everything drawn for the bar. */
export function colourBarPrimitives(bar: Rect, content: ColourBarContent, ticks: TickSet, style: FigureStyle): Primitive[] {
  const text = (role: 'tick-label' | 'axis-label' | 'multiplier' | 'unresolved-key', markup: string, x: number, y: number, fontSize: number,
    anchor: 'start' | 'middle', rotation: 0 | -90 = 0): Primitive => ({
    kind: 'text', role, x, y, runs: parseLabel(markup), fontSize, anchor, rotation, bold: false, fill: style.ink,
  });
  const right = rectRight(bar);
  const bottom = rectBottom(bar);
  const scale = { kind: 'linear' as const, min: content.scale.min, max: content.scale.max };
  const out: Primitive[] = [
    gradientCells(bar, content.map),
    { kind: 'rect', role: 'frame', ...bar, fill: null, fillOpacity: 0, stroke: style.ink, strokeWidth: style.frameWidth },
  ];
  for (const tick of ticks.major) {
    const y = axisPixel(scale, tick.value, bottom, bar.y);
    if (y < bar.y - 0.5 || y > bottom + 0.5) continue;
    out.push({ kind: 'polyline', role: 'tick', points: [[right, y], [right + style.tickLength, y]], stroke: style.ink, strokeWidth: style.frameWidth, dash: [] });
    out.push(text('tick-label', tick.label, right + style.tickLength + style.tickLabelGap, y + 0.35 * style.tickFontSize, style.tickFontSize, 'start'));
  }
  const labelBaseline =
    right + style.tickLength + style.tickLabelGap + widestLabel(ticks, style.tickFontSize) + style.axisLabelGap + CAP_HEIGHT_EM * style.labelFontSize;
  out.push(text('axis-label', content.label, labelBaseline, rectCentreY(bar), style.labelFontSize, 'middle', -90));
  if (ticks.multiplier !== null) out.push(text('multiplier', ticks.multiplier, bar.x, bar.y - 4, style.tickFontSize, 'start'));
  const key = content.unresolvedKey;
  if (key !== null) {
    const keyTop = bottom + style.tickLength + style.tickLabelGap;
    out.push({ kind: 'rect', role: 'unresolved-key', x: bar.x, y: keyTop, width: BAR_WIDTH, height: KEY_HEIGHT, fill: rgbToHex(key.colour), fillOpacity: 1, stroke: style.ink, strokeWidth: style.frameWidth });
    out.push(text('unresolved-key', key.label, right + KEY_LABEL_GAP, keyTop + KEY_HEIGHT / 2 + 0.35 * style.tickFontSize, style.tickFontSize, 'start'));
  }
  return out;
}
