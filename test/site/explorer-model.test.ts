/** The explorer's computations (src/site/explorer-model.ts) in Node, against the library. */
import { describe, it, expect } from 'vitest';
import { ExplorerModel, defaultParameters, invalidParameters, type ExplorerParameters } from '../../src/site/explorer-model.js';
import { heatDynamics } from '../../src/numeric/physics/heat-dynamics.js';
import { localExceptionalLineSymbolic, lowerExceptionalLine } from '../../src/numeric/physics/exceptional-line.js';
import { FIG2_PARAMETERS } from '../../src/numeric/paper-parameters.js';

const model = new ExplorerModel();
const p0 = defaultParameters(model);

describe('explorer model', () => {
  it('defaults to the parameters of Figs. 2–3 with k on the exact exceptional line', () => {
    const exact = lowerExceptionalLine(localExceptionalLineSymbolic(), FIG2_PARAMETERS).k;
    expect(p0).toMatchObject({ omega: 1, Th: 10, Tc: 5, lambdaH2: 1e-8, lambdaC2: 1e-4, cutoff: 1e3 });
    expect(p0.k).toBe(exact);
    expect(model.exceptionalK({ ...p0, omega: 1.7 })).toBeCloseTo(lowerExceptionalLine(localExceptionalLineSymbolic(), { ...FIG2_PARAMETERS, omega: 1.7 }).k, 15);
  });

  it('κ of M_L,1 diverges on the line and not off it; the global equation has no EP there', () => {
    expect(model.point('local', p0).kappa).toBeGreaterThan(1e6);
    expect(model.point('local', { ...p0, k: p0.k / 2 }).kappa).toBeLessThan(10);
    expect(model.point('global', p0).kappa).toBeLessThan(10);
    expect(model.point('redfield', { ...p0, k: p0.k * 1.5 }).kappa).toBeLessThan(100);
  });

  it('the κ map peaks along the exact line and greys out |k| ≥ ω²', () => {
    const window = model.mapWindow(p0, 60, 41);
    expect(window.omegaMin).toBeCloseTo(0.2, 12);
    expect(window.omegaMax).toBeCloseTo(2, 12);
    const map = model.kappaMap('local', p0, window);
    // Along each ω column, the largest κ sits at the grid k nearest the line ±k*(ω).
    let hits = 0;
    for (let i = 0; i < window.nOmega; i++) {
      let best = -1;
      let at = 0;
      for (let j = 0; j < window.nK; j++) {
        const v = map.log10Kappa[j * window.nOmega + i]!;
        if (v > best) [best, at] = [v, j];
      }
      const dk = (window.kMax - window.kMin) / (window.nK - 1);
      if (Math.abs(Math.abs(map.ks[at]!) - map.line[i]!) <= dk) hits++;
    }
    expect(hits).toBeGreaterThan(0.9 * window.nOmega);
    const wide = model.kappaMap('global', { ...p0, k: 0.5 }, model.mapWindow({ ...p0, k: 0.5 }, 30, 21));
    expect(wide.log10Kappa.some(Number.isNaN)).toBe(true);
  });

  it('the eigenvalue sweep passes through the coalescence', () => {
    const sweep = model.eigenSweep(p0);
    expect(sweep.kStar).toBe(p0.k);
    expect(sweep.trajectories.local.length).toBeGreaterThan(400);
    const [a, b] = sweep.current.local;
    expect(Math.hypot(a!.re - b!.re, a!.im - b!.im)).toBeLessThan(1e-6); // EP: two eigenvalues meet
    const [c, d] = model.eigenSweep({ ...p0, k: p0.k / 2 }).current.local;
    expect(Math.hypot(c!.re - d!.re, c!.im - d!.im)).toBeGreaterThan(1e-5);
  });

  it('heat transients agree with the library (heatDynamics), local ≈ Redfield ≠ global (Fig. 3c)', () => {
    const heat = model.heat(p0, 40);
    for (const equation of ['local', 'global', 'redfield'] as const) {
      const c = heat.curves[equation];
      if (!c.ok) throw new Error(c.message);
      const times = [heat.t[5]!, heat.t[20]!, heat.t[40]!];
      const lib = heatDynamics({ parameters: p0, equation, times });
      expect(c.Qh[5]).toBeCloseTo(lib.Qh[0]!, 18);
      expect(c.Qh[20]).toBeCloseTo(lib.Qh[1]!, 18);
      expect(c.steady).toBeCloseTo(lib.steady.Qh, 18);
    }
    const { local, global, redfield } = heat.curves;
    if (!local.ok || !global.ok || !redfield.ok) throw new Error('unstable');
    const scale = Math.abs(local.steady);
    expect(Math.max(...local.Qh.map((q, i) => Math.abs(q - redfield.Qh[i]!))) / scale).toBeLessThan(1e-3);
    expect(Math.max(...local.Qh.map((q, i) => Math.abs(q - global.Qh[i]!))) / scale).toBeGreaterThan(0.1);
  });

  it('names what is wrong with unphysical parameters', () => {
    const bad = (q: Partial<ExplorerParameters>) => invalidParameters({ ...p0, ...q });
    expect(invalidParameters(p0)).toBeNull();
    expect(bad({ k: 1 })).toMatchObject({ parameter: 'k', message: expect.stringMatching(/^Unstable: \|k\| = 1 ≥ ω² = 1/) });
    expect(bad({ k: -2 })?.parameter).toBe('k');
    expect(bad({ Th: -1 })).toMatchObject({ parameter: 'Th', message: expect.stringContaining('T_h: temperature must be positive') });
    expect(bad({ Tc: 0 })?.parameter).toBe('Tc');
    expect(bad({ omega: Number.NaN })?.parameter).toBe('omega');
    expect(bad({ lambdaC2: -1e-4 })?.parameter).toBe('lambdaC2');
    expect(bad({ cutoff: 0 })?.parameter).toBe('cutoff');
    expect(bad({ k: Number.POSITIVE_INFINITY })?.parameter).toBe('k');
    // The library's messages (validateNumericModel), without the CLI's flags.
    for (const q of [{ k: 1 }, { Th: -1 }, { omega: 0 }, { lambdaH2: -1 }, { cutoff: 0 }, { k: Number.NaN }]) {
      expect(bad(q)?.message).not.toMatch(/--/);
    }
  });

  it('a change of bath parameters recompiles the fillers and every view follows (point, map, sweep, heat)', () => {
    const p = { ...p0, Th: 7.5 }; // new bath parameters: recompiles the fillers
    expect(model.point('local', p).kappa).toBeGreaterThan(1e6); // T_h leaves M_L,1 and its EP unchanged
    const window = model.mapWindow(p, 30, 21);
    const map = model.kappaMap('local', p, window);
    expect(map.log10Kappa.every((v) => Number.isFinite(v))).toBe(true);
    expect(map.line[0]).toBeCloseTo(lowerExceptionalLine(localExceptionalLineSymbolic(), { ...p, omega: window.omegaMin }).k, 15);
    expect(model.eigenSweep(p).trajectories.local.length).toBeGreaterThan(0);
    const heat = model.heat(p, 20);
    for (const equation of ['local', 'global', 'redfield'] as const) {
      const c = heat.curves[equation];
      if (!c.ok) throw new Error(c.message);
      expect(c.steady).toBeCloseTo(heatDynamics({ parameters: p, equation, times: [] }).steady.Qh, 18);
    }
    const steady0 = model.heat(p0, 20).curves.local;
    const steady1 = heat.curves.local;
    if (!steady0.ok || !steady1.ok) throw new Error('unstable');
    expect(Math.abs(steady1.steady - steady0.steady)).toBeGreaterThan(0.1 * Math.abs(steady0.steady)); // T_h 10 → 7.5
  });
});
