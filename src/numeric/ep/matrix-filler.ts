/**
 * Matrix fillers: functions (out, omega, k) => void that write the n×n
 * matrix M(ω, k) row-major into `out`. The EP-map engine receives them as
 * JavaScript source text so they can be shipped to worker threads.
 */

export type MatrixFiller = (out: Float64Array, omega: number, k: number) => void;

/**
 * Compiles the source text of a function expression, e.g.
 * "(out, omega, k) => { out[0] = omega; ... }", into a MatrixFiller.
 * The text runs with the privileges of the calling code: pass only trusted source.
 */
export function compileMatrixFiller(source: string): MatrixFiller {
  const candidate: unknown = new Function(`"use strict"; return (${source});`)();
  if (typeof candidate !== 'function') throw new TypeError('filler source does not evaluate to a function');
  if (candidate.length > 3) throw new TypeError(`a filler takes (out, omega, k); this one declares ${candidate.length} parameters`);
  return candidate as MatrixFiller;
}

/** Accepts a filler either compiled or as source text. */
export function asMatrixFiller(filler: MatrixFiller | string): MatrixFiller {
  return typeof filler === 'string' ? compileMatrixFiller(filler) : filler;
}
