/**
 * A number printed with the precision it carries: as many significant digits as its error bound
 * allows (at most `maxDigits`), and the bound itself; a value no larger than its bound is not
 * resolved and is printed as the bound alone.
 */
export function significantDigits(value: number, error: number, maxDigits: number): number {
  if (!(error > 0)) return maxDigits;
  const digits = Math.floor(Math.log10(Math.abs(value) / error));
  return Math.max(1, Math.min(maxDigits, digits));
}

export function formatMeasured(value: number, error: number, maxDigits = 7): string {
  if (!(Math.abs(value) > error)) return `0 (not resolved: |value| ≤ ${error.toExponential(1)})`;
  return `${value.toExponential(significantDigits(value, error, maxDigits) - 1)} ± ${error.toExponential(1)}`;
}

/** The value alone, rounded to the digits its error allows; "±bound" (zero within it) where it is not resolved. */
export function formatRounded(value: number, error: number, maxDigits = 7): string {
  if (!(Math.abs(value) > error)) return `±${error.toExponential(1)}`;
  return value.toExponential(significantDigits(value, error, maxDigits) - 1);
}
