/**
 * Figures: Vega-Lite specifications built from the library's numbers (browser-safe builders) and
 * their rendering to SVG, PNG, PDF and CSV (render.ts, Node only).
 */
export { figure, figureFormatOf, tableCsv, FIGURE_FORMATS } from './figure.js';
export type { Figure, FigureFormat, Table, Cell } from './figure.js';
export { lineChart } from './line-chart.js';
export type { LineSeries, ReferenceLine, LineChartOptions } from './line-chart.js';
export { epMapChart, cellEdges } from './ep-map-chart.js';
export type { EpMapData, EpMapChartOptions, Rasterise } from './ep-map-chart.js';
export { offsetAxis, offsetExponent, superscript } from './axis-offset.js';
export type { DashStyle } from './style.js';
