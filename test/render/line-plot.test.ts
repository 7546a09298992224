import { describe, expect, it } from 'vitest';
import { linePlotPng, linePlotScene, linePlotSvg, type LinePlotSpec } from '../../src/render/figures/index.js';
import { pngPixel, readPng } from './png-reader.js';
import { checkWellFormedXml, elementsOf } from './xml-check.js';

const x = Array.from({ length: 50 }, (_, i) => i / 49);

function spec(overrides: Partial<LinePlotSpec> = {}): LinePlotSpec {
  return {
    xLabel: 'k',
    yLabel: '\\dot{Q}_h(t)',
    panelLabel: 'a)',
    series: [
      { x, y: x.map((v) => v * v), label: 'GME, \\dot{Q}_h', colour: '#d62728' },
      { x, y: x.map((v) => v * v * 0.9), label: 'LME, \\dot{Q}_h', colour: '#d62728', dash: 'dashed' },
      { x, y: x.map((v) => -v), label: '\\dot{Q}_c', colour: '#1f77b4', dash: 'dotted' },
    ],
    referenceLines: [
      { kind: 'vertical', x: 0.4, label: 'EP' },
      { kind: 'horizontal', y: 0.5 },
    ],
    ...overrides,
  };
}

function points(attribute: string): Array<[number, number]> {
  return attribute.split(' ').map((p) => p.split(',').map(Number) as [number, number]);
}

describe('linePlotSvg', () => {
  const svg = linePlotSvg(spec());

  it('is a well-formed SVG of the requested size', () => {
    expect(checkWellFormedXml(svg)).toEqual([]);
    const root = elementsOf(svg, 'svg')[0]!;
    expect([root.attributes.get('width'), root.attributes.get('height'), root.attributes.get('viewBox')]).toEqual(['420', '320', '0 0 420 320']);
  });

  it('draws one path per series with its colour and dash style', () => {
    const series = elementsOf(svg, 'polyline', 'series');
    expect(series).toHaveLength(3);
    expect(series.map((s) => s.attributes.get('stroke'))).toEqual(['#d62728', '#d62728', '#1f77b4']);
    expect(series[0]!.attributes.has('stroke-dasharray')).toBe(false);
    expect(series[1]!.attributes.get('stroke-dasharray')).toBe('4.5 3.9');
    expect(series[2]!.attributes.get('stroke-dasharray')).toBe('0.01 3.6');
    expect(points(series[0]!.attributes.get('points')!)).toHaveLength(50);
  });

  it('draws the vertical marker dotted grey and the horizontal reference dot-dashed grey', () => {
    const [vertical, horizontal] = elementsOf(svg, 'polyline', 'reference-line');
    expect(vertical!.attributes.get('stroke')).toBe('#808080');
    expect(horizontal!.attributes.get('stroke')).toBe('#808080');
    expect(vertical!.attributes.get('stroke-dasharray')!.split(' ')).toHaveLength(2);
    expect(horizontal!.attributes.get('stroke-dasharray')!.split(' ')).toHaveLength(4);
    const [[x0], [x1]] = points(vertical!.attributes.get('points')!) as [[number, number], [number, number]];
    expect(x0).toBe(x1);
  });

  it('has axis labels, ticks, a panel label and a legend of the labelled entries', () => {
    expect(elementsOf(svg, 'text', 'axis-label').map((t) => t.text)).toEqual(['k', 'Q̇h(t)']);
    expect(svg).toContain('<tspan font-style="italic">Q̇</tspan><tspan font-style="italic" baseline-shift="sub" font-size="70%">h</tspan>(<tspan font-style="italic">t</tspan>)');
    expect(elementsOf(svg, 'text', 'panel-label')[0]!.attributes.get('font-weight')).toBe('bold');
    expect(elementsOf(svg, 'text', 'tick-label').length).toBeGreaterThanOrEqual(8);
    expect(elementsOf(svg, 'text', 'legend').map((t) => t.text)).toEqual(['GME, Q̇h', 'LME, Q̇h', 'Q̇c', 'EP']);
    expect(elementsOf(svg, 'polyline', 'legend')).toHaveLength(4);
    expect(linePlotSvg(spec({ legend: 'none' }))).not.toContain('class="legend"');
  });

  it('breaks lines at NaN and clips them to the given ranges', () => {
    const y = x.map((v, i) => (i === 20 ? NaN : v));
    const broken = linePlotSvg(spec({ series: [{ x, y, colour: '#000000' }], referenceLines: [] }));
    expect(elementsOf(broken, 'polyline', 'series')).toHaveLength(2);
    const clipped = linePlotScene(spec({ xRange: [0.25, 0.75], yRange: [0, 0.5] }));
    const frame = clipped.primitives.find((p) => p.kind === 'rect' && p.role === 'frame')!;
    if (frame.kind !== 'rect') throw new Error('frame');
    for (const p of clipped.primitives) {
      if (p.kind !== 'polyline' || p.role !== 'series') continue;
      for (const [px, py] of p.points) {
        expect(px).toBeGreaterThanOrEqual(frame.x - 1e-9);
        expect(px).toBeLessThanOrEqual(frame.x + frame.width + 1e-9);
        expect(py).toBeGreaterThanOrEqual(frame.y - 1e-9);
        expect(py).toBeLessThanOrEqual(frame.y + frame.height + 1e-9);
      }
    }
  });

  it('supports a logarithmic y axis with 10ⁿ tick labels, dropping non-positive values', () => {
    const log = linePlotSvg({
      series: [{ x, y: x.map((v) => 10 ** (-4 * v)), colour: '#000000' }, { x, y: x.map(() => 0), colour: '#ff0000' }],
      yScale: 'log',
    });
    expect(checkWellFormedXml(log)).toEqual([]);
    expect(elementsOf(log, 'polyline', 'series')).toHaveLength(1);
    const labels = elementsOf(log, 'text', 'tick-label').map((t) => t.text);
    expect(labels).toEqual(expect.arrayContaining(['10−4', '10−3', '10−2', '10−1', '100']));
    expect(log).toContain('10<tspan baseline-shift="super" font-size="70%">−4</tspan>');
  });

  it('escapes labels and validates the spec', () => {
    const escaped = linePlotSvg(spec({ title: '<b>&amp;</b>' }));
    expect(checkWellFormedXml(escaped)).toEqual([]);
    expect(elementsOf(escaped, 'text', 'title')[0]!.text).toBe('<b>&amp;</b>');
    expect(() => linePlotSvg(spec({ series: [{ x: [1, 2], y: [1], colour: '#000' }] }))).toThrow(/x has 2 values but y has 1/);
    expect(() => linePlotSvg(spec({ series: [{ x: [1], y: [1], colour: 'blue' }] }))).toThrow(/hex/);
    expect(() => linePlotSvg(spec({ yScale: 'log', yRange: [-1, 1] }))).toThrow(/positive/);
  });

  it('draws an empty frame for empty data', () => {
    const empty = linePlotSvg({ series: [] });
    expect(checkWellFormedXml(empty)).toEqual([]);
    expect(elementsOf(empty, 'rect', 'frame')).toHaveLength(1);
  });
});

describe('linePlotPng', () => {
  it('is a valid PNG with the series drawn in their colours', () => {
    const png = readPng(linePlotPng(spec({ series: [{ x: [0, 1], y: [0.5, 0.5], colour: '#1f77b4', lineWidth: 3 }], referenceLines: [] })));
    expect(png.crcErrors).toEqual([]);
    expect([png.width, png.height]).toEqual([840, 640]);
    expect(png.inflated.length).toBe(640 * (1 + 3 * 840));
    const scene = linePlotScene(spec({ series: [{ x: [0, 1], y: [0.5, 0.5], colour: '#1f77b4', lineWidth: 3 }], referenceLines: [] }));
    const line = scene.primitives.find((p) => p.kind === 'polyline' && p.role === 'series');
    if (line?.kind !== 'polyline') throw new Error('no series');
    const [mx, my] = [(line.points[0]![0] + line.points[1]![0]) / 2, line.points[0]![1]];
    expect(pngPixel(png, Math.floor(mx * 2), Math.floor(my * 2))).toEqual([0x1f, 0x77, 0xb4]);
  });
});
