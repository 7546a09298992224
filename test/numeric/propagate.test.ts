import { describe, expect, it } from 'vitest';
import { createAffinePropagator, propagateAffine } from '../../src/numeric/propagate/affine-propagator.js';
import { matrixExponential } from '../../src/numeric/propagate/matrix-exponential.js';
import { integrateAffineRk4 } from '../../src/numeric/propagate/rk4.js';
import { steadyState } from '../../src/numeric/propagate/steady-state.js';
import { realSquareMatrixFromRows, type RealSquareMatrix } from '../../src/numeric/linalg/square-matrix.js';
import { exceptionalCoupling, localFirstMomentMatrix, localSecondMomentMatrix, randomMatrix, seededRandom } from './fixtures.js';

function maxAbsDifference(a: Float64Array, b: Float64Array): number {
  return a.reduce((m, x, i) => Math.max(m, Math.abs(x - b[i]!)), 0);
}

/** A damped variant of M_L,1 (stronger damping, so trajectories move visibly within t ≲ 50). */
function dampedLocal(omega: number, k: number): RealSquareMatrix {
  const h = -0.02;
  const c = -0.3;
  const w2 = omega * omega;
  return realSquareMatrixFromRows([
    [h / 2, 1, 0, 0],
    [-w2, h / 2, -k, 0],
    [0, 0, c / 2, 1],
    [-k, 0, -w2, c / 2],
  ]);
}

describe('matrix exponential (Padé 13 with scaling and squaring)', () => {
  it('reproduces closed forms: rotation, nilpotent, diagonal', () => {
    const t = 7.3;
    const rotation = matrixExponential(realSquareMatrixFromRows([[0, 1], [-1, 0]]), t).data;
    expect(Array.from(rotation).map((x, i) => x - [Math.cos(t), Math.sin(t), -Math.sin(t), Math.cos(t)][i]!).every((d) => Math.abs(d) < 1e-14)).toBe(true);
    const nilpotent = matrixExponential(realSquareMatrixFromRows([[0, 1, 0], [0, 0, 1], [0, 0, 0]]), 3).data;
    expect(Array.from(nilpotent)).toEqual([1, 3, 4.5, 0, 1, 3, 0, 0, 1].map((x) => expect.closeTo(x, 13)));
    const diagonal = matrixExponential(realSquareMatrixFromRows([[-40, 0], [0, 0.01]])).data;
    expect(diagonal[0]! / Math.exp(-40) - 1).toBeCloseTo(0, 12);
    expect(diagonal[3]).toBeCloseTo(Math.exp(0.01), 14);
  });

  it('satisfies e^{A(s+t)} = e^{As} e^{At} on random matrices', () => {
    const random = seededRandom(23);
    for (let trial = 0; trial < 5; trial++) {
      const a = randomMatrix(5, random);
      const whole = matrixExponential(a, 3).data;
      const half = matrixExponential(a, 1.5).data;
      const product = new Float64Array(25);
      for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) for (let k = 0; k < 5; k++) product[i * 5 + j] = product[i * 5 + j]! + half[i * 5 + k]! * half[k * 5 + j]!;
      const scale = whole.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
      expect(maxAbsDifference(whole, product) / scale).toBeLessThan(1e-12);
    }
  });
});

describe('affine propagation θ(t) = θ∞ + e^{Mt}(θ₀ − θ∞)', () => {
  const constant = new Float64Array([0.1, -0.2, 0.05, 0.3]);
  const initial = new Float64Array([1, 0, -0.5, 0.25]);

  it('has the steady state −M⁻¹c', () => {
    const m = dampedLocal(1, 0.05);
    const fixed = steadyState(m, constant);
    const residual = Array.from({ length: 4 }, (_, i) => constant[i]! + [0, 1, 2, 3].reduce((s, j) => s + m.data[i * 4 + j]! * fixed[j]!, 0));
    for (const r of residual) expect(Math.abs(r)).toBeLessThan(1e-14);
  });

  it('agrees with fine-step RK4 away from the EP (eigenbasis route)', () => {
    const m = dampedLocal(1, 0.02);
    const propagator = createAffinePropagator(m, constant);
    expect(propagator.method).toBe('eigenbasis');
    for (const t of [0.5, 5, 40]) {
      const reference = integrateAffineRk4(m, constant, initial, t, Math.round(t * 400));
      expect(maxAbsDifference(propagator.at(initial, t), reference)).toBeLessThan(1e-10);
    }
  });

  it('agrees with fine-step RK4 at the EP (Padé route chosen automatically)', () => {
    // same structure as M_L,1 (eq. 34) with Δ_h = −0.02, Δ_c = −0.3: k* = (ω/2)|Δ_h − Δ_c| (eq. 36)
    const kStar = (1 / 2) * Math.abs(-0.02 - -0.3);
    const m = dampedLocal(1, kStar);
    const propagator = createAffinePropagator(m, constant);
    expect(propagator.kappa).toBeGreaterThan(1e4);
    expect(propagator.method).toBe('pade');
    for (const t of [0.5, 5, 40]) {
      const reference = integrateAffineRk4(m, constant, initial, t, Math.round(t * 400));
      expect(maxAbsDifference(propagator.at(initial, t), reference)).toBeLessThan(1e-10);
    }
    // the eigenbasis route forced at the EP is visibly worse than Padé
    const forced = propagateAffine(m, constant, initial, 40, { method: 'eigenbasis' });
    const reference = integrateAffineRk4(m, constant, initial, 40, 16000);
    expect(maxAbsDifference(forced, reference)).toBeGreaterThan(maxAbsDifference(propagator.at(initial, 40), reference));
  });

  it('agrees with RK4 for the paper’s M_L,1 at k* and for the 10×10 M_L,2', () => {
    const m = localFirstMomentMatrix(1, exceptionalCoupling(1));
    expect(createAffinePropagator(m, constant).method).toBe('pade');
    const reference = integrateAffineRk4(m, constant, initial, 30, 15000);
    expect(maxAbsDifference(propagateAffine(m, constant, initial, 30), reference)).toBeLessThan(1e-9);
    const big = localSecondMomentMatrix(0.9, 2e-5);
    const c10 = new Float64Array(10).map((_, i) => 0.01 * (i + 1));
    const start = new Float64Array(10).map((_, i) => Math.cos(i));
    const bigReference = integrateAffineRk4(big, c10, start, 10, 10000);
    expect(maxAbsDifference(propagateAffine(big, c10, start, 10), bigReference)).toBeLessThan(1e-9);
  });

  it('Padé and eigenbasis routes agree where both are accurate, and inputs stay untouched', () => {
    const m = dampedLocal(0.7, 0.01);
    const before = Float64Array.from(m.data);
    const a = propagateAffine(m, constant, initial, 12, { method: 'pade' });
    const b = propagateAffine(m, constant, initial, 12, { method: 'eigenbasis' });
    expect(maxAbsDifference(a, b)).toBeLessThan(1e-12);
    expect(Array.from(m.data)).toEqual(Array.from(before));
    expect(Array.from(initial)).toEqual([1, 0, -0.5, 0.25]);
  });
});
