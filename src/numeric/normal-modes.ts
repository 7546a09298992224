/**
 * Normal modes of any network without x–p couplings, numerically (the Williamson form of a
 * block-diagonal Hamiltonian matrix): H_S = ½ xᵀ V x + ½ pᵀ T p with V, T positive definite.
 * With the Cholesky factor T = G Gᵀ and Gᵀ V G = O diag(Ω²) Oᵀ, the point transformation
 *     x = L η,  p = L⁻ᵀ Π,  L = G O
 * is symplectic and gives H_S = Σ_j (Π_j² + Ω_j² η_j²)/2. Ω_j are sorted descending (Ω_1 largest,
 * as in eq. 40); each column of L has its first clearly non-zero entry positive.
 *
 * Exact degeneracy of the Ω_j is decided exactly when the model is rational (xx and pp couplings
 * with decimal inputs): the number of distinct Ω² is deg p − deg gcd(p, p′) for the exact
 * characteristic polynomial p of T V, and the numerically closest values are merged until that
 * many classes remain. Otherwise (hop couplings, whose √(ω_a ω_b) are not rational, or more than
 * EXACT_LIMIT modes) frequencies within DEGENERACY_TOLERANCE (relative) are one class.
 */
import { EigenvalueDecomposition, Matrix, CholeskyDecomposition, inverse } from 'ml-matrix';
import { type Rational, addQ, mulQ, ZERO, ONE, parseQ } from '../algebra/index.js';
import type { NumericModel } from './physical.js';
import { InputError } from './input-error.js';

export interface NumericNormalModes {
  /** Ω_j, descending. */
  readonly Omega: readonly number[];
  /** Frequency class of each normal mode (equal classes: exactly degenerate). */
  readonly classes: readonly number[];
  /** L[α][j]: x_α = Σ_j L_αj η_j. */
  readonly L: readonly (readonly number[])[];
  /** Q[α][j] = (L⁻ᵀ)_αj: p_α = Σ_j Q_αj Π_j. */
  readonly Q: readonly (readonly number[])[];
  /** How the degeneracy was decided. */
  readonly degeneracy: 'exact' | 'tolerance';
}

export const DEGENERACY_TOLERANCE = 1e-9;
/** Largest number of modes for the exact degeneracy test. */
export const EXACT_LIMIT = 16;

/** V and T of H_S = ½ xᵀ V x + ½ pᵀ T p; hop g: V_ab = g √(ω_a ω_b), T_ab = g / √(ω_a ω_b). */
export function hamiltonianBlocks(model: NumericModel): { V: number[][]; T: number[][] } {
  const n = model.frequencies.length;
  const V = Array.from({ length: n }, (_, a) => Array.from({ length: n }, (_, b) => (a === b ? model.frequencies[a]! ** 2 : 0)));
  const T = Array.from({ length: n }, (_, a) => Array.from({ length: n }, (_, b) => (a === b ? 1 : 0)));
  for (const c of model.couplings) {
    const put = (M: number[][], v: number): void => { M[c.a]![c.b]! += v; M[c.b]![c.a]! += v; };
    switch (c.kind) {
      case 'xx': put(V, c.strength); break;
      case 'pp': put(T, c.strength); break;
      case 'hop': {
        const r = Math.sqrt(model.frequencies[c.a]! * model.frequencies[c.b]!);
        put(V, c.strength * r);
        put(T, c.strength / r);
        break;
      }
      case 'xp': throw new InputError(`couplings (x–p between ${c.a} and ${c.b})`, 'x–p couplings mix x and p in the normal modes, which only the local equation serves');
    }
  }
  return { V, T };
}

export function numericNormalModes(model: NumericModel): NumericNormalModes {
  const { V, T } = hamiltonianBlocks(model);
  const n = V.length;
  const chol = new CholeskyDecomposition(new Matrix(T));
  if (!chol.isPositiveDefinite()) throw new InputError('couplings', 'the kinetic part of H_S is not positive definite (H_S unbounded below)');
  const G = chol.lowerTriangularMatrix;
  const K = G.transpose().mmul(new Matrix(V)).mmul(G);
  const eig = new EigenvalueDecomposition(K.add(K.transpose()).div(2), { assumeSymmetric: true });
  const order = eig.realEigenvalues.map((w2, j) => [w2, j] as const).sort((u, v) => v[0] - u[0]);
  if (order.some(([w2]) => !(w2 > 0))) throw new InputError('couplings', 'the couplings make H_S unbounded below (a normal-mode frequency is not real)');
  const O = eig.eigenvectorMatrix;
  const Lm = G.mmul(new Matrix(order.map(([, j]) => O.getColumn(j))).transpose());
  for (let j = 0; j < n; j++) {
    const col = Lm.getColumn(j);
    const big = Math.max(...col.map(Math.abs));
    const first = col.find((v) => Math.abs(v) > 1e-8 * big) ?? 1;
    if (first < 0) for (let a = 0; a < n; a++) Lm.set(a, j, -Lm.get(a, j));
  }
  const Qm = inverse(Lm).transpose();
  const Omega2 = order.map(([w2]) => w2);
  const exact = exactDistinctCount(model);
  const classes = exact === null ? toleranceClasses(Omega2) : closestClasses(Omega2, exact);
  const Omega = Omega2.map(Math.sqrt);
  // Degenerate modes share one Ω: the mean of the class.
  const shared = Omega.map((_, j) => {
    const members = Omega.filter((__, i) => classes[i] === classes[j]);
    return members.reduce((s, w) => s + w, 0) / members.length;
  });
  return { Omega: shared, classes, L: Lm.to2DArray(), Q: Qm.to2DArray(), degeneracy: exact === null ? 'tolerance' : 'exact' };
}

/** Classes of sorted (descending) values, adjacent values within the relative tolerance merged. */
function toleranceClasses(values: readonly number[]): number[] {
  const out: number[] = [];
  values.forEach((v, j) => {
    if (j === 0) out.push(0);
    else out.push(Math.abs(values[j - 1]! - v) <= DEGENERACY_TOLERANCE * Math.abs(v) ? out[j - 1]! : out[j - 1]! + 1);
  });
  return out;
}

/** Classes of sorted values with exactly `count` classes: the n − count smallest adjacent gaps are merged. */
function closestClasses(values: readonly number[], count: number): number[] {
  const gaps = values.slice(1).map((v, i) => [Math.abs(values[i]! - v), i] as const).sort((a, b) => a[0] - b[0]);
  const merged = new Set(gaps.slice(0, values.length - count).map(([, i]) => i));
  const out: number[] = [];
  values.forEach((_, j) => out.push(j === 0 ? 0 : merged.has(j - 1) ? out[j - 1]! : out[j - 1]! + 1));
  return out;
}

/** The number of distinct eigenvalues of T V, exactly, or null when the model is not rational. */
function exactDistinctCount(model: NumericModel): number | null {
  const n = model.frequencies.length;
  if (n > EXACT_LIMIT || model.couplings.some((c) => c.kind !== 'xx' && c.kind !== 'pp')) return null;
  const q = (x: number): Rational => parseQ(String(x));
  let V: Rational[][];
  let T: Rational[][];
  try {
    V = Array.from({ length: n }, (_, a) => Array.from({ length: n }, (_, b) => (a === b ? mulQ(q(model.frequencies[a]!), q(model.frequencies[a]!)) : ZERO)));
    T = Array.from({ length: n }, (_, a) => Array.from({ length: n }, (_, b) => (a === b ? ONE : ZERO)));
    for (const c of model.couplings) {
      const M = c.kind === 'xx' ? V : T;
      M[c.a]![c.b] = addQ(M[c.a]![c.b]!, q(c.strength));
      M[c.b]![c.a] = addQ(M[c.b]![c.a]!, q(c.strength));
    }
  } catch {
    return null;
  }
  const A = T.map((row) => V[0]!.map((_, j) => row.reduce((s, t, m) => addQ(s, mulQ(t, V[m]![j]!)), ZERO)));
  const p = characteristicPolynomial(A);
  return degree(p) - degree(primitiveGcd(p, derivative(p)));
}

type Poly = bigint[]; // integer coefficients, lowest degree first

const degree = (p: Poly): number => { let d = p.length - 1; while (d > 0 && p[d] === 0n) d--; return d; };
const isZeroPoly = (p: Poly): boolean => p.every((c) => c === 0n);
const derivative = (p: Poly): Poly => (p.length <= 1 ? [0n] : p.slice(1).map((c, i) => c * BigInt(i + 1)));
const bigGcd = (x: bigint, y: bigint): bigint => { x = x < 0n ? -x : x; y = y < 0n ? -y : y; while (y !== 0n) [x, y] = [y, x % y]; return x; };

function primitive(p: Poly): Poly {
  const q = p.slice(0, degree(p) + 1);
  const content = q.reduce((g, c) => bigGcd(g, c), 0n);
  return content === 0n ? [0n] : q.map((c) => c / content);
}

/** gcd of integer polynomials up to a constant, by the primitive pseudo-remainder sequence. */
function primitiveGcd(a: Poly, b: Poly): Poly {
  let x = primitive(a);
  let y = primitive(b);
  while (!isZeroPoly(y)) {
    if (degree(y) === 0) return [1n];
    // pseudo-remainder of x by y
    let r = x.slice(0, degree(x) + 1);
    const dy = degree(y);
    const lead = y[dy]!;
    while (!isZeroPoly(r) && degree(r) >= dy) {
      const dr = degree(r);
      const f = r[dr]!;
      r = r.map((c) => c * lead);
      for (let i = 0; i <= dy; i++) r[dr - dy + i] = r[dr - dy + i]! - f * y[i]!;
      r = primitive(r);
    }
    x = y;
    y = primitive(r);
  }
  return x;
}

/**
 * det(λ I − A) exactly. A is scaled to an integer matrix B = D A (D the common denominator), whose
 * characteristic polynomial has integer coefficients, by the Faddeev–LeVerrier recursion in
 * bigints (every division by k is exact); then λ is scaled back: p_A(λ) = D^{−n} p_B(D λ).
 */
function characteristicPolynomial(A: Rational[][]): Poly {
  const n = A.length;
  let D = 1n;
  const gcd = (x: bigint, y: bigint): bigint => { while (y !== 0n) [x, y] = [y, x % y]; return x < 0n ? -x : x; };
  for (const row of A) for (const q of row) D = (D / gcd(D, q.den)) * q.den;
  const B = A.map((row) => row.map((q) => (q.num * D) / q.den));
  const c: bigint[] = new Array(n + 1).fill(0n);
  c[n] = 1n;
  let M: bigint[][] = B.map((r) => r.map(() => 0n));
  for (let k = 1; k <= n; k++) {
    const BM = B.map((row) => M[0]!.map((_, j) => row.reduce((s, b, m) => s + b * M[m]![j]!, 0n)));
    M = BM.map((row, i) => row.map((v, j) => (i === j ? v + c[n - k + 1]! : v)));
    let tr = 0n;
    for (let i = 0; i < n; i++) for (let m = 0; m < n; m++) tr += B[i]![m]! * M[m]![i]!;
    c[n - k] = -tr / BigInt(k);
  }
  // p_A(λ) = D^{−n} p_B(D λ) has the roots of p_B divided by D: the same multiplicities.
  return c;
}

