/**
 * A two-mode model file keeps its own bath labels everywhere (tester's finding: with c on mode 0
 * and h on mode 1 the pair was served as the paper's, whose h sits on mode 0, so Q_h came out
 * negative and the second law "failed"). Relabelling identity: the file with its two modes
 * swapped is the same physics, so every bath's current is the same; and the hotter bath gives
 * heat to the system (Q_h > 0, Clausius).
 */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './run-bin.js';

const coupling = [{ a: 0, b: 1, kind: 'xx', strength: 0.01 }];
const swapped = { frequencies: [1, 1.1], couplings: coupling, baths: [{ mode: 0, label: 'c', temperature: 1, lambda2: 1e-3 }, { mode: 1, label: 'h', temperature: 2, lambda2: 1e-4 }], cutoff: 100 };
const paperOrder = { frequencies: [1.1, 1], couplings: coupling, baths: [{ mode: 0, label: 'h', temperature: 2, lambda2: 1e-4 }, { mode: 1, label: 'c', temperature: 1, lambda2: 1e-3 }], cutoff: 100 };
const ownLabels = { ...paperOrder, baths: [{ ...paperOrder.baths[0]!, label: 'T1' }, { ...paperOrder.baths[1]!, label: 'cold' }] };

function file(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'om-labels-')), 'model.json');
  writeFileSync(path, JSON.stringify(content));
  return path;
}
const json = (...args: string[]): Record<string, unknown> => {
  const r = cli(...args, '--json');
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
};
const close = (a: number, b: number): void => expect(Math.abs(a - b)).toBeLessThan(1e-9 * Math.abs(b));

describe('a two-mode model file keeps its labels', () => {
  const a = file(swapped);
  const b = file(paperOrder);
  it.each(['local', 'global', 'redfield'])('steady --equation %s: the swapped file has the same currents per label, Q_h > 0', (equation) => {
    const x = json('steady', '--model-file', a, '--equation', equation).heat as Record<string, number>;
    const y = json('steady', '--model-file', b, '--equation', equation).heat as Record<string, number>;
    expect(Object.keys(x).sort()).toEqual(['c', 'h']);
    close(x.h!, y.h!);
    close(x.c!, y.c!);
    expect(x.h!).toBeGreaterThan(0);
    expect(x.c!).toBeLessThan(0);
    const sigma = json('steady', '--model-file', a, '--equation', equation).entropyProduction as number;
    expect(sigma).toBeGreaterThan(0);
  });
  it('steady text: no false "NEGATIVE entropy production"', () => {
    const r = cli('steady', '--model-file', a);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/NEGATIVE/);
  });
  it.each(['local', 'global'])('heat --equation %s: the same steady currents per label as the swapped file', (equation) => {
    const x = json('heat', '--model-file', a, '--equation', equation).steady as Record<string, number>;
    const y = json('heat', '--model-file', b, '--equation', equation).steady as Record<string, number>;
    close(x.h!, y.h!);
    close(x.c!, y.c!);
    expect(x.h!).toBeGreaterThan(0);
  });
  it('derive --heat: each current is built on the rates of its own bath, on the mode the file puts it', () => {
    const heat = json('derive', '--model-file', a, '--heat').currents as { bath: string; coefficients: string[] }[];
    const byBath = new Map(heat.map((c) => [c.bath, c.coefficients.join(' ')]));
    // mode 0 of the file is mode 1 of the printed names; bath c sits there, h on mode 2
    expect(byBath.get('c')).toMatch(/Delta_c_omega_1/);
    expect(byBath.get('c')).not.toMatch(/Delta_h|omega_2/);
    expect(byBath.get('h')).toMatch(/Delta_h_omega_2/);
    expect(byBath.get('h')).not.toMatch(/Delta_c|omega_1/);
  });
  it('derive and latex print the labels of the file (T1, cold), not h and c', () => {
    const f = file(ownLabels);
    for (const args of [['derive', '--model-file', f, '--order', '2'], ['derive', '--model-file', f, '--heat'], ['latex', '--model-file', f]]) {
      const r = cli(...args);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/T1/);
      expect(r.stdout).toMatch(/cold/);
      expect(r.stdout).not.toMatch(/Delta_[hc]_|\^\{\([hc]\)\}/);
    }
  });
});
