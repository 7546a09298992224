/**
 * The covariance form of a quadratic model under a master equation, derived exactly in the
 * 2N-dimensional quadrature space r = (q_1, π_1, …, q_N, π_N), [r_i, r_j] = i J_ij:
 *
 *     dσ/dt = A σ + σ Aᵀ + D,   σ_ij = ½⟨{r_i, r_j}⟩,
 *
 * with A = J H + Σ_α A_α (H_S = ½ rᵀ H r) and, for every bath α, from the kept channel pairs
 * (ω, ω′) (`keptPairs`) and the coefficient vectors a_ω of the jump operators (A_ω = a_ω·r):
 *
 *     C_α = Σ_(ω,ω′) γ_ω a_ω′ ā_ωᵀ,   A_α = −J Im C_α,   D_α = ½ J (Re C_α + Re C_αᵀ) Jᵀ.
 *
 * The cost grows with the couplings and the channel pairs (outer products of the supports of two
 * jump operators), not with the square of the moment basis. Heat currents (eq. 50) follow as
 * Q_α = tr(H A_α σ) + ½ tr(H D_α). The derivation is in docs/conventions.md ("Covariance form").
 */
import { rational, type Operator, type Scalar, type ScalarAlgebra } from '../algebra/index.js';
import { type Model, type FrameKind, type Frame, frameOf } from '../model/index.js';
import { type EquationKind, type MasterEquation, type BathDissipator, asMasterEquation, dissipatorsOf, keptPairs } from '../dissipators/index.js';
import { type SparseExactMatrix, SparseExactBuilder } from './sparse-exact.js';
import { ClosureError } from './closure.js';

export interface BathCovarianceTerms {
  readonly bath: string;
  readonly drift: SparseExactMatrix;
  readonly diffusion: SparseExactMatrix;
}

export interface CovarianceForm {
  readonly kind: 'covariance-form';
  readonly model: Model;
  readonly equation: EquationKind;
  readonly basisKind: FrameKind;
  /** Names of r_1 … r_2N (x_1, p_1, … or eta1, Pi1, …). */
  readonly quadratures: readonly string[];
  /** H of H_S = ½ rᵀ H r (symmetric). */
  readonly hamiltonian: SparseExactMatrix;
  /** A = J H + Σ_α A_α. */
  readonly drift: SparseExactMatrix;
  /** D = Σ_α D_α. */
  readonly diffusion: SparseExactMatrix;
  readonly baths: readonly BathCovarianceTerms[];
}

export interface CovarianceRequest {
  readonly model: Model;
  /** The equation by name, or as a value (partial-secular carries its cutoff and Bohr frequencies). */
  readonly equation: EquationKind | MasterEquation;
  readonly basis: FrameKind;
}

/** J_{r, r^1}: +1 on even (position) rows, −1 on odd (momentum) rows. */
const symplecticSign = (r: number): 1 | -1 => ((r & 1) === 0 ? 1 : -1);

/** The coefficient vector a of a linear operator a·r (no constant, no products). */
export function linearCoefficients(op: Operator, what: string): Map<number, Scalar> {
  const out = new Map<number, Scalar>();
  for (const t of op.terms) {
    if (t.word.length !== 1) throw new ClosureError(`${what} is not linear in the quadratures (a term of degree ${t.word.length})`);
    out.set(t.word[0]!, t.coefficient);
  }
  return out;
}

/** The symmetric H of H_S = ½ rᵀ H r + constant. */
export function quadraticForm(frame: Frame, size: number): SparseExactMatrix {
  const s = frame.ops.scalars;
  const b = new SparseExactBuilder(size);
  for (const t of frame.hamiltonian.terms) {
    if (t.word.length === 0) continue;
    if (t.word.length !== 2) throw new ClosureError(`H_S is not quadratic in the quadratures (a term of degree ${t.word.length})`);
    const [i, j] = t.word as [number, number];
    if (i === j) b.add(i, i, s.mul(s.int(2), t.coefficient));
    else {
      b.add(i, j, t.coefficient);
      b.add(j, i, t.coefficient);
    }
  }
  return b.build(s);
}

function realPart(s: ScalarAlgebra, z: Scalar): Scalar {
  return s.mul(s.fromRational(rational(1, 2)), s.add(z, s.conj(z)));
}
function imaginaryPart(s: ScalarAlgebra, z: Scalar): Scalar {
  return s.mul(s.constant({ kind: 'gaussian', re: rational(0), im: rational(-1, 2) }), s.sub(z, s.conj(z)));
}

/** C_α = Σ over kept pairs (ω, ω′) of γ_ω a_ω′ ā_ωᵀ, as sparse parts. */
function pairMatrix(s: ScalarAlgebra, size: number, dissipator: BathDissipator): SparseExactMatrix {
  const vectors = new Map<unknown, Map<number, Scalar>>();
  const vectorOf = (op: Operator): Map<number, Scalar> => {
    let v = vectors.get(op);
    if (!v) {
      v = linearCoefficients(op, `the jump operator of bath ${dissipator.bath}`);
      vectors.set(op, v);
    }
    return v;
  };
  const b = new SparseExactBuilder(size);
  for (const [w, w2] of keptPairs(dissipator)) {
    const k = vectorOf(w.operator);
    const l = vectorOf(w2.operator);
    for (const [i, li] of l) {
      const scaled = s.mul(w.rate, li);
      for (const [j, kj] of k) b.add(i, j, s.mul(scaled, s.conj(kj)));
    }
  }
  return b.build(s);
}

function bathTerms(s: ScalarAlgebra, size: number, dissipator: BathDissipator): BathCovarianceTerms {
  const C = pairMatrix(s, size, dissipator);
  const drift = new SparseExactBuilder(size);
  const diffusion = new SparseExactBuilder(size);
  const half = s.fromRational(rational(1, 2));
  C.rows.forEach((row, i) => {
    row.forEach((z, j) => {
      // A_α = −J Im C: row i of C lands in row i^1 with sign −J_{i^1, i} = sign(i).
      drift.add(i ^ 1, j, s.mul(s.int(symplecticSign(i)), imaginaryPart(s, z)));
      // D_α = ½ J (Re C + Re Cᵀ) Jᵀ: (J S Jᵀ)_{rc} = sign(r) sign(c) S_{r^1, c^1}.
      const re = s.mul(half, realPart(s, z));
      const sign = s.int(symplecticSign(i ^ 1) * symplecticSign(j ^ 1));
      diffusion.add(i ^ 1, j ^ 1, s.mul(sign, re));
      diffusion.add(j ^ 1, i ^ 1, s.mul(sign, re));
    });
  });
  return { bath: dissipator.bath, drift: drift.build(s), diffusion: diffusion.build(s) };
}

export function deriveCovarianceForm(req: CovarianceRequest): CovarianceForm {
  const frame = frameOf(req.model, req.basis);
  const s = frame.ops.scalars;
  const size = 2 * frame.names.position.length;
  const H = quadraticForm(frame, size);
  const baths = dissipatorsOf(frame, req.equation).map((d) => bathTerms(s, size, d));
  const drift = new SparseExactBuilder(size);
  // J H: (J H)_{rc} = sign(r) H_{r^1, c}.
  H.rows.forEach((row, i) => row.forEach((h, j) => drift.add(i ^ 1, j, s.mul(s.int(symplecticSign(i ^ 1)), h))));
  const diffusion = new SparseExactBuilder(size);
  for (const b of baths) {
    drift.addMatrix(b.drift);
    diffusion.addMatrix(b.diffusion);
  }
  const quadratures: string[] = [];
  frame.names.position.forEach((x, m) => quadratures.push(x, frame.names.momentum[m]!));
  return Object.freeze({
    kind: 'covariance-form',
    model: req.model,
    equation: asMasterEquation(req.equation).kind,
    basisKind: req.basis,
    quadratures: Object.freeze(quadratures),
    hamiltonian: H,
    drift: drift.build(s),
    diffusion: diffusion.build(s),
    baths: Object.freeze(baths),
  });
}
