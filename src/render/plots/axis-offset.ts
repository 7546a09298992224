/**
 * The ×10ⁿ offset of an axis, as matplotlib shows it: when the largest |value| on the axis is
 * ≥ 10⁴ or < 10⁻², the tick labels show value / 10ⁿ and the title ends in "(×10ⁿ)". The data
 * (and the CSV) keep the true values; only Vega's label expression divides.
 */
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export function superscript(n: number): string {
  return String(n).replace('-', '⁻').replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]!);
}

/** The exponent n for values spanning [lo, hi] (0: no offset). */
export function offsetExponent(lo: number, hi: number): number {
  const largest = Math.max(Math.abs(lo), Math.abs(hi));
  if (!(largest > 0) || !Number.isFinite(largest)) return 0;
  return largest >= 1e4 || largest < 1e-2 ? Math.floor(Math.log10(largest)) : 0;
}

/** Title and Vega-Lite axis properties for an axis over [lo, hi]. */
export function offsetAxis(title: string, lo: number, hi: number): { title: string; labelExpr?: string } {
  const n = offsetExponent(lo, hi);
  if (n === 0) return { title };
  return { title: `${title} (×10${superscript(n)})`, labelExpr: `format(datum.value / 1e${n}, '~g')` };
}

/** Finite minimum and maximum of values ([0, 1] when there are none). */
export function finiteExtent(values: Iterable<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return Number.isFinite(lo) ? [lo, hi] : [0, 1];
}

/** A Vega expression of `expr` (an integer) in superscript digits, e.g. −8 → "⁻⁸". */
function superscriptExpr(expr: string): string {
  let out = `format(${expr}, 'd')`;
  out = `replace(${out}, '-', '⁻')`;
  out = `replace(${out}, '−', '⁻')`;
  for (let d = 0; d <= 9; d++) out = `replace(${out}, regexp('${d}', 'g'), '${SUPERSCRIPT[d]}')`;
  return out;
}

/** Axis properties of a log axis labelled 10ⁿ at the decades (other ticks unlabelled). */
export function decadeAxis(title: string): { title: string; labelExpr: string } {
  const exponent = 'log(datum.value) / LN10';
  return { title, labelExpr: `abs(${exponent} - round(${exponent})) < 1e-6 ? '10' + ${superscriptExpr(`round(${exponent})`)} : ''` };
}
