import { describe, it, expect } from 'vitest';
import { resonantPair, generalPair } from '../../src/model/index.js';
import { deriveMoments, totalMatrix } from '../../src/moments/index.js';
import { parseScalar } from '../../src/algebra/parse.js';
import { printedMatrix } from '../../src/verify/parse-printed.js';
import { compareMatrices } from '../../src/verify/compare.js';
import { printedEquations } from '../../src/verify/paper-transcription.js';
import type { PrintedMatrix } from '../../src/verify/printed.js';

describe('local first moments (eq. 34)', () => {
  it('M_L,1 equals the printed eq. 34 exactly', () => {
    const model = resonantPair();
    const s = model.scalars;
    const derived = totalMatrix(deriveMoments({ model, equation: 'local', order: 1, basis: 'local' }));
    const printed = printedMatrix(printedEquations.find((e) => e.label === '34') as PrintedMatrix, s);
    expect(compareMatrices(s, printed, derived)).toEqual([]);
  });
  it('M_L,1 equals eq. 34 typed here by hand, and differs from a perturbed copy', () => {
    const model = resonantPair();
    const s = model.scalars;
    const derived = totalMatrix(deriveMoments({ model, equation: 'local', order: 1, basis: 'local' }));
    const eq34 = [
      ['Delta_h_omega', '2', '0', '0'],
      ['-2*omega^2', 'Delta_h_omega', '-2*k', '0'],
      ['0', '0', 'Delta_c_omega', '2'],
      ['-2*k', '0', '-2*omega^2', 'Delta_c_omega'],
    ].map((r) => r.map((e) => s.mul(s.rational(1, 2), parseScalar(e, s))));
    expect(compareMatrices(s, eq34, derived)).toEqual([]);
    const perturbed = eq34.map((r) => [...r]);
    perturbed[3]![0] = parseScalar('-omega^2', s);
    expect(compareMatrices(s, perturbed, derived).map((d) => d.entry)).toEqual([[4, 1]]);
  });
  it('out of resonance, M_L,1 is eq. C.1', () => {
    const model = generalPair();
    const s = model.scalars;
    const derived = totalMatrix(deriveMoments({ model, equation: 'local', order: 1, basis: 'local' }));
    const c1 = [
      ['Delta_h_omega_h', '2', '0', '0'],
      ['-2*omega_h^2', 'Delta_h_omega_h', '-2*k', '0'],
      ['0', '0', 'Delta_c_omega_c', '2'],
      ['-2*k', '0', '-2*omega_c^2', 'Delta_c_omega_c'],
    ].map((r) => r.map((e) => s.mul(s.rational(1, 2), parseScalar(e, s))));
    expect(compareMatrices(s, c1, derived)).toEqual([]);
  });
  it('c_L,2 equals eq. B.3 (c of the second moments)', async () => {
    const { totalConstant } = await import('../../src/moments/index.js');
    const model = resonantPair();
    const s = model.scalars;
    const c = totalConstant(deriveMoments({ model, equation: 'local', order: 2, basis: 'local' }));
    const b3 = ['Sigma_h_omega/(2*omega)', 'omega*Sigma_h_omega/2', '0', 'Sigma_c_omega/(2*omega)', 'omega*Sigma_c_omega/2', '0', '0', '0', '0', '0'];
    b3.forEach((e, i) => expect(s.equals(parseScalar(e, s), c[i]!)).toBe(true));
  });
});
