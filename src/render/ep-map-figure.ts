/** Fig. 2 (one panel per equation, shared colour scale, exact exceptional lines dashed) as a figure. */
import type { EpMapResult } from '../numeric/physics/ep-maps.js';
import { epMapChart, type Figure, type EpMapChartOptions } from './plots/index.js';
import { pngDataUrl } from './plots/raster-png.js';

export function epMapFigure(result: EpMapResult, options: EpMapChartOptions = {}): Figure {
  // Order 1 maps κ(V); order 2 maps the largest spectral-projector norm (issue 10), the basis-independent witness.
  const projector = result.panels.some((p) => p.witness === 'projector-norm');
  const data = { ...result, panels: result.panels.map((p) => ({ equation: p.equation, log10Kappa: p.log10Witness })) };
  return epMapChart(data, pngDataUrl, { ...(projector ? { witness: 'projector-norm' as const } : {}), ...options });
}
