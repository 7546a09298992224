/** heat: the entropy production is σ = −Σ_α Q̇_α/T_α (second law: σ ≥ 0), and the text says when σ < 0. */
import { describe, it, expect } from 'vitest';
import { cli } from './run-bin.js';

// Off resonance with ω_h/T_h > ω_c/T_c, the local equation carries heat from the cold bath into the
// hot one (n_h(ω_h) < n_c(ω_c)); the global equation does not (Levy & Kosloff, EPL 107, 20004, 2014).
const offResonance = ['--omega-h', '2', '--omega-c', '1', '--k', '0.3', '--Th', '1.5', '--Tc', '1', '--lambda-h2', '0.01', '--lambda-c2', '0.01', '--cutoff', '30', '--times', '0'];

describe('heat: entropy production', () => {
  it('--json: entropyProduction = −(Q_h/T_h + Q_c/T_c) ≥ 0 with T_h > T_c (heat flows out of the hot bath), sumQOverT its negative', () => {
    const r = cli('heat', '--equation', 'global', '--times', '0', '--json');
    expect(r.status).toBe(0);
    const o = JSON.parse(r.stdout);
    expect(o.steady.Qh).toBeGreaterThan(0);
    expect(o.entropyProduction).toBeGreaterThan(0);
    expect(o.entropyProduction).toBeCloseTo(-(o.steady.Qh / 10 + o.steady.Qc / 5), 30);
    expect(o.sumQOverT).toBe(-o.entropyProduction);
    // Every field heat --json had before stays.
    for (const field of ['t', 'Qh', 'Qc', 'steady', 'k', 'steadySum', 'propagation']) expect(o).toHaveProperty(field);
  });
  it('local off resonance: σ < 0, and the text output says it is a property of the local equation', () => {
    const json = JSON.parse(cli('heat', '--equation', 'local', ...offResonance, '--json').stdout);
    expect(json.steady.Qh).toBeLessThan(0);
    expect(json.entropyProduction).toBeLessThan(0);
    const text = cli('heat', '--equation', 'local', ...offResonance);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/entropy production σ = −Σ Q\/T = -[0-9.]+e-\d+( ± [0-9.]+e-\d+)? < 0: .*local equation off resonance/);
  });
  it('global at the same point: σ > 0 and no note', () => {
    const text = cli('heat', '--equation', 'global', ...offResonance);
    expect(text.stdout).toMatch(/entropy production σ = −Σ Q\/T = [0-9.]+e-\d+( ± [0-9.]+e-\d+)?\n/);
    expect(text.stdout).not.toMatch(/< 0/);
  });
});
