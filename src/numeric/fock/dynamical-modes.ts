/**
 * The oracle's own normal modes of any quadratic network, x–p couplings included, from the
 * Heisenberg equations of motion rather than from a symplectic diagonalisation (the library's
 * numeric/normal-modes.ts): with ξ = (x_1, p_1, …, x_N, p_N), H_S = ½ ξᵀ K ξ and [ξ_a, ξ_b] = i J_ab
 * (J = ⊕ [[0, 1], [−1, 0]]),
 *     dξ/dt = i [H_S, ξ] = G ξ,   G = J K,
 * so ξ(t) = e^{G t} ξ. For K positive definite G is diagonalisable with eigenvalues ±iΩ_g. With the
 * spectral projector P_g of G onto the eigenvalue −iΩ_g (from the eigenvectors of ml-matrix's
 * general eigensolver and their inverse), (P_g ξ)(t) = e^{−iΩ_g t} P_g ξ: the part of ξ_a that
 * oscillates at the Bohr frequency Ω_g is (P_g ξ)_a, the jump operator A_{Ω_g} of a bath coupled
 * through ξ_a. A projector does not depend on the basis chosen inside a degenerate eigenspace, so
 * exactly degenerate normal modes are grouped by construction.
 *
 * The Gibbs covariance follows from the same projectors: σ = ½⟨{ξ, ξᵀ}⟩ of e^{−H_S/T}/Z is
 * σ = −φ(G) J with φ(z) = (i/2) coth(−i z/(2T)) (one oscillator: σ = diag(coth(ω/2T)/(2ω), ω coth(ω/2T)/2)),
 * and φ(G) = Σ_g φ(−iΩ_g) P_g + φ(iΩ_g) P̄_g.
 */
import { EigenvalueDecomposition, Matrix, inverse } from 'ml-matrix';
import type { NumericModel } from '../physical.js';

/** Complex dense matrix as real and imaginary parts (rows of numbers). */
export interface ComplexDense {
  readonly re: number[][];
  readonly im: number[][];
}

export interface DynamicalModes {
  /** Distinct Bohr frequencies Ω_g > 0, descending (values within DEGENERATE_RELATIVE merged). */
  readonly Omega: readonly number[];
  /** P_g: the spectral projector of G onto −iΩ_g, 2N × 2N. */
  readonly projectors: readonly ComplexDense[];
}

/** Relative distance below which two eigenvalues of G are one. */
export const DEGENERATE_RELATIVE = 1e-9;
/** Largest accepted residual of G P = λ P, Σ P + P̄ = 1 (relative). */
const PROJECTOR_TOLERANCE = 1e-11;

/** K of H_S = ½ ξᵀ K ξ from the couplings (xp: k x_a p_b; hop: g (a_a† a_b + h.c.)). */
export function hamiltonianForm(model: NumericModel): number[][] {
  const n = model.frequencies.length;
  const K = Array.from({ length: 2 * n }, () => new Array<number>(2 * n).fill(0));
  model.frequencies.forEach((w, a) => { K[2 * a]![2 * a] = w * w; K[2 * a + 1]![2 * a + 1] = 1; });
  const sym = (i: number, j: number, v: number): void => { K[i]![j]! += v; K[j]![i]! += v; };
  for (const c of model.couplings) {
    const x = (m: number): number => 2 * m;
    const p = (m: number): number => 2 * m + 1;
    if (c.kind === 'xx') sym(x(c.a), x(c.b), c.strength);
    else if (c.kind === 'pp') sym(p(c.a), p(c.b), c.strength);
    else if (c.kind === 'xp') sym(x(c.a), p(c.b), c.strength);
    else {
      // a†_a a_b + a†_b a_a = √(ω_a ω_b) x_a x_b + p_a p_b/√(ω_a ω_b) (a = √(ω/2)(x + i p/ω)).
      const r = Math.sqrt(model.frequencies[c.a]! * model.frequencies[c.b]!);
      sym(x(c.a), x(c.b), c.strength * r);
      sym(p(c.a), p(c.b), c.strength / r);
    }
  }
  return K;
}

/** G = J K. */
export function dynamicalMatrix(model: NumericModel): number[][] {
  const K = hamiltonianForm(model);
  return K.map((_, i) => (i % 2 === 0 ? [...K[i + 1]!] : K[i - 1]!.map((v) => -v)));
}

export function dynamicalModes(model: NumericModel): DynamicalModes {
  const G = dynamicalMatrix(model);
  const dim = G.length;
  const eig = new EigenvalueDecomposition(new Matrix(G));
  const re = eig.realEigenvalues;
  const im = eig.imaginaryEigenvalues;
  const V = eig.eigenvectorMatrix;
  const scale = Math.max(...im.map(Math.abs));
  // Complex eigenvectors: for a pair a ± ib (b > 0 first), columns k, k+1 are Re and Im of the vector of a + ib.
  const vectors: Array<{ lambda: { re: number; im: number }; re: number[]; im: number[] }> = [];
  for (let k = 0; k < dim; k++) {
    if (Math.abs(re[k]!) > 1e-9 * scale || !(Math.abs(im[k]!) > 0)) throw new Error(`Oracle: G = J K has an eigenvalue ${re[k]} + ${im[k]}i off the imaginary axis (H_S not positive definite?)`);
    if (im[k]! > 0) {
      const vr = V.getColumn(k);
      const vi = V.getColumn(k + 1);
      vectors.push({ lambda: { re: re[k]!, im: im[k]! }, re: vr, im: vi });
      vectors.push({ lambda: { re: re[k]!, im: -im[k]! }, re: vr, im: vi.map((v) => -v) });
    }
  }
  if (vectors.length !== dim) throw new Error('Oracle: the eigenvalues of G = J K do not come in pairs ±iΩ');
  // V⁻¹ through the real form [[Vr, −Vi], [Vi, Vr]] of the complex V.
  const big = new Matrix(2 * dim, 2 * dim);
  vectors.forEach((v, k) => {
    for (let i = 0; i < dim; i++) {
      big.set(i, k, v.re[i]!); big.set(i, dim + k, -v.im[i]!);
      big.set(dim + i, k, v.im[i]!); big.set(dim + i, dim + k, v.re[i]!);
    }
  });
  const inv = inverse(big);
  const W = (k: number, b: number): { re: number; im: number } => ({ re: inv.get(k, b), im: inv.get(dim + k, b) });
  // Lowering eigenvalues −iΩ (Ω > 0), grouped.
  const lowering = vectors.map((v, k) => [v, k] as const).filter(([v]) => v.lambda.im < 0).sort((u, w) => u[0].lambda.im - w[0].lambda.im);
  const groups: Array<{ Omega: number; members: number[] }> = [];
  for (const [v, k] of lowering) {
    const w = -v.lambda.im;
    const last = groups[groups.length - 1];
    if (last && Math.abs(last.Omega - w) <= DEGENERATE_RELATIVE * w) last.members.push(k);
    else groups.push({ Omega: w, members: [k] });
  }
  const projectors = groups.map(({ members }) => {
    const P: ComplexDense = { re: Array.from({ length: dim }, () => new Array<number>(dim).fill(0)), im: Array.from({ length: dim }, () => new Array<number>(dim).fill(0)) };
    for (const k of members) {
      const v = vectors[k]!;
      for (let a = 0; a < dim; a++) for (let b = 0; b < dim; b++) {
        const w = W(k, b);
        P.re[a]![b]! += v.re[a]! * w.re - v.im[a]! * w.im;
        P.im[a]![b]! += v.re[a]! * w.im + v.im[a]! * w.re;
      }
    }
    return P;
  });
  const Omega = groups.map((g) => g.members.reduce((s, k) => s - vectors[k]!.lambda.im, 0) / g.members.length);
  checkProjectors(G, Omega, projectors);
  return { Omega, projectors };
}

/** G P_g = −iΩ_g P_g and Σ_g (P_g + P̄_g) = 1, to PROJECTOR_TOLERANCE relative. */
function checkProjectors(G: number[][], Omega: readonly number[], projectors: readonly ComplexDense[]): void {
  const dim = G.length;
  const gNorm = Math.max(...G.flat().map(Math.abs));
  let worst = 0;
  const sum = Array.from({ length: dim }, () => new Array<number>(dim).fill(0));
  projectors.forEach((P, g) => {
    const pNorm = Math.max(...P.re.flat().map(Math.abs), ...P.im.flat().map(Math.abs));
    for (let a = 0; a < dim; a++) for (let b = 0; b < dim; b++) {
      let r = 0;
      let i = 0;
      for (let m = 0; m < dim; m++) { r += G[a]![m]! * P.re[m]![b]!; i += G[a]![m]! * P.im[m]![b]!; }
      // (G P)_ab − (−iΩ) P_ab = (r − Ω P.im) + i (i + Ω P.re)
      worst = Math.max(worst, Math.hypot(r - Omega[g]! * P.im[a]![b]!, i + Omega[g]! * P.re[a]![b]!) / (gNorm * pNorm));
      sum[a]![b]! += 2 * P.re[a]![b]!;
    }
  });
  for (let a = 0; a < dim; a++) for (let b = 0; b < dim; b++) worst = Math.max(worst, Math.abs(sum[a]![b]! - (a === b ? 1 : 0)));
  if (!(worst <= PROJECTOR_TOLERANCE)) throw new Error(`Oracle: the spectral projectors of G = J K reach only ${worst.toExponential(2)} (ill-conditioned eigenvectors)`);
}

/** σ_ab = ½⟨{ξ_a, ξ_b}⟩ of the Gibbs state e^{−H_S/T}/Z, ξ = (x_1, p_1, …). */
export function gibbsCovariance(model: NumericModel, temperature: number): number[][] {
  const { Omega, projectors } = dynamicalModes(model);
  const dim = 2 * model.frequencies.length;
  // φ(−iΩ) = (i/2) coth(−Ω/(2T))·… : φ(z) = (i/2) coth(−iz/(2T)); z = −iΩ gives −(i/2) coth(Ω/2T), z = iΩ its conjugate.
  const F = Array.from({ length: dim }, () => new Array<number>(dim).fill(0));
  projectors.forEach((P, g) => {
    const c = 1 / Math.tanh(Omega[g]! / (2 * temperature));
    // φ(−iΩ) P + φ(iΩ) P̄ = −(i/2) c P + (i/2) c P̄ = −(i/2) c (P − P̄) = −(i/2) c (2i Im P) = c Im P.
    for (let a = 0; a < dim; a++) for (let b = 0; b < dim; b++) F[a]![b]! += c * P.im[a]![b]!;
  });
  // σ = −F J: (F J)_ab = Σ_m F_am J_mb; J_{2k,2k+1} = 1, J_{2k+1,2k} = −1.
  return F.map((row) => row.map((_, b) => -(b % 2 === 0 ? -row[b + 1]! : row[b - 1]!)));
}
