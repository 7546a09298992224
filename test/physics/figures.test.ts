/**
 * The paper's figures show the library's numbers: every layer's data equal the numeric stage's
 * (computed here on their own), every layer, axis and legend is there, legends sit clear of the
 * data, Fig. 2b has no exceptional lines, and SVG, PNG, PDF and CSV of each figure are produced:
 * the PNG non-blank (pngjs), the PDF's text extractable (pdftotext), the SVG's text real text.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { PNG } from 'pngjs';
import { scheme } from 'vega';
import { paperFigures } from '../../src/render/paper-figures.js';
import { epMaps, type EpMapResult } from '../../src/numeric/physics/ep-maps.js';
import { fig3Data, type Fig3Data } from '../../src/numeric/physics/fig3-data.js';
import { epMapFigure } from '../../src/render/ep-map-figure.js';
import { FIG2_PARAMETERS } from '../../src/numeric/paper-parameters.js';
import { EQUATIONS } from '../../src/dissipators/index.js';
import { renderFigure } from '../../src/render/plots/render.js';
import type { Figure } from '../../src/render/plots/index.js';
import { svgTexts, pngStats, pdfText, sceneBoxes, overlaps } from '../render/inspect.js';

type Layer = { data?: { values?: Record<string, unknown>[] }; mark?: { type?: string } | string; encoding?: Record<string, unknown> };
type Panel = { title?: string; layer: Layer[] };

let figures: Map<string, Figure>;
let fig3: Fig3Data;
let maps: EpMapResult;

beforeAll(async () => {
  figures = await paperFigures({ quick: true, threads: 0 });
  // The same numbers from the numeric stage, on their own (the quick grids of paperFigures).
  fig3 = fig3Data(FIG2_PARAMETERS, 21);
  const n = 40;
  maps = await epMaps({
    equations: EQUATIONS, order: 1, parameters: FIG2_PARAMETERS, threads: 0,
    omegas: Array.from({ length: n }, (_, i) => 0.05 + (1.95 * i) / (n - 1)),
    ks: Array.from({ length: n }, (_, i) => -1e-4 + (2e-4 * i) / (n - 1)),
  });
}, 120_000);

const layersOf = (f: Figure): Layer[] => (f.spec as unknown as { layer: Layer[] }).layer;
const markOf = (l: Layer): string => (typeof l.mark === 'string' ? l.mark : l.mark?.type ?? '');
const valuesOf = (l: Layer): Record<string, unknown>[] => l.data?.values ?? [];
const seriesLayer = (f: Figure, label: string): Layer => {
  const found = layersOf(f).find((l) => valuesOf(l)[0]?.['layer'] === label);
  if (!found) throw new Error(`no layer "${label}"`);
  return found;
};
const ys = (l: Layer): unknown[] => valuesOf(l).map((r) => r['y']);
const xs = (l: Layer): unknown[] => valuesOf(l).map((r) => r['x']);

describe('Fig. 3a–c: the data behind each layer', () => {
  it('lists the four figures', () => {
    expect([...figures.keys()].sort()).toEqual(['fig2-ep-maps', 'fig3a-steady-heat', 'fig3b-phase-rigidity', 'fig3c-transient-heat']);
  });

  it('3a: the steady Q̇_h and Q̇_c of the local and global equations, and the EP at k*', () => {
    const f = figures.get('fig3a-steady-heat')!;
    for (const [i, equation] of (['local', 'global'] as const).entries()) {
      const hot = seriesLayer(f, `${equation}, Q̇ hot`);
      const cold = seriesLayer(f, `${equation}, Q̇ cold`);
      expect(markOf(hot)).toBe('line');
      expect(xs(hot)).toEqual(fig3.steady.Qh[i]!.x);
      expect(ys(hot)).toEqual(fig3.steady.Qh[i]!.y);
      expect(ys(cold)).toEqual(fig3.steady.Qc[i]!.y);
      // In the steady state the heat currents sum to zero (first law, no work).
      ys(hot).forEach((q, j) => expect(Math.abs((q as number) + (ys(cold)[j] as number))).toBeLessThan(1e-6 * Math.abs(q as number)));
    }
    const ep = seriesLayer(f, 'EP (exact line)');
    expect(markOf(ep)).toBe('rule');
    expect(valuesOf(ep)[0]!['x']).toBe(fig3.kStar);
    // k* = (ω/2)(λ_h² − λ_c²)·Λ²/(ω² + Λ²) hmm: the closed form of the old test, at ω = 1
    expect(fig3.kStar).toBeCloseTo((1 / 2) * (1e-4 - 1e-8) * 1e6 / (1 + 1e6), 15);
  });

  it('3b: the phase rigidities on a log axis; 3c: Q̇_h(t) of the three equations and the steady state', () => {
    const b = figures.get('fig3b-phase-rigidity')!;
    // A log axis cannot show r = 0 (a defective point, where the eigenvectors coalesce): that sample is a gap.
    for (const [i, equation] of (['local', 'global'] as const).entries()) expect(ys(seriesLayer(b, equation))).toEqual(fig3.rigidity[i]!.y.map((r) => (r > 0 ? r : null)));
    // The local sample at k* (the grid holds it: k = 3k*·j/points) is the EP of M_L,1: rigidity exactly 0; the
    // global one there is not an EP (eq. 9 has none for the first moments: Fig. 2b).
    const atEp = fig3.rigidity[0]!.x.findIndex((k) => Math.abs(k - fig3.kStar) <= 1e-12 * fig3.kStar);
    expect(atEp).toBeGreaterThan(0);
    expect(fig3.rigidity[0]!.y[atEp]).toBe(0);
    expect(fig3.rigidity[1]!.y[atEp]).toBeGreaterThan(0.1);
    expect(JSON.stringify(layersOf(b)[0]!.encoding)).toMatch(/"type":"log"/);
    const c = figures.get('fig3c-transient-heat')!;
    for (const [i, name] of (['local', 'global', 'Redfield'] as const).entries()) {
      expect(xs(seriesLayer(c, name))).toEqual(fig3.transient.series[i]!.x);
      expect(ys(seriesLayer(c, name))).toEqual(fig3.transient.series[i]!.y);
    }
    expect(valuesOf(seriesLayer(c, 'steady state'))[0]!['y']).toBe(fig3.transient.steadyQh);
  });

  it('the CSV is the plotted data', async () => {
    const csv = (await renderFigure(figures.get('fig3c-transient-heat')!, 'csv')) as string;
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('layer,x,y');
    const local = lines.filter((l) => l.startsWith('local,')).map((l) => l.split(',').map(Number));
    expect(local.map((r) => r[2])).toEqual(fig3.transient.series[0]!.y);
  });
});

describe('Fig. 2: the data behind each panel', () => {
  const panels = (): Panel[] => (figures.get('fig2-ep-maps')!.spec as unknown as { hconcat: Panel[] }).hconcat;

  it('three panels (local, global, Redfield) whose cells are log₁₀ κ in Vega\'s viridis (256 levels)', () => {
    expect(panels().map((p) => p.title)).toEqual(['a)  local', 'b)  global', 'c)  Redfield']);
    const viridis = scheme('viridis') as (t: number) => string;
    const finite = maps.panels.flatMap((p) => p.log10Kappa.filter(Number.isFinite));
    const lo = Math.min(...finite);
    const hi = Math.max(...finite);
    panels().forEach((panel, index) => {
      const image = panel.layer.find((l) => markOf(l) === 'image')!;
      const url = valuesOf(image)[0]!['url'] as string;
      const png = PNG.sync.read(Buffer.from(url.replace(/^data:image\/png;base64,/, ''), 'base64'));
      const n = maps.omega.length;
      expect([png.width, png.height]).toEqual([n, maps.k.length]);
      const values = maps.panels[index]!.log10Kappa;
      for (const [i, j] of [[0, 0], [5, 17], [20, 20], [39, 39], [33, 2]] as const) {
        const v = values[j * n + i]!;
        const at = ((maps.k.length - 1 - j) * n + i) * 4; // row 0 of the image is the top (largest k)
        const expected = Number.isFinite(v) ? viridis(Math.round(255 * (v - lo) / (hi - lo)) / 255) : 'rgb(205, 205, 205)';
        expect(`rgb(${png.data[at]}, ${png.data[at + 1]}, ${png.data[at + 2]})`, `${maps.panels[index]!.equation} (${i}, ${j})`).toBe(expected);
      }
    });
  });

  it('the exact exceptional lines ±k*(ω) on the local and Redfield panels, none on Fig. 2b', () => {
    const lineOf = (p: Panel): Layer | undefined => p.layer.find((l) => markOf(l) === 'line');
    expect(lineOf(panels()[1]!)).toBeUndefined();
    for (const p of [panels()[0]!, panels()[2]!]) {
      const rows = valuesOf(lineOf(p)!);
      const upper = rows.filter((r) => r['branch'] === '+k*');
      const lower = rows.filter((r) => r['branch'] === '−k*');
      expect(upper.map((r) => r['omega'])).toEqual(maps.line.omega);
      expect(upper.map((r) => r['k'])).toEqual(maps.line.k);
      expect(lower.map((r) => r['k'])).toEqual(maps.line.k.map((k) => -k));
      // the closed form k*(ω) = (ω/2)(λ_h² − λ_c²)Λ²/(ω² + Λ²) at the Fig. 2 parameters
      upper.forEach((r) => {
        const w = r['omega'] as number;
        expect(Math.abs((r['k'] as number) - (w / 2) * (1e-4 - 1e-8) * 1e6 / (w ** 2 + 1e6))).toBeLessThan(1e-15);
      });
    }
  });
});

describe('every figure: layers, axes, legends and the four formats', () => {
  const expectations: Record<string, { texts: string[]; legend: string[] }> = {
    'fig2-ep-maps': { texts: ['ω', 'k (×10⁻⁴)', 'log₁₀ κ', 'a)  local', 'b)  global', 'c)  Redfield'], legend: ['exact local EP line k = ±k*(ω)'] },
    'fig3a-steady-heat': { texts: ['k (×10⁻⁴)', 'steady heat current Q̇ (×10⁻⁸)'], legend: ['local, Q̇ hot', 'global, Q̇ hot', 'local, Q̇ cold', 'global, Q̇ cold', 'EP (exact line)'] },
    'fig3b-phase-rigidity': { texts: ['k (×10⁻⁴)', 'φ'], legend: ['local', 'global', 'EP (exact line)'] },
    'fig3c-transient-heat': { texts: ['t (×10⁵)', 'Q̇ₕ(t) (×10⁻⁸)'], legend: ['local', 'global', 'Redfield', 'steady state'] },
  };

  it('SVG: axis titles, legend entries and panel titles are text, two axes per panel, legends clear of the data', async () => {
    for (const [name, f] of figures) {
      const svg = (await renderFigure(f, 'svg')) as string;
      const { texts, roles } = svgTexts(svg);
      for (const t of [...expectations[name]!.texts, ...expectations[name]!.legend]) expect(texts, `${name}: ${t}`).toContain(t);
      const panelCount = name === 'fig2-ep-maps' ? 3 : 1;
      expect(roles.filter((r) => r === 'axis'), name).toHaveLength(2 * panelCount);
      expect(roles.filter((r) => r === 'legend').length, name).toBeGreaterThanOrEqual(1);
      const { legends, plots } = await sceneBoxes(f);
      expect(legends.length, name).toBeGreaterThanOrEqual(1);
      for (const l of legends) for (const p of plots) expect(overlaps(l, p), `${name}: a legend covers data`).toBe(false);
    }
  });

  it('PNG and PDF are produced and non-blank; the PDF\'s text is extractable', async () => {
    for (const [name, f] of figures) {
      const png = (await renderFigure(f, 'png')) as Uint8Array;
      const s = pngStats(png);
      expect(s.width, name).toBeGreaterThan(600);
      expect(s.variance, name).toBeGreaterThan(100);
      expect(s.colours, name).toBeGreaterThan(name === 'fig2-ep-maps' ? 500 : 30);
      expect(s.nonWhite, name).toBeGreaterThan(0.01);
      const pdf = (await renderFigure(f, 'pdf')) as Uint8Array;
      expect(Buffer.from(pdf.slice(0, 5)).toString('latin1')).toBe('%PDF-');
      expect(Buffer.from(pdf).toString('latin1'), `${name}: fonts embedded`).toMatch(/\/FontFile2/);
      const text = pdfText(pdf).replace(/\s+/g, ' ');
      for (const t of [...expectations[name]!.texts, ...expectations[name]!.legend]) expect(text, `${name}: ${t}`).toContain(t.replace(/\s+/g, ' '));
    }
  }, 120_000);
});

describe('EP maps outside the paper figures', () => {
  it('M_L,2: κ(V) of an arbitrary eigenbasis is not defined (NaN, null in JSON); the figure draws the projector-norm witness instead', async () => {
    // M_L,2 has semisimple double eigenvalues (sums of pairs of M_L,1's), so κ(V) is not defined.
    const result = await epMaps({ equations: ['local'], order: 2, omegas: [0.5, 1, 1.5], ks: [-1e-4, 0, 1e-4], parameters: FIG2_PARAMETERS, threads: 0 });
    const [panel] = result.panels;
    expect(panel!.unresolved).toBe(9);
    expect(panel!.log10Kappa.every(Number.isNaN)).toBe(true);
    expect(JSON.parse(JSON.stringify(result)).panels[0].log10Kappa).toEqual(Array(9).fill(null));
    expect(panel!.witness).toBe('projector-norm');
    expect(panel!.log10Witness.every(Number.isFinite)).toBe(true);
    const svg = (await renderFigure(epMapFigure(result), 'svg')) as string;
    expect(svgTexts(svg).texts.join(' ')).not.toMatch(/unresolved/);
    expect(svgTexts(svg).texts.join(' ')).toMatch(/max ‖P‖/);
    const csv = (await renderFigure(epMapFigure(result), 'csv')) as string;
    const cells = csv.split('\r\n').filter((l) => l.startsWith('"log10 max projector norm'));
    expect(cells).toHaveLength(9);
    cells.forEach((l, i) => expect(Number(l.split(',').at(-1))).toBeCloseTo(panel!.log10Witness[i]!, 12));
    // first moments: resolved points keep their finite values
    const first = await epMaps({ equations: ['local'], order: 1, omegas: [0.5, 1, 1.5], ks: [-1e-4, 0, 1e-4], parameters: FIG2_PARAMETERS, threads: 0 });
    expect(first.panels[0]!.log10Kappa.filter(Number.isNaN)).toHaveLength(first.panels[0]!.unresolved);
    expect(first.panels[0]!.log10Kappa.filter(Number.isFinite)).toHaveLength(9 - first.panels[0]!.unresolved);
  });
});
