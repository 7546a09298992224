/**
 * mathjs, loaded on first use. mathjs takes seconds to load; the library's entry point must not pay
 * that for users who never parse text. `require` loads it synchronously when a parser is first
 * called (and caches it, as Node does every module), so the parsing functions stay synchronous.
 * Only text parsers use it (algebra/parse.ts, numeric/spectral-expression.ts, render/printed-latex.ts).
 */
import { createRequire } from 'node:module';
import type * as MathJs from 'mathjs';

const load = createRequire(import.meta.url);

export function mathjs(): typeof MathJs {
  return load('mathjs') as typeof MathJs;
}
