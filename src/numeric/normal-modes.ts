/**
 * Normal modes of any network, numerically: H_S = ½ ξᵀ K ξ with ξ = (x_1, p_1, …, x_N, p_N) and K
 * positive definite is brought to H_S = Σ_j (Π_j² + Ω_j² η_j²)/2 by a symplectic ξ = S ζ,
 * ζ = (η_1, Π_1, …). Ω_j are sorted descending (Ω_1 largest, as in eq. 40).
 *
 * Without x–p couplings K is block-diagonal, H_S = ½ xᵀ V x + ½ pᵀ T p, and S is a point
 * transformation: with the Cholesky factor T = G Gᵀ and Gᵀ V G = O diag(Ω²) Oᵀ,
 *     x = L η,  p = L⁻ᵀ Π,  L = G O;
 * each column of L has its first clearly non-zero entry positive.
 *
 * With x–p couplings (or on request) S comes from Williamson's theorem (williamson below):
 * x_α and p_α then have amplitudes on both η_j and Π_j. The phase of each normal mode (a rotation
 * in its (Ω η_j, Π_j) plane, which leaves H_S unchanged) is chosen so that the first x_α with a
 * clearly non-zero amplitude on mode j has it on η_j only, positive; for a block-diagonal K this
 * is the point transformation again (up to rounding, for non-degenerate modes).
 *
 * Exact degeneracy of the Ω_j is decided exactly when the model is rational (xx, pp and xp
 * couplings with decimal inputs): the number of distinct Ω² is deg p − deg gcd(p, p′) for the
 * exact characteristic polynomial p of T V (of (J K)² with x–p couplings, whose eigenvalues are
 * −Ω_j², each twice), and the numerically closest values are merged until that many classes
 * remain. Otherwise (hop couplings, whose √(ω_a ω_b) are not rational, or more than EXACT_LIMIT
 * modes) frequencies within DEGENERACY_TOLERANCE (relative) are one class.
 */
import { Matrix, CholeskyDecomposition, inverse } from 'ml-matrix';
import { symmetricEigen } from './linalg/symmetric-eigen.js';
import { type Rational, addQ, mulQ, negQ, ZERO, ONE, parseQ } from '../algebra/index.js';
import type { NumericModel } from './physical.js';
import { InputError } from './input-error.js';

export interface NumericNormalModes {
  /** Ω_j, descending. */
  readonly Omega: readonly number[];
  /** Frequency class of each normal mode (equal classes: exactly degenerate). */
  readonly classes: readonly number[];
  /** L[α][j]: the amplitude of x_α on η_j. */
  readonly L: readonly (readonly number[])[];
  /** Q[α][j]: the amplitude of p_α on Π_j ((L⁻ᵀ)_αj for a point transformation). */
  readonly Q: readonly (readonly number[])[];
  /** LPi[α][j]: the amplitude of x_α on Π_j (zero for a point transformation). */
  readonly LPi: readonly (readonly number[])[];
  /** QEta[α][j]: the amplitude of p_α on η_j (zero for a point transformation). */
  readonly QEta: readonly (readonly number[])[];
  /** Whether S mixes x and p (Williamson), rather than being a point transformation. */
  readonly mixing: boolean;
  /** How the degeneracy was decided. */
  readonly degeneracy: 'exact' | 'tolerance';
}

export const DEGENERACY_TOLERANCE = 1e-9;
/** Largest number of modes for the exact degeneracy test. */
export const EXACT_LIMIT = 16;
/** Largest relative residual of S J Sᵀ = J and Sᵀ K S = diag(Ω², 1) accepted from Williamson. */
export const SYMPLECTIC_TOLERANCE = 1e-10;

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
      case 'xp': throw new InputError(`couplings (x–p between ${c.a} and ${c.b})`, 'x–p couplings mix x and p: H_S has no block-diagonal form (use hamiltonianMatrix)');
    }
  }
  return { V, T };
}

/**
 * K of H_S = ½ ξᵀ K ξ, ξ = (x_1, p_1, …, x_N, p_N): ω_α² and 1 on the diagonal, xx k at
 * (x_a, x_b), pp k at (p_a, p_b), xp k (H ∋ k x_a p_b) at (x_a, p_b), hop as in hamiltonianBlocks;
 * every coupling symmetrised.
 */
export function hamiltonianMatrix(model: NumericModel): number[][] {
  const n = model.frequencies.length;
  const K = Array.from({ length: 2 * n }, (_, i) => Array.from({ length: 2 * n }, (_, j) => (i !== j ? 0 : i % 2 === 0 ? model.frequencies[i >> 1]! ** 2 : 1)));
  const put = (row: number, col: number, v: number): void => { K[row]![col]! += v; K[col]![row]! += v; };
  for (const c of model.couplings) {
    switch (c.kind) {
      case 'xx': put(2 * c.a, 2 * c.b, c.strength); break;
      case 'pp': put(2 * c.a + 1, 2 * c.b + 1, c.strength); break;
      case 'xp': put(2 * c.a, 2 * c.b + 1, c.strength); break;
      case 'hop': {
        const r = Math.sqrt(model.frequencies[c.a]! * model.frequencies[c.b]!);
        put(2 * c.a, 2 * c.b, c.strength * r);
        put(2 * c.a + 1, 2 * c.b + 1, c.strength / r);
        break;
      }
    }
  }
  return K;
}

const couplingNames = (model: NumericModel): string => model.couplings.map((c, i) => `couplings[${i}] ${c.kind} ${c.a}-${c.b}`).join(', ');

export interface NormalModeOptions {
  /** 'williamson' takes the general symplectic path even without x–p couplings. */
  readonly method?: 'auto' | 'williamson';
}

export function numericNormalModes(model: NumericModel, options: NormalModeOptions = {}): NumericNormalModes {
  const mixing = options.method === 'williamson' || model.couplings.some((c) => c.kind === 'xp');
  const { Omega2, L, Q, LPi, QEta } = mixing ? mixingModes(model) : pointModes(model);
  const exact = exactDistinctCount(model);
  const classes = exact === null ? toleranceClasses(Omega2) : closestClasses(Omega2, exact);
  const Omega = Omega2.map(Math.sqrt);
  // Degenerate modes share one Ω: the mean of the class.
  const shared = Omega.map((_, j) => {
    const members = Omega.filter((__, i) => classes[i] === classes[j]);
    return members.reduce((s, w) => s + w, 0) / members.length;
  });
  return { Omega: shared, classes, L, Q, LPi, QEta, mixing, degeneracy: exact === null ? 'tolerance' : 'exact' };
}

interface Amplitudes {
  readonly Omega2: number[];
  readonly L: number[][];
  readonly Q: number[][];
  readonly LPi: number[][];
  readonly QEta: number[][];
}

function pointModes(model: NumericModel): Amplitudes {
  const { V, T } = hamiltonianBlocks(model);
  const n = V.length;
  // T = G Gᵀ: G = diag(√T_aa) when T is diagonal (no pp or hop couplings), else Cholesky.
  const diagonal = T.every((row, a) => row.every((v, b) => a === b || v === 0));
  let G: Matrix;
  if (diagonal) G = Matrix.diag(T.map((row, a) => Math.sqrt(row[a]!)));
  else {
    const chol = new CholeskyDecomposition(new Matrix(T));
    if (!chol.isPositiveDefinite()) throw new InputError('couplings', `the kinetic part of H_S is not positive definite (H_S unbounded below): ${couplingNames(model)}`);
    G = chol.lowerTriangularMatrix;
  }
  const K = diagonal ? new Matrix(V.map((row, a) => row.map((v, b) => G.get(a, a) * v * G.get(b, b)))) : G.transpose().mmul(new Matrix(V)).mmul(G);
  const eig = eigenOf(K.add(K.transpose()).div(2), 'the normal modes of H_S');
  const order = eig.values.map((w2, j) => [w2, j] as const).sort((u, v) => v[0] - u[0]);
  if (order.some(([w2]) => !(w2 > 0))) throw new InputError('couplings', `the couplings make H_S unbounded below (a normal-mode frequency is not real): ${couplingNames(model)}`);
  const g = G.to2DArray();
  // The columns of O in descending Ω², each signed so that the first clearly non-zero entry of its
  // column of L = G O is positive (flipping a column of O flips the same column of L and of Q).
  const Os = order.map(([, j]) => eig.vectors[j]!);
  const L: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    const o = Os[j]!;
    for (let a = 0; a < n; a++) {
      let s = g[a]![a]! * o[a]!;
      if (!diagonal) for (let b = 0; b < a; b++) s += g[a]![b]! * o[b]!;
      L[a]![j] = s;
    }
    const big = Math.max(...L.map((row) => Math.abs(row[j]!)));
    const first = L.find((row) => Math.abs(row[j]!) > 1e-8 * big)?.[j] ?? 1;
    if (first < 0) {
      for (let a = 0; a < n; a++) L[a]![j] = -L[a]![j]!;
      for (let b = 0; b < n; b++) o[b] = -o[b]!;
    }
  }
  // Q = L⁻ᵀ = G⁻ᵀ O (O orthogonal): back substitution in Gᵀ Q = O.
  const Q: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    const o = Os[j]!;
    for (let a = n - 1; a >= 0; a--) {
      let s = o[a]!;
      if (!diagonal) for (let b = a + 1; b < n; b++) s -= g[b]![a]! * Q[b]![j]!;
      Q[a]![j] = s / g[a]![a]!;
    }
  }
  const zero = (): number[][] => Array.from({ length: n }, () => new Array<number>(n).fill(0));
  return { Omega2: order.map(([w2]) => w2), L, Q, LPi: zero(), QEta: zero() };
}

function mixingModes(model: NumericModel): Amplitudes {
  const { Omega, S } = williamson(hamiltonianMatrix(model), couplingNames(model));
  const n = Omega.length;
  const part = (row: 0 | 1, col: 0 | 1): number[][] => Array.from({ length: n }, (_, a) => Array.from({ length: n }, (_, j) => S.get(2 * a + row, 2 * j + col)));
  return { Omega2: Omega.map((w) => w * w), L: part(0, 0), LPi: part(0, 1), QEta: part(1, 0), Q: part(1, 1) };
}

/** J ⊗: (J M) with J = ⊕ [[0, 1], [−1, 0]] on the pairs (x_α, p_α). */
function jTimes(M: Matrix): Matrix {
  const out = new Matrix(M.rows, M.columns);
  for (let i = 0; i < M.rows; i += 2) {
    for (let c = 0; c < M.columns; c++) {
      out.set(i, c, M.get(i + 1, c));
      out.set(i + 1, c, -M.get(i, c));
    }
  }
  return out;
}

/**
 * Williamson's theorem for a positive-definite 2N × 2N K in the ordering (x_1, p_1, …): a real S
 * with S J Sᵀ = J and Sᵀ K S = ⊕_j diag(Ω_j², 1), Ω_j > 0 descending, so that ξ = S ζ gives
 * H_S = Σ_j (Π_j² + Ω_j² η_j²)/2 and the columns 2j, 2j+1 of S are the amplitudes of ξ on η_j, Π_j.
 *
 * Construction: K = L Lᵀ (Cholesky); A = Lᵀ J L is antisymmetric and non-singular, with
 * eigenvalues ±iΩ_j. A real orthogonal O with Oᵀ A O = ⊕_j Ω_j [[0, 1], [−1, 0]] is built from the
 * eigenvectors of the symmetric AᵀA = −A² (eigenvalues Ω_j², each twice): for each new direction
 * e of an eigenspace, f = −A e/Ω is its partner, and later directions are orthogonalised against
 * every (e, f) already taken, so that degenerate eigenspaces are split into orthonormal pairs.
 * Then S = L⁻ᵀ O ⊕_j diag(Ω_j, 1): Sᵀ K S = ⊕ diag(Ω_j², 1) and S J Sᵀ = L⁻ᵀ (O (⊕ Ω_j J₂) Oᵀ) L⁻¹ = L⁻ᵀ A L⁻¹ = J.
 */
export function williamson(K: readonly (readonly number[])[], couplings = 'the couplings'): { Omega: number[]; S: Matrix } {
  const dim = K.length;
  const n = dim / 2;
  if (!Number.isInteger(n) || n < 1 || K.some((row) => row.length !== dim)) throw new RangeError('williamson: K must be 2N × 2N');
  const Km = new Matrix(K.map((r) => [...r]));
  const chol = new CholeskyDecomposition(Km);
  if (!chol.isPositiveDefinite()) throw new InputError('couplings', `the couplings (${couplings}) make H_S unbounded below: its Hamiltonian matrix is not positive definite`);
  const L = chol.lowerTriangularMatrix;
  const A = L.transpose().mmul(jTimes(L));
  const B = A.transpose().mmul(A);
  const eig = eigenOf(B.add(B.transpose()).div(2), 'the Williamson form of H_S');
  const candidates = eig.values.map((w2, j) => [w2, j] as const).sort((u, v) => v[0] - u[0]).map(([, j]) => eig.vectors[j]!);
  const taken: number[][] = [];
  const dot = (u: readonly number[], v: readonly number[]): number => u.reduce((s, x, i) => s + x * v[i]!, 0);
  const orthogonalised = (v: readonly number[]): number[] => {
    let w = [...v];
    for (let pass = 0; pass < 2; pass++) for (const q of taken) { const d = dot(w, q); w = w.map((x, i) => x - d * q[i]!); }
    return w;
  };
  const pairs: Array<{ e: number[]; f: number[]; Omega: number }> = [];
  const used = new Set<number>();
  while (pairs.length < n) {
    // The first (largest Ω²) unused candidate with a clear component outside the pairs taken.
    let pick = -1;
    let best: number[] = [];
    for (let c = 0; c < candidates.length && pick < 0; c++) {
      if (used.has(c)) continue;
      const w = orthogonalised(candidates[c]!);
      if (Math.sqrt(dot(w, w)) > 0.5) { pick = c; best = w; }
    }
    if (pick < 0) throw new InputError('couplings', `the symplectic diagonalisation of H_S did not separate its normal modes (${couplings})`);
    used.add(pick);
    const norm = Math.sqrt(dot(best, best));
    const e = best.map((x) => x / norm);
    const Ae = A.mmul(Matrix.columnVector(e)).getColumn(0);
    let f = orthogonalised(Ae.map((x) => -x));
    const fn = Math.sqrt(dot(f, f));
    f = f.map((x) => x / fn);
    taken.push(e, f);
    const Af = A.mmul(Matrix.columnVector(f)).getColumn(0);
    pairs.push({ e, f, Omega: dot(e, Af) });
  }
  if (pairs.some((p) => !(p.Omega > 0))) throw new InputError('couplings', `the couplings (${couplings}) make H_S unbounded below (a normal-mode frequency is not real)`);
  pairs.sort((u, v) => v.Omega - u.Omega);
  const Lt = inverse(L).transpose();
  const S = new Matrix(dim, dim);
  pairs.forEach(({ e, f, Omega }, j) => {
    const ye = Lt.mmul(Matrix.columnVector(e)).getColumn(0);
    const yf = Lt.mmul(Matrix.columnVector(f)).getColumn(0);
    // The phase of mode j: the first x_α with a clear amplitude has it on η_j only, positive.
    const r = Array.from({ length: n }, (_, a) => Math.hypot(ye[2 * a]!, yf[2 * a]!));
    const big = Math.max(...r);
    const a0 = r.findIndex((v) => v > 1e-8 * big);
    const c = ye[2 * a0]! / r[a0]!;
    const s = yf[2 * a0]! / r[a0]!;
    for (let i = 0; i < dim; i++) {
      S.set(i, 2 * j, Omega * (c * ye[i]! + s * yf[i]!));
      S.set(i, 2 * j + 1, -s * ye[i]! + c * yf[i]!);
    }
  });
  const Omega = pairs.map((p) => p.Omega);
  const residual = williamsonResidual(Km, S, Omega);
  if (!(residual <= SYMPLECTIC_TOLERANCE)) throw new InputError('couplings', `the symplectic diagonalisation of H_S reached only ${residual.toExponential(2)} relative accuracy (${couplings}); no normal modes are reported`);
  return { Omega, S };
}

/** max(‖S J Sᵀ − J‖/‖S‖², ‖Sᵀ K S − ⊕ diag(Ω², 1)‖/(‖S‖² ‖K‖)), max-norms. */
export function williamsonResidual(K: Matrix, S: Matrix, Omega: readonly number[]): number {
  const dim = S.rows;
  const J = jTimes(Matrix.eye(dim, dim));
  const maxAbs = (M: Matrix): number => M.to1DArray().reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  const s2 = maxAbs(S) ** 2;
  const symplectic = maxAbs(S.mmul(J).mmul(S.transpose()).sub(J)) / s2;
  const D = Matrix.zeros(dim, dim);
  Omega.forEach((w, j) => { D.set(2 * j, 2 * j, w * w); D.set(2 * j + 1, 2 * j + 1, 1); });
  const diagonal = maxAbs(S.transpose().mmul(K).mmul(S).sub(D)) / (s2 * maxAbs(K));
  return Math.max(symplectic, diagonal);
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

/** The number of distinct Ω², exactly, or null when the model is not rational. */
function exactDistinctCount(model: NumericModel): number | null {
  const n = model.frequencies.length;
  if (n > EXACT_LIMIT || model.couplings.some((c) => c.kind === 'hop')) return null;
  const q = (x: number): Rational => parseQ(String(x));
  const square = (M: Rational[][]): Rational[][] => M.map((row) => M[0]!.map((_, j) => row.reduce((s, t, m) => addQ(s, mulQ(t, M[m]![j]!)), ZERO)));
  if (model.couplings.some((c) => c.kind === 'xp')) {
    // (J K)², 2N × 2N: eigenvalues −Ω_j², each twice.
    let K: Rational[][];
    try {
      K = Array.from({ length: 2 * n }, (_, i) => Array.from({ length: 2 * n }, (_, j) => (i !== j ? ZERO : i % 2 === 0 ? mulQ(q(model.frequencies[i >> 1]!), q(model.frequencies[i >> 1]!)) : ONE)));
      for (const c of model.couplings) {
        const row = 2 * c.a + (c.kind === 'pp' ? 1 : 0);
        const col = 2 * c.b + (c.kind === 'xx' ? 0 : 1);
        K[row]![col] = addQ(K[row]![col]!, q(c.strength));
        K[col]![row] = addQ(K[col]![row]!, q(c.strength));
      }
    } catch {
      return null;
    }
    const JK = K.map((_, i) => (i % 2 === 0 ? K[i + 1]! : K[i - 1]!.map(negQ)));
    const p = characteristicPolynomial(square(JK));
    return degree(p) - degree(primitiveGcd(p, derivative(p)));
  }
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

/** Eigenvalues and unit eigenvectors (one array per eigenvalue) of a symmetric matrix (linalg/symmetric-eigen.ts). */
function eigenOf(m: Matrix, what: string): { values: number[]; vectors: number[][] } {
  const n = m.rows;
  const flat = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) flat[i * n + j] = m.get(i, j);
  const eig = symmetricEigen(flat, n);
  if (eig === null) throw new InputError('couplings', `the eigenvalue iteration for ${what} did not converge`);
  return { values: Array.from(eig.values), vectors: Array.from({ length: n }, (_, j) => Array.from(eig.vectors.subarray(j * n, (j + 1) * n))) };
}
