/**
 * nerdamer where it is right: solving a small polynomial condition. It solves the coalescence
 * condition D(k) = 0 of M_L,1 for k independently of our polynomial square root; both answers
 * are compared through our canonical form.
 */
import { describe, it, expect } from 'vitest';
import { createRequire } from 'node:module';
import { resonantPair } from '../../src/model/index.js';
import { deriveMoments, totalMatrix } from '../../src/moments/index.js';
import { characteristicPolynomial } from '../../src/moments/characteristic.js';
import { exceptionalLine } from '../../src/moments/exceptional-line.js';
import { parseScalar } from '../../src/algebra/parse.js';
import { scalarToText } from '../../src/render/scalar-format.js';

const require = createRequire(import.meta.url);
const nerdamer = require('nerdamer');
require('nerdamer/Algebra.js');
require('nerdamer/Calculus.js');
require('nerdamer/Solve.js');

describe('nerdamer cross-check of the exceptional line', () => {
  it('solving D(k) = 0 with nerdamer gives our k = ±(ω/2)(Δ_c − Δ_h)', () => {
    const model = resonantPair();
    const s = model.scalars;
    const line = exceptionalLine(s, characteristicPolynomial(s, totalMatrix(deriveMoments({ model, equation: 'local', order: 1, basis: 'local' }))));
    if (line.kind !== 'closed-form') throw new Error(line.reason);
    const rename = (t: string) => t.replace(/Delta_h_omega/g, 'a').replace(/Delta_c_omega/g, 'b').replace(/omega/g, 'w');
    const back = (t: string) => t.replace(/\ba\b/g, 'Delta_h_omega').replace(/\bb\b/g, 'Delta_c_omega').replace(/\bw\b/g, 'omega');
    const roots: string[] = nerdamer.solve(rename(scalarToText(line.condition)), 'k').toString().replace(/^\[|\]$/g, '').split(',');
    expect(roots).toHaveLength(2);
    for (const root of roots) {
      // nerdamer writes the root as c·sqrt(E): declare r² = E exactly and compare k² = (c r)².
      const m = /^(.*)sqrt\((.*)\)$/.exec(back(root));
      if (!m) throw new Error(`unexpected nerdamer root ${root}`);
      const withRoot = s.withRelation('nroot', parseScalar(m[2]!, s));
      const theirs = parseScalar(`${m[1]!}nroot`, withRoot);
      const ours = withRoot.canonical(line.k.terms);
      expect(withRoot.equals(withRoot.mul(theirs, theirs), withRoot.mul(ours, ours))).toBe(true);
    }
  });
});
