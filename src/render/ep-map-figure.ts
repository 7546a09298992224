/** Fig. 2 as SVG or PNG from an EP-map result (filled in when the figure renderers land). */
import type { EpMapResult } from '../cli/commands/ep-map.js';

export function epMapFigure(_result: EpMapResult, _format: 'svg' | 'png'): string | Uint8Array {
  throw new Error('figure rendering is not available yet');
}
