/** Sizes, gaps and colours shared by every figure (CSS pixels). */

export interface FigureStyle {
  /** Font stack of all text: math fonts with a serif fallback. */
  readonly fontFamily: string;
  readonly tickFontSize: number;
  readonly labelFontSize: number;
  readonly titleFontSize: number;
  readonly legendFontSize: number;
  readonly tickLength: number;
  readonly minorTickLength: number;
  /** Between a tick and its label. */
  readonly tickLabelGap: number;
  /** Between tick labels and the axis label. */
  readonly axisLabelGap: number;
  /** Around the whole figure. */
  readonly padding: number;
  readonly frameWidth: number;
  readonly ink: string;
  readonly background: string;
}

export const DEFAULT_FIGURE_STYLE: FigureStyle = Object.freeze({
  fontFamily: "'Latin Modern Math', 'STIX Two Math', 'Cambria Math', 'Times New Roman', serif",
  tickFontSize: 11,
  labelFontSize: 14,
  titleFontSize: 14,
  legendFontSize: 11,
  tickLength: 4,
  minorTickLength: 2,
  tickLabelGap: 3,
  axisLabelGap: 6,
  padding: 8,
  frameWidth: 1,
  ink: '#000000',
  background: '#ffffff',
});
