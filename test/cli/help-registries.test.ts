/**
 * The help lists exactly what the program accepts (tester: "--model-file (derive, matrix, ep, heat:
 * steady state)" left out steady, latex and code; help ep-map listed svg/png/json but pdf and csv
 * work; help code listed the always-refused --spectral; --spectral listed 6 of the 10 functions).
 * The judge is the program's behaviour, not the lists the help is built from.
 */
import { describe, it, expect } from 'vitest';
import { helpText } from '../../src/cli/help.js';
import { commandNames, parseCli, UsageError } from '../../src/cli/parse.js';
import { guardedParse } from '../../src/numeric/expression-guard.js';

const accepts = (argv: string[]): boolean => {
  try {
    parseCli(argv);
    return true;
  } catch (e) {
    if (e instanceof UsageError) return false;
    throw e;
  }
};

describe('help lists what is accepted', () => {
  it('the commands named for --model-file are exactly those that take it', () => {
    const line = helpText(null).split('\n').find((l) => l.includes('--model-file FILE.json ('))!;
    const listed = /\(([^)]*)\)/.exec(line)![1]!.split(', ').map((c) => c.replace(/:.*$/, '')).sort();
    const taking = commandNames().filter((c) => c !== 'help' && accepts([c, '--model-file', 'm.json', ...(c === 'ep-map' ? ['--out', 'x.svg'] : [])])).sort();
    expect(listed).toEqual(taking);
    expect(line).not.toMatch(/heat: steady state/);
  });
  it('ep-map --out: the extensions in help are the ones the parser takes', () => {
    const out = /--out VALUE\n.*\n\s+format: (.*)/.exec(helpText('ep-map'))![1]!;
    const listed = [...out.matchAll(/FILE\.(\w+)/g)].map((m) => m[1]!);
    for (const ext of ['svg', 'png', 'pdf', 'csv', 'json', 'gif', 'jpg', 'txt', 'html']) {
      expect(listed.includes(ext), ext).toBe(accepts(['ep-map', '--out', `map.${ext}`]));
    }
    expect(helpText(null)).toContain(`(--out ${listed.map((e) => `.${e}`).join('|')})`);
  });
  it('help code does not list --spectral, which code always refuses', () => {
    expect(helpText('code')).not.toMatch(/^\s+--spectral/m);
    expect(accepts(['code', '--spectral', 'lambda2*w'])).toBe(false);
  });
  it('the functions of --spectral in help are exactly those the expression guard lets through', () => {
    const format = /functions ([a-z ]+)$/m.exec(helpText('steady'))![1]!.trim().split(' ');
    const candidates = [...new Set([...format, 'sin', 'cos', 'tan', 'exp', 'sqrt', 'tanh', 'atan', 'log', 'abs', 'cosh', 'sinh', 'erf', 'gamma', 'pow', 'log10', 'cbrt', 'sech', 'max'])];
    for (const f of candidates) {
      let ok = true;
      try {
        guardedParse('--spectral', `lambda2*w*${f}(w)`, ['w', 'lambda2', 'L']);
      } catch {
        ok = false;
      }
      expect(format.includes(f), f).toBe(ok);
    }
  });
  it('help verify-paper does not promise a default folder (nothing is written without --out)', () => {
    expect(helpText('verify-paper')).not.toMatch(/--out VALUE\n.*\n.*default: docs/);
  });
});
