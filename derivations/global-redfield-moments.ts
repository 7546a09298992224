/**
 * Rebuild eqs. 44 and 46b (global, first moments), 48b–c (Redfield, first moments), B.9 with B.8
 * (global) and B.12 with B.13 (Redfield, second moments, normal basis) from the library, as LaTeX.
 * Run: npm run build && node dist/derivations/global-redfield-moments.js
 */
import { resonantPair } from '../src/model/index.js';
import { deriveMoments } from '../src/moments/index.js';
import { equationsToLatex } from '../src/render/equations-format.js';

export function globalRedfieldLatex(): string {
  const model = resonantPair();
  const parts: [string, Parameters<typeof deriveMoments>[0]][] = [
    ['Eq. 44: global, first moments, normal basis', { model, equation: 'global', order: 1, basis: 'normal' }],
    ['Eq. 46b: global, first moments, local basis', { model, equation: 'global', order: 1, basis: 'local' }],
    ['Eqs. 48b-c: Redfield, first moments, local basis', { model, equation: 'redfield', order: 1, basis: 'local' }],
    ['Eqs. B.8-B.9: global, second moments, normal basis', { model, equation: 'global', order: 2, basis: 'normal' }],
    ['Eqs. B.12-B.13: Redfield, second moments, normal basis', { model, equation: 'redfield', order: 2, basis: 'normal' }],
  ];
  return parts.map(([title, req]) => `% ${title}\n${equationsToLatex(deriveMoments(req), { pullFactor: req.order === 1 })}`).join('\n\n');
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(`${globalRedfieldLatex()}\n`);
