/**
 * Property: the library's entry points, called with generated arguments (right ones mixed with
 * wrong types, unknown values and extreme numbers), either return values whose numbers are all
 * finite or throw an InputError naming the argument. Never a bare TypeError, NaN or undefined.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { deriveMoments, deriveHeatCurrents } from '../../src/moments/index.js';
import { resonantPair, generalPair, InputError } from '../../src/model/index.js';
import { lowerMoments } from '../../src/numeric/lower.js';
import { heatDynamics } from '../../src/numeric/physics/heat-dynamics.js';
import { parseModelFile } from '../../src/numeric/model-file.js';
import { FIG2_PARAMETERS, paperModel } from '../../src/numeric/paper-parameters.js';
import { exportCode, exportModelCode } from '../../src/export/code-format.js';

const seed = Number(process.env['FUZZ_SEED'] ?? 11);
const junk = fc.oneof(fc.anything({ maxDepth: 2 }), fc.constantFrom('zz', 'cobol', 'lindblad', 3, 0, -1, NaN, Infinity, null, undefined, '', '1'));
const either = <T>(good: fc.Arbitrary<T>, weight = 4): fc.Arbitrary<unknown> => fc.oneof({ weight, arbitrary: good }, { weight: 1, arbitrary: junk });
const number = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(1, 0.5, 2, 1e-4, 1e-8, 10, 5, 1e3, 0, -1) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(1e-300, 1e300, 1e30, 1e-30, 1e31, 5e-324, -0) },
);

/** `call()` returns something finite (checked by `finite`) or throws an InputError. */
function promise<T>(call: () => T, finite: (value: T) => boolean, label: () => string): void {
  let value: T;
  try {
    value = call();
  } catch (e) {
    expect(e, `${label()}: ${(e as Error)?.message}`).toBeInstanceOf(InputError);
    expect((e as Error).message.includes('\n')).toBe(false);
    return;
  }
  expect(value, label()).not.toBeUndefined();
  expect(finite(value), label()).toBe(true);
}

const allFinite = (xs: unknown): boolean => (Array.isArray(xs) ? xs.every(allFinite) : typeof xs === 'number' && Number.isFinite(xs));
const show = (x: unknown): string => {
  try {
    return JSON.stringify(x, (_, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : typeof v === 'bigint' ? `${v}n` : v))?.slice(0, 300) ?? typeof x;
  } catch {
    return typeof x;
  }
};

/** Numeric models of up to three modes, right and wrong. */
const numericModels = fc.record({
  frequencies: either(fc.array(number, { minLength: 0, maxLength: 3 })),
  couplings: either(fc.array(fc.record({ a: either(fc.constantFrom(0, 1)), b: either(fc.constantFrom(0, 1)), kind: either(fc.constantFrom('xx', 'pp', 'xp')), strength: number }), { maxLength: 2 })),
  baths: either(fc.array(fc.record({ mode: either(fc.constantFrom(0, 1)), label: either(fc.constantFrom('h', 'c')), temperature: number, lambda2: number }), { maxLength: 2 })),
  cutoff: number,
});

describe('library entry points, generated arguments', () => {
  it('deriveMoments and deriveHeatCurrents', () => {
    const models = [resonantPair(), generalPair()];
    const request = fc.record({
      model: either(fc.constantFrom(...models), 3),
      equation: either(fc.constantFrom('local', 'global', 'redfield')),
      order: either(fc.constantFrom(1, 2)),
      basis: either(fc.constantFrom('local', 'normal')),
    });
    fc.assert(fc.property(fc.oneof(request, junk), fc.boolean(), (req, heat) => {
      if (heat) promise(() => deriveHeatCurrents(req as never), (h) => h.currents.length === 2, () => show(req));
      else promise(() => deriveMoments(req as never), (m) => m.basis.length > 0, () => show(req));
    }), { numRuns: 60, seed });
  }, 60_000);

  it('lowerMoments with generated numeric models', () => {
    const model = numericModels;
    const request = fc.record({
      model: fc.oneof({ weight: 1, arbitrary: fc.constant(paperModel(FIG2_PARAMETERS)) }, { weight: 4, arbitrary: model }),
      equation: either(fc.constantFrom('local', 'global', 'redfield')),
      order: either(fc.constantFrom(1, 2)),
      basis: either(fc.constantFrom('local', 'normal')),
    });
    fc.assert(fc.property(request, (req) => {
      promise(() => lowerMoments(req as never), (l) => allFinite(l.M) && allFinite(l.c), () => show(req));
    }), { numRuns: 150, seed });
  }, 60_000);

  it('exportCode', () => {
    const request = fc.record({
      format: either(fc.constantFrom('python', 'julia', 'mathjs')),
      model: either(fc.constantFrom('resonant', 'general')),
      equation: either(fc.constantFrom('local', 'global', 'redfield')),
      order: either(fc.constantFrom(1)),
      basis: either(fc.constantFrom('local')),
      functionName: either(fc.constantFrom('f', 'moment_equations', 'bad name', '1x')),
    });
    fc.assert(fc.property(request, (req) => {
      promise(() => exportCode(req as never), (text) => typeof text === 'string' && text.length > 0, () => show(req));
    }), { numRuns: 40, seed });
  }, 60_000);

  it('exportModelCode with generated numeric models', () => {
    const request = fc.record({
      format: either(fc.constantFrom('python', 'julia', 'mathjs')),
      model: fc.oneof({ weight: 1, arbitrary: fc.constant(paperModel(FIG2_PARAMETERS)) }, { weight: 4, arbitrary: numericModels }),
      equation: either(fc.constantFrom('local', 'global', 'redfield', 'partial-secular')),
      secularCutoff: fc.oneof(fc.constant(undefined), number),
      order: either(fc.constantFrom(1, 2)),
      basis: either(fc.constantFrom('local', 'normal')),
    });
    fc.assert(fc.property(request, (req) => {
      promise(() => exportModelCode(req as never), (text) => typeof text === 'string' && text.split('\n').every((line) => line.startsWith('#') || !/\b(NaN|Infinity|undefined)\b/.test(line)), () => show(req));
    }), { numRuns: 60, seed });
  }, 60_000);

  it('heatDynamics', () => {
    const parameters = fc.record({ omega: number, k: number, Th: number, Tc: number, lambdaH2: number, lambdaC2: number, cutoff: number });
    const request = fc.record({
      parameters: either(fc.oneof(fc.constant(FIG2_PARAMETERS), parameters)),
      equation: either(fc.constantFrom('local', 'global')),
      times: either(fc.array(fc.oneof(number, fc.constantFrom(0, 100, 1e308)), { maxLength: 3 })),
    });
    fc.assert(fc.property(request, (req) => {
      promise(() => heatDynamics(req as never), (r) => allFinite(r.Qh) && allFinite(r.Qc) && allFinite([r.steady.Qh, r.steady.Qc, r.entropyProduction, r.precision.current]), () => show(req));
    }), { numRuns: 40, seed });
  }, 60_000);

  it('parseModelFile with generated text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json(), junk), (text) => {
      promise(() => parseModelFile(text as never), (m) => allFinite(m.frequencies), () => show(text));
    }), { numRuns: 200, seed });
  });

  it.each([
    ['deriveMoments with a string for a model', () => deriveMoments({ model: 'x', equation: 'local', order: 1, basis: 'local' } as never), /deriveMoments\(request\.model\)/],
    ['lowerMoments with coupling kind zz', () => lowerMoments({ model: { ...paperModel(FIG2_PARAMETERS), couplings: [{ a: 0, b: 1, kind: 'zz', strength: 0.1 }] }, equation: 'local', order: 1, basis: 'local' } as never), /"xx", "pp", "xp" or "hop"/],
    ['exportCode in cobol', () => exportCode({ format: 'cobol', model: 'resonant', equation: 'local', order: 1, basis: 'local' } as never), /exportCode\(request\.format\)/],
    ['heatDynamics at t = NaN', () => heatDynamics({ parameters: FIG2_PARAMETERS, equation: 'local', times: [NaN] }), /heatDynamics\(request\.times\)/],
  ])('%s throws an InputError naming the argument', (_, call, message) => {
    expect(call).toThrow(InputError);
    expect(call).toThrow(message);
  });
});
