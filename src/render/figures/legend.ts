/** A legend box inside a corner of the plot area: a line sample and a label per entry. */
import { dashPattern, type DashStyle } from './dash.js';
import type { FigureStyle } from './figure-style.js';
import { rectBottom, rectRight, type Rect } from './geometry.js';
import { parseLabel } from './label-markup.js';
import type { Primitive } from './scene.js';
import { estimateRunsWidth } from './text-metrics.js';

export interface LegendEntry {
  /** Label markup. */
  readonly label: string;
  readonly colour: string;
  readonly dash: DashStyle;
  readonly lineWidth: number;
}

export type LegendCorner = 'upper right' | 'upper left' | 'lower right' | 'lower left';

const INSET = 6;
const BOX_PADDING = 6;
const SAMPLE_LENGTH = 26;
const SAMPLE_GAP = 6;
const ROW_HEIGHT_EM = 1.45;

/** The legend's box for the entries in a corner of the plot. */
export function legendBox(entries: readonly LegendEntry[], plot: Rect, corner: LegendCorner, style: FigureStyle): Rect {
  const labelWidth = Math.max(0, ...entries.map((e) => estimateRunsWidth(parseLabel(e.label), style.legendFontSize)));
  const width = BOX_PADDING + SAMPLE_LENGTH + SAMPLE_GAP + labelWidth + BOX_PADDING;
  const height = 2 * BOX_PADDING + entries.length * ROW_HEIGHT_EM * style.legendFontSize - 0.3 * style.legendFontSize;
  const left = corner === 'upper left' || corner === 'lower left';
  const upper = corner === 'upper left' || corner === 'upper right';
  return {
    x: left ? plot.x + INSET : rectRight(plot) - INSET - width,
    y: upper ? plot.y + INSET : rectBottom(plot) - INSET - height,
    width,
    height,
  };
}

export function legendPrimitives(entries: readonly LegendEntry[], plot: Rect, corner: LegendCorner, style: FigureStyle): Primitive[] {
  if (entries.length === 0) return [];
  const box = legendBox(entries, plot, corner, style);
  const rowHeight = ROW_HEIGHT_EM * style.legendFontSize;
  const frame: Primitive = {
    kind: 'rect', role: 'legend', ...box, fill: style.background, fillOpacity: 0.85, stroke: '#c8c8c8', strokeWidth: 0.8,
  };
  const rows = entries.flatMap((entry, i): Primitive[] => {
    const centre = box.y + BOX_PADDING + (i + 0.5) * rowHeight - 0.15 * style.legendFontSize;
    const sampleStart = box.x + BOX_PADDING;
    return [
      {
        kind: 'polyline', role: 'legend', points: [[sampleStart, centre], [sampleStart + SAMPLE_LENGTH, centre]],
        stroke: entry.colour, strokeWidth: entry.lineWidth, dash: dashPattern(entry.dash, entry.lineWidth),
      },
      {
        kind: 'text', role: 'legend', x: sampleStart + SAMPLE_LENGTH + SAMPLE_GAP, y: centre + 0.35 * style.legendFontSize,
        runs: parseLabel(entry.label), fontSize: style.legendFontSize, anchor: 'start', rotation: 0, bold: false, fill: style.ink,
      },
    ];
  });
  return [frame, ...rows];
}
