/**
 * The paper's figures from the library: Fig. 2 (EP maps of the three equations) and Fig. 3a–c
 * (steady heat currents, phase rigidity, transient Q̇_h(t) at the EP), as figures (Vega-Lite
 * specs with their data; render them with plots/render.ts).
 */
import { EQUATIONS } from '../dissipators/index.js';
import { epMaps } from '../numeric/physics/ep-maps.js';
import { fig3Data } from '../numeric/physics/fig3-data.js';
import { FIG2_PARAMETERS } from '../numeric/paper-parameters.js';
import { lineChart, type Figure, type LineSeries, type DashStyle } from './plots/index.js';
import { epMapFigure } from './ep-map-figure.js';

export interface PaperFigureOptions {
  /** Coarser grids for quick runs (tests). */
  readonly quick?: boolean;
  readonly onProgress?: (fraction: number) => void;
  /** EP-map worker threads (0: compute in this thread, e.g. under a test runner that cannot start .ts workers). */
  readonly threads?: number;
}

const STYLE = {
  local: { colour: '#d62728', label: 'local' },
  global: { colour: '#1f77b4', label: 'global' },
  redfield: { colour: '#2ca02c', label: 'Redfield' },
  'partial-secular': { colour: '#9467bd', label: 'partial-secular' },
} as const;

/** File stem (fig2-ep-maps, …) → figure. */
export async function paperFigures(options: PaperFigureOptions = {}): Promise<Map<string, Figure>> {
  const n = options.quick ? 40 : 160;
  // The EP maps run in worker threads: this thread computes Fig. 3's data meanwhile.
  const pendingMaps = epMaps({
    equations: EQUATIONS,
    order: 1,
    omegas: Array.from({ length: n }, (_, i) => 0.05 + (1.95 * i) / (n - 1)),
    ks: Array.from({ length: n }, (_, i) => -1e-4 + (2e-4 * i) / (n - 1)),
    parameters: FIG2_PARAMETERS,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.threads !== undefined ? { threads: options.threads } : {}),
  });
  const d = fig3Data(FIG2_PARAMETERS, options.quick ? 21 : 81);
  const maps = await pendingMaps;
  const ep = { kind: 'vertical' as const, x: d.kStar, label: 'EP (exact line)' };
  const series = (s: { equation: keyof typeof STYLE; x: number[]; y: number[] }, suffix: string, dash: DashStyle): LineSeries => ({
    x: s.x, y: s.y, colour: STYLE[s.equation].colour, label: `${STYLE[s.equation].label}${suffix}`, dash,
  });
  const fig3a = lineChart({
    caption: 'Fig. 3a: steady heat currents Q̇ into the hot and the cold bath against k at the Fig. 2 parameters',
    title: 'a)  steady heat currents',
    xTitle: 'k',
    yTitle: 'steady heat current Q̇',
    series: [
      ...d.steady.Qh.map((s) => series(s, ', Q̇ hot', s.equation === 'global' ? 'solid' : 'dashed')),
      ...d.steady.Qc.map((s) => ({ ...series(s, ', Q̇ cold', s.equation === 'global' ? 'solid' : 'dashed'), colour: s.equation === 'global' ? '#17becf' : '#ff7f0e' })),
    ],
    references: [ep],
  });
  const fig3b = lineChart({
    caption: 'Fig. 3b: phase rigidity φ of the first-moment matrices against k',
    title: 'b)  phase rigidity',
    xTitle: 'k',
    yTitle: 'φ',
    yScale: 'log',
    series: d.rigidity.map((s) => series(s, '', s.equation === 'global' ? 'solid' : 'dashed')),
    references: [ep],
  });
  const fig3c = lineChart({
    caption: 'Fig. 3c: transient hot heat current Q̇ₕ(t) at the exceptional point',
    title: 'c)  transient heat current at the EP',
    xTitle: 't',
    yTitle: 'Q̇ₕ(t)',
    series: d.transient.series.map((s) => series(s, '', s.equation === 'local' ? 'solid' : s.equation === 'global' ? 'dashed' : 'dotted')),
    references: [{ kind: 'horizontal', y: d.transient.steadyQh, label: 'steady state' }],
  });
  return new Map([
    ['fig2-ep-maps', epMapFigure(maps, { caption: 'Fig. 2: log₁₀ κ of the eigenvector matrix of M₁ over (ω, k) for the local, global and Redfield equations, with the exact exceptional lines ±k*(ω)' })],
    ['fig3a-steady-heat', fig3a],
    ['fig3b-phase-rigidity', fig3b],
    ['fig3c-transient-heat', fig3c],
  ]);
}
