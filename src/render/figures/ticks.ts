/** Tick positions and labels for linear and logarithmic axes. */
import type { AxisScale } from './axis-scale.js';

/** A labelled tick; labels are label markup (e.g. "10^{−3}"). */
export interface MajorTick {
  readonly value: number;
  readonly label: string;
}

/** The ticks of one axis. */
export interface TickSet {
  readonly major: readonly MajorTick[];
  /** Unlabelled short ticks. */
  readonly minor: readonly number[];
  /**
   * Common factor of the labels, as markup (e.g. "×10^{−8}"), drawn once at the end of
   * the axis; null when the labels are the values themselves.
   */
  readonly multiplier: string | null;
}

const MINUS = '\u2212';

/** The "nice" step (1, 2 or 5 × 10ⁿ) giving about `targetCount` intervals over `span`. */
export function niceStep(span: number, targetCount: number): number {
  const raw = span / Math.max(1, targetCount);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const normalised = raw / magnitude;
  const factor = normalised < 1.5 ? 1 : normalised < 3.5 ? 2 : normalised < 7.5 ? 5 : 10;
  return factor * magnitude;
}

/** Multiples of the nice step inside [min, max] (tiny rounding residues snapped to 0). */
export function linearTickValues(min: number, max: number, targetCount: number): number[] {
  const step = niceStep(max - min, targetCount);
  const first = Math.ceil(min / step - 1e-9);
  const last = Math.floor(max / step + 1e-9);
  const values: number[] = [];
  for (let i = first; i <= last; i++) values.push(Math.abs(i) < 1e-9 ? 0 : i * step);
  return values;
}

/** Writes a number with an ASCII '-' replaced by a true minus sign. */
export function withMinusSign(text: string): string {
  return text.replace(/^-/, MINUS);
}

/** Decimal exponent shown once as "×10ⁿ" when the labels would be very small or large, else 0. */
export function commonExponent(values: readonly number[]): number {
  const largest = Math.max(0, ...values.map(Math.abs));
  if (largest === 0) return 0;
  const exponent = Math.floor(Math.log10(largest) + 1e-9);
  return exponent >= 4 || exponent <= -3 ? exponent : 0;
}

/** Labels for evenly spaced values, with as many decimals as the step needs. */
export function formatLinearTicks(values: readonly number[], step: number, exponent: number): string[] {
  const scale = 10 ** exponent;
  const decimals = Math.max(0, Math.ceil(-Math.log10(step / scale) - 1e-9));
  return values.map((v) => {
    const text = (v / scale).toFixed(Math.min(20, decimals));
    return withMinusSign(/^-0(\.0+)?$/.test(text) ? text.slice(1) : text);
  });
}

/** "×10^{n}" markup for a common exponent. */
export function multiplierMarkup(exponent: number): string {
  return `×10^{${withMinusSign(String(exponent))}}`;
}

function linearTicks(min: number, max: number, targetCount: number): TickSet {
  const values = linearTickValues(min, max, targetCount);
  const step = niceStep(max - min, targetCount);
  const exponent = commonExponent(values);
  const labels = formatLinearTicks(values, step, exponent);
  return {
    major: values.map((value, i) => ({ value, label: labels[i]! })),
    minor: [],
    multiplier: exponent === 0 ? null : multiplierMarkup(exponent),
  };
}

/** "10^{n}" markup, or "m×10^{n}" for a mantissa other than 1. */
export function decadeLabel(mantissa: number, exponent: number): string {
  const power = `10^{${withMinusSign(String(exponent))}}`;
  return mantissa === 1 ? power : `${mantissa}×${power}`;
}

/** m × 10ⁿ as a plain number for moderate n (0.05, 2, 500), else as decadeLabel. */
function mantissaLabel(mantissa: number, exponent: number): string {
  if (exponent < -3 || exponent > 3) return decadeLabel(mantissa, exponent);
  return exponent >= 0 ? String(mantissa * 10 ** exponent) : (mantissa * 10 ** exponent).toFixed(-exponent);
}

function logTicks(min: number, max: number, targetCount: number): TickSet {
  const low = Math.ceil(Math.log10(min) - 1e-9);
  const high = Math.floor(Math.log10(max) + 1e-9);
  const decades = high - low + 1;
  if (decades < 2) {
    // Less than two decades in view: label 1, 2 and 5 × 10ⁿ, as plain numbers where short.
    const major: MajorTick[] = [];
    for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) {
      for (const m of [1, 2, 5]) {
        const value = m * 10 ** e;
        if (value >= min * (1 - 1e-9) && value <= max * (1 + 1e-9)) major.push({ value, label: mantissaLabel(m, e) });
      }
    }
    return { major, minor: [], multiplier: null };
  }
  const stride = Math.max(1, Math.ceil(decades / Math.max(2, targetCount + 1)));
  const major: MajorTick[] = [];
  for (let e = low; e <= high; e++) {
    if ((e - low) % stride === 0) major.push({ value: 10 ** e, label: decadeLabel(1, e) });
  }
  const minor: number[] = [];
  if (stride === 1) {
    for (let e = low - 1; e <= high; e++) {
      for (let m = 2; m <= 9; m++) {
        const value = m * 10 ** e;
        if (value >= min && value <= max) minor.push(value);
      }
    }
  }
  return { major, minor, multiplier: null };
}

/** Ticks for an axis, aiming at about `targetCount` labelled intervals. */
export function axisTicks(scale: AxisScale, targetCount: number): TickSet {
  switch (scale.kind) {
    case 'linear':
      return linearTicks(scale.min, scale.max, targetCount);
    case 'log':
      return logTicks(scale.min, scale.max, targetCount);
  }
}
