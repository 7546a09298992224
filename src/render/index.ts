export * from './notation.js';
export * from './scalar-format.js';
export * from './matrix-format.js';
export * from './katex-check.js';
export * from './equations-format.js';
export * from './expansion-format.js';
export * from './equations-document.js';
export * from './heat-compact.js';
// Figures: a Vega-Lite spec with its data (Figure), built from numbers, rendered to SVG, PNG, PDF or CSV.
export { lineChart, epMapChart, figureFormatOf, tableCsv, FIGURE_FORMATS } from './plots/index.js';
export type { Figure, FigureFormat, LineSeries, ReferenceLine, LineChartOptions, EpMapData, EpMapChartOptions, Rasterise } from './plots/index.js';
export { renderFigure } from './plots/render.js';
export { epMapFigure } from './ep-map-figure.js';
