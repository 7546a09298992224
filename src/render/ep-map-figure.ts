/** Fig. 2 (one panel per equation, shared colour scale, exact exceptional lines dashed) as SVG or PNG. */
import type { EpMapResult } from '../numeric/physics/ep-maps.js';
import { type HeatmapSpec, heatmapPanelsSvg, heatmapPanelsPng, cellEdgesFromCentres } from './figures/index.js';

const TITLES = { local: 'local', global: 'global', redfield: 'Redfield', 'partial-secular': 'partial\\text{-}secular' } as const;

export function epMapSpecs(result: EpMapResult): HeatmapSpec[] {
  const omegaRange = cellEdgesFromCentres(result.omega[0]!, result.omega[result.omega.length - 1]!, result.omega.length);
  const kRange = cellEdgesFromCentres(result.k[0]!, result.k[result.k.length - 1]!, result.k.length);
  const upper = result.line.omega.map((w, i) => [w, result.line.k[i]!] as const);
  const lower = result.line.omega.map((w, i) => [w, -result.line.k[i]!] as const);
  return result.panels.map((panel, i) => ({
    values: panel.log10Kappa,
    omegaCount: result.omega.length,
    kCount: result.k.length,
    omegaRange,
    kRange,
    title: `M_{${TITLES[panel.equation]},${result.order}}`,
    panelLabel: result.panels.length > 1 ? `${String.fromCharCode(97 + i)})` : undefined,
    overlays: [{ points: upper }, { points: lower }],
  }) as HeatmapSpec);
}

export function epMapFigure(result: EpMapResult, format: 'svg' | 'png'): string | Uint8Array {
  const specs = epMapSpecs(result);
  const options = { colourBarLabel: 'log_{10} \\kappa' };
  return format === 'svg' ? heatmapPanelsSvg(specs, options) : heatmapPanelsPng(specs, options);
}
