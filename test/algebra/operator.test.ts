import { describe, it, expect } from 'vitest';
import { ScalarAlgebra, OperatorAlgebra, annihilation, creation, orderWord, type Operator } from '../../src/algebra/index.js';
import { resonantPair, localFrame, normalFrame } from '../../src/model/index.js';

const free = ScalarAlgebra.free();
const S = free.withRelation('sqrt2', free.int(2)).withRelation('r', free.symbol('omega'));
const ops = new OperatorAlgebra(S);
const [x0, p0, x1, p1] = [ops.x(0), ops.p(0), ops.x(1), ops.p(1)];

/** A pseudo-random operator of degree ≤ 2 with symbolic and complex coefficients. */
function randomOperator(seed: number): Operator {
  let state = seed;
  const next = (): number => (state = (state * 1103515245 + 12345) % 2147483648) % 5 - 2;
  const letters = [x0, p0, x1, p1];
  const parts: Operator[] = [ops.identity(S.int(next()))];
  for (const a of letters) parts.push(ops.scale(a, S.add(S.int(next()), S.mul(S.i, S.symbol('k')))));
  for (const a of letters) for (const b of letters) parts.push(ops.scale(ops.mul(a, b), S.int(next())));
  return ops.add(...parts);
}

describe('canonical commutation relations', () => {
  it('[x_a, p_b] = i δ_ab and quadratures otherwise commute', () => {
    expect(ops.equals(ops.commutator(x0, p0), ops.identity(S.i))).toBe(true);
    expect(ops.isZero(ops.commutator(x0, p1))).toBe(true);
    expect(ops.isZero(ops.commutator(x0, x1))).toBe(true);
    expect(ops.isZero(ops.commutator(p0, p1))).toBe(true);
  });
  it('ladder operators: [a, a†] = 1 and a†a = (p² + ω² x²)/(2ω) − 1/2', () => {
    const r = S.symbol('r');
    const a = annihilation(ops, 0, r);
    const ad = creation(ops, 0, r);
    expect(ops.equals(ops.commutator(a, ad), ops.identity())).toBe(true);
    const omega = S.symbol('omega');
    const number = ops.sub(
      ops.scale(ops.add(ops.mul(p0, p0), ops.scale(ops.mul(x0, x0), S.mul(omega, omega))), S.div(S.rational(1, 2), omega)),
      ops.identity(S.rational(1, 2)),
    );
    expect(ops.equals(ops.mul(ad, a), number)).toBe(true);
  });
});

describe('operator identities', () => {
  const samples = [1, 2, 3].map(randomOperator);
  const [A, B, C] = samples as [Operator, Operator, Operator];
  it('Jacobi identity', () => {
    const j = ops.add(
      ops.commutator(A, ops.commutator(B, C)),
      ops.commutator(B, ops.commutator(C, A)),
      ops.commutator(C, ops.commutator(A, B)),
    );
    expect(ops.isZero(j)).toBe(true);
  });
  it('(AB)† = B†A† and A†† = A', () => {
    expect(ops.equals(ops.adjoint(ops.mul(A, B)), ops.mul(ops.adjoint(B), ops.adjoint(A)))).toBe(true);
    expect(ops.equals(ops.adjoint(ops.adjoint(C)), C)).toBe(true);
  });
  it('the canonical form is idempotent and independent of the order terms are given in', () => {
    const reordered = ops.operator([...A.terms].reverse());
    expect(reordered).toEqual(A);
    expect(ops.operator(A.terms)).toEqual(A);
    expect(ops.mul(p0, x0, p0)).toEqual(ops.operator([{ word: [1, 0, 1], coefficient: S.one }]));
  });
  it('i[H, O] is Hermitian for Hermitian O (H_S of eq. 15, both frames)', () => {
    for (const frame of [localFrame(resonantPair()), normalFrame(resonantPair())]) {
      const o = frame.ops;
      const hermitian = [o.x(0), o.symmetrized(o.x(0), o.p(0)), o.mul(o.p(0), o.p(1)), o.mul(o.x(1), o.x(1))];
      for (const O of hermitian) {
        const dO = o.scale(o.commutator(frame.hamiltonian, O), o.scalars.i);
        expect(o.equals(o.adjoint(dO), dO)).toBe(true);
      }
    }
  });
  it('ordering is eager and total: it returns sorted words only', () => {
    for (const t of orderWord([3, 2, 1, 0, 1, 0])) {
      expect([...t.word].sort((a, b) => a - b)).toEqual(t.word);
    }
  });
});
