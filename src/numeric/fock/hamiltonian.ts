/**
 * H_S = Σ_α (p_α²/2 + ω_α² x_α²/2) + Σ_couplings strength · q_a q_b, with q = x or p
 * ('xx': x_a x_b, 'pp': p_a p_b, 'xp': x_a p_b; the factors commute since a ≠ b), and
 * 'hop': strength · (a_a† a_b + a_b† a_a) with a_m = √(ω_m/2)(x_m + i p_m/ω_m).
 */
import type { NumericModel } from '../physical.js';
import { type CMatrix, add, adjoint, mul, scale } from './complex-matrix.js';
import type { Frame } from './operators.js';

export function systemHamiltonian(model: NumericModel, frame: Frame): CMatrix {
  const N = model.frequencies.length;
  if (N !== frame.nModes) throw new Error(`Hamiltonian: model has ${N} modes, frame has ${frame.nModes}`);
  let H: CMatrix | undefined;
  const accumulate = (term: CMatrix): void => {
    H = H === undefined ? term : add(H, term);
  };
  model.frequencies.forEach((w, a) => {
    const x = frame.x[a] as CMatrix;
    const p = frame.p[a] as CMatrix;
    accumulate(scale(mul(p, p), 0.5));
    accumulate(scale(mul(x, x), (w * w) / 2));
  });
  for (const c of model.couplings) {
    if (!Number.isInteger(c.a) || !Number.isInteger(c.b) || c.a < 0 || c.b < 0 || c.a >= N || c.b >= N || c.a === c.b) {
      throw new Error(`Coupling between modes ${c.a} and ${c.b} is not valid for ${N} modes`);
    }
    if (c.kind === 'hop') {
      // a = √(ω/2)(x + i p/ω), built from the frame's own quadratures.
      const ladder = (m: number): CMatrix => {
        const w = model.frequencies[m]!;
        return scale(add(frame.x[m] as CMatrix, scale(frame.p[m] as CMatrix, { re: 0, im: 1 / w })), Math.sqrt(w / 2));
      };
      const aa = ladder(c.a);
      const ab = ladder(c.b);
      const hop = mul(adjoint(aa), ab);
      accumulate(scale(add(hop, adjoint(hop)), c.strength));
      continue;
    }
    const qa = c.kind === 'pp' ? frame.p[c.a] : frame.x[c.a];
    const qb = c.kind === 'xx' ? frame.x[c.b] : frame.p[c.b];
    accumulate(scale(mul(qa as CMatrix, qb as CMatrix), c.strength));
  }
  if (H === undefined) throw new Error('Hamiltonian: model has no modes');
  return H;
}
