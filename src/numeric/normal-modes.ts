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
import { type Rational, rational, addQ, subQ, mulQ, divQ, isZeroQ, ZERO, ONE, parseQ, negQ } from '../algebra/index.js';
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
  const g = polyGcd(p, derivative(p));
  return degree(p) - degree(g);
}

type Poly = Rational[]; // coefficients, lowest degree first

const degree = (p: Poly): number => { let d = p.length - 1; while (d > 0 && isZeroQ(p[d]!)) d--; return d; };
const trim = (p: Poly): Poly => p.slice(0, degree(p) + 1);
const derivative = (p: Poly): Poly => (p.length <= 1 ? [ZERO] : p.slice(1).map((c, i) => mulQ(c, rational(i + 1))));

/** det(λ I − A) by the Faddeev–LeVerrier recursion, exactly. */
function characteristicPolynomial(A: Rational[][]): Poly {
  const n = A.length;
  const coeffs: Rational[] = new Array(n + 1).fill(ZERO);
  coeffs[n] = ONE;
  let Mk: Rational[][] = A.map((r) => r.map(() => ZERO)); // M_0 = 0
  for (let k = 1; k <= n; k++) {
    // M_k = A M_{k-1} + c_{n-k+1} I, c_{n-k} = −tr(A M_k)/k
    const AM = A.map((row) => Mk[0]!.map((_, j) => row.reduce((s, a, m) => addQ(s, mulQ(a, Mk[m]![j]!)), ZERO)));
    Mk = AM.map((row, i) => row.map((v, j) => (i === j ? addQ(v, coeffs[n - k + 1]!) : v)));
    const AMk = A.map((row, i) => row.reduce((s, a, m) => addQ(s, mulQ(a, Mk[m]![i]!)), ZERO));
    const tr = AMk.reduce((s, v) => addQ(s, v), ZERO);
    coeffs[n - k] = negQ(divQ(tr, rational(k)));
  }
  return coeffs;
}

function polyRem(a: Poly, b: Poly): Poly {
  let r = trim(a);
  const db = degree(b);
  const lead = b[db]!;
  while (degree(r) >= db && !(degree(r) === 0 && isZeroQ(r[0]!))) {
    const dr = degree(r);
    const f = divQ(r[dr]!, lead);
    const next = r.slice();
    for (let i = 0; i <= db; i++) next[dr - db + i] = subQ(next[dr - db + i]!, mulQ(f, b[i]!));
    r = trim(next);
    if (dr === 0) break;
  }
  return r;
}

function polyGcd(a: Poly, b: Poly): Poly {
  let x = trim(a);
  let y = trim(b);
  while (!(degree(y) === 0 && isZeroQ(y[0]!))) {
    if (degree(y) === 0) return [ONE];
    const r = polyRem(x, y);
    x = y;
    y = r;
  }
  return x;
}
