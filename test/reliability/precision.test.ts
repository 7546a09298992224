/**
 * Printed numbers carry the precision reached. Checked against identities, not against the program:
 * at equal temperatures the global steady state is the Gibbs state, so every steady heat current is
 * exactly 0 (its bound must contain 0, and nothing may be printed as a resolved number); at
 * ω = 1e30 the damping of M is of order λ²Λ²/ω² ≈ 1e-58, so every computed real part must lie
 * within the stated eigenvalue error of 0.
 */
import { describe, it, expect } from 'vitest';
import { runInProcess } from './helpers.js';
import { heatDynamics } from '../../src/numeric/physics/heat-dynamics.js';
import { FIG2_PARAMETERS } from '../../src/numeric/paper-parameters.js';

describe('precision of printed numbers', () => {
  it.each([[5], [1e-30], [1e20]])('global equation at T_h = T_c = %s: steady currents unresolved around the exact 0', async (T) => {
    const r = heatDynamics({ parameters: { ...FIG2_PARAMETERS, Th: T, Tc: T }, equation: 'global', times: [] });
    expect(Math.abs(r.steady.Qh)).toBeLessThanOrEqual(r.precision.current);
    expect(Math.abs(r.steady.Qc)).toBeLessThanOrEqual(r.precision.current);
    expect(r.precision.entropyProductionResolved).toBe(false);
    const text = await runInProcess(['heat', '--equation', 'global', '--Th', String(T), '--Tc', String(T), '--times', '0']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/Q_h = 0 \(not resolved/);
    expect(text.stdout).toMatch(/Σ Q\/T = 0 \(not resolved/);
  });

  it('near the stability edge (k = 0.9999999999) the steady currents keep only the digits the identity ΣQ = 0 allows', () => {
    const r = heatDynamics({ parameters: { ...FIG2_PARAMETERS, k: 0.9999999999 }, equation: 'local', times: [] });
    expect(r.precision.current).toBeGreaterThanOrEqual(Math.abs(r.steady.Qh + r.steady.Qc));
  });

  it.each([['1e30', '1'], ['1e8', '2'], ['1e12', '2'], ['1e30', '2']])('ep at ω = %s (order %s): refused, or real parts within the stated error of the exact ≈ 0', async (omega, order) => {
    // the damping is of order λ_c²Λ²/ω² ≤ 1e-4·1e6/1e16 = 1e-14, far below any resolution at this scale
    const r = await runInProcess(['ep', '--order', order, '--omega', omega, '--json']);
    if (r.status === 2) {
      expect(r.stderr).toMatch(/^openmoments: /);
      return;
    }
    expect(r.status).toBe(0);
    const { eigenvalues, eigenvalueError } = JSON.parse(r.stdout) as { eigenvalues: { re: number }[]; eigenvalueError: number };
    for (const e of eigenvalues) expect(Math.abs(e.re)).toBeLessThanOrEqual(eigenvalueError + 1e-14);
  });

  it('heat at t = 1e308: the decayed state is the steady state, not NaN', () => {
    const r = heatDynamics({ parameters: FIG2_PARAMETERS, equation: 'local', times: [1e308] });
    expect(Math.abs(r.Qh[0]! - r.steady.Qh)).toBeLessThanOrEqual(r.transientError[0]!);
  });
});
