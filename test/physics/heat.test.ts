import { describe, it, expect } from 'vitest';
import { heatDynamics } from '../../src/numeric/physics/heat-dynamics.js';
import { lowerPaperModel } from '../../src/numeric/physics/paper-lowering.js';
import { localExceptionalLineSymbolic, lowerExceptionalLine } from '../../src/numeric/physics/exceptional-line.js';
import { deriveMoments, totalMatrix, totalConstant, deriveHeatCurrents } from '../../src/moments/index.js';
import { evaluateMatrix, evaluateVector, evaluateScalar } from '../../src/numeric/evaluate.js';
import { FIG2_PARAMETERS, type PaperParameters } from '../../src/numeric/paper-parameters.js';

const EQUATIONS = ['local', 'global', 'redfield'] as const;
const visible: PaperParameters = { omega: 1.1, k: 0.05, Th: 2, Tc: 0.7, lambdaH2: 0.02, lambdaC2: 0.005, cutoff: 30 };
const kStar = lowerExceptionalLine(localExceptionalLineSymbolic(), FIG2_PARAMETERS).k;
const atEp: PaperParameters = { ...FIG2_PARAMETERS, k: kStar };

/** Classical RK4 on dθ/dt = Mθ + c, then Q̇ from the derived heat forms: an independent integrator. */
function rk4Heat(p: PaperParameters, equation: (typeof EQUATIONS)[number], theta0: number[], t: number, steps: number): { Qh: number; Qc: number } {
  const { model, values } = lowerPaperModel(p);
  const eqs = deriveMoments({ model, equation, order: 2, basis: 'local' });
  const M = evaluateMatrix(totalMatrix(eqs), values);
  const c = evaluateVector(totalConstant(eqs), values);
  const f = (y: number[]): number[] => M.map((row, i) => row.reduce((s, m, j) => s + m * y[j]!, c[i]!));
  let y = [...theta0];
  const h = t / steps;
  for (let n = 0; n < steps; n++) {
    const k1 = f(y);
    const k2 = f(y.map((v, i) => v + (h / 2) * k1[i]!));
    const k3 = f(y.map((v, i) => v + (h / 2) * k2[i]!));
    const k4 = f(y.map((v, i) => v + h * k3[i]!));
    y = y.map((v, i) => v + (h / 6) * (k1[i]! + 2 * k2[i]! + 2 * k3[i]! + k4[i]!));
  }
  const heat = deriveHeatCurrents({ model, equation, basis: 'local' });
  const q = (bath: string): number => {
    const form = heat.currents.find((x) => x.bath === bath)!.form;
    return form.coefficients.reduce((s, x, i) => s + evaluateScalar(x, values) * y[i]!, evaluateScalar(form.constant, values));
  };
  return { Qh: q('h'), Qc: q('c') };
}

describe('heat currents (eqs. 50–51)', () => {
  it.each(EQUATIONS)('%s: Σ_α Q̇_α = 0 in the steady state', (equation) => {
    for (const p of [visible, atEp]) {
      const r = heatDynamics({ parameters: p, equation, times: [0] });
      expect(Math.abs(r.steadySum)).toBeLessThan(1e-9 * Math.abs(r.steady.Qh));
    }
  });
  it('global: the Clausius inequality Σ_α Q̇_α/T_α ≤ 0 holds (eq. 10a), so the entropy production σ = −Σ_α Q̇_α/T_α is ≥ 0', () => {
    for (const p of [visible, atEp, { ...visible, Th: 5, Tc: 0.2 }]) {
      const r = heatDynamics({ parameters: p, equation: 'global', times: [0] });
      expect(r.sumQOverT).toBeLessThanOrEqual(0);
      expect(r.entropyProduction).toBeGreaterThanOrEqual(0);
      expect(r.entropyProduction).toBe(-(r.steady.Qh / p.Th + r.steady.Qc / p.Tc));
    }
  });
  it.each(EQUATIONS)('%s: the exact propagator agrees with RK4, away from the EP', (equation) => {
    const initial = [0.6, 0.7, 0, 1.3, 0.9, 0, 0, 0, 0.1, 0];
    const exact = heatDynamics({ parameters: visible, equation, times: [7.5], initial });
    const rk = rk4Heat(visible, equation, initial, 7.5, 4000);
    expect(Math.abs(exact.Qh[0]! - rk.Qh)).toBeLessThan(1e-9 * Math.abs(rk.Qh));
    expect(Math.abs(exact.Qc[0]! - rk.Qc)).toBeLessThan(1e-9 * Math.abs(rk.Qc));
  });
  it.each(['local', 'redfield'] as const)('%s: the exact propagator agrees with RK4 at the exceptional point', (equation) => {
    const r = heatDynamics({ parameters: atEp, equation, times: [40] });
    const rk = rk4Heat(atEp, equation, localThermal(r.basis), 40, 8000);
    expect(r.propagation).toBe('pade');
    expect(Math.abs(r.Qh[0]! - rk.Qh)).toBeLessThan(1e-8 * Math.abs(rk.Qh) + 1e-20);
    expect(Math.abs(r.Qc[0]! - rk.Qc)).toBeLessThan(1e-8 * Math.abs(rk.Qc) + 1e-20);
  });
  it('Fig. 3c: at the EP the local transient follows Redfield and the global one does not', () => {
    const times = [0, 2e3, 2e4, 1e5];
    const [L, G, R] = EQUATIONS.map((equation) => heatDynamics({ parameters: atEp, equation, times }));
    const scale = Math.abs(L!.steady.Qh);
    for (let i = 0; i < times.length; i++) expect(Math.abs(L!.Qh[i]! - R!.Qh[i]!)).toBeLessThan(0.02 * scale);
    expect(Math.max(...times.map((_, i) => Math.abs(G!.Qh[i]! - R!.Qh[i]!)))).toBeGreaterThan(0.2 * scale);
    // Fig. 3a: the steady states agree to a very good approximation.
    expect(Math.abs(L!.steady.Qh - G!.steady.Qh)).toBeLessThan(0.01 * scale);
  });
});

function localThermal(basis: readonly string[]): number[] {
  const coth = (x: number): number => 1 / Math.tanh(x);
  return basis.map((n) => (n === 'x_h^2' ? coth(1 / 20) / 2 : n === 'p_h^2' ? coth(1 / 20) / 2 : n === 'x_c^2' ? coth(1 / 10) / 2 : n === 'p_c^2' ? coth(1 / 10) / 2 : 0));
}
