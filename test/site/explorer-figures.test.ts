/**
 * The explorer's figures (src/site/explorer-figures.ts) in Node: each layer's data are the explorer
 * model's numbers, heat currents match the library's heatDynamics, and the captions name the
 * parameters. The browser tests render the same figures live.
 */
import { describe, it, expect } from 'vitest';
import { ExplorerModel, defaultParameters } from '../../src/site/explorer-model.js';
import { kappaMapFigure, eigenvalueFigure, heatFigure, kappaColourTop, parameterText } from '../../src/site/explorer-figures.js';
import { pngDataUrl } from '../../src/render/plots/raster-png.js';
import { heatDynamics } from '../../src/numeric/physics/heat-dynamics.js';
import { renderFigure } from '../../src/render/plots/render.js';
import { svgTexts } from '../render/inspect.js';

const model = new ExplorerModel();
const p = defaultParameters(model);
const size = { width: 360, height: 240 };
type Layer = { data: { values: Record<string, unknown>[] }; mark: { type: string } };
const layers = (f: { spec: unknown }): Layer[] => (f.spec as { layer: Layer[] }).layer;

describe('explorer figures', () => {
  it('the κ map: one panel, the exact line ±k*(ω) of the model, the current point marked, colours 0 … top', async () => {
    const map = model.kappaMap('local', p, model.mapWindow(p, 30, 21));
    const f = kappaMapFigure(map, 'local', p, pngDataUrl, size);
    const line = layers(f).find((l) => l.mark.type === 'line')!.data.values;
    expect(line.filter((r) => r['branch'] === '+k*').map((r) => r['k'])).toEqual(Array.from(map.line));
    const cross = layers(f).filter((l) => l.mark.type === 'point' && l.data.values[0]!['omega'] !== undefined).map((l) => l.data.values[0]);
    expect(cross[0]).toEqual({ omega: p.omega, k: p.k });
    const top = kappaColourTop(map.log10Kappa);
    expect(top).toBeGreaterThanOrEqual(1);
    expect(top).toBeLessThanOrEqual(8);
    expect(f.table.rows.filter((r) => r[0] === 'log10 kappa, local')).toHaveLength(30 * 21);
    const svg = (await renderFigure(f, 'svg')) as string;
    expect(svgTexts(svg).texts).toContain('log₁₀ κ');
  });

  it('the eigenvalues: the sweep and the current k of M_L,1 and M_R,1, shifted by ω', () => {
    const sweep = model.eigenSweep(p);
    const f = eigenvalueFigure(sweep, p, size);
    const byLabel = (label: string): Record<string, unknown>[] => layers(f).find((l) => l.data.values[0]?.['layer'] === label)!.data.values;
    expect(byLabel('local, |k| sweep').map((r) => r['x'])).toEqual(sweep.trajectories.local.map((z) => z.re));
    expect(byLabel('Redfield, current k').map((r) => r['y'])).toEqual(sweep.current.redfield.map((z) => z.im - p.omega));
  });

  it('the heat currents are the library\'s Q̇_h(t), with the local steady state', () => {
    const heat = model.heat(p);
    const f = heatFigure(heat, p, size)!;
    const local = layers(f).find((l) => l.data.values[0]?.['layer'] === 'local')!.data.values;
    const library = heatDynamics({ parameters: { ...p, omegaH: p.omega, omegaC: p.omega }, equation: 'local', times: Array.from(heat.t) });
    local.forEach((r, i) => expect(r['y'] as number).toBeCloseTo(library.Qh[i]!, 18));
    const steady = layers(f).find((l) => l.mark.type === 'rule')!.data.values[0]!;
    expect(steady['y'] as number).toBeCloseTo(library.steady.Qh, 18);
    for (const fig of [f, eigenvalueFigure(model.eigenSweep(p), p, size)]) expect(fig.caption).toContain(parameterText(p));
    expect(parameterText(p)).toMatch(/^ω = 1, k = 4\.99\d*e-5, T_h = 10, T_c = 5, λ_h² = 1\.000e-8, λ_c² = 1\.000e-4, Λ = 1000$/);
  });
});
