/**
 * Property: a generated --spectral expression, from a grammar that includes every construct mathjs
 * knows (ranges, matrices, property and index access, assignments, function definitions, strings,
 * unknown functions, huge numbers, deep nesting), is either a spectral density whose rates are
 * finite where they are evaluated, or an InputError naming --spectral in one short line. Nothing
 * allocates without bound: each call finishes quickly (vitest's timeout bounds the whole run).
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { expressionSpectralDensity } from '../../src/numeric/spectral-expression.js';
import { InputError } from '../../src/numeric/input-error.js';
import { EXPRESSION_LIMITS } from '../../src/numeric/expression-guard.js';

const leaf = fc.oneof(
  fc.constantFrom('w', 'lambda2', 'L', 'pi', 'e', '1', '0.5', '2', '1e300', '1e-300', 'null', 'true', '"s"', 'undefined', '__proto__', 'constructor', 'x', 'i', 'Infinity', 'NaN'),
  fc.double({ noNaN: true }).map((x) => String(Math.abs(x))),
);

const expression: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.tuple(tie('node'), fc.constantFrom('+', '-', '*', '/', '^', ':', '.', '==', '?', '&', 'mod', ' to ', '!'), tie('node')).map(([a, op, b]) => `${a}${op}${b}`),
    fc.tuple(fc.constantFrom('exp', 'sqrt', 'log', 'abs', 'tanh', 'sin', 'ones', 'zeros', 'range', 'evaluate', 'import', 'f', 'derivative'), tie('node')).map(([f, a]) => `${f}(${a})`),
    tie('node').map((a) => `(${a})`),
    tie('node').map((a) => `[${a}, ${a}]`),
    tie('node').map((a) => `${a}.constructor`),
    tie('node').map((a) => `${a}[1]`),
    tie('node').map((a) => `f(x) = ${a}`),
    tie('node').map((a) => `a = ${a}; a`),
    tie('node').map((a) => `{b: ${a}}`),
  ),
})).node;

function check(text: string): void {
  let density;
  try {
    density = expressionSpectralDensity(text);
  } catch (e) {
    expect(e, text).toBeInstanceOf(InputError);
    expect((e as InputError).parameter).toBe('--spectral');
    expect((e as Error).message.includes('\n')).toBe(false);
    expect((e as Error).message.length, text).toBeLessThan(400);
    return;
  }
  for (const rate of ['Delta', 'Sigma'] as const) {
    for (const order of [0, 1]) {
      const f = density.rate(rate, order, { temperature: 5, lambda2: 1e-4 }, 1e3);
      for (const w of [1, 0.999, 1.5]) {
        try {
          expect(Number.isFinite(f(w)), `${text} ${rate}${order}(${w})`).toBe(true);
        } catch (e) {
          expect(e, text).toBeInstanceOf(InputError);
        }
      }
    }
  }
}

describe('--spectral expressions, generated', () => {
  it('are accepted with finite rates, or refused with one line', () => {
    fc.assert(fc.property(expression, (text) => check(text)), { numRuns: 400, seed: Number(process.env['FUZZ_SEED'] ?? 11) });
  }, 60_000);

  it('refuse what is too long, too deep or too big before parsing it, and say the limit', () => {
    const cases: [string, RegExp][] = [
      ['w+'.repeat(EXPRESSION_LIMITS.length) + 'w', new RegExp(`limit is ${EXPRESSION_LIMITS.length}`)],
      ['('.repeat(EXPRESSION_LIMITS.nesting + 1) + 'w' + ')'.repeat(EXPRESSION_LIMITS.nesting + 1), new RegExp(`deeper than ${EXPRESSION_LIMITS.nesting}`)],
      [Array.from({ length: 300 }, () => 'w').join('+'), new RegExp(`limit is ${EXPRESSION_LIMITS.nodes}`)],
    ];
    for (const [text, message] of cases) {
      expect(() => expressionSpectralDensity(text)).toThrow(InputError);
      expect(() => expressionSpectralDensity(text)).toThrow(message);
    }
  });

  it.each([
    ['w+0*(1:1e10)', /ranges/],
    ['w.constructor', /property and index access/],
    ['w["constructor"]', /property and index access|only finite numbers/],
    ['null', /only finite numbers/],
    ['"abc"', /only finite numbers/],
    ['[w]', /matrices/],
    ['f(x) = x', /function definitions/],
    ['evaluate("1")', /function "evaluate" is not allowed/],
    ['lambda2*w*(w-0.5)*(w-0.6)', /negative at w = 0\.5/],
    ['lambda2*w/abs(w-0.5)', /singular at w ≈ 0\.5/],
    ['lambda2*w/(w-0.7)^2', /singular at w ≈ 0\.7/],
    ['1e300*w', null],
  ])('%s is refused before it runs', (text, message) => {
    if (message === null) {
      // accepted on its own; its rates are refused where they are used
      const f = expressionSpectralDensity(text).rate('Delta', 0, { temperature: 5, lambda2: 1 }, 10);
      expect(() => f(1)).toThrow(/--spectral: .*beyond the limit/);
    } else expect(() => expressionSpectralDensity(text)).toThrow(message);
  });

  it('accepts physical densities (eq. 19, sub-Ohmic, exponential cut-off)', () => {
    for (const text of ['lambda2*w*L^2/(w^2+L^2)', 'lambda2*sqrt(w)', 'lambda2*w*exp(-w/L)', 'lambda2*w^3/(1+w^2)']) {
      const f = expressionSpectralDensity(text).rate('Sigma', 1, { temperature: 2, lambda2: 1e-3 }, 50);
      expect(Number.isFinite(f(1))).toBe(true);
    }
  });
});
