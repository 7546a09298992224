/** New-user slips: --heat with --order 2, did-you-mean for commands, flags and values, errors in typed order. */
import { describe, it, expect } from 'vitest';
import { parseCli, UsageError } from '../../src/cli/parse.js';
import { editDistance, closestName } from '../../src/cli/suggest.js';
import { cli } from './run-bin.js';

const usage = (argv: string[]): string => {
  try {
    parseCli(argv);
  } catch (e) {
    if (e instanceof UsageError) return e.message;
    throw e;
  }
  throw new Error(`no usage error for ${argv.join(' ')}`);
};

describe('derive --heat --order 2', () => {
  it('is accepted (the heat currents are defined on the second moments); --order 1 is refused', () => {
    expect(parseCli(['derive', '--heat', '--order', '2'])).toMatchObject({ name: 'derive', heat: true, order: 2 });
    expect(usage(['derive', '--heat', '--order', '1'])).toMatch(/--heat is defined on the second moments: use --order 2/);
    const r = cli('derive', '--heat', '--order', '2');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^# heat currents/);
  });
});

describe('did you mean', () => {
  it('edit distance: the textbook values', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('dervie', 'derive')).toBe(1); // one transposition
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('Th', 'th')).toBe(0);
  });
  it('the closest name, and none when nothing is close', () => {
    expect(closestName('equaton', ['equation', 'order'])).toBe('equation');
    expect(closestName('zzzzzz', ['equation', 'order'])).toBeNull();
    expect(closestName('lambda-h', ['lambda-h2', 'lambda-c2'])).toBe('lambda-h2');
  });
  it.each([
    [['dervie'], /unknown command "dervie" \(did you mean derive\?\)/],
    [['ep-line'], /did you mean ep-lines\?/],
    [['derive', '--equaton', 'local'], /unknown flag --equaton for derive \(did you mean --equation\?\)/],
    [['heat', '--lamda-h2', '1e-8'], /did you mean --lambda-h2\?/],
    [['ep', '--tc', '3'], /did you mean --Tc\?/],
    [['derive', '--equation', 'redfeild'], /got "redfeild" \(did you mean redfield\?\)/],
    [['derive', '--spectral', 'x'], /--spectral goes with .*ep-lines/],
  ])('%j', (argv, message) => {
    expect(usage(argv)).toMatch(message);
  });
  it('a far-off name gets the list instead of a guess', () => {
    expect(usage(['frobnicate'])).toMatch(/unknown command "frobnicate" \(commands: derive,/);
  });
  it('the bin prints the suggestion on one line, exit 2', () => {
    const r = cli('heatt');
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('openmoments: unknown command "heatt" (did you mean heat?)');
  });
});

describe('errors come in the order the user typed', () => {
  it.each([
    [['ep-map', '--omega', '0.05,2,160'], /--omega must be a range a:b:n/],
    [['ep-map', '--omega', '0.05,2,160', '--out', 'x.txt'], /--omega must be a range/],
    [['ep-map', '--out', 'x.txt', '--omega', '0.05,2,160'], /--out must end in/],
    [['ep-map', '--k', '1:2', '--omega', '0.05,2,160'], /--k must be a range/],
    [['heat', '--initial', '1,2', '--times', '-1'], /--initial must be vacuum, thermal, or 10/],
    [['heat', '--times', '-1', '--initial', '1,2'], /--times/],
    [['heat', '--k', 'somewhere', '--times', '-1'], /--k must be a number or "ep"/],
    [['expand', '--to', '9', '--equation', 'nope'], /--to must be an integer/],
    [['expand', '--equation', 'nope', '--to', '9'], /--equation must be one of/],
  ])('%j', (argv, message) => {
    expect(usage(argv)).toMatch(message);
  });
  it('a missing flag is reported after every problem with the flags typed', () => {
    expect(usage(['ep-map'])).toMatch(/needs --out/);
    expect(usage(['ep-map', '--omega', '0.2:2:10'])).toMatch(/needs --out/);
  });
});
