/** issue 10: `ep`, `ep-lines --order 2` through the built bin (JSON fields added, old ones kept). */
import { describe, it, expect } from 'vitest';
import { cli } from './run-bin.js';

describe('ep and ep-lines on the second moments (built bin)', () => {
  it('ep --order 2 --json at k = 2e-5: no EP, the old fields with their documented values, the clusters', () => {
    const r = cli('ep', '--order', '2', '--k', '2e-5', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.eigenvalues).toHaveLength(10);
    expect(out.precision).toBe('double');
    expect(out.kappa).toBeLessThan(10);
    expect(out.kappaResolved).toBe(true);
    expect(out.phaseRigidity).toHaveLength(10);
    expect(out.phaseRigidity.filter((x: number | null) => x === null)).toHaveLength(2);
    expect(out.exceptionalPoint).toBe(false);
    expect(out.clusters.map((c: { verdict: string }) => c.verdict).sort()).toEqual(['semisimple', ...Array(8).fill('simple')]);
    expect(out.backwardError).toBeGreaterThan(0);
    expect(typeof out.clusterRule).toBe('string');
  });
  it('ep at the k* of ep-lines --order 2: an EP of order 3, κ null (no eigenbasis)', () => {
    const lines = JSON.parse(cli('ep-lines', '--order', '2', '--json').stdout);
    expect(lines.secondMoments).toHaveLength(2);
    expect(lines.secondMoments.map((s: { order: number }) => s.order)).toEqual([3, 3]);
    const r = cli('ep', '--order', '2', '--k', String(lines.k[1]), '--json');
    const out = JSON.parse(r.stdout);
    expect(out.exceptionalPointOrder).toBe(3);
    expect(out.kappa).toBeNull();
    const text = cli('ep', '--order', '2', '--k', String(lines.k[1])).stdout;
    expect(text).toMatch(/exceptional point of order 3/);
    expect(text).toMatch(/Jordan blocks 3\+1/);
  });
  it('global at k = 0 is diabolic with a finite κ', () => {
    const out = JSON.parse(cli('ep', '--equation', 'global', '--k', '0', '--json').stdout);
    expect(out.exceptionalPoint).toBe(false);
    expect(out.kappa).toBeCloseTo(1, 6);
    expect(out.verdict).toMatch(/diabolic/);
  });
});

describe('spectrum (built bin)', () => {
  it('--format csv and --json describe the same sweep; --out writes the file', async () => {
    const { mkdtempSync, readFileSync, readdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const csv = cli('spectrum', '--order', '2', '--k', '0:1e-4:5', '--format', 'csv');
    expect(csv.status).toBe(0);
    const lines = csv.stdout.trim().split('\n');
    expect(lines).toHaveLength(1 + 5 * 10);
    const json = JSON.parse(cli('spectrum', '--order', '2', '--k', '0:1e-4:5', '--json').stdout);
    [0, 2.5e-5, 5e-5, 7.5e-5, 1e-4].forEach((k, i) => expect(json.k[i]).toBeCloseTo(k, 18));
    expect(Number(lines[1]!.split(',')[2])).toBe(json.eigenvalues[0][0].re);
    const dir = mkdtempSync(join(tmpdir(), 'om-'));
    expect(cli('spectrum', '--k', '0:1e-4:3', '--format', 'csv', '--out', join(dir, 's.csv')).status).toBe(0);
    expect(readdirSync(dir)).toEqual(['s.csv']);
    expect(readFileSync(join(dir, 's.csv'), 'utf8').split('\n')[0]).toBe('k,branch,re,im,multiplicity,projector_norm,verdict');
  });
  it.each([
    [['spectrum', '--k', '0:2:3'], /--k: \|k\| must stay below/],
    [['spectrum', '--k', '1:2'], /--k must be a range/],
    [['spectrum', '--format', 'latex'], /--format must be one of/],
  ])('bad input %j: one line, exit 2', (argv, message) => {
    const r = cli(...argv);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
