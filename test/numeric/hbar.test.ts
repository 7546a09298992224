/**
 * Where ħ enters (docs/conventions.md): [x, p] = iħ and the Bose factor n = 1/(e^{ħω/k_BT} − 1), and
 * nowhere else. Checked against the Gibbs state, whose second moments ⟨η²⟩ = (ħ/2Ω) coth(ħΩ/2k_BT),
 * ⟨Π²⟩ = (ħΩ/2) coth(ħΩ/2k_BT) are textbook closed forms, and against the scaling rule derived there.
 */
import { describe, it, expect } from 'vitest';
import { Matrix, solve } from 'ml-matrix';
import { lowerMoments } from '../../src/numeric/lower.js';
import { paperModel, type PaperParameters } from '../../src/numeric/paper-parameters.js';
import { heatDynamics } from '../../src/numeric/physics/heat-dynamics.js';
import { cli } from '../cli/run-bin.js';

const base: PaperParameters = { omega: 1.1, k: 0.3, Th: 0.8, Tc: 0.8, lambdaH2: 0.01, lambdaC2: 0.02, cutoff: 30 };

function steady(p: PaperParameters, basis: 'local' | 'normal'): { basis: string[]; theta: number[] } {
  const l = lowerMoments({ model: paperModel(p), equation: 'global', order: 2, basis });
  const theta = solve(new Matrix(l.M), Matrix.columnVector(l.c.map((x) => -x))).to1DArray();
  return { basis: l.basis, theta };
}

describe('ħ', () => {
  it.each([0.25, 1, 3])('ħ = %s: the global steady state at equal temperatures is the Gibbs state with that ħ', (hbar) => {
    const p = { ...base, hbar };
    const { basis, theta } = steady(p, 'normal');
    const Omega = [Math.sqrt(p.omega ** 2 + p.k), Math.sqrt(p.omega ** 2 - p.k)];
    const coth = (x: number): number => 1 / Math.tanh(x);
    Omega.forEach((W, j) => {
      const n = coth((hbar * W) / (2 * p.Th));
      expect(theta[basis.indexOf(`eta${j + 1}^2`)]).toBeCloseTo((hbar / (2 * W)) * n, 10);
      expect(theta[basis.indexOf(`Pi${j + 1}^2`)]).toBeCloseTo(((hbar * W) / 2) * n, 10);
    });
    expect(Math.abs(theta[basis.indexOf('eta1 eta2')]!)).toBeLessThan(1e-12);
  });
  it.each(['local', 'global', 'redfield'] as const)('%s: ħ → λħ with T → λT leaves M unchanged and scales c by λ (J carries no ħ)', (equation) => {
    const p: PaperParameters = { ...base, Th: 2, Tc: 0.7 };
    const one = lowerMoments({ model: paperModel(p), equation, order: 2, basis: 'local' });
    for (const lambda of [0.5, 4]) {
      const scaled = lowerMoments({ model: paperModel({ ...p, hbar: lambda, Th: lambda * p.Th, Tc: lambda * p.Tc }), equation, order: 2, basis: 'local' });
      scaled.M.forEach((row, i) => row.forEach((x, j) => expect(x).toBeCloseTo(one.M[i]![j]!, 13)));
      scaled.c.forEach((x, i) => expect(x).toBeCloseTo(lambda * one.c[i]!, 13));
    }
  });
  it('first moments carry no ħ at all', () => {
    const one = lowerMoments({ model: paperModel(base), equation: 'redfield', order: 1, basis: 'local' });
    const other = lowerMoments({ model: paperModel({ ...base, hbar: 7 }), equation: 'redfield', order: 1, basis: 'local' });
    expect(other.M).toEqual(one.M);
  });
  it('heat currents scale by λ under ħ → λħ, T → λT (θ and the constants each carry one ħ)', () => {
    const p: PaperParameters = { ...base, Th: 2, Tc: 0.7 };
    const one = heatDynamics({ parameters: p, equation: 'local', times: [0, 50] });
    const scaled = heatDynamics({ parameters: { ...p, hbar: 3, Th: 6, Tc: 2.1 }, equation: 'local', times: [0, 50] });
    expect(scaled.steady.Qh).toBeCloseTo(3 * one.steady.Qh, 14);
    expect(scaled.Qh[1]).toBeCloseTo(3 * one.Qh[1]!, 14);
  });
  it('matrix --hbar: the CLI applies the same rule; a non-positive ħ is refused', () => {
    const args = ['matrix', '--order', '2', '--k', '0.3', '--lambda-h2', '0.01', '--lambda-c2', '0.01', '--json'];
    const one = JSON.parse(cli(...args, '--Th', '2', '--Tc', '1').stdout);
    const two = JSON.parse(cli(...args, '--Th', '4', '--Tc', '2', '--hbar', '2').stdout);
    expect(two.M).toEqual(one.M);
    two.c.forEach((x: number, i: number) => expect(x).toBeCloseTo(2 * one.c[i], 14));
    const bad = cli('matrix', '--hbar', '0');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--hbar/);
  });
});

describe('--hbar in LaTeX', () => {
  it('derive --format latex --hbar: M is the same as without ħ; the equation reads Mθ + ħ c', () => {
    const plain = cli('derive', '--order', '2', '--format', 'latex').stdout;
    const withHbar = cli('derive', '--order', '2', '--format', 'latex', '--hbar').stdout;
    const matrix = (s: string): string => s.split('\\begin{equation}')[2]!;
    expect(matrix(withHbar)).toBe(matrix(plain));
    expect(withHbar).toContain('\\rangle + \\hbar\\, c_{\\mathcal{L},2}');
    expect(withHbar).not.toMatch(/\\hbar\\omega|\\hbar\\Omega/);
  });
});
