/** The look shared by every figure: the font (DejaVu Sans, shipped for PNG and PDF), sizes, dashes. */
import type { Config } from 'vega-lite';

/** The family every text mark asks for; PNG and PDF load exactly this font from the dejavu-fonts-ttf package. */
export const FONT_FAMILY = 'DejaVu Sans';

export const CONFIG: Config = {
  font: `${FONT_FAMILY}, sans-serif`,
  background: 'white',
  view: { stroke: '#30343c' },
  axis: { titleFontWeight: 'normal', titleFontSize: 13, labelFontSize: 11, grid: false, domainColor: '#30343c', tickColor: '#30343c', labelColor: '#30343c', titleColor: '#30343c' },
  legend: { titleFontWeight: 'normal', labelFontSize: 11, titleFontSize: 12, labelLimit: 320 },
  title: { fontWeight: 'normal', fontSize: 14, anchor: 'start', subtitleFontSize: 11 },
  header: { labelFontSize: 13, titleFontSize: 13 },
};

export type DashStyle = 'solid' | 'dashed' | 'dotted' | 'dashdot';

export const DASHES: Record<DashStyle, number[]> = {
  solid: [],
  dashed: [6, 4],
  dotted: [1.5, 3],
  dashdot: [8, 3, 2, 3],
};
