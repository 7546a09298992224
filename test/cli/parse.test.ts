import { describe, it, expect } from 'vitest';
import { parseCli, UsageError } from '../../src/cli/parse.js';
import { FIG2_PARAMETERS } from '../../src/numeric/paper-parameters.js';

describe('parseCli (pure)', () => {
  it('defaults to the Fig. 2 parameters', () => {
    const c = parseCli(['matrix', '--json']);
    expect(c).toMatchObject({ name: 'matrix', equation: 'local', order: 1, basis: 'local' });
    if (c.name !== 'matrix') throw new Error('unreachable');
    expect(c.options.format).toBe('json');
    expect(c.options.parameters).toMatchObject({ omega: FIG2_PARAMETERS.omega, Th: 10, Tc: 5, lambdaH2: 1e-8, lambdaC2: 1e-4, cutoff: 1e3 });
  });
  it('reads flags named after the paper symbols, with = or a space', () => {
    const c = parseCli(['matrix', '--equation=redfield', '--order', '2', '--k', '0.01', '--lambda-h2', '1e-3', '--Th=3']);
    if (c.name !== 'matrix') throw new Error('unreachable');
    expect(c.equation).toBe('redfield');
    expect(c.order).toBe(2);
    expect(c.options.parameters).toMatchObject({ k: 0.01, lambdaH2: 1e-3, Th: 3 });
  });
  it.each([
    [['nope'], /unknown command/],
    [['derive', '--equation', 'lindblad'], /--equation must be one of/],
    [['derive', '--order', '3'], /--order must be one of 1\|2/],
    [['matrix', '--k', 'abc'], /--k must be a number/],
    [['matrix', '--k'], /--k needs a value/],
    [['matrix', '--bogus', '1'], /unknown flag --bogus/],
    [['matrix', '--k', '1', '--k', '2'], /given twice/],
    [['matrix', '--omega-h', '2'], /go together/],
  ])('rejects %j with a message naming the problem', (argv, message) => {
    expect(() => parseCli(argv)).toThrow(UsageError);
    expect(() => parseCli(argv)).toThrow(message);
  });
});

describe('parseCli: LaTeX notation and code export', () => {
  it('--symbol repeats and collects in order; --hbar is a switch', () => {
    const c = parseCli(['derive', '--format', 'latex', '--symbol', 'k=g', '--symbol', 'omega=\\nu', '--hbar']);
    if (c.name !== 'derive') throw new Error('unreachable');
    expect(c.options.notation).toEqual({ notation: null, symbols: ['k=g', 'omega=\\nu'], hbar: true });
  });
  it('derive --format python|julia|mathjs is the code export', () => {
    expect(parseCli(['derive', '--format', 'julia', '--equation', 'global', '--order', '2'])).toMatchObject({ name: 'code', format: 'julia', equation: 'global', order: 2 });
    expect(() => parseCli(['derive', '--format', 'python', '--all'])).toThrow(/drop --all/);
  });
  it('latex --standalone --out FILE', () => {
    expect(parseCli(['latex', '--standalone', '--out', 'x.tex'])).toMatchObject({ name: 'latex', standalone: true, out: 'x.tex' });
  });
});
