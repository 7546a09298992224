/**
 * Fig. 2 as a Vega-Lite figure: log₁₀ κ over (ω, k), one panel per equation side by side with one
 * shared viridis colour scale (its legend is the colour bar), and the exact exceptional lines
 * k = ±k*(ω) of M_L dashed on the local and Redfield panels (the global equation has no EP there:
 * Fig. 2b shows none). The cells are one raster image per panel, made by the caller's `Rasterise`
 * (PNG bytes in Node, a canvas in the browser) from colours of Vega's own viridis.
 */
import type { TopLevelSpec } from 'vega-lite';
import { scheme } from 'vega';
import { figure, type Figure, type Cell } from './figure.js';
import { offsetAxis, finiteExtent } from './axis-offset.js';
import { CONFIG, DASHES } from './style.js';

/** RGBA bytes (row 0 at the top) → an image URL (data: or blob:). */
export type Rasterise = (image: { readonly width: number; readonly height: number; readonly rgba: Uint8ClampedArray }) => string;

export interface EpMapPanelData {
  readonly equation: keyof typeof EQUATION_NAMES;
  /** log₁₀ κ, row-major over k then ω; NaN: unresolved. */
  readonly log10Kappa: ArrayLike<number>;
}

export interface EpMapData {
  readonly order: number;
  /** Grid centres, evenly spaced, ascending. */
  readonly omega: readonly number[];
  readonly k: readonly number[];
  readonly panels: readonly EpMapPanelData[];
  /** The exact line +k*(ω) at the ω values `line.omega`. */
  readonly line: { readonly omega: readonly number[]; readonly k: readonly number[] };
}

export interface EpMapChartOptions {
  /** Colour-scale end points; default: the finite range of all panels. */
  readonly colourDomain?: readonly [number, number];
  /** A point to mark with a cross (the explorer's current parameters). */
  readonly marker?: { readonly omega: number; readonly k: number };
  /** Panel size in px (default 300 × 260). */
  readonly width?: number;
  readonly height?: number;
  /** What the panels map: κ(V) (first moments, the default) or the largest spectral-projector norm (second moments). */
  readonly witness?: 'kappa' | 'projector-norm';
  readonly caption?: string;
}

export const EQUATION_NAMES = { local: 'local', global: 'global', redfield: 'Redfield', 'partial-secular': 'partial-secular' } as const;
export const UNRESOLVED_COLOUR = '#cdcdcd';
const LINE_COLOUR = '#e41a1c';
// The line is the local equation's exact one (exceptional-line.ts), drawn on every panel for comparison:
// on the global and Redfield panels it is a reference, not computed from their M, so the label names it.
const LINE_LABEL = 'exact local EP line k = ±k*(ω)';
const SUBSCRIPT = '₀₁₂₃₄₅₆₇₈₉';

function rgbOf(css: string): [number, number, number] {
  const m = /rgb\((\d+),\s*(\d+),\s*(\d+)\)/.exec(css);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  const h = /^#([0-9a-f]{6})$/i.exec(css);
  if (h) return [0, 2, 4].map((i) => parseInt(h[1]!.slice(i, i + 2), 16)) as [number, number, number];
  throw new Error(`unexpected colour from vega's viridis: ${css}`);
}

/** Cell edges of evenly spaced centres: [first − step/2, last + step/2]. */
export function cellEdges(centres: readonly number[]): [number, number] {
  const n = centres.length;
  const step = n > 1 ? (centres[n - 1]! - centres[0]!) / (n - 1) : Math.max(Math.abs(centres[0]!) * 0.1, 1e-12);
  return [centres[0]! - step / 2, centres[n - 1]! + step / 2];
}

export function epMapChart(data: EpMapData, rasterise: Rasterise, options: EpMapChartOptions = {}): Figure {
  const nw = data.omega.length;
  const nk = data.k.length;
  if (nw < 1 || nk < 1 || data.panels.length < 1) throw new RangeError('epMapChart: empty grid');
  for (const p of data.panels) if (p.log10Kappa.length !== nw * nk) throw new RangeError(`epMapChart: ${p.equation} has ${p.log10Kappa.length} values for ${nw} × ${nk} points`);
  const [lo, hi] = options.colourDomain ?? finiteExtent(data.panels.flatMap((p) => Array.from(p.log10Kappa)));
  const top = hi > lo ? hi : lo + 1;
  // Vega's viridis sampled at 256 levels (a colour per cell through the interpolator is slow in the live explorer).
  const viridis = scheme('viridis') as (t: number) => string;
  const levels = Array.from({ length: 256 }, (_, i) => rgbOf(viridis(i / 255)));
  const grey = rgbOf('rgb(205, 205, 205)');
  const [w0, w1] = cellEdges(data.omega);
  const [k0, k1] = cellEdges(data.k);
  const width = options.width ?? 300;
  const height = options.height ?? 260;
  const xAxis = offsetAxis('ω', w0, w1);
  const yAxis = offsetAxis('k', k0, k1);
  const x = { type: 'quantitative' as const, scale: { domain: [w0, w1], nice: false, zero: false }, axis: xAxis };
  const y = { type: 'quantitative' as const, scale: { domain: [k0, k1], nice: false, zero: false }, axis: yAxis };
  const lineRows = data.line.omega.flatMap((w, i) => [
    { layer: LINE_LABEL, branch: '+k*', omega: w, k: data.line.k[i]! },
    { layer: LINE_LABEL, branch: '−k*', omega: w, k: -data.line.k[i]! },
  ]);
  const projector = options.witness === 'projector-norm';
  const quantity = projector ? 'log₁₀ max ‖P‖' : 'log₁₀ κ';
  const unresolved = data.panels.reduce((n, p) => n + Array.from(p.log10Kappa).filter((v) => !Number.isFinite(v)).length, 0);
  const panels = data.panels.map((p, index) => {
    const rgba = new Uint8ClampedArray(nw * nk * 4);
    for (let j = 0; j < nk; j++) {
      for (let i = 0; i < nw; i++) {
        const v = p.log10Kappa[j * nw + i]!;
        const c = Number.isFinite(v) ? levels[Math.round(255 * Math.min(1, Math.max(0, (v - lo) / (top - lo))))]! : grey;
        const at = ((nk - 1 - j) * nw + i) * 4;
        rgba[at] = c[0];
        rgba[at + 1] = c[1];
        rgba[at + 2] = c[2];
        rgba[at + 3] = 255;
      }
    }
    const layers: object[] = [
      {
        data: { values: [{ url: rasterise({ width: nw, height: nk, rgba }), w0, w1, k0, k1 }] },
        mark: { type: 'image', aspect: false, smooth: false, aria: false },
        encoding: { x: { ...x, field: 'w0' }, x2: { field: 'w1' }, y: { ...y, field: 'k0' }, y2: { field: 'k1' }, url: { field: 'url' } },
      },
      {
        // The colour bar: Vega's gradient legend of the shared scale (the points themselves are invisible).
        data: { values: [{ w: w0, k: k0, v: lo }, { w: w0, k: k0, v: top }] },
        mark: { type: 'point', opacity: 0, aria: false },
        encoding: {
          x: { ...x, field: 'w' }, y: { ...y, field: 'k' },
          color: { field: 'v', type: 'quantitative', scale: { scheme: 'viridis', domain: [lo, top], clamp: true }, legend: { title: quantity, gradientLength: height - 20, orient: 'right' } },
        },
      },
    ];
    if (p.equation !== 'global') {
      layers.push({
        data: { values: lineRows },
        mark: { type: 'line', clip: true, strokeWidth: 1.8, strokeDash: DASHES.dashed },
        encoding: {
          x: { ...x, field: 'omega' }, y: { ...y, field: 'k' }, detail: { field: 'branch' },
          stroke: { field: 'layer', type: 'nominal', scale: { domain: [LINE_LABEL], range: [LINE_COLOUR] }, legend: { title: null, orient: 'bottom', symbolDash: DASHES.dashed, symbolStrokeWidth: 1.8 } },
        },
      });
    }
    if (options.marker) {
      for (const [colour, strokeWidth] of [['#000', 4], ['#fff', 2]] as const) {
        layers.push({ data: { values: [{ omega: options.marker.omega, k: options.marker.k }] }, mark: { type: 'point', shape: 'cross', size: 180, filled: false, stroke: colour, strokeWidth, clip: true }, encoding: { x: { ...x, field: 'omega' }, y: { ...y, field: 'k' } } });
      }
    }
    const tag = data.panels.length > 1 ? `${String.fromCharCode(97 + index)})  ` : '';
    return { title: `${tag}${EQUATION_NAMES[p.equation]}`, width, height, layer: layers };
  });
  const order = String(data.order).replace(/\d/g, (d) => SUBSCRIPT[Number(d)]!);
  const what = projector ? `the largest spectral-projector norm of M${order}` : `κ of the eigenvector matrix of M${order}`;
  const caption = options.caption ?? `${quantity}: ${what} over (ω, k)${unresolved > 0 ? `; grey: unresolved (${unresolved} points)` : ''}`;
  const title = {
    text: projector ? `Largest spectral-projector norm ${quantity} of M${order}` : `Condition number log₁₀ κ(V) of M${order}`,
    ...(unresolved > 0 ? { subtitle: `grey cells: unresolved (${unresolved} points)` } : {}),
  };
  const body = panels.length > 1
    ? { title, hconcat: panels, resolve: { scale: { color: 'shared', stroke: 'shared' }, legend: { color: 'shared', stroke: 'shared' } } }
    : { ...panels[0]!, title: { ...title, text: `${title.text}: ${EQUATION_NAMES[data.panels[0]!.equation]} equation` } };
  const spec = { description: caption, config: CONFIG, ...body } as TopLevelSpec;
  const rows: Cell[][] = [];
  for (const p of data.panels) {
    for (let j = 0; j < nk; j++) for (let i = 0; i < nw; i++) rows.push([`${projector ? 'log10 max projector norm' : 'log10 kappa'}, ${p.equation}`, data.omega[i]!, data.k[j]!, p.log10Kappa[j * nw + i]!]);
  }
  for (const r of lineRows) rows.push([`${LINE_LABEL} (${r.branch})`, r.omega, r.k, null]);
  return figure(caption, spec, { columns: ['layer', 'omega', 'k', projector ? 'log10_max_projector_norm' : 'log10_kappa'], rows });
}
