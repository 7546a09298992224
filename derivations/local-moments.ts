/**
 * Rebuild eq. 34 (M_L,1) and eq. B.5 with B.3 (M_L,2, c_L,2) of the paper from the library and
 * print them as LaTeX. Run: npm run build && node dist/derivations/local-moments.js
 */
import { resonantPair } from '../src/model/index.js';
import { deriveMoments } from '../src/moments/index.js';
import { equationsToLatex } from '../src/render/equations-format.js';

export function localMomentsLatex(): string {
  const model = resonantPair();
  const first = deriveMoments({ model, equation: 'local', order: 1, basis: 'local' });
  const second = deriveMoments({ model, equation: 'local', order: 2, basis: 'local' });
  return [
    '% Eq. 34: local master equation, first moments (local basis, eq. 29)',
    equationsToLatex(first, { pullFactor: true }),
    '',
    '% Eqs. B.1-B.5: local master equation, second moments (basis of eq. B.2)',
    equationsToLatex(second),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${localMomentsLatex()}\n`);
}
