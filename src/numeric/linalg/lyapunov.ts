/**
 * The continuous Lyapunov equation A X + X Aᵀ + D = 0 (D symmetric) by Bartels–Stewart:
 * A = Q T Qᵀ (real-schur.ts), then T Y + Y Tᵀ = −Qᵀ D Q is solved block by block from the bottom
 * right (1×1 and 2×2 blocks of T, small Sylvester systems of size ≤ 4 by Gaussian elimination
 * with partial pivoting), and X = Q Y Qᵀ. O(n³); Y is symmetric, so only the lower block
 * triangle is solved and mirrored. Requires A strictly stable (every Re λ < 0): checked first.
 */
import { realSchur, type RealSchur } from './real-schur.js';
import { squareSizeOf } from './square-matrix.js';
import { symmetricCongruence, multiplyByTranspose } from './dense-product.js';

export type LyapunovResult =
  | { readonly kind: 'solved'; readonly x: Float64Array; readonly spectralAbscissa: number; readonly residual: number }
  | { readonly kind: 'unstable'; readonly spectralAbscissa: number }
  | { readonly kind: 'no-convergence' };

/**
 * C = Qᵀ M Q for row-major n×n Q and symmetric M: W = Qᵀ M row by row over the non-zero rows of M
 * (the diffusion is often confined to a few quadratures), then C_ij = W_i · (Qᵀ)_j over the non-zero
 * columns of M, for j ≤ i only (C is symmetric).
 */
function congruenceTransposed(q: Float64Array, m: Float64Array, n: number): Float64Array {
  const qt = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) qt[j * n + i] = q[i * n + j]!;
  // Quadratures k with a non-zero in row k or column k of M.
  const touched = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const o = k * n;
    for (let j = 0; j < n; j++) if (m[o + j] !== 0) { touched[k] = 1; touched[j] = 1; }
  }
  const support: number[] = [];
  for (let k = 0; k < n; k++) if (touched[k]) support.push(k);
  const s = support.length;
  // W = Qᵀ M restricted to the support columns, packed: w[i * s + c] = Σ_k Qt_ik M_{k, support[c]}.
  const w = new Float64Array(n * s);
  const mPacked = new Float64Array(s * s);
  for (let a = 0; a < s; a++) for (let c = 0; c < s; c++) mPacked[a * s + c] = m[support[a]! * n + support[c]!]!;
  const qtPacked = new Float64Array(n * s);
  for (let i = 0; i < n; i++) for (let c = 0; c < s; c++) qtPacked[i * s + c] = qt[i * n + support[c]!]!;
  for (let i = 0; i < n; i++) {
    const o = i * s;
    for (let a = 0; a < s; a++) {
      const v = qtPacked[o + a]!;
      if (v === 0) continue;
      const mo = a * s;
      for (let c = 0; c < s; c++) w[o + c] = w[o + c]! + v * mPacked[mo + c]!;
    }
  }
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const o = i * s;
    for (let j = 0; j <= i; j++) {
      const jo = j * s;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      let c = 0;
      for (; c + 3 < s; c += 4) {
        s0 += w[o + c]! * qtPacked[jo + c]!;
        s1 += w[o + c + 1]! * qtPacked[jo + c + 1]!;
        s2 += w[o + c + 2]! * qtPacked[jo + c + 2]!;
        s3 += w[o + c + 3]! * qtPacked[jo + c + 3]!;
      }
      for (; c < s; c++) s0 += w[o + c]! * qtPacked[jo + c]!;
      const v = s0 + s1 + (s2 + s3);
      out[i * n + j] = v;
      out[j * n + i] = v;
    }
  }
  return out;
}

/** Solves the ≤ 4×4 system M z = b in place (partial pivoting); false if singular. */
function solveSmall(m: Float64Array, b: Float64Array, size: number): boolean {
  for (let c = 0; c < size; c++) {
    let pivot = c;
    for (let r = c + 1; r < size; r++) if (Math.abs(m[r * 4 + c]!) > Math.abs(m[pivot * 4 + c]!)) pivot = r;
    if (m[pivot * 4 + c] === 0) return false;
    if (pivot !== c) {
      for (let k = 0; k < size; k++) {
        const t = m[c * 4 + k]!;
        m[c * 4 + k] = m[pivot * 4 + k]!;
        m[pivot * 4 + k] = t;
      }
      const t = b[c]!;
      b[c] = b[pivot]!;
      b[pivot] = t;
    }
    for (let r = c + 1; r < size; r++) {
      const f = m[r * 4 + c]! / m[c * 4 + c]!;
      if (f === 0) continue;
      for (let k = c; k < size; k++) m[r * 4 + k] = m[r * 4 + k]! - f * m[c * 4 + k]!;
      b[r] = b[r]! - f * b[c]!;
    }
  }
  for (let c = size - 1; c >= 0; c--) {
    let s = b[c]!;
    for (let k = c + 1; k < size; k++) s -= m[c * 4 + k]! * b[k]!;
    b[c] = s / m[c * 4 + c]!;
  }
  return true;
}

/**
 * r[b·p + a] −= Σ_{k ≥ from} X[xRow + a][k] · Z[zRow + b][k] for a < p, b < q (p, q ≤ 2; row-major
 * n×n X and Z): the block residual of the quasi-triangular solve, four dot products sharing their
 * loads when both blocks are 2×2.
 */
function subtractRowDots(r: Float64Array, x: Float64Array, xRow: number, p: number, z: Float64Array, zRow: number, q: number, from: number, n: number): void {
  const x0 = xRow * n, z0 = zRow * n;
  if (p === 2 && q === 2) {
    const x1 = x0 + n, z1 = z0 + n;
    let s00 = 0, s01 = 0, s10 = 0, s11 = 0;
    for (let k = from; k < n; k++) {
      const u0 = x[x0 + k]!, u1 = x[x1 + k]!, v0 = z[z0 + k]!, v1 = z[z1 + k]!;
      s00 += u0 * v0;
      s01 += u0 * v1;
      s10 += u1 * v0;
      s11 += u1 * v1;
    }
    r[0] = r[0]! - s00;
    r[1] = r[1]! - s10;
    r[2] = r[2]! - s01;
    r[3] = r[3]! - s11;
    return;
  }
  for (let a = 0; a < p; a++) {
    for (let b = 0; b < q; b++) {
      const xo = x0 + a * n, zo = z0 + b * n;
      let s = 0;
      for (let k = from; k < n; k++) s += x[xo + k]! * z[zo + k]!;
      r[b * p + a] = r[b * p + a]! - s;
    }
  }
}

/** T Y + Y Tᵀ = C for quasi-upper-triangular T; C symmetric; Y returned symmetric. */
export function solveQuasiTriangularLyapunov(schur: RealSchur, c: Float64Array): Float64Array {
  const { n, t } = schur;
  const starts: number[] = [];
  for (let i = 0; i < n; i++) {
    starts.push(i);
    if (i + 1 < n && t[(i + 1) * n + i] !== 0) i++;
  }
  const sizes = starts.map((s0, b) => (b + 1 < starts.length ? starts[b + 1]! : n) - s0);
  const y = new Float64Array(n * n);
  const m = new Float64Array(16);
  const rhs = new Float64Array(4);
  for (let J = starts.length - 1; J >= 0; J--) {
    const j0 = starts[J]!;
    const q = sizes[J]!;
    for (let I = starts.length - 1; I >= J; I--) {
      const i0 = starts[I]!;
      const p = sizes[I]!;
      // R = C_IJ − Σ_{k beyond I} T_ik Y_kj − Σ_{l beyond J} Y_il T_jl (Y_kj read as Y_jk).
      for (let a = 0; a < p; a++) for (let b = 0; b < q; b++) rhs[b * p + a] = c[(i0 + a) * n + j0 + b]!;
      subtractRowDots(rhs, t, i0, p, y, j0, q, i0 + p, n);
      subtractRowDots(rhs, y, i0, p, t, j0, q, j0 + q, n);
      // (I_q ⊗ T_II + T_JJ ⊗ I_p) vec(Y_IJ) = vec(R), column-major vec.
      const size = p * q;
      m.fill(0);
      for (let b = 0; b < q; b++) {
        for (let a = 0; a < p; a++) {
          const row = b * p + a;
          for (let a2 = 0; a2 < p; a2++) m[row * 4 + b * p + a2] = m[row * 4 + b * p + a2]! + t[(i0 + a) * n + i0 + a2]!;
          for (let b2 = 0; b2 < q; b2++) m[row * 4 + b2 * p + a] = m[row * 4 + b2 * p + a]! + t[(j0 + b) * n + j0 + b2]!;
        }
      }
      if (!solveSmall(m, rhs, size)) throw new RangeError('Lyapunov: singular block (λ_i + λ_j = 0)');
      for (let a = 0; a < p; a++) {
        for (let b = 0; b < q; b++) {
          const v = rhs[b * p + a]!;
          y[(i0 + a) * n + j0 + b] = v;
          y[(j0 + b) * n + i0 + a] = v;
        }
      }
    }
  }
  return y;
}

/** ‖A X + X Aᵀ + D‖_F / (2‖A‖_F‖X‖_F + ‖D‖_F): the relative backward residual. */
export function lyapunovResidual(a: Float64Array, x: Float64Array, d: Float64Array, n: number): number {
  let res = 0, na = 0, nx = 0, nd = 0;
  let nonZero = 0;
  for (let e = 0; e < n * n; e++) if (a[e] !== 0) nonZero++;
  // A X: over A's non-zeros for a sparse A (a chain's drift), else as A Xᵀ (X symmetric) by the dense kernel.
  let ax: Float64Array;
  if (nonZero * 8 > n * n) ax = multiplyByTranspose(a, x, n);
  else {
    ax = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < n; k++) {
        const v = a[i * n + k]!;
        if (v === 0) continue;
        for (let j = 0; j < n; j++) ax[i * n + j] = ax[i * n + j]! + v * x[k * n + j]!;
      }
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const r = ax[i * n + j]! + ax[j * n + i]! + d[i * n + j]!;
      res += r * r;
      na += a[i * n + j]! ** 2;
      nx += x[i * n + j]! ** 2;
      nd += d[i * n + j]! ** 2;
    }
  }
  return Math.sqrt(res) / (2 * Math.sqrt(na) * Math.sqrt(nx) + Math.sqrt(nd) || 1);
}

/** Largest real part of the eigenvalues of A (from a Schur form). */
export function spectralAbscissa(schur: RealSchur): number {
  return Math.max(...schur.valuesRe);
}

/**
 * Index sets that neither A nor D couples: the connected components of the graph with an edge
 * (i, j) wherever A_ij, A_ji or D_ij is non-zero. On them the equation decouples: X_IJ between two
 * components solves A_II X_IJ + X_IJ A_JJᵀ = 0, so X_IJ = 0 when A is stable. (The global equation
 * in the normal-mode quadratures: 2 × 2 blocks, one per normal mode or degenerate group.)
 */
export function decoupledBlocks(a: Float64Array, d: Float64Array, n: number): number[][] {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (let i = 0; i < n; i++) {
    const o = i * n;
    for (let j = 0; j < n; j++) {
      if (i !== j && (a[o + j] !== 0 || d[o + j] !== 0)) {
        const ri = find(i), rj = find(j);
        if (ri !== rj) parent[ri] = rj;
      }
    }
  }
  const blocks = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    const list = blocks.get(r);
    if (list) list.push(i);
    else blocks.set(r, [i]);
  }
  return [...blocks.values()];
}

type DenseSolve = { readonly kind: 'solved'; readonly x: Float64Array; readonly spectralAbscissa: number } | { readonly kind: 'unstable'; readonly spectralAbscissa: number } | { readonly kind: 'no-convergence' };

/**
 * D as a sum of symmetrised outer products, D = Σ_k (u_k w_kᵀ + w_k u_kᵀ): a diffusion of low rank
 * (Redfield in the normal-mode quadratures: a few per bath), whose congruence Qᵀ D Q then costs
 * O(n² r) instead of O(n³).
 */
export interface DiffusionFactors {
  readonly u: readonly Float64Array[];
  readonly w: readonly Float64Array[];
}

/** Qᵀ D Q from the factors of D. */
function factoredCongruence(q: Float64Array, factors: DiffusionFactors, n: number): Float64Array {
  const transposedTimes = (v: Float64Array): Float64Array => {
    // (Qᵀ v)_j = Σ_i Q_ij v_i, row by row of Q.
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const x = v[i]!;
      if (x === 0) continue;
      const o = i * n;
      for (let j = 0; j < n; j++) out[j] = out[j]! + x * q[o + j]!;
    }
    return out;
  };
  const c = new Float64Array(n * n);
  factors.u.forEach((u, k) => {
    const qu = transposedTimes(u);
    const qw = transposedTimes(factors.w[k]!);
    for (let i = 0; i < n; i++) {
      const ui = qu[i]!, wi = qw[i]!;
      const o = i * n;
      for (let j = 0; j < n; j++) c[o + j] = c[o + j]! + ui * qw[j]! + wi * qu[j]!;
    }
  });
  return c;
}

function solveDense(a: Float64Array, d: Float64Array, n: number, factors?: DiffusionFactors): DenseSolve {
  const schur = realSchur(a, n);
  if (!schur) return { kind: 'no-convergence' };
  const abscissa = spectralAbscissa(schur);
  if (!(abscissa < 0)) return { kind: 'unstable', spectralAbscissa: abscissa };
  const c = factors ? factoredCongruence(schur.q, factors, n) : congruenceTransposed(schur.q, d, n);
  for (let i = 0; i < n * n; i++) c[i] = -c[i]!;
  const y = solveQuasiTriangularLyapunov(schur, c);
  return { kind: 'solved', x: symmetricCongruence(schur.q, y, n), spectralAbscissa: abscissa };
}

/** Steady covariance X of dX/dt = A X + X Aᵀ + D (row-major n×n inputs, not modified). */
export function solveLyapunov(a: Float64Array, d: Float64Array, n: number, options: { residual?: boolean; diffusionFactors?: DiffusionFactors } = {}): LyapunovResult {
  squareSizeOf(a, n);
  squareSizeOf(d, n);
  const blocks = decoupledBlocks(a, d, n);
  let solved: DenseSolve;
  if (blocks.length === 1) solved = solveDense(a, d, n, options.diffusionFactors);
  else {
    const x = new Float64Array(n * n);
    let abscissa = -Infinity;
    solved = { kind: 'solved', x, spectralAbscissa: abscissa };
    for (const block of blocks) {
      const m = block.length;
      const ab = new Float64Array(m * m);
      const db = new Float64Array(m * m);
      for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) {
        ab[i * m + j] = a[block[i]! * n + block[j]!]!;
        db[i * m + j] = d[block[i]! * n + block[j]!]!;
      }
      const part = solveDense(ab, db, m);
      if (part.kind === 'no-convergence') return part;
      abscissa = Math.max(abscissa, part.spectralAbscissa);
      if (part.kind === 'unstable') solved = { kind: 'unstable', spectralAbscissa: abscissa };
      else for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) x[block[i]! * n + block[j]!] = part.x[i * m + j]!;
    }
    solved = solved.kind === 'unstable' ? { kind: 'unstable', spectralAbscissa: abscissa } : { kind: 'solved', x, spectralAbscissa: abscissa };
  }
  if (solved.kind !== 'solved') return solved;
  return { ...solved, residual: options.residual === false ? Number.NaN : lyapunovResidual(a, solved.x, d, n) };
}
