/** The library's one error type for bad input, defined in the algebra stage (`algebra/input-error.ts`). */
export { InputError } from '../algebra/input-error.js';
