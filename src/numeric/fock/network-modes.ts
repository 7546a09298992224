/**
 * The oracle's own normal modes of any network without x–p couplings, from a library
 * eigensolver (ml-matrix), independent of the library's Williamson code (numeric/normal-modes):
 *
 *   H_S = ½ xᵀ V x + ½ pᵀ T p,  V_αα = ω_α², T_αα = 1, xx: V_ab = k, pp: T_ab = k,
 *   hop g (a_a† a_b + a_b† a_a): V_ab = g √(ω_a ω_b), T_ab = g / √(ω_a ω_b)
 *   (with a = √(ω/2)(x + i p/ω)).
 *
 * With C = T^{1/2} (symmetric square root) and C V C = O diag(Ω²) Oᵀ, L = C O gives
 * x = L η, p = L⁻ᵀ Π and H_S = Σ_j (Π_j² + Ω_j² η_j²)/2; η = L⁻¹ x, Π = Lᵀ p.
 */
import { EigenvalueDecomposition, Matrix, inverse } from 'ml-matrix';
import type { NumericModel } from '../physical.js';

export interface NetworkModes {
  /** Ω_j, descending. */
  readonly Omega: readonly number[];
  /** L[α][j]: x_α = Σ_j L_αj η_j. */
  readonly L: readonly (readonly number[])[];
  /** Linv[j][α]: η_j = Σ_α Linv_jα x_α. */
  readonly Linv: readonly (readonly number[])[];
}

export function quadraticForms(model: NumericModel): { V: number[][]; T: number[][] } {
  const n = model.frequencies.length;
  const V = Array.from({ length: n }, (_, a) => Array.from({ length: n }, (_, b) => (a === b ? model.frequencies[a]! ** 2 : 0)));
  const T = Array.from({ length: n }, (_, a) => Array.from({ length: n }, (_, b) => (a === b ? 1 : 0)));
  for (const c of model.couplings) {
    const add = (M: number[][], v: number): void => { M[c.a]![c.b]! += v; M[c.b]![c.a]! += v; };
    const r = Math.sqrt(model.frequencies[c.a]! * model.frequencies[c.b]!);
    switch (c.kind) {
      case 'xx': add(V, c.strength); break;
      case 'pp': add(T, c.strength); break;
      case 'hop': add(V, c.strength * r); add(T, c.strength / r); break;
      case 'xp': throw new Error('Oracle: normal modes of x–p couplings are not built');
    }
  }
  return { V, T };
}

export function networkModes(model: NumericModel): NetworkModes {
  const { V, T } = quadraticForms(model);
  const n = V.length;
  const eT = new EigenvalueDecomposition(new Matrix(T), { assumeSymmetric: true });
  const U = eT.eigenvectorMatrix;
  const d = eT.realEigenvalues;
  if (d.some((x) => !(x > 0))) throw new Error('Oracle: the kinetic form is not positive definite');
  const C = U.mmul(Matrix.diag(d.map(Math.sqrt))).mmul(U.transpose());
  const K = C.mmul(new Matrix(V)).mmul(C);
  const eK = new EigenvalueDecomposition(K.add(K.transpose()).div(2), { assumeSymmetric: true });
  const order = eK.realEigenvalues.map((w2, j) => [w2, j] as const).sort((u, v) => v[0] - u[0]);
  if (order.some(([w2]) => !(w2 > 0))) throw new Error('Oracle: H_S is not bounded below');
  const O = eK.eigenvectorMatrix;
  const Ls = C.mmul(new Matrix(order.map(([, j]) => O.getColumn(j))).transpose());
  const L = Array.from({ length: n }, (_, a) => Array.from({ length: n }, (_, j) => Ls.get(a, j)));
  const Linv = inverse(Ls).to2DArray();
  return { Omega: order.map(([w2]) => Math.sqrt(w2)), L, Linv };
}
