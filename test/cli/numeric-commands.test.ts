import { describe, it, expect } from 'vitest';
import { cli, bin } from './run-bin.js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';


describe('issue-4 commands (built bin)', () => {
  it('ep --json: eigenvalues, κ and phase rigidities', () => {
    const r = cli('ep', '--equation', 'global', '--order', '1', '--k', '0.01', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.eigenvalues).toHaveLength(4);
    expect(out.kappa).toBeGreaterThanOrEqual(1);
    expect(out.phaseRigidity).toHaveLength(4);
  });
  it('ep-lines --json: two lines for local, none for global', () => {
    const local = JSON.parse(cli('ep-lines', '--equation', 'local', '--json').stdout);
    expect(local.k).toHaveLength(2);
    expect(local.k[0]).toBeCloseTo(-local.k[1], 20);
    expect(JSON.parse(cli('ep-lines', '--equation', 'global', '--json').stdout).k).toEqual([]);
  });
  it('heat --json with --k ep', () => {
    const r = cli('heat', '--equation', 'local', '--k', 'ep', '--times', '0:1000:3', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.t).toEqual([0, 500, 1000]);
    expect(out.Qh).toHaveLength(3);
    expect(Math.abs(out.steady.Qh + out.steady.Qc)).toBeLessThan(1e-12 * Math.abs(out.steady.Qh));
  });
  it('ep-map writes JSON and leaves no temporary files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'om-'));
    const r = cli('ep-map', '--equation', 'local', '--omega', '0.5:1.5:5', '--k', '-1e-4:1e-4:5', '--out', join(dir, 'map.json'), '--quiet');
    expect(r.status).toBe(0);
    const map = JSON.parse(readFileSync(join(dir, 'map.json'), 'utf8'));
    expect(map.panels[0].log10Kappa).toHaveLength(25);
    expect(readdirSync(dir)).toEqual(['map.json']);
  });
  it('ep-map --out chooses SVG, PNG, PDF or CSV by the extension', () => {
    const dir = mkdtempSync(join(tmpdir(), 'om-'));
    for (const ext of ['svg', 'png', 'pdf', 'csv']) {
      const r = cli('ep-map', '--equation', 'all', '--omega', '0.5:1.5:5', '--k', '-1e-4:1e-4:5', '--out', join(dir, `map.${ext}`), '--quiet');
      expect(r.status, `${ext}: ${r.stderr}`).toBe(0);
    }
    expect(readdirSync(dir).sort()).toEqual(['map.csv', 'map.pdf', 'map.png', 'map.svg']);
    expect(readFileSync(join(dir, 'map.svg'), 'utf8')).toMatch(/^<svg[\s\S]*<text[^>]*>c\)  Redfield<\/text>[\s\S]*<\/svg>$/);
    expect(readFileSync(join(dir, 'map.png')).subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(readFileSync(join(dir, 'map.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const csv = readFileSync(join(dir, 'map.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toBe('layer,omega,k,log10_kappa');
    expect(csv.filter((l) => l.startsWith('"log10 kappa,'))).toHaveLength(3 * 25);
  });
  it.each([
    [['ep-map', '--omega', '1:2', '--out', 'x.json'], /--omega must be a range a:b:n/],
    [['ep-map', '--omega', '2:1:5', '--out', 'x.json'], /--omega: the range must increase/],
    [['ep-map', '--k', '-2:2:5', '--out', 'x.json'], /--k: \|k\| must stay below ω²/],
    [['ep-map', '--out', 'x.txt'], /--out must end in/],
    [['ep-map'], /needs --out/],
    [['heat', '--k', 'somewhere'], /--k must be a number or "ep"/],
    [['heat', '--k', 'ep', '--omega-h', '1.2', '--omega-c', '1'], /--k: ep: out of resonance/],
    [['heat', '--times', '1,-2'], /--times/],
    [['heat', '--Th', '-10'], /--Th/],
    [['heat', '--k', '1.5'], /--k/],
    [['ep', '--lambda-h2', '-1'], /--lambda-h2/],
    [['ep', '--spectral', 'lambda2*(1+w)'], /--spectral.*not odd/],
    [['ep', '--spectral', 'lambda2*w*('], /--spectral: cannot parse/],
    [['matrix', '--spectral', 'lambda2*w*(L-w)', '--cutoff', '0.5'], /--spectral: .* is negative at w = /],
    [['heat', '--initial', '0.1,0.1,0,1,1,0,0,0,0,0'], /--initial: .*not those of a quantum state/],
    [['heat', '--initial', '-1,1,0,1,1,0,0,0,0,0'], /--initial/],
    [['ep', '--cutoff', '0'], /--cutoff/],
  ])('bad input %j: one line, exit 2, no file', (argv, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'om-'));
    const r = spawnSync(process.execPath, [bin, ...argv], { encoding: 'utf8', cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(existsSync(join(dir, 'x.json'))).toBe(false);
  });
});

describe('valid inputs the checks must not refuse', () => {
  it('a sub-Ohmic spectral density, J = λ²√w', () => {
    expect(cli('matrix', '--spectral', 'lambda2*sqrt(w)', '--json').status).toBe(0);
  });
  it('a thermal-like initial state above the uncertainty bound', () => {
    expect(cli('heat', '--initial', '0.6,0.9,0,0.6,0.9,0,0,0,0,0', '--times', '0,1', '--json').status).toBe(0);
  });
});
