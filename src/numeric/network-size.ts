/**
 * How large a network each kind of computation takes (docs/architecture.md, "Input limits"). The exact
 * derivation in the local quadratures grows steeply with the number of modes N under the normal-mode
 * equations (every entry is a sum over normal modes of amplitude products: about N³ terms for global and
 * N⁴ for Redfield's pairs), so past these sizes a command would run for minutes and gigabytes, or run out
 * of memory, instead of answering. The limits keep each command within roughly 15 s and 1.5 GB on a
 * two-core machine (measured in docs/performance.md); x–p couplings, whose channels carry about four
 * times the terms, halve the symbolic limits. The numeric covariance path (`steady`, `heat`) is O(N³).
 */
import type { EquationKind } from '../dissipators/index.js';
import { InputError } from './input-error.js';
import type { NumericModel } from './physical.js';

/** What a command computes from a model file. */
export type NetworkComputation =
  /** One exact moment system (derive, code, and matrix / ep, which lower it). */
  | { readonly kind: 'derivation'; readonly equation: EquationKind; readonly order: 1 | 2 }
  /** Every equation at both orders (latex). */
  | { readonly kind: 'document' }
  /** The covariance form at numbers and a Lyapunov solve (steady, heat; matrix --sparse under the local equation). */
  | { readonly kind: 'covariance' };

/** Largest N of an exact derivation, by order and equation (without x–p couplings). */
export const DERIVATION_MODE_LIMITS: Readonly<Record<1 | 2, Readonly<Record<EquationKind, number>>>> = Object.freeze({
  1: Object.freeze({ local: 400, global: 32, redfield: 12, 'partial-secular': 12 }),
  2: Object.freeze({ local: 32, global: 20, redfield: 10, 'partial-secular': 10 }),
});
export const DOCUMENT_MODE_LIMIT = 10;
export const COVARIANCE_MODE_LIMIT = 500;

function describe(c: NetworkComputation): string {
  switch (c.kind) {
    case 'derivation':
      return `the exact ${c.equation} ${c.order === 1 ? 'first' : 'second'}-moment equations take`;
    case 'document':
      return 'the LaTeX document (every equation, both orders) takes';
    case 'covariance':
      return 'the covariance form and its Lyapunov solve take';
  }
}

/** The most modes `c` takes for this model. */
export function modeLimit(model: NumericModel, c: NetworkComputation): number {
  const mixing = model.couplings.some((k) => k.kind === 'xp');
  switch (c.kind) {
    case 'derivation': {
      const limit = DERIVATION_MODE_LIMITS[c.order][c.equation];
      return mixing && c.equation !== 'local' ? Math.max(2, Math.floor(limit / 2)) : limit;
    }
    case 'document':
      return mixing ? Math.max(2, DOCUMENT_MODE_LIMIT / 2) : DOCUMENT_MODE_LIMIT;
    case 'covariance':
      return COVARIANCE_MODE_LIMIT;
  }
}

/** An InputError naming the model file when the network is larger than `c` takes. */
export function checkNetworkSize(model: NumericModel, c: NetworkComputation): void {
  const n = model.frequencies.length;
  const limit = modeLimit(model, c);
  if (n <= limit) return;
  const numbers = c.kind === 'covariance' ? '' : `; for numbers use steady or heat --model-file (up to ${COVARIANCE_MODE_LIMIT} modes)${c.kind === 'derivation' && c.order === 2 && c.equation === 'local' ? ' or matrix --order 2 --sparse' : ''}`;
  throw new InputError('--model-file', `${n} modes: ${describe(c)} at most ${limit} modes${model.couplings.some((k) => k.kind === 'xp') && c.kind !== 'covariance' ? ' with x–p couplings' : ''} (docs/architecture.md, "Input limits")${numbers}`);
}
