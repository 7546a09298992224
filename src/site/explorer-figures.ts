/**
 * The explorer's three figures, built from the explorer model's numbers with the same Vega-Lite
 * builders as the CLI and the report (browser-safe: the raster encoder is passed in). Each caption
 * names the current parameters, so that a downloaded or shared figure says what it shows.
 */
import type { EquationKind } from '../dissipators/equations.js';
import { epMapChart, lineChart, type Figure, type Rasterise, type LineSeries } from '../render/plots/index.js';
import { PARAMETER_NAMES, type ExplorerParameters, type KappaMap, type EigenSweep, type HeatTransients } from './explorer-model.js';

/** Colour scale of the κ map: 0 … the 99th percentile of log₁₀ κ on the grid, at least 1, at most 8 decades. */
export function kappaColourTop(log10Kappa: ArrayLike<number>): number {
  const finite = Array.from(log10Kappa).filter(Number.isFinite).sort((a, b) => a - b);
  const p99 = finite.length > 0 ? finite[Math.floor(0.99 * (finite.length - 1))]! : 1;
  return Math.max(1, Math.min(8, Math.ceil(p99 * 2) / 2));
}

const short = (x: number): string => (x === 0 ? '0' : Math.abs(x) >= 1e-3 && Math.abs(x) < 1e4 ? String(Number(x.toPrecision(4))) : x.toExponential(3));

/** "ω = 1, k = 4.999e-5, T_h = …" in the explorer's parameter order and names. */
export function parameterText(p: ExplorerParameters): string {
  return (Object.keys(PARAMETER_NAMES) as (keyof ExplorerParameters)[]).map((name) => `${PARAMETER_NAMES[name]} = ${short(p[name])}`).join(', ');
}

export interface ExplorerFigureSize {
  readonly width: number;
  readonly height: number;
}

export function kappaMapFigure(map: KappaMap, equation: EquationKind, p: ExplorerParameters, rasterise: Rasterise, size: ExplorerFigureSize): Figure {
  const top = kappaColourTop(map.log10Kappa);
  return epMapChart(
    { order: 1, omega: Array.from(map.omegas), k: Array.from(map.ks), panels: [{ equation, log10Kappa: map.log10Kappa }], line: { omega: Array.from(map.omegas), k: Array.from(map.line) } },
    rasterise,
    {
      colourDomain: [0, top],
      marker: { omega: p.omega, k: p.k },
      width: size.width,
      height: size.height,
      caption: `log₁₀ κ(V) of M₁ (${equation} equation) over (ω, k), colours clamped at ${top}; grey: |k| ≥ ω² (unstable); cross: the current point. ${parameterText(p)}`,
    },
  );
}

export function eigenvalueFigure(sweep: EigenSweep, p: ExplorerParameters, size: ExplorerFigureSize): Figure {
  const points = (zs: readonly { re: number; im: number }[]): { x: number[]; y: number[] } => ({ x: zs.map((z) => z.re), y: zs.map((z) => z.im - p.omega) });
  const series: LineSeries[] = [
    // Redfield's rings first, so that the local dots are drawn on top of them.
    { label: 'Redfield, |k| sweep', colour: '#2ca02c', mark: 'ring', size: 36, ...points(sweep.trajectories.redfield) },
    { label: 'local, |k| sweep', colour: '#d62728', mark: 'dot', size: 14, ...points(sweep.trajectories.local) },
    { label: 'local, current k', colour: '#8c1516', mark: 'dot', size: 120, ...points(sweep.current.local) },
    { label: 'Redfield, current k', colour: '#146314', mark: 'ring', size: 260, ...points(sweep.current.redfield) },
  ];
  return lineChart({
    caption: `Eigenvalues μ (Im μ > 0) of M_L,1 and M_R,1 as |k| sweeps from 0 to max(2k*, 1.25|k|). ${parameterText(p)}`,
    xTitle: 'Re μ',
    yTitle: 'Im μ − ω',
    series,
    width: size.width,
    height: size.height,
  });
}

const HEAT_STYLE: Record<EquationKind, Pick<LineSeries, 'colour' | 'dash' | 'label'>> = {
  local: { colour: '#d62728', dash: 'solid', label: 'local' },
  global: { colour: '#1f63c6', dash: 'dashed', label: 'global' },
  redfield: { colour: '#2ca02c', dash: 'dotted', label: 'Redfield' },
  'partial-secular': { colour: '#9467bd', dash: 'dashed', label: 'partial-secular' },
};

/** Q̇_h(t) of the equations whose propagation succeeded, or undefined when none did. */
export function heatFigure(heat: HeatTransients, p: ExplorerParameters, size: ExplorerFigureSize): Figure | undefined {
  const t = Array.from(heat.t);
  const series: LineSeries[] = [];
  for (const e of ['local', 'global', 'redfield'] as const) {
    const c = heat.curves[e];
    if (c.ok) series.push({ ...HEAT_STYLE[e], x: t, y: Array.from(c.Qh), size: e === 'redfield' ? 2.6 : 2 });
  }
  if (series.length === 0) return undefined;
  const local = heat.curves.local;
  return lineChart({
    caption: `Hot heat current Q̇ₕ(t) from the product of local thermal states. ${parameterText(p)}`,
    xTitle: 't',
    yTitle: 'Q̇ₕ(t)',
    series,
    references: local.ok ? [{ kind: 'horizontal', y: local.steady, label: 'steady state (local)' }] : [],
    width: size.width,
    height: size.height,
  });
}
