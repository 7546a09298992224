/** Degenerate and extreme inputs still give valid images. */
import { describe, expect, it } from 'vitest';
import { heatmapPng, heatmapSvg, linePlotPng, linePlotSvg } from '../../src/render/figures/index.js';
import { readPng } from './png-reader.js';
import { checkWellFormedXml, elementsOf } from './xml-check.js';

function expectValid(svg: string, png: Uint8Array): void {
  expect(checkWellFormedXml(svg)).toEqual([]);
  expect(svg).not.toMatch(/NaN|Infinity|undefined/);
  const decoded = readPng(png);
  expect(decoded.crcErrors).toEqual([]);
  expect(decoded.inflated.length).toBe(decoded.height * (1 + 3 * decoded.width));
}

describe('robustness', () => {
  it('draws a grid with no finite value entirely in the unresolved colour', () => {
    const spec = { values: [NaN, Infinity, -Infinity, NaN], omegaCount: 2, kCount: 2, omegaRange: [0, 1] as const, kRange: [0, 1] as const };
    const svg = heatmapSvg(spec);
    expectValid(svg, heatmapPng(spec, { pixelRatio: 1 }));
    const cells = [...elementsOf(svg, 'g', 'heatmap-cells')[0]!.source.matchAll(/fill="([^"]+)"/g)].map((m) => m[1]);
    expect(cells).toEqual(['#ffffff', '#ffffff', '#ffffff', '#ffffff']);
  });

  it('draws a single cell and a constant grid', () => {
    const one = { values: [3], omegaCount: 1, kCount: 1, omegaRange: [1, 2] as const, kRange: [5, 6] as const };
    expectValid(heatmapSvg(one), heatmapPng(one, { pixelRatio: 1 }));
  });

  it('handles extreme magnitudes and overlays far outside the plot', () => {
    const spec = {
      values: [1e-300, 1e300, -1e300, 0], omegaCount: 2, kCount: 2, omegaRange: [1e-9, 2e-9] as const, kRange: [1e8, 3e8] as const,
      overlays: [{ points: [[-1e308, 0], [1e308, 1e300], [Infinity, 1]] as Array<[number, number]> }],
    };
    expectValid(heatmapSvg(spec), heatmapPng(spec, { pixelRatio: 1 }));
  });

  it('draws line plots of empty, all-NaN, single-point and huge data', () => {
    for (const series of [
      [],
      [{ x: [1, 2, 3], y: [NaN, NaN, NaN], colour: '#000000' }],
      [{ x: [1], y: [1], colour: '#000000' }],
      [{ x: [0, 1], y: [-1e300, 1e300], colour: '#000000' }],
      [{ x: [0, 1e-12], y: [1e-12, 1e-12], colour: '#000000' }],
    ]) {
      const spec = { series, yLabel: 'y', xLabel: 'x' };
      expectValid(linePlotSvg(spec), linePlotPng(spec, { pixelRatio: 1 }));
      const logSpec = { ...spec, yScale: 'log' as const };
      expectValid(linePlotSvg(logSpec), linePlotPng(logSpec, { pixelRatio: 1 }));
    }
  });
});
