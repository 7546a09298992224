/**
 * Presentation in the model's own symbols: LaTeX writes Ω_j² where the derivation holds ω² ± k
 * (eq. 40), and the heat currents of the Redfield equation in normal modes have the structure of
 * eq. 51, Δ/4 (Ω_j²⟨η_j²⟩ + ⟨Π_j²⟩) and (Δ_1 + Δ_2)/4 (Ω_1Ω_2⟨η_1η_2⟩ + ⟨Π_1Π_2⟩), with the
 * cross term's sign 2P_α1P_α2 from eq. 39 (+ for h, − for c). Regrouping never changes a value.
 */
import { describe, it, expect } from 'vitest';
import { resonantPair } from '../../src/model/index.js';
import { deriveMoments, deriveHeatCurrents } from '../../src/moments/index.js';
import { equationsToLatex, heatGroups, heatToCompactLatex } from '../../src/render/index.js';
import { parseScalar } from '../../src/algebra/parse.js';

describe('LaTeX in the model\'s symbols', () => {
  const model = resonantPair();
  it('M\'_G,1 writes −4Ω_1² and −4Ω_2², not ω² ± k', () => {
    const latex = equationsToLatex(deriveMoments({ model, equation: 'global', order: 1, basis: 'normal' }), { pullFactor: true });
    expect(latex).toContain('-4 \\Omega_{1}^{2}');
    expect(latex).toContain('-4 \\Omega_{2}^{2}');
    expect(latex).not.toMatch(/\\omega\^\{2\}/);
  });
});

describe('heat currents in the form of eq. 51 (Redfield, normal modes)', () => {
  const model = resonantPair();
  const s = model.scalars;
  const heat = deriveHeatCurrents({ model, equation: 'redfield', basis: 'normal' });
  const index = (name: string): number => heat.basis.findIndex((b) => b.name === name);
  const P = model.normalModes!.P;
  for (const [a, current] of heat.currents.entries()) {
    const bath = current.bath;
    it(`Q_${bath}: groups are exact, and the cross term is 2P_${bath}1P_${bath}2 (Δ_1 + Δ_2)/4 (Ω_1Ω_2⟨η_1η_2⟩ + ⟨Π_1Π_2⟩)`, () => {
      const groups = heatGroups(s, current.form.coefficients);
      for (const g of groups) for (const m of g.members) expect(s.isZero(s.sub(s.mul(g.factor, m.ratio), current.form.coefficients[m.index]!))).toBe(true);
      const cross = groups.find((g) => g.members.some((m) => m.index === index('eta1 eta2')))!;
      expect(cross.members.map((m) => m.index).sort()).toEqual([index('eta1 eta2'), index('Pi1 Pi2')].sort());
      const sign = s.mul(s.int(2), P[a]![0]!, P[a]![1]!);
      const expected = s.mul(sign, parseScalar(`(Delta_${bath}_Omega1 + Delta_${bath}_Omega2)/4`, s));
      expect(s.equals(cross.factor, expected)).toBe(true);
      expect(s.equals(cross.members.find((m) => m.index === index('eta1 eta2'))!.ratio, s.mul(s.symbol('Omega1'), s.symbol('Omega2')))).toBe(true);
      for (const j of [1, 2]) {
        const g = groups.find((x) => x.members.some((m) => m.index === index(`Pi${j}^2`)))!;
        expect(s.equals(g.factor, parseScalar(`Delta_${bath}_Omega${j}/4`, s))).toBe(true);
        expect(s.equals(g.members.find((m) => m.index === index(`eta${j}^2`))!.ratio, s.pow(s.symbol(`Omega${j}`), 2))).toBe(true);
      }
    });
  }
  it('the compact LaTeX passes KaTeX and writes Ω_j²', () => {
    expect(heatToCompactLatex(heat)).toContain('\\Omega_{1}^{2}');
  });
});
