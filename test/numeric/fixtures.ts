/**
 * Test fixtures written by hand from the paper (Scali, Anders, Correa,
 * "Local master equations bypass the secular approximation"):
 *  - M_L,1 (eq. 34), local first moments, with its exceptional line
 *    k* = (ω/2)|Δ_h − Δ_c| (eq. 36);
 *  - M_G,1 (eq. 46b), global first moments (no EP);
 *  - M_L,2 (eq. B.5, as printed), 10×10: the printed k entries are wrong (the
 *    derived M_L,2 is paperMatrixSource('local', 2, …) in
 *    src/numeric/physics/exceptional-points.ts); kept only as a 10×10 shape.
 * Δ_α(ω) = (γ_{−ω} − γ_ω)/(2ω) = −J_α(ω)/ω, J_α(ω) = λ_α² ω Λ²/(ω² + Λ²),
 * γ_ω = 2J(ω)(1 + 1/(e^{ω/T} − 1)) (eqs. 19, 20, 35).
 */
import type { RealSquareMatrix } from '../../src/numeric/linalg/square-matrix.js';
import { mulberry32 } from '../../src/numeric/fock/random-state.js';
import {
  FIG2_PARAMETERS,
  globalFirstMomentFillerSource,
  localFirstMomentFillerSource,
} from './fixture-filler-sources.mjs';

export interface BathParameters {
  readonly hotTemperature: number;
  readonly coldTemperature: number;
  /** λ_h² */
  readonly hotCoupling2: number;
  /** λ_c² */
  readonly coldCoupling2: number;
  /** Λ */
  readonly cutoff: number;
}

export const fig2Parameters: BathParameters = FIG2_PARAMETERS;
export { globalFirstMomentFillerSource, localFirstMomentFillerSource };

/** J(ω) of eq. (19); odd in ω. */
export function spectralDensity(coupling2: number, omega: number, cutoff: number): number {
  return (coupling2 * omega * cutoff * cutoff) / (omega * omega + cutoff * cutoff);
}

/** γ_ω of eq. (20), for either sign of ω. */
export function decayRate(coupling2: number, temperature: number, omega: number, cutoff: number): number {
  return 2 * spectralDensity(coupling2, omega, cutoff) * (1 + 1 / Math.expm1(omega / temperature));
}

/** Δ_ω of eq. (35) evaluated literally from the decay rates. */
export function dissipationCoefficientFromRates(coupling2: number, temperature: number, omega: number, cutoff: number): number {
  return (decayRate(coupling2, temperature, -omega, cutoff) - decayRate(coupling2, temperature, omega, cutoff)) / (2 * omega);
}

/** Δ_ω = −J(ω)/ω, the closed form of eq. (35) used in the matrices. */
export function dissipationCoefficient(coupling2: number, omega: number, cutoff: number): number {
  return -spectralDensity(coupling2, omega, cutoff) / omega;
}

/** The exceptional coupling k* = (ω/2)|Δ_h − Δ_c| of eq. (36). */
export function exceptionalCoupling(omega: number, p: BathParameters = fig2Parameters): number {
  const dh = dissipationCoefficient(p.hotCoupling2, omega, p.cutoff);
  const dc = dissipationCoefficient(p.coldCoupling2, omega, p.cutoff);
  return (omega / 2) * Math.abs(dh - dc);
}

function fromEntries(n: number, entries: readonly (readonly [number, number, number])[]): RealSquareMatrix {
  const data = new Float64Array(n * n);
  for (const [i, j, v] of entries) data[i * n + j] = v;
  return { n, data };
}

/** M_L,1 of eq. (34). */
export function localFirstMomentMatrix(omega: number, k: number, p: BathParameters = fig2Parameters): RealSquareMatrix {
  const dh = dissipationCoefficient(p.hotCoupling2, omega, p.cutoff);
  const dc = dissipationCoefficient(p.coldCoupling2, omega, p.cutoff);
  const w2 = omega * omega;
  return fromEntries(4, [
    [0, 0, dh / 2], [0, 1, 1],
    [1, 0, -w2], [1, 1, dh / 2], [1, 2, -k],
    [2, 2, dc / 2], [2, 3, 1],
    [3, 0, -k], [3, 2, -w2], [3, 3, dc / 2],
  ]);
}

/** M_G,1 of eq. (46b). */
export function globalFirstMomentMatrix(omega: number, k: number, p: BathParameters = fig2Parameters): RealSquareMatrix {
  const w2 = omega * omega;
  const o1 = Math.sqrt(w2 + k);
  const o2 = Math.sqrt(w2 - k);
  const t1 = (dissipationCoefficient(p.hotCoupling2, o1, p.cutoff) + dissipationCoefficient(p.coldCoupling2, o1, p.cutoff)) / 2;
  const t2 = (dissipationCoefficient(p.hotCoupling2, o2, p.cutoff) + dissipationCoefficient(p.coldCoupling2, o2, p.cutoff)) / 2;
  const s = (t1 + t2) / 4;
  const d = (t1 - t2) / 4;
  return fromEntries(4, [
    [0, 0, s], [0, 1, 1], [0, 2, d],
    [1, 0, -w2], [1, 1, s], [1, 2, -k], [1, 3, d],
    [2, 0, d], [2, 2, s], [2, 3, 1],
    [3, 0, -k], [3, 1, d], [3, 2, -w2], [3, 3, s],
  ]);
}

/**
 * M_L,2 of eq. (B.5) as PRINTED, whose k entries are wrong: not the paper's physics, used only
 * where a test needs a generic 10×10 matrix of that shape (propagate.test.ts).
 */
export function localSecondMomentMatrix(omega: number, k: number, p: BathParameters = fig2Parameters): RealSquareMatrix {
  const dh = dissipationCoefficient(p.hotCoupling2, omega, p.cutoff);
  const dc = dissipationCoefficient(p.coldCoupling2, omega, p.cutoff);
  const da = (dh + dc) / 2;
  const w2 = omega * omega;
  return fromEntries(10, [
    [0, 0, dh], [0, 2, 2],
    [1, 1, dh], [1, 2, -2 * w2], [1, 7, k],
    [2, 0, -w2], [2, 1, 1], [2, 2, dh], [2, 8, k / 2],
    [3, 3, dc], [3, 5, 2],
    [4, 4, dc], [4, 5, -2 * w2], [4, 6, k],
    [5, 3, -w2], [5, 4, 1], [5, 5, dc], [5, 8, k / 2],
    [6, 0, k / 2], [6, 6, da], [6, 8, -w2], [6, 9, 1],
    [7, 3, k / 2], [7, 7, da], [7, 8, -w2], [7, 9, 1],
    [8, 6, 1], [8, 7, 1], [8, 8, da],
    [9, 2, k / 2], [9, 5, k / 2], [9, 6, -w2], [9, 7, -w2], [9, 9, da],
  ]);
}

/** A reproducible pseudo-random generator for test matrices (the oracle's mulberry32). */
export const seededRandom = mulberry32;

/** An n×n matrix with entries uniform in [−1, 1). */
export function randomMatrix(n: number, random: () => number): RealSquareMatrix {
  const data = new Float64Array(n * n);
  for (let i = 0; i < n * n; i++) data[i] = 2 * random() - 1;
  return { n, data };
}
