/** Public heatmap renderers: one panel, or panels side by side with a shared colour scale. */
import type { ColourBarContent } from './colour-bar.js';
import { colourScaleSpanning, validateColourScale, type ColourScale } from './colour-scale.js';
import { DEFAULT_FIGURE_STYLE } from './figure-style.js';
import { heatmapFigureScene, type CellColouring } from './heatmap-scene.js';
import { hasUnresolvedValues, resolveHeatmapSpec, type HeatmapSpec, type ResolvedHeatmap } from './heatmap-spec.js';
import type { Scene } from './scene.js';
import { sceneToPng, type PngOptions } from './scene-png.js';
import { sceneToSvg, type SvgOptions } from './scene-svg.js';

/** How heatmap panels are combined into one figure. */
export interface HeatmapPanelsOptions {
  /**
   * The colour scale shared by every panel; default: the range of the finite values of all
   * panels together. Each spec's own colourScale is ignored in a panel figure.
   */
  readonly colourScale?: ColourScale;
  /** Label of the shared colour bar; default: the first panel's colourBarLabel. */
  readonly colourBarLabel?: string;
  /** Title above all panels (markup); default none. Each panel keeps its own title. */
  readonly title?: string;
  /**
   * Draw y tick labels and the y label on the first panel only; default: true when all
   * panels have the same kRange.
   */
  readonly shareYAxis?: boolean;
}

function barContent(specs: readonly ResolvedHeatmap[], scale: ColourScale, label: string): ColourBarContent {
  const first = specs[0]!;
  return {
    scale,
    map: first.colourMap,
    label,
    unresolvedKey: specs.some((s) => hasUnresolvedValues(s.values)) ? { colour: first.unresolvedColour, label: first.unresolvedLabel } : null,
  };
}

function colouring(specs: readonly ResolvedHeatmap[], scale: ColourScale): CellColouring {
  return { scale, map: specs[0]!.colourMap, unresolved: specs[0]!.unresolvedColour };
}

/** The scene of one heatmap panel with its colour bar. */
export function heatmapScene(spec: HeatmapSpec): Scene {
  const resolved = resolveHeatmapSpec(spec);
  const scale = resolved.colourScale ?? colourScaleSpanning([resolved.values]);
  return heatmapFigureScene(
    [resolved],
    barContent([resolved], scale, resolved.colourBarLabel),
    colouring([resolved], scale),
    { shareYAxis: false, title: null },
    DEFAULT_FIGURE_STYLE,
  );
}

/**
 * The scene of several panels side by side (e.g. local, global, Redfield) with one colour
 * scale and one colour bar. Panels use the first spec's colour map and unresolved colour.
 */
export function heatmapPanelsScene(specs: readonly HeatmapSpec[], options: HeatmapPanelsOptions = {}): Scene {
  if (specs.length === 0) throw new RangeError('heatmap panels need at least one spec');
  const resolved = specs.map(resolveHeatmapSpec);
  const scale = options.colourScale !== undefined ? validateColourScale(options.colourScale) : colourScaleSpanning(resolved.map((s) => s.values));
  const sameKRange = resolved.every((s) => s.kRange[0] === resolved[0]!.kRange[0] && s.kRange[1] === resolved[0]!.kRange[1]);
  return heatmapFigureScene(
    resolved,
    barContent(resolved, scale, options.colourBarLabel ?? resolved[0]!.colourBarLabel),
    colouring(resolved, scale),
    { shareYAxis: options.shareYAxis ?? sameKRange, title: options.title ?? null },
    DEFAULT_FIGURE_STYLE,
  );
}

/** One heatmap panel with its colour bar, as an SVG document. */
export function heatmapSvg(spec: HeatmapSpec, options: SvgOptions = {}): string {
  return sceneToSvg(heatmapScene(spec), options);
}

/** One heatmap panel with its colour bar, as PNG bytes. */
export function heatmapPng(spec: HeatmapSpec, options: PngOptions = {}): Uint8Array {
  return sceneToPng(heatmapScene(spec), options);
}

/** Heatmap panels side by side with a shared colour scale, as an SVG document. */
export function heatmapPanelsSvg(specs: readonly HeatmapSpec[], options: HeatmapPanelsOptions = {}, svgOptions: SvgOptions = {}): string {
  return sceneToSvg(heatmapPanelsScene(specs, options), svgOptions);
}

/** Heatmap panels side by side with a shared colour scale, as PNG bytes. */
export function heatmapPanelsPng(specs: readonly HeatmapSpec[], options: HeatmapPanelsOptions = {}, pngOptions: PngOptions = {}): Uint8Array {
  return sceneToPng(heatmapPanelsScene(specs, options), pngOptions);
}
