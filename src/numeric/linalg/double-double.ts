/**
 * Double-double arithmetic: a real number represented as the unevaluated
 * sum hi + lo of two doubles with |lo| ≤ ulp(hi)/2, giving about 106 bits
 * (unit roundoff ≈ 2⁻¹⁰⁴ ≈ 4.9e−32). Error-free transformations after
 * Dekker and Knuth (twoSum, Dekker's split product: JavaScript has no FMA);
 * algorithms as in the QD library of Hida, Li and Bailey.
 */

export interface DoubleDouble {
  readonly hi: number;
  readonly lo: number;
}

/** Unit roundoff of double-double arithmetic. */
export const DOUBLE_DOUBLE_EPS = 4.93038065763132e-32;

const SPLITTER = 134217729; // 2^27 + 1

export const DD_ZERO: DoubleDouble = Object.freeze({ hi: 0, lo: 0 });
export const DD_ONE: DoubleDouble = Object.freeze({ hi: 1, lo: 0 });

export function ddFromNumber(x: number): DoubleDouble {
  return { hi: x, lo: 0 };
}

export function ddToNumber(a: DoubleDouble): number {
  return a.hi + a.lo;
}

function renormalised(s: number, e: number): DoubleDouble {
  const hi = s + e;
  return { hi, lo: e - (hi - s) };
}

export function ddAdd(a: DoubleDouble, b: DoubleDouble): DoubleDouble {
  // twoSum of the high parts and of the low parts, then renormalise.
  let s = a.hi + b.hi;
  let bb = s - a.hi;
  let e = a.hi - (s - bb) + (b.hi - bb);
  const t = a.lo + b.lo;
  bb = t - a.lo;
  const f = a.lo - (t - bb) + (b.lo - bb);
  e += t;
  let hi = s + e;
  e = e - (hi - s);
  s = hi;
  e += f;
  hi = s + e;
  return { hi, lo: e - (hi - s) };
}

export function ddNegate(a: DoubleDouble): DoubleDouble {
  return { hi: -a.hi, lo: -a.lo };
}

export function ddSub(a: DoubleDouble, b: DoubleDouble): DoubleDouble {
  return ddAdd(a, { hi: -b.hi, lo: -b.lo });
}

/** Exact product a·b = p + err of two doubles (Dekker). Returns err. */
function productError(a: number, b: number, p: number): number {
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

export function ddMul(a: DoubleDouble, b: DoubleDouble): DoubleDouble {
  const p = a.hi * b.hi;
  const e = productError(a.hi, b.hi, p) + (a.hi * b.lo + a.lo * b.hi);
  return renormalised(p, e);
}

export function ddMulNumber(a: DoubleDouble, b: number): DoubleDouble {
  const p = a.hi * b;
  const e = productError(a.hi, b, p) + a.lo * b;
  return renormalised(p, e);
}

/** The exact product of two doubles, as a double-double. */
export function ddProductOfNumbers(a: number, b: number): DoubleDouble {
  const p = a * b;
  return renormalised(p, productError(a, b, p));
}

export function ddDiv(a: DoubleDouble, b: DoubleDouble): DoubleDouble {
  const q1 = a.hi / b.hi;
  let r = ddSub(a, ddMulNumber(b, q1));
  const q2 = r.hi / b.hi;
  r = ddSub(r, ddMulNumber(b, q2));
  const q3 = r.hi / b.hi;
  return ddAdd(renormalised(q1, q2), { hi: q3, lo: 0 });
}

export function ddSqrt(a: DoubleDouble): DoubleDouble {
  if (a.hi <= 0) {
    if (a.hi === 0) return DD_ZERO;
    return { hi: Number.NaN, lo: Number.NaN };
  }
  // Karp's trick: sqrt(a) ≈ a·x + (a − (a·x)²)·x/2 with x = 1/sqrt(a.hi).
  const x = 1 / Math.sqrt(a.hi);
  const ax = a.hi * x;
  const correction = ddSub(a, ddProductOfNumbers(ax, ax)).hi * (x * 0.5);
  return ddAdd({ hi: ax, lo: 0 }, { hi: correction, lo: 0 });
}

export function ddAbs(a: DoubleDouble): DoubleDouble {
  return a.hi < 0 || (a.hi === 0 && a.lo < 0) ? ddNegate(a) : a;
}

/** Sign of a: −1, 0 or 1. */
export function ddSign(a: DoubleDouble): number {
  if (a.hi !== 0) return Math.sign(a.hi);
  return Math.sign(a.lo);
}
