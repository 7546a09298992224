import { describe, it, expect } from 'vitest';
import { resonantPair, generalPair, localFrame, normalFrame, type Frame } from '../../src/model/index.js';
import { globalDissipators, localDissipators } from '../../src/dissipators/index.js';

/** Eqs. 7a–7c: [H, A_ω] = −ω A_ω, Σ_ω A_ω = S_α = x_α, A_ω† = A_{−ω}. */
function checkChannels(frame: Frame, hamiltonianOf: (bathMode: number) => typeof frame.hamiltonian, dissipators: ReturnType<typeof globalDissipators>) {
  const { ops } = frame;
  const s = ops.scalars;
  for (const d of dissipators) {
    const bath = frame.model.baths.find((b) => b.label === d.bath)!;
    const H = hamiltonianOf(bath.mode);
    for (const c of d.channels) {
      const omega = s.mul(s.int(c.sign), s.symbol(c.frequency));
      expect(ops.equals(ops.commutator(H, c.operator), ops.scale(c.operator, s.neg(omega))), `7a ${d.bath} ${c.sign}${c.frequency}`).toBe(true);
      const partner = d.channels.find((x) => x.frequency === c.frequency && x.sign === -c.sign)!;
      expect(ops.equals(ops.adjoint(c.operator), partner.operator), '7c').toBe(true);
    }
    expect(ops.equals(ops.add(...d.channels.map((c) => c.operator)), frame.localPosition(bath.mode)), '7b').toBe(true);
  }
}

describe('jump operators satisfy eqs. 7a–7c (global) and 13a–13c (local), exactly', () => {
  it.each([['resonant', resonantPair()], ['general', generalPair()]] as const)('global, %s model, normal frame', (_n, model) => {
    const frame = normalFrame(model);
    checkChannels(frame, () => frame.hamiltonian, globalDissipators(frame));
  });
  it('global, resonant model, local frame (H_S of eq. 15 with P of eq. 39)', () => {
    const frame = localFrame(resonantPair());
    checkChannels(frame, () => frame.hamiltonian, globalDissipators(frame));
  });
  it('local channels against the local Hamiltonians H_α^(loc) (eq. 13)', () => {
    const frame = localFrame(resonantPair());
    const { ops } = frame;
    const s = ops.scalars;
    const local = (m: number) => ops.add(ops.scale(ops.mul(ops.p(m), ops.p(m)), s.rational(1, 2)), ops.scale(ops.mul(ops.x(m), ops.x(m)), s.mul(s.rational(1, 2), s.pow(s.symbol('omega'), 2))));
    checkChannels(frame, local, localDissipators(frame));
  });
  it('in resonance, H_S written in the normal frame equals eq. 15 rotated by P (eq. 38)', () => {
    const model = resonantPair();
    const local = localFrame(model);
    const normal = normalFrame(model);
    const rotated = normal.ops.substituteLetters(local.hamiltonian, (l) => (l % 2 === 0 ? normal.localPosition(l >> 1) : normal.localMomentum(l >> 1)));
    expect(normal.ops.equals(rotated, normal.hamiltonian)).toBe(true);
  });
});
