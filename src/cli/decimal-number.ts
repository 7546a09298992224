/**
 * Numbers on the command line are decimal literals only: an optional sign, digits with an optional
 * point, an optional exponent (1, -2.5, .5, 1e-4, 3E+8). Hexadecimal (0x10), binary (0b1), octal
 * (0o7), Infinity, empty text and surrounding blanks are not numbers here, though JavaScript's
 * Number() accepts them.
 */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The value of a decimal literal, or NaN for anything else (and for a literal that overflows). */
export function parseDecimal(text: string): number {
  if (!DECIMAL.test(text)) return NaN;
  const v = Number(text);
  return Number.isFinite(v) ? v : NaN;
}
