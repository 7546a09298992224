/**
 * A figure as a value: one Vega-Lite specification (what the CLI, the report and the explorer
 * all render) plus the table of the plotted data (its CSV). Builders of figures live beside this
 * file and are browser-safe; rendering to files is `render.ts` (Node only).
 */
import type { TopLevelSpec } from 'vega-lite';

export type Cell = number | string | null;

/** The plotted data in long form: one row per plotted point, a `layer` column naming what it belongs to. */
export interface Table {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

export interface Figure {
  /** Plain-text caption (the report's and the explorer's figure caption). */
  readonly caption: string;
  readonly spec: TopLevelSpec;
  readonly table: Table;
}

export function figure(caption: string, spec: TopLevelSpec, table: Table): Figure {
  for (const row of table.rows) {
    if (row.length !== table.columns.length) throw new RangeError(`figure table: a row has ${row.length} cells for ${table.columns.length} columns`);
  }
  return Object.freeze({ caption, spec, table });
}

/** The output formats of a figure, chosen by the file extension. */
export const FIGURE_FORMATS = ['svg', 'png', 'pdf', 'csv'] as const;
export type FigureFormat = (typeof FIGURE_FORMATS)[number];

/** The format a file name asks for, or undefined when its extension is none of FIGURE_FORMATS. */
export function figureFormatOf(fileName: string): FigureFormat | undefined {
  const m = /\.([A-Za-z]+)$/.exec(fileName);
  const ext = m ? m[1]!.toLowerCase() : '';
  return (FIGURE_FORMATS as readonly string[]).includes(ext) ? (ext as FigureFormat) : undefined;
}

/** RFC 4180 CSV of a table (NaN, ±∞ and null as empty cells; numbers at full precision). */
export function tableCsv(table: Table): string {
  const cell = (c: Cell): string => {
    if (c === null) return '';
    if (typeof c === 'number') return Number.isFinite(c) ? String(c) : '';
    return /[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c;
  };
  return [table.columns, ...table.rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
