import { describe, it, expect } from 'vitest';
import { localMomentsLatex } from '../../derivations/local-moments.js';
import { globalRedfieldLatex } from '../../derivations/global-redfield-moments.js';
import { limitsText } from '../../derivations/limits.js';
import { heatCurrentsLatex } from '../../derivations/heat-currents.js';
import { exceptionalLineText } from '../../derivations/exceptional-line.js';

describe('derivations/ scripts rebuild their pieces of the paper', () => {
  it.each([
    ['local-moments', localMomentsLatex, /M_\{\\mathcal\{L\},1\} = \\frac\{1\}\{2\}/],
    ['global-redfield-moments', globalRedfieldLatex, /M'_\{\\mathcal\{G\},2\}/],
    ['limits', limitsText, /order 1, resonant: R\(0\) = L true, G\(0\) = L false/],
    ['heat-currents', heatCurrentsLatex, /\\dot\{Q\}_\{h\}/],
    ['exceptional-line', exceptionalLineText, /Longrightarrow/],
  ] as const)('%s', (_name, build, expected) => {
    expect(build()).toMatch(expected);
  });
});
