/**
 * --spectral is honoured wherever a spectral density enters (ep-lines' numeric search and its text,
 * ep-map's panels and line, the compiled fillers), and refused with exit 2 where it cannot be (code).
 * Independent checks: J = 2·(eq. 19) is the same physics as eq. 19 with both λ² doubled; for
 * J = λ² w e^{−w/Λ} the local line is k* = (ω/2)|λ_h² − λ_c²| e^{−ω/Λ} (k* = (ω/2)|Δ_h − Δ_c|, Δ = −J/ω).
 */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './run-bin.js';
import { paperMatrixSource } from '../../src/numeric/physics/exceptional-points.js';
import { compileMatrixFiller } from '../../src/numeric/ep/matrix-filler.js';
import { lowerMoments } from '../../src/numeric/lower.js';
import { paperModel, FIG2_PARAMETERS } from '../../src/numeric/paper-parameters.js';
import { expressionSpectralDensity } from '../../src/numeric/spectral-expression.js';

const DOUBLED = '2*lambda2*w*L^2/(w^2+L^2)';
const doubledLambdas = ['--lambda-h2', '2e-8', '--lambda-c2', '2e-4'];
const EXPONENTIAL = 'lambda2*w*exp(-w/L)';

describe('--spectral everywhere', () => {
  it('ep-lines --equation redfield (numeric search): J = 2·eq. 19 gives the k of eq. 19 with both λ² doubled, and no note', () => {
    const withJ = cli('ep-lines', '--equation', 'redfield', '--spectral', DOUBLED, '--json');
    expect(withJ.status).toBe(0);
    expect(withJ.stderr).toBe('');
    const doubled = JSON.parse(cli('ep-lines', '--equation', 'redfield', ...doubledLambdas, '--json').stdout);
    const plain = JSON.parse(cli('ep-lines', '--equation', 'redfield', '--json').stdout);
    const k = JSON.parse(withJ.stdout).k as number[];
    expect(k).toHaveLength(2);
    k.forEach((x, i) => expect(x).toBeCloseTo(doubled.k[i], 12));
    expect(Math.abs(k[1]! - plain.k[1]) / plain.k[1]).toBeGreaterThan(0.5);
  });
  it('ep-lines --equation local --spectral: the closed form of that J, and no eq. 19 ratio in the text', () => {
    const r = cli('ep-lines', '--equation', 'local', '--spectral', EXPONENTIAL, '--cutoff', '3');
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/for eq\. 19/);
    const json = JSON.parse(cli('ep-lines', '--equation', 'local', '--spectral', EXPONENTIAL, '--cutoff', '3', '--json').stdout);
    expect(json.k[1]).toBeCloseTo((0.5 * Math.abs(1e-8 - 1e-4) * Math.exp(-1 / 3)), 15);
  });
  it('ep-map --spectral: the panels and the line are those of eq. 19 with both λ² doubled', () => {
    const dir = mkdtempSync(join(tmpdir(), 'om-spectral-'));
    const grid = ['--equation', 'all', '--omega', '0.5:1.5:4', '--k', '-1e-4:1e-4:5', '--quiet'];
    const a = cli('ep-map', ...grid, '--spectral', DOUBLED, '--out', join(dir, 'a.json'));
    expect(a.status).toBe(0);
    expect(cli('ep-map', ...grid, ...doubledLambdas, '--out', join(dir, 'b.json')).status).toBe(0);
    expect(cli('ep-map', ...grid, '--out', join(dir, 'c.json')).status).toBe(0);
    const [A, B, C] = ['a', 'b', 'c'].map((n) => JSON.parse(readFileSync(join(dir, `${n}.json`), 'utf8')));
    A.line.k.forEach((k: number, i: number) => expect(k).toBeCloseTo(B.line.k[i], 15));
    A.panels.forEach((p: { log10Kappa: (number | null)[] }, j: number) => p.log10Kappa.forEach((v, i) => {
      const w = B.panels[j].log10Kappa[i];
      if (v === null || w === null) expect(v).toBe(w);
      else expect(Math.abs(v - w)).toBeLessThan(1e-6);
    }));
    expect(A.line.k[1]).not.toBeCloseTo(C.line.k[1], 8);
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.json', 'c.json']);
  });
  it('the compiled filler with a user J equals the lowered M (evaluate path) at the same point', () => {
    const spectral = expressionSpectralDensity(EXPONENTIAL);
    const p = { ...FIG2_PARAMETERS, cutoff: 3, Th: 2, Tc: 0.5 };
    for (const equation of ['local', 'global', 'redfield'] as const) {
      const { size, source } = paperMatrixSource(equation, 2, p, spectral);
      const fill = compileMatrixFiller(source);
      const out = new Float64Array(size * size);
      fill(out, 1.2, 0.05);
      const M = lowerMoments({ model: paperModel({ ...p, omega: 1.2, k: 0.05 }), equation, order: 2, basis: 'local', spectral }).M;
      M.forEach((row, i) => row.forEach((x, j) => expect(out[i * size + j]).toBeCloseTo(x, 14)));
    }
  });
  it('code --spectral is refused with exit 2 (the export has eq. 19 in closed form), never ignored', () => {
    const r = cli('code', '--spectral', EXPONENTIAL);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^openmoments: --spectral: .*eq\. 19/);
    expect(r.stdout).toBe('');
  });
  it('ep-map --spectral with an operator the filler cannot compile: exit 2 naming --spectral, no file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'om-spectral-'));
    const r = cli('ep-map', '--omega', '0.5:1.5:3', '--k', '-1e-4:1e-4:3', '--spectral', 'lambda2*w*(w < L)', '--out', join(dir, 'x.json'), '--quiet');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--spectral/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
