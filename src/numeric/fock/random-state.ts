/**
 * Seeded random density matrices on the span S of the Fock states with at most `maxOccupation`
 * quanta in every mode, embedded in the full truncated space:
 *
 *   ρ = ½ G G† / tr(G G†) + ½ |ψ⟩⟨ψ|,
 *
 * with G a complex Gaussian matrix on S and ψ the normalised projection onto S of a product of
 * coherent states with random complex amplitudes (|α| < 1.5). The pure part gives the state
 * first moments and correlations of order one; the Gaussian part makes ρ full rank on S with
 * coherences between all its Fock states. Hermitian, positive semidefinite, trace one.
 */
import { type CMatrix, zeros } from './complex-matrix.js';
import { fockOccupations } from './operators.js';

/** mulberry32: a small deterministic 32-bit PRNG returning uniforms in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal samples via Box–Muller. */
function gaussian(uniform: () => number): () => number {
  return () => {
    const u = 1 - uniform(); // (0, 1]
    const v = uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
}

export interface RandomStateRequest {
  readonly nModes: number;
  readonly levels: number;
  readonly maxOccupation: number;
  readonly seed: number;
}

/** Full-space indices of the Fock states with every occupation ≤ maxOccupation. */
export function lowStates(nModes: number, levels: number, maxOccupation: number): number[] {
  const out: number[] = [];
  const dim = levels ** nModes;
  for (let i = 0; i < dim; i++) {
    if (fockOccupations(i, nModes, levels).every((n) => n <= maxOccupation)) out.push(i);
  }
  return out;
}

/** Amplitudes ⟨n|ψ⟩ on the support: Π_f α_f^{n_f}/√(n_f!), normalised over the support. */
function coherentAmplitudes(support: readonly number[], nModes: number, levels: number, uniform: () => number) {
  const alphas: Array<{ re: number; im: number }> = [];
  for (let f = 0; f < nModes; f++) {
    const r = 1.5 * uniform();
    const phi = 2 * Math.PI * uniform();
    alphas.push({ re: r * Math.cos(phi), im: r * Math.sin(phi) });
  }
  const re = new Float64Array(support.length);
  const im = new Float64Array(support.length);
  let norm = 0;
  support.forEach((index, k) => {
    let zr = 1;
    let zi = 0;
    fockOccupations(index, nModes, levels).forEach((n, f) => {
      const a = alphas[f] as { re: number; im: number };
      let fact = 1;
      for (let t = 1; t <= n; t++) {
        const nr = zr * a.re - zi * a.im;
        zi = zr * a.im + zi * a.re;
        zr = nr;
        fact *= t;
      }
      zr /= Math.sqrt(fact);
      zi /= Math.sqrt(fact);
    });
    re[k] = zr;
    im[k] = zi;
    norm += zr * zr + zi * zi;
  });
  const s = 1 / Math.sqrt(norm);
  for (let k = 0; k < support.length; k++) {
    re[k] = (re[k] as number) * s;
    im[k] = (im[k] as number) * s;
  }
  return { re, im };
}

export function randomDensityMatrix(req: RandomStateRequest): CMatrix {
  const { nModes, levels, maxOccupation, seed } = req;
  if (!Number.isInteger(maxOccupation) || maxOccupation < 0 || maxOccupation >= levels) {
    throw new Error(`randomDensityMatrix: maxOccupation ${maxOccupation} must be an integer in [0, ${levels - 1}]`);
  }
  if (!Number.isInteger(seed)) throw new Error(`randomDensityMatrix: seed must be an integer, got ${seed}`);
  const support = lowStates(nModes, levels, maxOccupation);
  const s = support.length;
  const uniform = mulberry32(seed);
  const normal = gaussian(uniform);
  const gRe = new Float64Array(s * s);
  const gIm = new Float64Array(s * s);
  for (let k = 0; k < s * s; k++) {
    gRe[k] = normal();
    gIm[k] = normal();
  }
  const psi = coherentAmplitudes(support, nModes, levels, uniform);
  let trG = 0;
  for (let k = 0; k < s * s; k++) trG += (gRe[k] as number) ** 2 + (gIm[k] as number) ** 2;
  const dim = levels ** nModes;
  const rho = zeros(dim);
  for (let i = 0; i < s; i++) {
    for (let j = 0; j < s; j++) {
      // ½ (G G†)_ij / tr(G G†) + ½ ψ_i conj(ψ_j), with (G G†)_ij = Σ_k G_ik conj(G_jk).
      let re = 0;
      let im = 0;
      for (let k = 0; k < s; k++) {
        const ar = gRe[i * s + k] as number;
        const ai = gIm[i * s + k] as number;
        const br = gRe[j * s + k] as number;
        const bi = gIm[j * s + k] as number;
        re += ar * br + ai * bi;
        im += ai * br - ar * bi;
      }
      const pr = psi.re[i] as number;
      const pi = psi.im[i] as number;
      const qr = psi.re[j] as number;
      const qi = psi.im[j] as number;
      const I = support[i] as number;
      const J = support[j] as number;
      rho.re[I * dim + J] = (0.5 * re) / trG + 0.5 * (pr * qr + pi * qi);
      rho.im[I * dim + J] = i === j ? 0 : (0.5 * im) / trG + 0.5 * (pi * qr - pr * qi);
    }
  }
  return rho;
}
