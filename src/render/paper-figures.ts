/**
 * The paper's figures from the library: Fig. 2 (EP maps of the three equations) and Fig. 3a–c
 * (steady heat currents, phase rigidity, transient Q̇_h(t) at the EP), as SVG.
 */
import { EQUATIONS } from '../dissipators/index.js';
import { epMaps } from '../numeric/physics/ep-maps.js';
import { fig3Data } from '../numeric/physics/fig3-data.js';
import { FIG2_PARAMETERS } from '../numeric/paper-parameters.js';
import { linePlotSvg, type LineSeries } from './figures/index.js';
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

/** File name → SVG text. */
export async function paperFigures(options: PaperFigureOptions = {}): Promise<Map<string, string>> {
  const n = options.quick ? 40 : 160;
  const maps = await epMaps({
    equations: EQUATIONS,
    order: 1,
    omegas: Array.from({ length: n }, (_, i) => 0.05 + (1.95 * i) / (n - 1)),
    ks: Array.from({ length: n }, (_, i) => -1e-4 + (2e-4 * i) / (n - 1)),
    parameters: FIG2_PARAMETERS,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.threads !== undefined ? { threads: options.threads } : {}),
  });
  const d = fig3Data(FIG2_PARAMETERS, options.quick ? 21 : 81);
  const ep = { kind: 'vertical' as const, x: d.kStar, label: 'EP (exact line)' };
  const series = (s: { equation: keyof typeof STYLE; x: number[]; y: number[] }, suffix: string, dash: LineSeries['dash']): LineSeries => ({
    x: s.x, y: s.y, colour: STYLE[s.equation].colour, label: `${STYLE[s.equation].label}${suffix}`, dash,
  });
  const fig3a = linePlotSvg({
    panelLabel: 'a)',
    xLabel: 'k',
    yLabel: '\\dot{Q}_{\\alpha}',
    series: [
      ...d.steady.Qh.map((s) => series(s, ', hot', s.equation === 'global' ? 'solid' : 'dashed')),
      ...d.steady.Qc.map((s) => ({ ...series(s, ', cold', s.equation === 'global' ? 'solid' : 'dashed'), colour: s.equation === 'global' ? '#17becf' : '#ff7f0e' })),
    ],
    referenceLines: [ep],
    legend: 'lower right',
  });
  const fig3b = linePlotSvg({
    panelLabel: 'b)',
    xLabel: 'k',
    yLabel: '\\phi',
    yScale: 'log',
    series: d.rigidity.map((s) => series(s, '', s.equation === 'global' ? 'solid' : 'dashed')),
    referenceLines: [ep],
    legend: 'lower right',
  });
  const fig3c = linePlotSvg({
    panelLabel: 'c)',
    xLabel: 't',
    yLabel: '\\dot{Q}_h(t)',
    series: d.transient.series.map((s) => series(s, '', s.equation === 'local' ? 'solid' : s.equation === 'global' ? 'dashed' : 'dotted')),
    referenceLines: [{ kind: 'horizontal', y: d.transient.steadyQh, label: 'steady state' }],
    legend: 'lower right',
  });
  return new Map([
    ['fig2-ep-maps.svg', epMapFigure(maps, 'svg') as string],
    ['fig3a-steady-heat.svg', fig3a],
    ['fig3b-phase-rigidity.svg', fig3b],
    ['fig3c-transient-heat.svg', fig3c],
  ]);
}
