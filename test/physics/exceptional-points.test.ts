import { describe, it, expect } from 'vitest';
import { localExceptionalLineSymbolic, lowerExceptionalLine } from '../../src/numeric/physics/exceptional-line.js';
import { exceptionalPointsAlongK, paperMatrixSource } from '../../src/numeric/physics/exceptional-points.js';
import { computeEpMap } from '../../src/numeric/ep/ep-map.js';
import { resonantPair } from '../../src/model/index.js';
import { parseScalar } from '../../src/algebra/parse.js';
import { FIG2_PARAMETERS } from '../../src/numeric/paper-parameters.js';

describe('exceptional lines', () => {
  it('the line derived from the discriminant of M_L,1 is eq. 36, k = ±(ω/2)|Δ_h − Δ_c|', () => {
    const s = resonantPair().scalars;
    const k = localExceptionalLineSymbolic();
    const eq36 = parseScalar('omega*(Delta_h_omega - Delta_c_omega)/2', s);
    expect(s.equals(k, eq36) || s.equals(k, s.neg(eq36))).toBe(true);
  });
  it('lowered with eq. 19 it differs from eq. 37 by the factor Λ²/(ω² + Λ²)', () => {
    for (const omega of [0.3, 1, 2.5]) {
      const l = lowerExceptionalLine(localExceptionalLineSymbolic(), { ...FIG2_PARAMETERS, omega });
      expect(l.ratio).toBeCloseTo(1e6 / (omega * omega + 1e6), 12);
      expect(l.eq37).toBeCloseTo((omega / 2) * (1e-4 - 1e-8), 15);
    }
  });
  it('the numeric EP finder locates the local EPs on the exact line, the Redfield EPs next to it, and none for the global equation', () => {
    const exact = lowerExceptionalLine(localExceptionalLineSymbolic(), FIG2_PARAMETERS).k;
    const local = exceptionalPointsAlongK('local', 1, FIG2_PARAMETERS);
    expect(local).toHaveLength(2);
    for (const k of local) expect(Math.abs(Math.abs(k) - exact)).toBeLessThan(1e-6 * exact);
    const redfield = exceptionalPointsAlongK('redfield', 1, FIG2_PARAMETERS);
    expect(redfield).toHaveLength(2);
    for (const k of redfield) expect(Math.abs(Math.abs(k) - exact)).toBeLessThan(1e-3 * exact);
    expect(exceptionalPointsAlongK('global', 1, FIG2_PARAMETERS)).toEqual([]);
  });
  it('App. C: out of resonance none of the three equations has an exceptional point along k', () => {
    for (const equation of ['local', 'redfield', 'global'] as const) {
      expect(exceptionalPointsAlongK(equation, 1, { ...FIG2_PARAMETERS, omegaH: 1.2, omegaC: 1 })).toEqual([]);
    }
  });
  it('κ of the local and Redfield first moments peaks at k* within a grid step; the global κ stays near 1 (Fig. 2)', async () => {
    const exact = lowerExceptionalLine(localExceptionalLineSymbolic(), FIG2_PARAMETERS).k;
    const ks = Array.from({ length: 201 }, (_, i) => (2 * exact * i) / 200);
    const step = ks[1]! - ks[0]!;
    for (const equation of ['local', 'redfield', 'global'] as const) {
      const { size, source } = paperMatrixSource(equation, 1, FIG2_PARAMETERS);
      const map = await computeEpMap({ size, omegas: [1], ks, fillerSource: source }, { threads: 0 });
      const values = Array.from(map.log10Kappa);
      const peak = values.indexOf(Math.max(...values.filter(Number.isFinite)));
      if (equation === 'global') expect(Math.max(...values)).toBeLessThan(0.01);
      else {
        expect(Math.abs(ks[peak]! - exact)).toBeLessThanOrEqual(step);
        expect(values[peak]!).toBeGreaterThan(4);
      }
    }
  });
});

describe('the first-moment map at the diabolic point of the global equation (k = 0)', () => {
  it('resolves κ there: κ = max(ω, 1/ω), that of one damped oscillator in (x, p) (κ on orthonormal bases of the double eigenspaces, which does not depend on which such bases)', async () => {
    const omegas = [0.5, 0.8, 1, 1.5, 2];
    const ks = [-1e-4, 0, 1e-4];
    const { size, source } = paperMatrixSource('global', 1, FIG2_PARAMETERS);
    const map = await computeEpMap({ size, omegas, ks, fillerSource: source }, { threads: 0 });
    expect(map.unresolvedCount).toBe(0);
    omegas.forEach((w, i) => expect(map.log10Kappa[1 * omegas.length + i]!).toBeCloseTo(Math.log10(Math.max(w, 1 / w)), 6));
  });
});
