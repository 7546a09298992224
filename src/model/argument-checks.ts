/**
 * Validating the arguments of library entry points, with the same rules as the CLI: each check
 * returns the value typed or throws an InputError naming the argument (e.g. `deriveMoments:
 * request.equation`). One small function per kind of value.
 */
import { InputError } from './input-error.js';
import type { Model } from './model.js';

const show = (value: unknown): string => {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
};

/** A plain object (the request of an entry point); with `fields`, any other field is refused by name. */
export function requestObject(argument: string, value: unknown, fields?: readonly string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError(argument, `must be an object, got ${show(value)}`);
  if (fields) {
    for (const key of Object.keys(value)) if (!fields.includes(key)) throw new InputError(argument, `unknown field "${key.slice(0, 40)}" (expected ${fields.join(', ')})`);
  }
  return value as Record<string, unknown>;
}

export function oneOf<T extends string | number>(argument: string, value: unknown, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) throw new InputError(argument, `must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, got ${show(value)}`);
  return value as T;
}

/** A model built by `model()` (or a preset): frozen, with kind 'model'. */
export function builtModel(argument: string, value: unknown): Model {
  if (typeof value !== 'object' || value === null || (value as { kind?: unknown }).kind !== 'model' || !Object.isFrozen(value)) {
    throw new InputError(argument, `must be a model built by model(), resonantPair(), generalPair() or generalModel(), got ${show(value)}`);
  }
  return value as Model;
}

export function finiteNumber(argument: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new InputError(argument, `must be a finite number, got ${show(value)}`);
  return value;
}

/** An array of finite numbers, at most `maxLength` long (and at least `minLength`). */
export function finiteNumbers(argument: string, value: unknown, minLength: number, maxLength: number): number[] {
  if (!Array.isArray(value)) throw new InputError(argument, `must be an array of numbers, got ${show(value)}`);
  if (value.length < minLength || value.length > maxLength) throw new InputError(argument, `must have from ${minLength} to ${maxLength} entries, got ${value.length}`);
  value.forEach((x, i) => finiteNumber(`${argument}[${i}]`, x));
  return value as number[];
}

export function optionalString(argument: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new InputError(argument, `must be a string, got ${show(value)}`);
  return value;
}
