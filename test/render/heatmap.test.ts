import { describe, expect, it } from 'vitest';
import {
  heatmapPng, heatmapScene, heatmapSvg, labelPlainText, VIRIDIS, type HeatmapSpec, type Scene,
} from '../../src/render/figures/index.js';
import type { CellsPrimitive } from '../../src/render/figures/scene.js';
import { exampleHeatmap } from './example-data.js';
import { pngPixel, readPng } from './png-reader.js';
import { checkWellFormedXml, elementsOf, xmlElements } from './xml-check.js';

const VIRIDIS_LOW = '#440154';
const VIRIDIS_HIGH = '#fde725';
const FONT_STACK = "'Latin Modern Math', 'STIX Two Math', 'Cambria Math', 'Times New Roman', serif";

/** 4 ω columns × 3 k rows; row-major over k then ω. */
function smallSpec(overrides: Partial<HeatmapSpec> = {}): HeatmapSpec {
  return {
    values: Float64Array.from([
      0, 1, 2, 3, // k row 0 (bottom)
      4, NaN, 6, 7, // k row 1
      8, 9, Infinity, 11, // k row 2 (top)
    ]),
    omegaCount: 4,
    kCount: 3,
    omegaRange: [0.5, 2.5],
    kRange: [-1e-4, 1e-4],
    title: 'local',
    ...overrides,
  };
}

function cellFills(svg: string): string[] {
  return xmlElements(svg)
    .filter((e) => e.name === 'rect' && e.ancestorClasses.includes('heatmap-cells'))
    .map((e) => e.attributes.get('fill')!);
}

function cellsOf(scene: Scene): CellsPrimitive {
  const cells = scene.primitives.find((p): p is CellsPrimitive => p.kind === 'cells' && p.role === 'heatmap-cells');
  if (cells === undefined) throw new Error('no cells');
  return cells;
}

describe('heatmapSvg', () => {
  const svg = heatmapSvg(smallSpec());

  it('is a well-formed, self-contained SVG document with size and viewBox', () => {
    expect(checkWellFormedXml(svg)).toEqual([]);
    const root = elementsOf(svg, 'svg')[0]!;
    expect(root.attributes.get('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.attributes.get('width')).toBe('420');
    expect(root.attributes.get('height')).toBe('340');
    expect(root.attributes.get('viewBox')).toBe('0 0 420 340');
    expect(root.attributes.get('font-family')).toBe(FONT_STACK);
    expect(svg).not.toMatch(/<script|<style|@import|url\(|xlink:href="http|href="http/);
  });

  it('draws one rect per cell, top row first, with NaN and Infinity in the unresolved colour', () => {
    const fills = cellFills(svg);
    expect(fills).toHaveLength(12);
    // Top-left cell is values[8]; the scale is [0, 11] (finite range), so 0 → low end, 11 → high end.
    expect(fills[3]).toBe(VIRIDIS_HIGH); // value 11, top row, last column
    expect(fills[8]).toBe(VIRIDIS_LOW); // value 0, bottom row, first column
    expect(fills[2]).toBe('#ffffff'); // Infinity
    expect(fills[5]).toBe('#ffffff'); // NaN
    const finite = fills.filter((_, i) => i !== 2 && i !== 5);
    expect(finite.every((f) => /^#[0-9a-f]{6}$/.test(f) && f !== '#ffffff')).toBe(true);
  });

  it('maps a given colour scale to the ends of the map and clamps beyond it', () => {
    const fills = cellFills(heatmapSvg(smallSpec({ colourScale: { min: 4, max: 6 } })));
    expect(fills[4]).toBe(VIRIDIS_LOW); // value 4 = min
    expect(fills[6]).toBe(VIRIDIS_HIGH); // value 6 = max
    expect(fills[8]).toBe(VIRIDIS_LOW); // value 0, clamped
    expect(fills[0]).toBe(VIRIDIS_HIGH); // value 8, clamped
  });

  it('labels the axes ω and k, the colour bar log₁₀ κ, and shows the title', () => {
    const texts = elementsOf(svg, 'text');
    const labels = texts.filter((t) => t.attributes.get('class') === 'axis-label').map((t) => t.text);
    expect(labels).toEqual(['ω', 'k', 'log10 κ']);
    expect(svg).toContain('log<tspan baseline-shift="sub" font-size="70%">10</tspan> <tspan font-style="italic">κ</tspan>');
    expect(svg).toContain('<tspan font-style="italic">ω</tspan>');
    expect(texts.find((t) => t.attributes.get('class') === 'title')!.text).toBe('local');
    // The colour-bar label and the y label read upwards.
    expect(texts.filter((t) => t.attributes.get('transform')?.startsWith('rotate(-90')).length).toBe(2);
  });

  it('has tick labels on both axes, with a ×10ⁿ multiplier for the small k values, and a colour bar', () => {
    const tickLabels = elementsOf(svg, 'text', 'tick-label').map((t) => t.text);
    expect(tickLabels).toEqual(expect.arrayContaining(['0.5', '1.0', '1.5', '2.0', '2.5', '−1.0', '0.0', '1.0']));
    expect(elementsOf(svg, 'text', 'multiplier').map((t) => t.text)).toEqual(['×10−4']);
    const bar = xmlElements(svg).filter((e) => e.name === 'rect' && e.ancestorClasses.includes('colour-bar'));
    expect(bar.length).toBeGreaterThan(100);
    expect(bar[0]!.attributes.get('fill')).toBe(VIRIDIS_HIGH); // top of the bar
    expect(bar[bar.length - 1]!.attributes.get('fill')).toBe(VIRIDIS_LOW);
  });

  it('shows a key for unresolved cells only when there are some', () => {
    expect(elementsOf(svg, 'text', 'unresolved-key').map((t) => t.text)).toEqual(['unresolved']);
    const finiteOnly = heatmapSvg(smallSpec({ values: Float64Array.from({ length: 12 }, (_, i) => i) }));
    expect(elementsOf(finiteOnly, 'rect', 'unresolved-key')).toEqual([]);
  });

  it('draws the overlay curves dashed red, clipped to the plot, broken at NaN', () => {
    const spec = smallSpec({
      overlays: [
        { points: [[0.5, -1e-4], [2.5, 1e-4]] },
        { points: [[0, 0], [1, 0], [NaN, NaN], [1.5, 0.5e-4], [3, 0.5e-4]], colour: '#0000ff', dash: 'dotted' },
      ],
    });
    const scene = heatmapScene(spec);
    const plot = cellsOf(scene);
    const overlays = elementsOf(heatmapSvg(spec), 'polyline', 'overlay');
    expect(overlays).toHaveLength(3);
    expect(overlays[0]!.attributes.get('stroke')).toBe('#e41a1c');
    expect(overlays[0]!.attributes.get('stroke-dasharray')).toMatch(/^[\d.]+ [\d.]+$/);
    expect(overlays[2]!.attributes.get('stroke')).toBe('#0000ff');
    for (const overlay of overlays) {
      for (const pair of overlay.attributes.get('points')!.split(' ')) {
        const [x, y] = pair.split(',').map(Number) as [number, number];
        expect(x).toBeGreaterThanOrEqual(plot.x - 0.01);
        expect(x).toBeLessThanOrEqual(plot.x + plot.width + 0.01);
        expect(y).toBeGreaterThanOrEqual(plot.y - 0.01);
        expect(y).toBeLessThanOrEqual(plot.y + plot.height + 0.01);
      }
    }
  });

  it('escapes text from the spec', () => {
    const escaped = heatmapSvg(smallSpec({ title: 'a<b & "c"', xLabel: '</text><script>' }));
    expect(checkWellFormedXml(escaped)).toEqual([]);
    expect(escaped).not.toContain('<script>');
    expect(elementsOf(escaped, 'text', 'title')[0]!.text).toBe('a<b & "c"');
  });

  it('can embed the cells as one PNG image instead of rects', () => {
    const embedded = heatmapSvg(smallSpec(), { cells: 'embedded-png' });
    expect(checkWellFormedXml(embedded)).toEqual([]);
    expect(cellFills(embedded)).toEqual([]);
    const image = elementsOf(embedded, 'image', 'heatmap-cells')[0]!;
    const href = image.attributes.get('href')!;
    expect(href.startsWith('data:image/png;base64,')).toBe(true);
    const png = readPng(new Uint8Array(Buffer.from(href.slice('data:image/png;base64,'.length), 'base64')));
    expect([png.width, png.height, png.crcErrors.length]).toEqual([4, 3, 0]);
    expect(pngPixel(png, 2, 0)).toEqual([255, 255, 255]); // the Infinity cell
    // 'auto' switches to an image for large grids.
    const big = heatmapSvg(exampleHeatmap('local', 160));
    expect(elementsOf(big, 'image', 'heatmap-cells')).toHaveLength(1);
  });

  it('accepts a custom unresolved colour and labels', () => {
    const custom = heatmapSvg(smallSpec({ unresolvedColour: '#ff00ff', xLabel: '\\omega_h', yLabel: '\\lambda^2', colourBarLabel: '\\eta' }));
    expect(cellFills(custom)[5]).toBe('#ff00ff');
    expect(elementsOf(custom, 'text', 'axis-label').map((t) => t.text)).toEqual(['ωh', 'λ2', 'η']);
  });

  it('rejects inconsistent specs', () => {
    expect(() => heatmapSvg(smallSpec({ omegaCount: 5 }))).toThrow(/values has 12 entries/);
    expect(() => heatmapSvg(smallSpec({ kRange: [1, 1] }))).toThrow(RangeError);
    expect(() => heatmapSvg(smallSpec({ unresolvedColour: 'white' }))).toThrow(/hex/);
    expect(() => heatmapSvg(smallSpec({ colourScale: { min: 2, max: 1 } }))).toThrow(RangeError);
    expect(() => heatmapSvg(smallSpec({ width: 10 }))).toThrow(RangeError);
  });

  it('does not modify its input', () => {
    const spec = smallSpec();
    const before = Array.from(spec.values);
    heatmapSvg(spec);
    heatmapPng(spec);
    expect(Array.from(spec.values)).toEqual(before);
  });
});

describe('heatmapPng', () => {
  const spec = smallSpec();
  const png = readPng(heatmapPng(spec));
  const cells = cellsOf(heatmapScene(spec));

  /** The PNG pixel at the centre of cell (column, row from the top), at pixel ratio 2. */
  const cellPixel = (column: number, row: number): [number, number, number] =>
    pngPixel(png, Math.floor((cells.x + (column + 0.5) * (cells.width / 4)) * 2), Math.floor((cells.y + (row + 0.5) * (cells.height / 3)) * 2));

  it('is a valid PNG of twice the figure size', () => {
    expect(png.signatureValid).toBe(true);
    expect(png.crcErrors).toEqual([]);
    expect(png.chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect([png.width, png.height]).toEqual([840, 680]);
    expect(png.inflated.length).toBe(680 * (1 + 3 * 840));
  });

  it('paints cells with the colour map and unresolved cells in the unresolved colour', () => {
    expect(cellPixel(3, 0)).toEqual([0xfd, 0xe7, 0x25]); // 11: top of the scale
    expect(cellPixel(0, 2)).toEqual([0x44, 0x01, 0x54]); // 0: bottom of the scale
    expect(cellPixel(2, 0)).toEqual([255, 255, 255]); // Infinity
    expect(cellPixel(1, 1)).toEqual([255, 255, 255]); // NaN
  });

  it('honours the pixel ratio', () => {
    const one = readPng(heatmapPng(spec, { pixelRatio: 1 }));
    expect([one.width, one.height]).toEqual([420, 340]);
    expect(() => heatmapPng(spec, { pixelRatio: 0 })).toThrow(RangeError);
  });

  it('draws text and axes in black ink', () => {
    let dark = 0;
    for (let y = 0; y < png.height; y += 2) {
      for (let x = 0; x < 120; x += 2) {
        const [r, g, b] = pngPixel(png, x, y);
        if (r + g + b < 100) dark++;
      }
    }
    expect(dark).toBeGreaterThan(50); // y tick labels and the y label
  });
});

describe('example data', () => {
  it('the example heatmap has the expected shape and exceptional-line overlays', () => {
    const spec = exampleHeatmap('local', 20);
    expect(spec.values.length).toBe(400);
    expect(spec.overlays).toHaveLength(2);
    expect(labelPlainText(spec.title!)).toBe('local');
    expect(VIRIDIS.stops.length).toBe(33);
  });
});
