/**
 * Synthetic stand-ins for the paper's Fig. 2 and Fig. 3 data, for example figures and tests.
 *
 * Two resonant modes with damping rates γ_h(ω), γ_c(ω) (Ohmic, thermal) coupled with
 * strength g = k / (2ω): M = [[−γ_h/2, −i g], [−i g, −γ_c/2]] has an exceptional point
 * where g = |γ_h − γ_c| / 4, i.e. on the lines k = ± ω |γ_h − γ_c| / 2. κ is the condition
 * number of M's matrix of unit eigenvectors: κ = √((1 + |c|)/(1 − |c|)), c = ⟨v₁, v₂⟩.
 */
import { cellEdgesFromCentres, type HeatmapSpec } from '../../src/render/figures/index.js';

const PARAMETERS = { Th: 10, Tc: 5, lambdaH2: 1e-8, lambdaC2: 1e-4 };

function dampingRate(lambda2: number, omega: number, temperature: number): number {
  return (lambda2 * omega) / Math.tanh(omega / (2 * temperature));
}

/** |⟨v₁, v₂⟩| of the unit eigenvectors of [[a, −ig], [−ig, d]] with real a, d, g. */
function eigenvectorOverlap(a: number, d: number, g: number): number {
  // Eigenvectors (−i g, λ − a) with λ − a = (d − a)/2 ± √(((a − d)/2)² − g²).
  const half = (d - a) / 2;
  const disc = half * half - g * g;
  const vectors = disc >= 0
    ? [[g, 0, half + Math.sqrt(disc), 0], [g, 0, half - Math.sqrt(disc), 0]]
    : [[g, 0, half, Math.sqrt(-disc)], [g, 0, half, -Math.sqrt(-disc)]];
  // Components as [re0, im0, re1, im1]; the common factor −i of the first component drops out of |c|.
  const norm = (v: number[]): number => Math.hypot(...v);
  const [u, w] = vectors as [number[], number[]];
  const re = u[0]! * w[0]! + u[1]! * w[1]! + u[2]! * w[2]! + u[3]! * w[3]!;
  const im = u[0]! * w[1]! - u[1]! * w[0]! + u[2]! * w[3]! - u[3]! * w[2]!;
  return Math.hypot(re, im) / (norm(u) * norm(w));
}

function log10Kappa(omega: number, k: number): number {
  const gh = dampingRate(PARAMETERS.lambdaH2, omega, PARAMETERS.Th);
  const gc = dampingRate(PARAMETERS.lambdaC2, omega, PARAMETERS.Tc);
  const c = eigenvectorOverlap(-gh / 2, -gc / 2, k / (2 * omega));
  return 0.5 * Math.log10((1 + c) / (1 - c));
}

/** The exceptional lines k = ± ω |γ_h − γ_c| / 2 over [ω0, ω1]. */
export function exceptionalLines(omega0: number, omega1: number): Array<Array<[number, number]>> {
  const upper: Array<[number, number]> = [];
  for (let i = 0; i <= 100; i++) {
    const omega = omega0 + ((omega1 - omega0) * i) / 100;
    const gap = Math.abs(dampingRate(PARAMETERS.lambdaH2, omega, PARAMETERS.Th) - dampingRate(PARAMETERS.lambdaC2, omega, PARAMETERS.Tc));
    upper.push([omega, (omega * gap) / 2]);
  }
  return [upper, upper.map(([omega, k]): [number, number] => [omega, -k])];
}

export type ExampleEquation = 'local' | 'global' | 'redfield';

/** A Fig. 2-like panel on an n × n grid of cell centres. */
export function exampleHeatmap(equation: ExampleEquation, n: number, titled = true): HeatmapSpec {
  const omegas = Array.from({ length: n }, (_, i) => 0.5 + (2.5 * i) / (n - 1));
  const ks = Array.from({ length: n }, (_, i) => -1.5e-3 + (3e-3 * i) / (n - 1));
  const values = new Float64Array(n * n);
  ks.forEach((k, kIndex) => omegas.forEach((omega, omegaIndex) => {
    const value = log10Kappa(omega, k);
    switch (equation) {
      case 'local':
        values[kIndex * n + omegaIndex] = value;
        break;
      case 'redfield':
        values[kIndex * n + omegaIndex] = value * (1 + 0.02 * Math.sin(3 * omega));
        break;
      case 'global':
        values[kIndex * n + omegaIndex] = 0.05 * Math.exp(-((k / 4e-4) ** 2)) / omega;
        break;
    }
  }));
  // A few points the eigensolver "could not resolve".
  if (equation !== 'global') for (const i of [n + 3, 2 * n + 5, 7 * n + 11]) values[i] = i % 2 === 0 ? NaN : Infinity;
  const titles: Record<ExampleEquation, string> = { local: 'local', global: 'global', redfield: 'Redfield' };
  const omegaRange = cellEdgesFromCentres(omegas[0]!, omegas[n - 1]!, n);
  return {
    values,
    omegaCount: n,
    kCount: n,
    omegaRange,
    kRange: cellEdgesFromCentres(ks[0]!, ks[n - 1]!, n),
    ...(titled ? { title: titles[equation] } : {}),
    overlays: equation === 'global' ? [] : exceptionalLines(omegaRange[0], omegaRange[1]).map((points) => ({ points })),
  };
}

/** Fig. 3c-like transients of the hot heat current. */
export function exampleTransients(): { t: number[]; local: number[]; global: number[]; redfield: number[]; steady: number } {
  const t = Array.from({ length: 400 }, (_, i) => (i * 4000) / 399);
  const steady = 2.1e-4;
  const local = t.map((s) => steady * (1 - Math.exp(-s / 600) * Math.cos(s / 500)));
  const redfield = local.map((v, i) => v * (1 + 0.01 * Math.exp(-t[i]! / 800)));
  const global = t.map((s) => steady * (1 - Math.exp(-s / 350)));
  return { t, local, global, redfield, steady };
}
