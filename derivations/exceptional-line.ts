/**
 * Rebuild eq. 36 from the characteristic polynomial of M_L,1, and compare the lowered line with
 * eq. 37 at the Fig. 2 parameters. Run: npm run build && node dist/derivations/exceptional-line.js
 */
import { resonantPair } from '../src/model/index.js';
import { deriveMoments, totalMatrix } from '../src/moments/index.js';
import { characteristicPolynomial } from '../src/moments/characteristic.js';
import { exceptionalLine } from '../src/moments/exceptional-line.js';
import { scalarToLatex } from '../src/render/scalar-format.js';
import { checkLatex } from '../src/render/katex-check.js';
import { lowerExceptionalLine } from '../src/numeric/physics/exceptional-line.js';
import { FIG2_PARAMETERS } from '../src/numeric/paper-parameters.js';

export function exceptionalLineText(): string {
  const model = resonantPair();
  const line = exceptionalLine(model.scalars, characteristicPolynomial(model.scalars, totalMatrix(deriveMoments({ model, equation: 'local', order: 1, basis: 'local' }))));
  if (line.kind !== 'closed-form') throw new Error(line.reason);
  const lowered = lowerExceptionalLine(line.k, FIG2_PARAMETERS);
  return [
    '% Eq. 36: the coalescence condition and its solution',
    checkLatex(`\\begin{equation}\n${scalarToLatex(line.condition)} = 0 \\quad\\Longrightarrow\\quad k = \\pm\\left(${scalarToLatex(line.k)}\\right)\n\\end{equation}`),
    `% Fig. 2 parameters, omega = 1: k* = ${lowered.k}; eq. 37 gives ${lowered.eq37}; ratio ${lowered.ratio} = Lambda^2/(omega^2 + Lambda^2)`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(`${exceptionalLineText()}\n`);
