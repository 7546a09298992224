/**
 * Issue 14: rendering the paper's figures (Vega-Lite → SVG, PNG, PDF) in process, after warm-up.
 * The whole-process comparison with the former hand-written renderer is `reproduce` in docs/performance.md.
 */
import { bench, describe, beforeAll } from 'vitest';
import { paperFigures } from '../../src/render/paper-figures.js';
import { renderFigure } from '../../src/render/plots/render.js';
import type { Figure } from '../../src/render/plots/index.js';

let figures: Map<string, Figure>;
beforeAll(async () => {
  figures = await paperFigures({ quick: true, threads: 0 });
});

describe('paper figures (quick grids)', () => {
  for (const format of ['svg', 'png', 'pdf'] as const) {
    bench(`Figs. 2 and 3a–c as ${format.toUpperCase()}`, async () => {
      for (const f of figures.values()) await renderFigure(f, format);
    }, { warmupIterations: 2, iterations: 8 });
  }
});
