/** The checks of a moment request ({ model, equation, order, basis }), shared by the entry points that take one. */
import { requestObject, builtModel, oneOf } from '../model/index.js';
import { ALL_EQUATIONS } from '../dissipators/index.js';

const BASES = ['local', 'normal'] as const;
const ORDERS = [1, 2] as const;

/** Throws an InputError naming `entry(request.field)` for the first argument that is wrong. */
export function checkMomentRequest(entry: string, request: unknown, fields: { readonly order: boolean } = { order: true }): void {
  const r = requestObject(`${entry}(request)`, request);
  builtModel(`${entry}(request.model)`, r['model']);
  // An equation by name, or as a value built by masterEquation (partial-secular with its cutoff).
  const equation = r['equation'];
  const kind = typeof equation === 'object' && equation !== null && 'kind' in equation ? (equation as { kind: unknown }).kind : equation;
  oneOf(`${entry}(request.equation)`, kind, ALL_EQUATIONS);
  if (fields.order) oneOf(`${entry}(request.order)`, r['order'], ORDERS);
  oneOf(`${entry}(request.basis)`, r['basis'], BASES);
}
