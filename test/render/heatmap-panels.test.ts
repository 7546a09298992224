import { describe, expect, it } from 'vitest';
import { heatmapPanelsPng, heatmapPanelsSvg, heatmapSvg, type HeatmapSpec } from '../../src/render/figures/index.js';
import { readPng } from './png-reader.js';
import { checkWellFormedXml, elementsOf, xmlElements } from './xml-check.js';

function panel(title: string, values: number[]): HeatmapSpec {
  return { values: Float64Array.from(values), omegaCount: 2, kCount: 2, omegaRange: [1, 2], kRange: [0, 1], title };
}

const LOCAL = panel('local', [0, 1, 2, NaN]);
const GLOBAL = panel('global', [1, 1, 1, 1]);
const REDFIELD = panel('Redfield', [2, 3, 4, 5]);

/** Cell fills per panel, in document order. */
function panelFills(svg: string): string[][] {
  const groups = xmlElements(svg).filter((e) => e.name === 'g' && e.attributes.get('class') === 'heatmap-cells');
  return groups.map((g) => [...g.source.matchAll(/fill="(#[0-9a-f]{6})"/g)].map((m) => m[1]!));
}

describe('heatmapPanelsSvg', () => {
  const svg = heatmapPanelsSvg([LOCAL, GLOBAL, REDFIELD]);

  it('is well-formed, with three panels of cells, three titles and one colour bar', () => {
    expect(checkWellFormedXml(svg)).toEqual([]);
    expect(panelFills(svg).map((f) => f.length)).toEqual([4, 4, 4]);
    expect(elementsOf(svg, 'text', 'title').map((t) => t.text)).toEqual(['local', 'global', 'Redfield']);
    expect(elementsOf(svg, 'g', 'colour-bar')).toHaveLength(1);
    expect(elementsOf(svg, 'text', 'axis-label').filter((t) => t.text === 'log10 κ')).toHaveLength(1);
  });

  it('shares one colour scale: equal values get equal colours in every panel, ends map to the ends', () => {
    const [local, global, redfield] = panelFills(svg) as [string[], string[], string[]];
    // The shared scale is [0, 5]. Rows are written top first: [values[2], values[3], values[0], values[1]].
    expect(local[2]).toBe('#440154'); // 0, the global minimum
    expect(redfield[1]).toBe('#fde725'); // 5, the global maximum
    expect(global[0]).toBe(local[3]); // both 1
    expect(redfield[2]).toBe(local[0]); // both 2
    expect(local[1]).toBe('#ffffff'); // NaN
    // Rendered alone, the constant global panel gets its own scale [0.5, 1.5]: mid-map colour.
    const alone = panelFills(heatmapSvg(GLOBAL))[0]!;
    expect(alone).toEqual(['#21918c', '#21918c', '#21918c', '#21918c']);
    expect(global[0]).not.toBe('#21918c');
  });

  it('labels the y axis only on the first panel when the panels share k', () => {
    expect(elementsOf(svg, 'text', 'axis-label').map((t) => t.text)).toEqual(['ω', 'k', 'ω', 'ω', 'log10 κ']);
    const unshared = heatmapPanelsSvg([LOCAL, GLOBAL], { shareYAxis: false });
    expect(elementsOf(unshared, 'text', 'axis-label').map((t) => t.text)).toEqual(['ω', 'k', 'ω', 'k', 'log10 κ']);
  });

  it('keeps panels side by side without overlap and sizes the figure to fit them', () => {
    const frames = elementsOf(svg, 'rect', 'frame').map((r) => ({
      x: Number(r.attributes.get('x')), width: Number(r.attributes.get('width')), y: Number(r.attributes.get('y')), height: Number(r.attributes.get('height')),
    }));
    // Three plot frames then the colour-bar frame, left to right, aligned top and bottom.
    expect(frames).toHaveLength(4);
    for (let i = 1; i < frames.length; i++) {
      expect(frames[i]!.x).toBeGreaterThan(frames[i - 1]!.x + frames[i - 1]!.width);
      expect(frames[i]!.y).toBe(frames[0]!.y);
      expect(frames[i]!.height).toBe(frames[0]!.height);
    }
    const width = Number(elementsOf(svg, 'svg')[0]!.attributes.get('width'));
    expect(width).toBeGreaterThan(frames[3]!.x + frames[3]!.width);
    expect(frames[0]!.width).toBe(frames[1]!.width);
  });

  it('accepts an explicit shared scale, bar label and figure title', () => {
    const custom = heatmapPanelsSvg([LOCAL, REDFIELD], { colourScale: { min: 2, max: 3 }, colourBarLabel: '\\log_{10}\\kappa', title: 'Fig. 2 & co' });
    const [local, redfield] = panelFills(custom) as [string[], string[]];
    expect(local[0]).toBe('#440154'); // 2 = min
    expect(redfield[3]).toBe('#fde725'); // 3 = max
    expect(redfield[1]).toBe('#fde725'); // 5, clamped
    expect(elementsOf(custom, 'text', 'title').map((t) => t.text)).toEqual(['local', 'Redfield', 'Fig. 2 & co']);
    expect(custom).toContain('Fig. 2 &amp; co');
  });

  it('also renders as a valid PNG', () => {
    const png = readPng(heatmapPanelsPng([LOCAL, GLOBAL, REDFIELD], {}, { pixelRatio: 1 }));
    expect(png.crcErrors).toEqual([]);
    const width = Number(elementsOf(svg, 'svg')[0]!.attributes.get('width'));
    expect(png.width).toBe(Math.ceil(width));
    expect(png.inflated.length).toBe(png.height * (1 + 3 * png.width));
  });

  it('rejects an empty list', () => {
    expect(() => heatmapPanelsSvg([])).toThrow(RangeError);
  });
});
