/**
 * heat --model-file --initial vacuum|thermal (tester: the flag was refused with "--model-file gives
 * … the initial state" though the file has no such field, and the header said "local thermal
 * states" while a mode with no bath started in the vacuum). Identities: a Gibbs state of an
 * uncoupled mode is stationary under its own bath (Q ≡ 0 from thermal); the vacuum is a pure
 * Gaussian state (σ + iΩ/2 ≥ 0 with equality: smallest eigenvalue 0 at t = 0) and takes heat
 * from a bath at T > 0 (Q(0) > 0), relaxing to the steady value.
 */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './run-bin.js';

function file(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'om-initial-')), 'model.json');
  writeFileSync(path, JSON.stringify(content));
  return path;
}
const single = file({ frequencies: [1.3], couplings: [], baths: [{ mode: 0, label: 'h', temperature: 2, lambda2: 1e-2 }], cutoff: 20 });
const chain3 = file({ frequencies: [1.0, 1.05, 1.1], couplings: [{ a: 0, b: 1, kind: 'xx', strength: 0.01 }, { a: 1, b: 2, kind: 'pp', strength: 0.01 }], baths: [{ mode: 0, label: 'h', temperature: 10, lambda2: 1e-3 }, { mode: 2, label: 'c', temperature: 5, lambda2: 1e-3 }], cutoff: 1000 });

type Heat = { t: number[]; heat: Record<string, number[]>; steady: Record<string, number>; uncertainty: number[] };
const heat = (...args: string[]): Heat => {
  const r = cli('heat', ...args, '--json');
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Heat;
};

describe('heat --model-file --initial', () => {
  it('thermal: an uncoupled mode at its bath\'s temperature stays put (Q ≡ 0)', () => {
    const h = heat('--model-file', single, '--initial', 'thermal', '--times', '0,10,100');
    for (const q of h.heat['h']!) expect(Math.abs(q)).toBeLessThan(1e-15);
  });
  it('vacuum: a pure state at t = 0 that takes heat from the bath and relaxes', () => {
    const h = heat('--model-file', single, '--initial', 'vacuum', '--times', '0,10,1000000');
    expect(Math.abs(h.uncertainty[0]!)).toBeLessThan(1e-12);
    expect(h.heat['h']![0]!).toBeGreaterThan(0);
    expect(h.heat['h']![1]!).toBeLessThan(h.heat['h']![0]!);
    expect(Math.abs(h.heat['h']![2]! - h.steady['h']!)).toBeLessThan(1e-12);
    // the default is thermal: no vacuum start unless asked
    expect(heat('--model-file', single, '--times', '0').heat['h']![0]).toBe(heat('--model-file', single, '--initial', 'thermal', '--times', '0').heat['h']![0]);
  });
  it('the header says what each mode starts in, with the file\'s 0-based mode numbers', () => {
    const thermal = cli('heat', '--model-file', chain3).stdout.split('\n')[0]!;
    expect(thermal).toMatch(/local thermal states/);
    expect(thermal).toMatch(/mode 1 of the file \(no bath\) in the vacuum/);
    expect(cli('heat', '--model-file', chain3, '--initial', 'vacuum').stdout.split('\n')[0]).toMatch(/from the vacuum of every mode/);
  });
  it('ten numbers (the pair\'s eq. B.2 moments) are refused with a model file', () => {
    const r = cli('heat', '--model-file', chain3, '--initial', '1,2,3,4,5,6,7,8,9,10');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/vacuum or thermal/);
  });
});
