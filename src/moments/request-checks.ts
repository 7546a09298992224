/** The checks of a moment request ({ model, equation, order, basis }), shared by the entry points that take one. */
import { requestObject, builtModel, oneOf } from '../model/index.js';
import { EQUATIONS } from '../dissipators/index.js';

const BASES = ['local', 'normal'] as const;
const ORDERS = [1, 2] as const;

/** Throws an InputError naming `entry(request.field)` for the first argument that is wrong. */
export function checkMomentRequest(entry: string, request: unknown, fields: { readonly order: boolean } = { order: true }): void {
  const r = requestObject(`${entry}(request)`, request);
  builtModel(`${entry}(request.model)`, r['model']);
  oneOf(`${entry}(request.equation)`, r['equation'], EQUATIONS);
  if (fields.order) oneOf(`${entry}(request.order)`, r['order'], ORDERS);
  oneOf(`${entry}(request.basis)`, r['basis'], BASES);
}
