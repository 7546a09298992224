/**
 * A monomial is a product of real symbols with non-zero integer (possibly negative) powers,
 * kept sorted by symbol name. Its key is its canonical text, e.g. "Omega1^-1*k".
 */
import { InputError } from './input-error.js';
export interface Monomial {
  readonly kind: 'monomial';
  readonly factors: readonly (readonly [name: string, power: number])[];
  readonly key: string;
}

const SYMBOL_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

export function assertSymbolName(name: string): void {
  if (!SYMBOL_NAME.test(name)) throw new InputError('symbol name', `invalid symbol name "${name}"`);
}

/** The one constructor: merges repeated names, drops zero powers, sorts. */
export function monomial(factors: Iterable<readonly [string, number]>): Monomial {
  // One factor (a symbol): the same value without the merge and the sort.
  if (Array.isArray(factors) && factors.length === 1) {
    const [name, power] = factors[0] as readonly [string, number];
    if (!Number.isInteger(power)) throw new RangeError(`monomial: non-integer power ${power} of ${name}`);
    if (power !== 0) return Object.freeze({ kind: 'monomial', factors: Object.freeze([Object.freeze([name, power] as [string, number])]), key: power === 1 ? name : `${name}^${power}` });
  }
  const powers = new Map<string, number>();
  for (const [name, power] of factors) {
    if (!Number.isInteger(power)) throw new RangeError(`monomial: non-integer power ${power} of ${name}`);
    powers.set(name, (powers.get(name) ?? 0) + power);
  }
  const sorted = [...powers.entries()]
    .filter(([, p]) => p !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const key = sorted.map(([n, p]) => (p === 1 ? n : `${n}^${p}`)).join('*');
  return Object.freeze({ kind: 'monomial', factors: Object.freeze(sorted.map((f) => Object.freeze(f))), key });
}

export const UNIT_MONOMIAL: Monomial = monomial([]);

export function mulMonomials(a: Monomial, b: Monomial): Monomial {
  if (a.factors.length === 0) return b;
  if (b.factors.length === 0) return a;
  // Both factor lists are sorted by name: merge them in one pass.
  const merged: (readonly [string, number])[] = [];
  let i = 0;
  let j = 0;
  while (i < a.factors.length || j < b.factors.length) {
    const x = a.factors[i];
    const y = b.factors[j];
    if (y === undefined || (x !== undefined && x[0] < y[0])) {
      merged.push(x!);
      i++;
    } else if (x === undefined || y[0] < x[0]) {
      merged.push(y);
      j++;
    } else {
      const power = x[1] + y[1];
      if (power !== 0) merged.push([x[0], power]);
      i++;
      j++;
    }
  }
  return sortedMonomial(merged);
}

/** Build from factors already sorted, merged and non-zero. */
function sortedMonomial(factors: (readonly [string, number])[]): Monomial {
  let key = '';
  for (const [n, p] of factors) key += (key.length > 0 ? '*' : '') + (p === 1 ? n : `${n}^${p}`);
  return Object.freeze({ kind: 'monomial', factors: Object.freeze(factors), key });
}

export function powerOf(m: Monomial, name: string): number {
  for (const [n, p] of m.factors) if (n === name) return p;
  return 0;
}
