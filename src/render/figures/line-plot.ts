/** Public line-plot renderers. */
import { linePlotScene } from './line-plot-scene.js';
import type { LinePlotSpec } from './line-plot-spec.js';
import { sceneToPng, type PngOptions } from './scene-png.js';
import { sceneToSvg, type SvgOptions } from './scene-svg.js';

/** The line plot as an SVG document. */
export function linePlotSvg(spec: LinePlotSpec, options: SvgOptions = {}): string {
  return sceneToSvg(linePlotScene(spec), options);
}

/** The line plot as PNG bytes. */
export function linePlotPng(spec: LinePlotSpec, options: PngOptions = {}): Uint8Array {
  return sceneToPng(linePlotScene(spec), options);
}
