/**
 * The paper's figures (Fig. 2 panels, Fig. 3a–c) as SVG, computed from the library.
 * Stub until the figure renderers land: returns no figures.
 */
export interface PaperFigureOptions {
  /** Coarser grids for quick runs (tests, the explorer's first paint). */
  readonly quick?: boolean;
}

/** File name (e.g. "fig2-ep-maps.svg") → SVG text. */
export async function paperFigures(_options: PaperFigureOptions = {}): Promise<Map<string, string>> {
  return new Map();
}
