import { describe, it, expect } from 'vitest';
import { paperFigures } from '../../src/render/paper-figures.js';
import { epMaps } from '../../src/numeric/physics/ep-maps.js';
import { epMapFigure } from '../../src/render/ep-map-figure.js';
import { FIG2_PARAMETERS } from '../../src/numeric/paper-parameters.js';

describe('the paper figures', () => {
  it('Fig. 2 and Fig. 3a–c render as SVG with their labels', async () => {
    const figures = await paperFigures({ quick: true, threads: 0 });
    expect([...figures.keys()].sort()).toEqual(['fig2-ep-maps.svg', 'fig3a-steady-heat.svg', 'fig3b-phase-rigidity.svg', 'fig3c-transient-heat.svg']);
    for (const svg of figures.values()) {
      expect(svg.startsWith('<svg') || svg.startsWith('<?xml')).toBe(true);
      expect(svg).toMatch(/<\/svg>\s*$/);
    }
    expect(figures.get('fig3c-transient-heat.svg')).toMatch(/Redfield/);
    expect(figures.get('fig2-ep-maps.svg')).toMatch(/Redfield/);
  });
  it('an EP map in PNG is a valid PNG with the exceptional lines', async () => {
    const result = await epMaps({ equations: ['local'], order: 1, omegas: [0.5, 1, 1.5], ks: [-1e-4, 0, 1e-4], parameters: FIG2_PARAMETERS, threads: 0 });
    const png = epMapFigure(result, 'png') as Uint8Array;
    expect(Array.from(png.slice(0, 8))).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(result.line.k.every((k, i) => Math.abs(k - (result.omega[i]! / 2) * (1e-4 - 1e-8) * 1e6 / (result.omega[i]! ** 2 + 1e6)) < 1e-15)).toBe(true);
  });
  it('M_L,2: κ(V) of an arbitrary eigenbasis is not defined (NaN, null in JSON); the figure draws the projector-norm witness instead', async () => {
    // M_L,2 has semisimple double eigenvalues (sums of pairs of M_L,1's), so κ(V) is not defined.
    const result = await epMaps({ equations: ['local'], order: 2, omegas: [0.5, 1, 1.5], ks: [-1e-4, 0, 1e-4], parameters: FIG2_PARAMETERS, threads: 0 });
    const [panel] = result.panels;
    expect(panel!.unresolved).toBe(9);
    expect(panel!.log10Kappa.every(Number.isNaN)).toBe(true);
    expect(JSON.parse(JSON.stringify(result)).panels[0].log10Kappa).toEqual(Array(9).fill(null));
    expect(panel!.witness).toBe('projector-norm');
    expect(panel!.log10Witness.every(Number.isFinite)).toBe(true);
    expect(epMapFigure(result, 'svg')).not.toMatch(/unresolved/);
    // first moments: resolved points keep their finite values
    const first = await epMaps({ equations: ['local'], order: 1, omegas: [0.5, 1, 1.5], ks: [-1e-4, 0, 1e-4], parameters: FIG2_PARAMETERS, threads: 0 });
    expect(first.panels[0]!.log10Kappa.filter(Number.isNaN)).toHaveLength(first.panels[0]!.unresolved);
    expect(first.panels[0]!.log10Kappa.filter(Number.isFinite)).toHaveLength(9 - first.panels[0]!.unresolved);
  });
});
