/** The Node `Rasterise` of heatmap cells: RGBA bytes → a PNG data URL, encoded by pngjs. */
import { PNG } from 'pngjs';
import type { Rasterise } from './ep-map-chart.js';

export const pngDataUrl: Rasterise = ({ width, height, rgba }) => {
  const png = new PNG({ width, height });
  png.data = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`;
};
