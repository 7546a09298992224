/**
 * `steady` and `heat --model-file` through the built bin: the JSON interface, CSV, the sign of
 * the entropy production (said in the text when negative), and one-line errors with exit 2.
 */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './run-bin.js';
import { parseCli } from '../../src/cli/parse.js';

const chain = {
  frequencies: [1.2, 1.5, 1.0],
  couplings: [{ a: 0, b: 1, kind: 'xx', strength: 0.2 }, { a: 1, b: 2, kind: 'xx', strength: 0.35 }],
  baths: [{ mode: 0, label: 'hot', temperature: 2, lambda2: 0.2 }, { mode: 2, label: 'cold', temperature: 0.8, lambda2: 0.1 }],
  cutoff: 15,
};

function file(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'om-')), 'model.json');
  writeFileSync(path, JSON.stringify(content));
  return path;
}

describe('steady', () => {
  it('--model-file --json: covariance 2N × 2N, heat by bath label, Σ Q = 0, entropy production −Σ Q/T', () => {
    const r = cli('steady', '--model-file', file(chain), '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out).slice(0, 5)).toEqual(['equation', 'modes', 'covariance', 'heat', 'entropyProduction']);
    expect(out.equation).toBe('local');
    expect(out.covariance).toHaveLength(6);
    out.covariance.forEach((row: number[], i: number) => row.forEach((v, j) => expect(v).toBe(out.covariance[j][i])));
    expect(out.quadratures).toEqual(['x_1', 'p_1', 'x_2', 'p_2', 'x_3', 'p_3']);
    expect(Object.keys(out.heat)).toEqual(['hot', 'cold']);
    expect(Math.abs(out.heat.hot + out.heat.cold)).toBeLessThan(1e-10 * Math.abs(out.heat.hot));
    expect(out.entropyProduction).toBeCloseTo(-(out.heat.hot / 2 + out.heat.cold / 0.8), 14);
    expect(out.modes.map((m: { label: string }) => m.label)).toEqual(['1', '2', '3']);
    expect(out.uncertainty.satisfied).toBe(true);
  });
  it('--format csv: heat currents and occupations', () => {
    const r = cli('steady', '--model-file', file(chain), '--format', 'csv');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('kind,label,value,error');
    expect(lines.map((l) => l.split(',').slice(0, 2).join(','))).toEqual(['kind,label', 'heat,hot', 'heat,cold', 'occupation,1', 'occupation,2', 'occupation,3']);
    // The currents carry their error bound, and agree with the full-precision JSON within it.
    const json = JSON.parse(cli('steady', '--model-file', file(chain), '--json').stdout);
    for (const line of lines.filter((l) => l.startsWith('heat,'))) {
      const [, label, value, error] = line.split(',');
      expect(Number(error)).toBeGreaterThan(0);
      expect(Math.abs(Number(value) - json.heat[label!])).toBeLessThanOrEqual(Number(error) + 1e-12 * Math.abs(json.heat[label!]));
      expect(Number(error)).toBeGreaterThanOrEqual(json.precision.current[label!]);
      expect(Number(value)).toBe(json.heat[label!]);
    }
  });
  it('the paper pair from the default flags equals heat --json (Fig. 2: λ_h² = 1e-8, so Q is a small difference of O(λ² T) terms)', () => {
    for (const equation of ['local', 'global', 'redfield']) {
      const s = JSON.parse(cli('steady', '--equation', equation, '--k', '0.01', '--json').stdout);
      const h = JSON.parse(cli('heat', '--equation', equation, '--k', '0.01', '--times', '0', '--json').stdout);
      expect(Math.abs(s.heat.h - h.steady.Qh)).toBeLessThan(1e-7 * Math.abs(h.steady.Qh));
      expect(Math.abs(s.heat.c - h.steady.Qc)).toBeLessThan(1e-7 * Math.abs(h.steady.Qc));
    }
  });
  it('the local equation off resonance can produce negative entropy, and the text says so', () => {
    // T_h/ω_h < T_c/ω_c while T_h > T_c: the local equation pumps heat from the cold bath to the hot one.
    const args = ['steady', '--equation', 'local', '--omega-h', '2', '--omega-c', '1', '--Th', '1', '--Tc', '0.8', '--k', '0.05', '--lambda-h2', '0.01', '--lambda-c2', '0.01'];
    const out = JSON.parse(cli(...args, '--json').stdout);
    expect(out.entropyProduction).toBeLessThan(0);
    expect(out.secondLaw.holds).toBe(false);
    expect(cli(...args).stdout).toMatch(/NEGATIVE: the local equation violates the second law/);
    const global = JSON.parse(cli(...args.map((a) => (a === 'local' ? 'global' : a)), '--json').stdout);
    expect(global.entropyProduction).toBeGreaterThan(0);
  });
  it('an undamped mode is a one-line error naming it, exit 2', () => {
    const loose = { ...chain, couplings: [] };
    const r = cli('steady', '--model-file', file(loose));
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    // The chain's middle mode: mode 2 of the output (x_2, p_2), index 1 of the file (which counts from 0).
    expect(r.stderr).toMatch(/mode 2 \(x_2, p_2; index 1 in the model file\) is reached by no bath/);
  });
  it('partial-secular: --secular-cutoff 0 gives the global steady state and a cutoff above every gap the Redfield one', () => {
    expect(parseCli(['steady', '--equation', 'partial-secular', '--secular-cutoff', '0.1'])).toMatchObject({ name: 'steady', secularCutoff: 0.1 });
    expect(() => parseCli(['steady', '--secular-cutoff', '0.1'])).toThrow(/belongs to --equation partial-secular/);
    const run = (...args: string[]): { covariance: number[][]; heat: Record<string, number> } => {
      const r = cli('steady', '--model-file', file(chain), '--json', ...args);
      expect(r.status, r.stderr).toBe(0);
      return JSON.parse(r.stdout);
    };
    const close = (a: { covariance: number[][]; heat: Record<string, number> }, b: typeof a): void => {
      a.covariance.forEach((row, i) => row.forEach((x, j) => expect(Math.abs(x - b.covariance[i]![j]!)).toBeLessThan(1e-12 * (1 + Math.abs(x)))));
      for (const [label, q] of Object.entries(a.heat)) expect(Math.abs(q - b.heat[label]!)).toBeLessThanOrEqual(1e-10 * Math.abs(q) + 1e-300);
    };
    close(run('--equation', 'partial-secular', '--secular-cutoff', '0'), run('--equation', 'global'));
    close(run('--equation', 'partial-secular', '--secular-cutoff', '1e6'), run('--equation', 'redfield'));
  });
  it('--model-file with a physical flag is a usage error', () => {
    expect(() => parseCli(['steady', '--model-file', 'x.json', '--k', '0.1'])).toThrow(/drop --k/);
    expect(() => parseCli(['heat', '--model-file', 'x.json', '--Th', '3'])).toThrow(/drop --Th/);
    // the file has no initial state: --initial vacuum|thermal chooses it, the pair's ten numbers do not apply
    expect(() => parseCli(['heat', '--model-file', 'x.json', '--initial', 'vacuum'])).not.toThrow();
    expect(() => parseCli(['heat', '--model-file', 'x.json', '--initial', '1,0,0,1,1,0,0,0,0,0'])).toThrow(/vacuum or thermal/);
  });
});

describe('labels', () => {
  it('a two-mode model file (the paper pair) keeps its own bath labels', () => {
    const pair = { frequencies: [1.1, 1.1], couplings: [{ a: 0, b: 1, kind: 'xx', strength: 0.05 }], baths: [{ mode: 1, label: 'cold', temperature: 0.7, lambda2: 0.005 }, { mode: 0, label: 'hot', temperature: 2, lambda2: 0.02 }], cutoff: 30 };
    const out = JSON.parse(cli('steady', '--model-file', file(pair), '--equation', 'global', '--json').stdout);
    expect(Object.keys(out.heat).sort()).toEqual(['cold', 'hot']);
    expect(out.heat.hot).toBeGreaterThan(0);
    expect(out.entropyProduction).toBeCloseTo(-(out.heat.hot / 2 + out.heat.cold / 0.7), 14);
  });
});

describe('heat --model-file', () => {
  it('transients of every bath from σ, relaxing to the steady currents', () => {
    const r = cli('heat', '--model-file', file(chain), '--times', '0,2000', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.t).toEqual([0, 2000]);
    expect(Object.keys(out.heat)).toEqual(['hot', 'cold']);
    expect(Math.abs(out.heat.hot[1] - out.steady.hot)).toBeLessThan(1e-6 * Math.abs(out.steady.hot));
    expect(out.uncertainty).toHaveLength(2);
  });
});
