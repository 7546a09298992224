/**
 * Figure renderers for the paper's plots: heatmaps of log₁₀ κ over (ω, k) with exceptional
 * lines (Fig. 2, also as side-by-side panels with a shared colour scale) and line plots
 * (Fig. 3), written as self-contained SVG or as PNG. Every function is pure: specs in,
 * text or bytes out.
 */
export { heatmapSvg, heatmapPng, heatmapPanelsSvg, heatmapPanelsPng, heatmapScene, heatmapPanelsScene } from './heatmap.js';
export type { HeatmapPanelsOptions } from './heatmap.js';
export { cellEdgesFromCentres, HEATMAP_DEFAULTS } from './heatmap-spec.js';
export type { HeatmapSpec, OverlayCurve } from './heatmap-spec.js';
export { linePlotSvg, linePlotPng } from './line-plot.js';
export { linePlotScene } from './line-plot-scene.js';
export { LINE_PLOT_DEFAULTS } from './line-plot-spec.js';
export type { LinePlotSpec, LineSeries, ReferenceLine, LegendPosition } from './line-plot-spec.js';
export type { AxisKind } from './axis-scale.js';
export type { DashStyle } from './dash.js';
export type { SvgOptions, SvgCellRendering } from './scene-svg.js';
export { sceneToSvg } from './scene-svg.js';
export type { PngOptions } from './scene-png.js';
export { sceneToPng, DEFAULT_PIXEL_RATIO } from './scene-png.js';
export type { Scene, Primitive, PrimitiveRole } from './scene.js';
export { VIRIDIS, sampleColourMap } from './colour-map.js';
export type { ColourMap } from './colour-map.js';
export type { ColourScale } from './colour-scale.js';
export type { Rgb } from './colour.js';
export { parseLabel, labelPlainText } from './label-markup.js';
export type { TextRun, RunPosition } from './label-markup.js';
export { runsToSvgContent } from './svg-label.js';
export { encodePng } from './png-encoder.js';
export type { RgbImage } from './png-encoder.js';
export { crc32 } from './crc32.js';
