/**
 * Rebuild eq. 47 (G^(0) ≠ L in resonance) and the Redfield zeroth order R^(0) = L (eq. 49, App. D)
 * from the library: the k⁰ terms of the expansions, and the exact verdicts.
 * Run: npm run build && node dist/derivations/limits.js
 */
import { resonantPair } from '../src/model/index.js';
import { deriveMoments } from '../src/moments/index.js';
import { expandMoments, paperLimits } from '../src/series/index.js';
import { expansionToLatex } from '../src/render/expansion-format.js';

export function limitsText(): string {
  const model = resonantPair();
  const global = expandMoments(deriveMoments({ model, equation: 'global', order: 1, basis: 'local' }), 0);
  const redfield = expandMoments(deriveMoments({ model, equation: 'redfield', order: 1, basis: 'local' }), 0);
  const verdicts = paperLimits().map((r) => `% order ${r.order}, ${r.resonant ? 'resonant' : 'non-resonant'}: R(0) = L ${r.redfieldZeroEqualsLocal}, G(0) = L ${r.globalZeroEqualsLocal}`);
  return ['% Eq. 47: the zeroth order of the global equation', expansionToLatex(global), '', '% The zeroth order of the Redfield equation (= eq. 34)', expansionToLatex(redfield), '', ...verdicts].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(`${limitsText()}\n`);
