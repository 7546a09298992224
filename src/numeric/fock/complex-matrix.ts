/**
 * Minimal dense complex square matrices backed by two Float64Arrays (row-major).
 *
 * Every function treats its inputs as immutable and returns a fresh matrix. The products
 * skip exact zeros of the left factor, so sparse operators (ladder operators, quadratures,
 * a density matrix with small support) multiply in time proportional to their non-zeros.
 */

export interface CMatrix {
  /** Side of the square matrix. */
  readonly n: number;
  /** Real parts, row-major: entry (i, j) at i * n + j. Never mutated after construction. */
  readonly re: Float64Array;
  /** Imaginary parts, same layout. */
  readonly im: Float64Array;
}

export interface Complex {
  readonly re: number;
  readonly im: number;
}

/** A trace with the sum of the absolute values of its terms, to judge rounding. */
export interface TraceWithScale extends Complex {
  readonly absSum: number;
}

function assertSameSize(a: CMatrix, b: CMatrix, what: string): void {
  if (a.n !== b.n) throw new Error(`${what}: size mismatch ${a.n} vs ${b.n}`);
}

export function zeros(n: number): CMatrix {
  if (!Number.isInteger(n) || n <= 0) throw new Error(`zeros: bad size ${n}`);
  return { n, re: new Float64Array(n * n), im: new Float64Array(n * n) };
}

export function identity(n: number): CMatrix {
  const m = zeros(n);
  for (let i = 0; i < n; i++) m.re[i * n + i] = 1;
  return m;
}

/** Builds a matrix from an entry function (i, j) -> complex. */
export function fromEntries(n: number, entry: (i: number, j: number) => Complex): CMatrix {
  const m = zeros(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const z = entry(i, j);
      m.re[i * n + j] = z.re;
      m.im[i * n + j] = z.im;
    }
  }
  return m;
}

export function get(a: CMatrix, i: number, j: number): Complex {
  const k = i * a.n + j;
  return { re: a.re[k] ?? NaN, im: a.im[k] ?? NaN };
}

export function add(a: CMatrix, b: CMatrix): CMatrix {
  assertSameSize(a, b, 'add');
  const c = zeros(a.n);
  for (let k = 0; k < a.re.length; k++) {
    c.re[k] = (a.re[k] as number) + (b.re[k] as number);
    c.im[k] = (a.im[k] as number) + (b.im[k] as number);
  }
  return c;
}

export function sub(a: CMatrix, b: CMatrix): CMatrix {
  assertSameSize(a, b, 'sub');
  const c = zeros(a.n);
  for (let k = 0; k < a.re.length; k++) {
    c.re[k] = (a.re[k] as number) - (b.re[k] as number);
    c.im[k] = (a.im[k] as number) - (b.im[k] as number);
  }
  return c;
}

/** z · a for a complex (or real) scalar z. */
export function scale(a: CMatrix, z: Complex | number): CMatrix {
  const zr = typeof z === 'number' ? z : z.re;
  const zi = typeof z === 'number' ? 0 : z.im;
  const c = zeros(a.n);
  for (let k = 0; k < a.re.length; k++) {
    const ar = a.re[k] as number;
    const ai = a.im[k] as number;
    c.re[k] = zr * ar - zi * ai;
    c.im[k] = zr * ai + zi * ar;
  }
  return c;
}

/** Σ_t z_t · a_t; at least one term. */
export function linearCombination(terms: ReadonlyArray<readonly [Complex | number, CMatrix]>): CMatrix {
  const first = terms[0];
  if (first === undefined) throw new Error('linearCombination: no terms');
  let acc = scale(first[1], first[0]);
  for (let t = 1; t < terms.length; t++) {
    const term = terms[t] as readonly [Complex | number, CMatrix];
    acc = add(acc, scale(term[1], term[0]));
  }
  return acc;
}

export function adjoint(a: CMatrix): CMatrix {
  const n = a.n;
  const c = zeros(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      c.re[j * n + i] = a.re[i * n + j] as number;
      c.im[j * n + i] = -(a.im[i * n + j] as number);
    }
  }
  return c;
}

/** a · b, skipping exact zeros of a. */
export function mul(a: CMatrix, b: CMatrix): CMatrix {
  assertSameSize(a, b, 'mul');
  const n = a.n;
  const c = zeros(n);
  const are = a.re;
  const aim = a.im;
  const bre = b.re;
  const bim = b.im;
  const cre = c.re;
  const cim = c.im;
  for (let i = 0; i < n; i++) {
    const ri = i * n;
    for (let k = 0; k < n; k++) {
      const xr = are[ri + k] as number;
      const xi = aim[ri + k] as number;
      if (xr === 0 && xi === 0) continue;
      const rk = k * n;
      for (let j = 0; j < n; j++) {
        const yr = bre[rk + j] as number;
        const yi = bim[rk + j] as number;
        cre[ri + j] = (cre[ri + j] as number) + xr * yr - xi * yi;
        cim[ri + j] = (cim[ri + j] as number) + xr * yi + xi * yr;
      }
    }
  }
  return c;
}

/** Product of several matrices, left to right. */
export function mulAll(...factors: CMatrix[]): CMatrix {
  const first = factors[0];
  if (first === undefined) throw new Error('mulAll: no factors');
  let acc = first;
  for (let t = 1; t < factors.length; t++) acc = mul(acc, factors[t] as CMatrix);
  return acc;
}

/** [a, b] = ab − ba. */
export function commutator(a: CMatrix, b: CMatrix): CMatrix {
  return sub(mul(a, b), mul(b, a));
}

/** ½{a, b} = (ab + ba)/2. */
export function halfAnticommutator(a: CMatrix, b: CMatrix): CMatrix {
  return scale(add(mul(a, b), mul(b, a)), 0.5);
}

export function trace(a: CMatrix): Complex {
  let re = 0;
  let im = 0;
  for (let i = 0; i < a.n; i++) {
    re += a.re[i * a.n + i] as number;
    im += a.im[i * a.n + i] as number;
  }
  return { re, im };
}

/** tr(a · b) = Σ_ij a_ij b_ji, without forming the product; absSum = Σ_ij |a_ij b_ji|. */
export function traceOfProduct(a: CMatrix, b: CMatrix): TraceWithScale {
  assertSameSize(a, b, 'traceOfProduct');
  const n = a.n;
  let re = 0;
  let im = 0;
  let absSum = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const xr = a.re[i * n + j] as number;
      const xi = a.im[i * n + j] as number;
      if (xr === 0 && xi === 0) continue;
      const yr = b.re[j * n + i] as number;
      const yi = b.im[j * n + i] as number;
      const pr = xr * yr - xi * yi;
      const pi = xr * yi + xi * yr;
      re += pr;
      im += pi;
      absSum += Math.hypot(pr, pi);
    }
  }
  return { re, im, absSum };
}

/** Kronecker product a ⊗ b (a's index is the more significant one). */
export function kron(a: CMatrix, b: CMatrix): CMatrix {
  const n = a.n * b.n;
  const c = zeros(n);
  for (let i1 = 0; i1 < a.n; i1++) {
    for (let j1 = 0; j1 < a.n; j1++) {
      const xr = a.re[i1 * a.n + j1] as number;
      const xi = a.im[i1 * a.n + j1] as number;
      if (xr === 0 && xi === 0) continue;
      for (let i2 = 0; i2 < b.n; i2++) {
        for (let j2 = 0; j2 < b.n; j2++) {
          const yr = b.re[i2 * b.n + j2] as number;
          const yi = b.im[i2 * b.n + j2] as number;
          const k = (i1 * b.n + i2) * n + (j1 * b.n + j2);
          c.re[k] = xr * yr - xi * yi;
          c.im[k] = xr * yi + xi * yr;
        }
      }
    }
  }
  return c;
}

/** Largest modulus of an entry. */
export function maxAbs(a: CMatrix): number {
  let m = 0;
  for (let k = 0; k < a.re.length; k++) m = Math.max(m, Math.hypot(a.re[k] as number, a.im[k] as number));
  return m;
}

export function maxAbsDiff(a: CMatrix, b: CMatrix): number {
  return maxAbs(sub(a, b));
}
