import { describe, expect, it } from 'vitest';
import { compileMatrixFiller } from '../../src/numeric/ep/matrix-filler.js';
import type { RealSquareMatrix } from '../../src/numeric/linalg/square-matrix.js';
import {
  decayRate,
  dissipationCoefficient,
  dissipationCoefficientFromRates,
  exceptionalCoupling,
  fig2Parameters,
  globalFirstMomentFillerSource,
  globalFirstMomentMatrix,
  localFirstMomentFillerSource,
  localFirstMomentMatrix,
} from './fixtures.js';

function filled(source: string, n: number, omega: number, k: number): Float64Array {
  const out = new Float64Array(n * n).fill(Number.NaN);
  compileMatrixFiller(source)(out, omega, k);
  return out;
}

describe('paper fixtures', () => {
  it('Δ = −J/ω agrees with (γ_{−ω} − γ_ω)/(2ω) from the decay rates (eqs. 20, 35)', () => {
    for (const omega of [0.05, 0.3, 1, 2.5, 10]) {
      for (const [coupling2, temperature] of [
        [fig2Parameters.hotCoupling2, fig2Parameters.hotTemperature],
        [fig2Parameters.coldCoupling2, fig2Parameters.coldTemperature],
      ] as const) {
        const closed = dissipationCoefficient(coupling2, omega, fig2Parameters.cutoff);
        const fromRates = dissipationCoefficientFromRates(coupling2, temperature, omega, fig2Parameters.cutoff);
        expect(Math.abs(fromRates / closed - 1)).toBeLessThan(1e-12);
      }
    }
    // detailed balance γ_{−ω} = e^{−ω/T} γ_ω
    const g = decayRate(1e-4, 5, 0.7, 1e3);
    expect(decayRate(1e-4, 5, -0.7, 1e3) / g).toBeCloseTo(Math.exp(-0.7 / 5), 14);
  });

  it('k* of eq. (36) reduces to eq. (37) for a large cut-off', () => {
    for (const omega of [0.2, 1, 2]) {
      const eq37 = (omega / 2) * Math.abs(fig2Parameters.hotCoupling2 - fig2Parameters.coldCoupling2);
      expect(Math.abs(exceptionalCoupling(omega) / eq37 - 1)).toBeLessThan(5e-6);
    }
  });

  it('filler source texts reproduce the TypeScript builders bit for bit', () => {
    const cases: readonly [string, number, (o: number, k: number) => RealSquareMatrix][] = [
      [localFirstMomentFillerSource(), 4, localFirstMomentMatrix],
      [globalFirstMomentFillerSource(), 4, globalFirstMomentMatrix],
    ];
    for (const [source, n, build] of cases) {
      for (const [omega, k] of [
        [1, exceptionalCoupling(1)],
        [0.37, -8e-5],
        [1.9, 1.2e-4],
      ] as const) {
        expect(Array.from(filled(source, n, omega, k))).toEqual(Array.from(build(omega, k).data));
      }
    }
  });

  it('M_G,1 is orthogonally similar to the block-diagonal normal-mode form of eq. (44)', () => {
    const omega = 0.8;
    const k = 3e-5;
    const m = globalFirstMomentMatrix(omega, k).data;
    // (x_h, p_h, x_c, p_c) → (η1, Π1, η2, Π2) with P of eq. (39): the coupling blocks must vanish.
    const s = Math.SQRT1_2;
    const p = [
      [s, 0, s, 0],
      [0, s, 0, s],
      [s, 0, -s, 0],
      [0, s, 0, -s],
    ];
    const rotated = p.map((row, i) =>
      p.map((_, j) => row.reduce((acc, pik, kk) => acc + pik * p[j]!.reduce((a2, pjl, l) => a2 + m[kk * 4 + l]! * pjl, 0), 0)),
    );
    expect(Math.abs(rotated[0]![2]!)).toBeLessThan(1e-15);
    expect(Math.abs(rotated[1]![3]!)).toBeLessThan(1e-15);
    expect(rotated[1]![0]).toBeCloseTo(-(omega * omega + k), 14);
    expect(rotated[3]![2]).toBeCloseTo(-(omega * omega - k), 14);
  });
});
