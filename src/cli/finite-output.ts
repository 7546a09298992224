/**
 * The last guard before a numeric command prints: no NaN, no Infinity and (in JSON, where
 * JSON.stringify writes them as null) no null reaches stdout. A number that was not computed is
 * refused with an InputError naming the quantity (exit 2), never printed.
 */
import { InputError } from '../numeric/input-error.js';
import type { Output } from './output.js';

/**
 * Fields whose null is documented output rather than a failed computation: where a quantity is not
 * defined, `ep` writes null (κ(V) of a defective matrix, which has no eigenbasis; the phase rigidity
 * of an eigenvalue that is not simple; the order of a cluster that is not an exceptional point).
 * Paths with array indices written as [].
 */
const DEFINED_NULLS: Readonly<Record<string, ReadonlySet<string>>> = {
  ep: new Set(['kappa', 'phaseRigidity[]', 'clusters[].order', 'clusters[].phaseRigidity', 'exceptionalPointOrder']),
};

/** The path of the first null (or non-finite number) in a JSON value that is not a documented null, or null if there is none. */
function firstMissing(value: unknown, path: string, allowed: ReadonlySet<string>): string | null {
  if (value === null && allowed.has(path.replace(/\[\d+\]/g, '[]'))) return null;
  if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return path;
  if (Array.isArray(value)) {
    for (const [i, x] of value.entries()) {
      const p = firstMissing(x, `${path}[${i}]`, allowed);
      if (p !== null) return p;
    }
  } else if (typeof value === 'object') {
    for (const [k, x] of Object.entries(value as Record<string, unknown>)) {
      const p = firstMissing(x, path === '' ? k : `${path}.${k}`, allowed);
      if (p !== null) return p;
    }
  }
  return null;
}

export function checkFiniteText(command: string, text: string): void {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    const missing = json === undefined ? null : firstMissing(json, '', DEFINED_NULLS[command] ?? new Set());
    if (missing !== null) throw new InputError(command, `${missing} could not be computed at these parameters (it would print as null)`);
  }
  const line = text.split('\n').find((l) => /\b(NaN|Infinity)\b/.test(l));
  if (line !== undefined) {
    const quantity = line.split(/[=:]/)[0]!.trim().slice(0, 40) || 'a value';
    throw new InputError(command, `${quantity} could not be computed at these parameters (not a finite number)`);
  }
}

/** `out` with stdout checked by checkFiniteText. */
export function finiteOutput(command: string, out: Output): Output {
  return { ...out, stdout: (text) => { checkFiniteText(command, text); out.stdout(text); } };
}
