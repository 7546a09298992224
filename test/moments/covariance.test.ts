/**
 * The covariance form (drift A, diffusion D, derived in 2N form) against the independent closure
 * of i[H_S, θ] + Σ D†(θ) over the moment basis: the vectorised view of A and D must be the
 * symbolic B × B matrix M₂ and the constant c₂ exactly, A must be M₁, and the heat currents from
 * σ must be the derived forms of eq. 50 — for every equation of the pair, in both bases, and for
 * N-mode local models with x–x, p–p and x–p couplings.
 */
import { describe, it, expect } from 'vitest';
import {
  deriveCovarianceForm, vectorisedSecondMoments, heatForm, deriveMoments, totalMatrix, totalConstant, deriveHeatCurrents,
  momentBasis, sparseToRows, sparseNonZeros,
} from '../../src/moments/index.js';
import { resonantPair, generalPair, chain, generalModel, frameOf, type Model, type FrameKind } from '../../src/model/index.js';
import type { EquationKind } from '../../src/dissipators/index.js';

function expectSameForm(model: Model, equation: EquationKind, basis: FrameKind): void {
  const s = model.scalars;
  const form = deriveCovarianceForm({ model, equation, basis });
  const label = `${model.name} ${equation} ${basis}`;
  // First moments: A is M₁.
  const m1 = deriveMoments({ model, equation, order: 1, basis });
  const A = sparseToRows(form.drift, s);
  totalMatrix(m1).forEach((row, i) => row.forEach((m, j) => expect(s.equals(m, A[i]![j]!), `${label}: A[${i}][${j}]`).toBe(true)));
  // Second moments: the vectorised view is M₂, c₂.
  const m2 = deriveMoments({ model, equation, order: 2, basis });
  const view = vectorisedSecondMoments(form, m2.basis);
  const M = sparseToRows(view.matrix, s);
  totalMatrix(m2).forEach((row, i) => row.forEach((m, j) => expect(s.equals(m, M[i]![j]!), `${label}: M2[${m2.basis[i]!.name}][${m2.basis[j]!.name}]`).toBe(true)));
  totalConstant(m2).forEach((c, i) => expect(s.equals(c, view.constant[i]!), `${label}: c2[${m2.basis[i]!.name}]`).toBe(true));
  // Heat currents (eq. 50).
  const heat = deriveHeatCurrents({ model, equation, basis });
  for (const h of heat.currents) {
    const q = heatForm(form, h.bath, heat.basis);
    h.form.coefficients.forEach((c, i) => expect(s.equals(c, q.coefficients[i]!), `${label}: Q_${h.bath} coefficient ${i}`).toBe(true));
    expect(s.equals(h.form.constant, q.constant), `${label}: Q_${h.bath} constant`).toBe(true);
  }
}

describe('covariance form = vectorised second-moment equations (exact)', () => {
  for (const [name, model] of [['resonant pair', resonantPair()], ['general pair', generalPair()]] as const) {
    for (const equation of ['local', 'global', 'redfield'] as const) {
      for (const basis of ['local', 'normal'] as const) {
        it(`${name}, ${equation}, ${basis} basis`, () => expectSameForm(model, equation, basis));
      }
    }
  }
  it('three-mode x–x chain, local', () => expectSameForm(chain(3), 'local', 'local'));
  it('four modes with x–x, p–p and x–p couplings and three baths, local', () => {
    const model = generalModel({
      modes: ['1', '2', '3', '4'],
      couplings: [{ a: 0, b: 1, kind: 'xx' }, { a: 1, b: 2, kind: 'pp' }, { a: 2, b: 3, kind: 'xp' }, { a: 3, b: 0, kind: 'xp' }, { a: 0, b: 2, kind: 'xx' }],
      baths: [{ label: 'h', mode: 0 }, { label: 'm', mode: 2 }, { label: 'c', mode: 3 }],
    });
    expectSameForm(model, 'local', 'local');
  });
});

describe('covariance form structure', () => {
  it('D is symmetric, A is real (no imaginary coefficients), and the CCR-preserving part J H is Hamiltonian', () => {
    for (const equation of ['local', 'global', 'redfield'] as const) {
      const model = generalPair();
      const s = model.scalars;
      const form = deriveCovarianceForm({ model, equation, basis: 'local' });
      const D = sparseToRows(form.diffusion, s);
      D.forEach((row, i) => row.forEach((d, j) => expect(s.equals(d, D[j]![i]!)).toBe(true)));
      for (const m of [form.drift, form.diffusion]) {
        for (const row of m.rows) for (const v of row.values()) for (const t of v.terms) expect(t.coefficient.im.num).toBe(0n);
      }
    }
  });
  it('the cost grows with the couplings: a 60-mode chain has O(N) nonzeros in A and D', () => {
    const form = deriveCovarianceForm({ model: chain(60), equation: 'local', basis: 'local' });
    expect(form.quadratures.length).toBe(120);
    expect(sparseNonZeros(form.drift)).toBeLessThanOrEqual(120 * 4);
    expect(sparseNonZeros(form.diffusion)).toBeLessThanOrEqual(8);
    expect(momentBasis(frameOf(chain(3), 'local'), 2).length).toBe(21);
  });
});
