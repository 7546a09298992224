/**
 * Model files: a NumericModel as JSON, read strictly. Every field is checked, and an unknown or
 * malformed one is an InputError that names its path (e.g. "couplings[0].strenght").
 *
 *   { "frequencies": [1, 1.1, 1.2],
 *     "couplings": [{ "a": 0, "b": 1, "kind": "xx", "strength": 0.1 },
 *                   { "a": 1, "b": 2, "kind": "hop", "strength": 0.05 }],
 *     "baths": [{ "mode": 0, "label": "h", "temperature": 2, "lambda2": 0.01 }],
 *     "cutoff": 100 }
 *
 * Coupling kinds: xx, pp, xp (strength · q_a q_b) and hop (strength · (a_a† a_b + a_b† a_a)).
 * Baths sit on any subset of modes, one label each; H_S must be bounded below.
 */
import type { NumericModel, NumericCoupling, NumericBath } from './physical.js';
import { InputError } from './input-error.js';
import { validateNumericModel } from './model-bridge.js';
import { readInputFile } from './file-input.js';

/** A model file from disk, with a reading error named after the flag. */
export function readModelFile(path: string): NumericModel {
  return parseModelFile(readInputFile('--model-file', path));
}

type Json = unknown;

function fail(path: string, message: string): never {
  throw new InputError(`model file: ${path}`, message);
}

function object(value: Json, path: string, fields: readonly string[], optional: readonly string[] = []): Record<string, Json> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path === '' ? '(top level)' : path, 'must be an object');
  const all = [...fields, ...optional];
  for (const key of Object.keys(value)) if (!all.includes(key)) fail(path === '' ? key : `${path}.${key}`, `unknown field (expected ${all.join(', ')})`);
  for (const key of fields) if (!(key in value)) fail(path === '' ? key : `${path}.${key}`, 'missing');
  return value as Record<string, Json>;
}

function number(value: Json, path: string): number {
  if (typeof value === 'number' && !Number.isFinite(value)) fail(path, 'is not a finite number (out of the range of double precision, |x| < 1.8e308)');
  if (typeof value !== 'number') fail(path, `must be a finite number, got ${JSON.stringify(value)?.slice(0, 40)}`);
  return value;
}

function positive(value: Json, path: string): number {
  const v = number(value, path);
  if (!(v > 0)) fail(path, `must be positive, got ${v}`);
  return v;
}

function index(value: Json, path: string, count: number): number {
  const v = number(value, path);
  if (!Number.isInteger(v) || v < 0 || v >= count) fail(path, `must be a mode index from 0 to ${count - 1}, got ${v}`);
  return v;
}

function array(value: Json, path: string): Json[] {
  if (!Array.isArray(value)) fail(path, 'must be an array');
  return value;
}

export function parseModelFile(text: string): NumericModel {
  if (typeof text !== 'string') throw new InputError('parseModelFile(text)', `must be a string, got ${typeof text}`);
  let json: Json;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError('--model-file', `not valid JSON: ${(e as Error).message.slice(0, 120)}`);
  }
  return modelFromJson(json);
}

/**
 * A NumericModel given to a library entry point, checked field by field as a model file is; an
 * error names `argument` and the field (e.g. "lowerMoments(request.model).baths[0].temperature").
 */
export function checkedNumericModel(argument: string, value: unknown): NumericModel {
  try {
    return modelFromJson(value);
  } catch (e) {
    if (!(e instanceof InputError) || !e.parameter.startsWith('model file: ')) throw e;
    const field = e.parameter.slice('model file: '.length);
    throw new InputError(field === '' ? argument : `${argument}.${field}`, e.message.slice(e.parameter.length + 2));
  }
}

/**
 * A NumericModel argument: physics errors keep the flag names the CLI shows (validateNumericModel:
 * --k, --Tc, …); anything malformed (a wrong type, an unknown field) is named by `argument` and field.
 */
export function numericModelArgument(argument: string, value: unknown): NumericModel {
  try {
    validateNumericModel(value as NumericModel);
  } catch (e) {
    if (e instanceof InputError) throw e;
    checkedNumericModel(argument, value);
    throw new InputError(argument, 'is not a numeric model { frequencies, couplings, baths, cutoff }');
  }
  return checkedNumericModel(argument, value);
}

function modelFromJson(json: Json): NumericModel {
  const top = object(json, '', ['frequencies', 'couplings', 'baths', 'cutoff'], ['hbar']);
  const frequencies = array(top['frequencies'], 'frequencies').map((f, i) => positive(f, `frequencies[${i}]`));
  if (frequencies.length === 0) fail('frequencies', 'needs at least one mode');
  const couplings: NumericCoupling[] = array(top['couplings'], 'couplings').map((c, i) => {
    const path = `couplings[${i}]`;
    const o = object(c, path, ['a', 'b', 'kind', 'strength']);
    const kind = o['kind'];
    if (kind !== 'xx' && kind !== 'pp' && kind !== 'xp' && kind !== 'hop') fail(`${path}.kind`, `must be "xx", "pp", "xp" or "hop", got ${JSON.stringify(kind)}`);
    const a = index(o['a'], `${path}.a`, frequencies.length);
    const b = index(o['b'], `${path}.b`, frequencies.length);
    if (a === b) fail(path, 'a coupling joins two different modes');
    return { a, b, kind, strength: number(o['strength'], `${path}.strength`) };
  });
  const seen = new Set<string>();
  for (const [i, c] of couplings.entries()) {
    const key = `${Math.min(c.a, c.b)}-${Math.max(c.a, c.b)}-${c.kind}`;
    if (seen.has(key)) fail(`couplings[${i}]`, 'repeats an earlier coupling of the same kind between the same modes');
    seen.add(key);
  }
  const baths: NumericBath[] = array(top['baths'], 'baths').map((b, i) => {
    const path = `baths[${i}]`;
    const o = object(b, path, ['mode', 'label', 'temperature', 'lambda2'], ['spectral']);
    const label = o['label'];
    if (typeof label !== 'string' || !/^[A-Za-z0-9]{1,16}$/.test(label)) fail(`${path}.label`, 'must be a short alphanumeric name');
    const lambda2 = number(o['lambda2'], `${path}.lambda2`);
    if (lambda2 < 0) fail(`${path}.lambda2`, `must be non-negative, got ${lambda2}`);
    const spectral = o['spectral'];
    if (spectral !== undefined && (typeof spectral !== 'string' || spectral.trim() === '' || spectral.length > 500)) fail(`${path}.spectral`, 'must be a mathjs expression of J in w (with lambda2 and L), as a non-empty string');
    return {
      mode: index(o['mode'], `${path}.mode`, frequencies.length),
      label,
      temperature: positive(o['temperature'], `${path}.temperature`),
      lambda2,
      ...(spectral === undefined ? {} : { spectral: spectral as string }),
    };
  });
  const labels = new Map<string, number>();
  baths.forEach((b, i) => {
    const earlier = labels.get(b.label);
    if (earlier !== undefined) fail(`baths[${i}].label`, `"${b.label}" is the label of baths[${earlier}] too; each bath needs its own`);
    labels.set(b.label, i);
  });
  const hbar = top['hbar'] === undefined ? undefined : positive(top['hbar'], 'hbar');
  const model: NumericModel = { frequencies, couplings, baths, cutoff: positive(top['cutoff'], 'cutoff'), ...(hbar === undefined ? {} : { hbar }) };
  try {
    validateNumericModel(model);
  } catch (e) {
    if (e instanceof InputError) fail(modelFileField(e.parameter), e.message.replace(/^[^:]*: /, ''));
    throw e;
  }
  return model;
}

/** The model-file field that a validation error about `parameter` (a flag name) is about. */
function modelFileField(parameter: string): string {
  if (/^(bath |--T|--lambda)/.test(parameter)) return 'baths';
  if (parameter === '--cutoff') return 'cutoff';
  if (/^(--omega|frequencies)/.test(parameter)) return 'frequencies';
  return 'couplings';
}
