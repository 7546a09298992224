/** Fig. 2 (one panel per equation, shared colour scale, exact exceptional lines dashed) as a figure. */
import type { EpMapResult } from '../numeric/physics/ep-maps.js';
import { epMapChart, type Figure, type EpMapChartOptions } from './plots/index.js';
import { pngDataUrl } from './plots/raster-png.js';

export function epMapFigure(result: EpMapResult, options: EpMapChartOptions = {}): Figure {
  return epMapChart(result, pngDataUrl, options);
}
