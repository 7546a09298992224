/**
 * Exceptional points of the second moments (issue 10), checked against an independent oracle:
 * the closed-form eigen-decomposition of the 4×4 M_L,1 (eq. 34). The second moments obey
 * dX/dt = M₁X + XM₁ᵀ + …, so the eigenvalues of M₂ are λ_i + λ_j (i ≤ j), with right
 * eigenvectors the symmetrised products v_i v_jᵀ + v_j v_iᵀ and left eigenvectors the functionals
 * X ↦ tr(W X), W = w_i w_jᵀ + w_j w_iᵀ (w the left eigenvectors of M₁). Written in the
 * coordinates of eq. B.2, they give the exact phase rigidity of every simple eigenvalue of M₂.
 */
import { describe, it, expect } from 'vitest';
import { lowerMoments } from '../../src/numeric/lower.js';
import { FIG2_PARAMETERS, paperModel, type PaperParameters } from '../../src/numeric/paper-parameters.js';
import { epReport } from '../../src/numeric/physics/ep-analysis.js';
import { secondMomentExceptionalPointsAt } from '../../src/numeric/physics/exceptional-points.js';
import { spectrumSweep, spectrumSweepCsv } from '../../src/numeric/physics/spectrum-sweep.js';
import type { EquationKind } from '../../src/dissipators/index.js';

// Minimal complex arithmetic for the oracle.
type C = readonly [number, number];
const add = (a: C, b: C): C => [a[0] + b[0], a[1] + b[1]];
const sub = (a: C, b: C): C => [a[0] - b[0], a[1] - b[1]];
const mul = (a: C, b: C): C => [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
const scale = (a: C, s: number): C => [a[0] * s, a[1] * s];
const abs = (a: C): number => Math.hypot(a[0], a[1]);
const csqrt = (a: C): C => {
  const r = abs(a);
  if (r === 0) return [0, 0];
  const re = Math.sqrt((r + Math.abs(a[0])) / 2);
  if (a[0] >= 0) return [re, a[1] / (2 * re)];
  return [Math.abs(a[1]) / (2 * re), a[1] >= 0 ? re : -re];
};
const real = (x: number): C => [x, 0];

function lowered(equation: EquationKind, order: 1 | 2, p: PaperParameters): number[][] {
  return lowerMoments({ model: paperModel(p), equation, order, basis: 'local' }).M.map((row) => [...row]);
}

/** M₁ = [[d_h, 1, 0, 0], [−ω², d_h, −k, 0], [0, 0, d_c, 1], [−k, 0, −ω², d_c]], read off the lowered matrix. */
function firstMomentEntries(m1: number[][]): { dh: number; dc: number; w2: number; k: number } {
  const dh = m1[0]![0]!;
  const dc = m1[2]![2]!;
  const w2 = -m1[1]![0]!;
  const k = -m1[1]![2]!;
  const expected = [[dh, 1, 0, 0], [-w2, dh, -k, 0], [0, 0, dc, 1], [-k, 0, -w2, dc]];
  expect(m1).toEqual(expected);
  return { dh, dc, w2, k };
}

interface Eigenpair { readonly value: C; readonly right: C[]; readonly left: C[] }

/**
 * Closed form: with a = (d_h + d_c)/2, δ = (d_h − d_c)/2, μ = a + u,
 * (ω² + (u − δ)²)(ω² + (u + δ)²) = k², so u² = −(ω² − δ²) + σ r, r = √(k² − 4ω²δ²), σ = ±1, and
 * ω² + (u − δ)² = 2δ² + σ r − 2uδ (no cancellation). v = (1, u − δ, x_c, (u + δ) x_c),
 * x_c = −(ω² + (u − δ)²)/k; w = (u − δ, 1, (u + δ) w_pc, w_pc), w_pc = x_c.
 */
function firstMomentEigenpairs(m1: number[][]): Eigenpair[] {
  const { dh, dc, w2, k } = firstMomentEntries(m1);
  const a = (dh + dc) / 2;
  const d = (dh - dc) / 2;
  const r = csqrt(real(k * k - 4 * w2 * d * d));
  const pairs: Eigenpair[] = [];
  for (const sigma of [1, -1]) {
    const s = add(real(-(w2 - d * d)), scale(r, sigma));
    for (const sign of [1, -1]) {
      const u = scale(csqrt(s), sign);
      const factor = sub(add(real(2 * d * d), scale(r, sigma)), scale(u, 2 * d));
      const xc = scale(factor, -1 / k);
      const um = sub(u, real(d));
      const up = add(u, real(d));
      pairs.push({ value: add(real(a), u), right: [real(1), um, xc, mul(up, xc)], left: [um, real(1), mul(up, xc), xc] });
    }
  }
  return pairs;
}

/** Eq. B.2: x_h², p_h², {x_h,p_h}/2, x_c², p_c², {x_c,p_c}/2, x_h p_c, x_c p_h, x_h x_c, p_h p_c (θ = x_h, p_h, x_c, p_c). */
const B2: readonly (readonly [number, number])[] = [[0, 0], [1, 1], [0, 1], [2, 2], [3, 3], [2, 3], [0, 3], [2, 1], [0, 2], [1, 3]];

/** The Lyapunov lift X ↦ M₁X + XM₁ᵀ in the coordinates of eq. B.2. */
function lyapunovLift(m1: number[][]): number[][] {
  return B2.map(([a, b]) =>
    B2.map(([c, e]) => {
      // d X_ab / d X_ce, with X symmetric: X_ab' = Σ_l M_al X_lb + X_al M_bl.
      let value = 0;
      for (let l = 0; l < 4; l++) {
        const hit = (p: number, q: number): boolean => (p === c && q === e) || (p === e && q === c);
        if (hit(l, b)) value += m1[a]![l]!;
        if (hit(a, l)) value += m1[b]![l]!;
      }
      return value;
    }),
  );
}

interface ExactEigen { readonly value: C; readonly rigidity: number }

/** λ_i + λ_j and, from the symmetrised products, the phase rigidity |f·x|/(‖f‖‖x‖). */
function secondMomentOracle(m1: number[][]): ExactEigen[] {
  const pairs = firstMomentEigenpairs(m1);
  const out: ExactEigen[] = [];
  for (let i = 0; i < 4; i++) {
    for (let j = i; j < 4; j++) {
      const p = pairs[i]!;
      const q = pairs[j]!;
      const x = B2.map(([a, b]) => add(mul(p.right[a]!, q.right[b]!), mul(q.right[a]!, p.right[b]!)));
      const f = B2.map(([a, b]) => scale(add(mul(p.left[a]!, q.left[b]!), mul(q.left[a]!, p.left[b]!)), a === b ? 1 : 2));
      let dot: C = [0, 0];
      for (let c = 0; c < 10; c++) dot = add(dot, mul(f[c]!, x[c]!));
      const norm = (v: C[]): number => Math.sqrt(v.reduce((s, z) => s + abs(z) ** 2, 0));
      out.push({ value: add(p.value, q.value), rigidity: abs(dot) / (norm(f) * norm(x)) });
    }
  }
  return out;
}

const kStar = (p: PaperParameters): number => {
  const { dh, dc, w2 } = firstMomentEntries(lowered('local', 1, { ...p, k: 1e-6 }));
  return Math.sqrt(w2) * Math.abs(dh - dc);
};

describe('oracle', () => {
  it('M_L,2 is the Lyapunov lift of M_L,1 in the coordinates of eq. B.2 (so the oracle describes the matrix under test)', () => {
    for (const p of [{ ...FIG2_PARAMETERS, k: 2e-5 }, { ...FIG2_PARAMETERS, omega: 0.5, k: 8e-5 }]) {
      const lift = lyapunovLift(lowered('local', 1, p));
      const m2 = lowered('local', 2, p);
      for (let i = 0; i < 10; i++) for (let j = 0; j < 10; j++) expect(Math.abs(m2[i]![j]! - lift[i]![j]!)).toBeLessThanOrEqual(1e-15 * (1 + Math.abs(lift[i]![j]!)));
    }
  });
  it('the closed-form pairs are eigenpairs of M_L,1', () => {
    const m1 = lowered('local', 1, { ...FIG2_PARAMETERS, k: 2e-5 });
    for (const { value, right, left } of firstMomentEigenpairs(m1)) {
      for (let i = 0; i < 4; i++) {
        let mv: C = [0, 0];
        let wm: C = [0, 0];
        for (let l = 0; l < 4; l++) {
          mv = add(mv, scale(right[l]!, m1[i]![l]!));
          wm = add(wm, scale(left[l]!, m1[l]![i]!));
        }
        expect(abs(sub(mv, mul(value, right[i]!)))).toBeLessThan(1e-12);
        expect(abs(sub(wm, mul(value, left[i]!)))).toBeLessThan(1e-12);
      }
    }
  });
});

describe('ep --order 2 away from the EP (issue 10 acceptance)', () => {
  const points: [string, PaperParameters][] = [
    ['k = 2e-5', { ...FIG2_PARAMETERS, k: 2e-5 }],
    ['k = 1e-4', { ...FIG2_PARAMETERS, k: 1e-4 }],
    ['ω = 0.5, k = 8e-5', { ...FIG2_PARAMETERS, omega: 0.5, k: 8e-5 }],
  ];
  it.each(points)('%s: no EP, κ < 10, every simple phase rigidity within 1e-6 of the exact value, multiplicities exact', (_, p) => {
    const report = epReport(lowered('local', 2, p));
    const exact = secondMomentOracle(lowered('local', 1, p));
    expect(report.exceptionalPoint).toBe(false);
    expect(report.exceptionalPointOrder).toBeNull();
    expect(report.kappa).toBeLessThan(10);
    expect(report.kappaResolved).toBe(true);
    const scaleOfSpectrum = 1e-12;
    for (const cluster of report.clusters) {
      const matches = exact.filter((e) => abs(sub(e.value, [cluster.centre.re, cluster.centre.im])) < scaleOfSpectrum);
      expect(matches).toHaveLength(cluster.multiplicity);
      if (cluster.multiplicity === 1) {
        expect(cluster.verdict).toBe('simple');
        expect(Math.abs(cluster.phaseRigidity! - matches[0]!.rigidity)).toBeLessThan(1e-6);
        expect(cluster.relativeAccuracy).toBeLessThan(1e-6);
        expect(report.phaseRigidity[cluster.members[0]!]).toBe(cluster.phaseRigidity);
      } else {
        // λ_i + conj(λ_j) and λ_j + conj(λ_i) coincide: two independent symmetrised products, so semisimple.
        expect(cluster.verdict).toBe('semisimple');
        expect(cluster.phaseRigidity).toBeNull();
        for (const i of cluster.members) expect(report.phaseRigidity[i]).toBeNull();
      }
    }
  });
  it('the issue\'s numbers: 0.8249 for the two real simple eigenvalues at k = 2e-5', () => {
    const report = epReport(lowered('local', 2, { ...FIG2_PARAMETERS, k: 2e-5 }));
    const realSimple = report.clusters.filter((c) => c.verdict === 'simple' && c.centre.im === 0);
    expect(realSimple).toHaveLength(2);
    for (const c of realSimple) expect(c.phaseRigidity!).toBeCloseTo(0.8249, 4);
  });
});

describe('ep --order 2 at and next to the EP', () => {
  const p = FIG2_PARAMETERS;
  const k = kStar(p);
  it('at k*: defective clusters, Jordan blocks 3 at 2a ± 2iΩ and 3 + 1 at 2a (an EP of order 3)', () => {
    const m1 = lowered('local', 1, { ...p, k });
    const { dh, dc, w2 } = firstMomentEntries(m1);
    const a = (dh + dc) / 2;
    const frequency = Math.sqrt(w2 - ((dh - dc) / 2) ** 2);
    const report = epReport(lowered('local', 2, { ...p, k }));
    expect(report.exceptionalPoint).toBe(true);
    expect(report.exceptionalPointOrder).toBe(3);
    expect(report.kappa).toBe(Number.POSITIVE_INFINITY);
    const at = (re: number, im: number) => report.clusters.find((c) => Math.hypot(c.centre.re - re, c.centre.im - im) < 1e-7);
    for (const im of [2 * frequency, -2 * frequency]) {
      const c = at(2 * a, im);
      expect(c?.verdict).toBe('defective');
      expect(c?.jordanBlocks).toEqual([3]);
    }
    expect(at(2 * a, 0)?.jordanBlocks).toEqual([3, 1]);
    expect(report.clusters).toHaveLength(3);
  });
  it.each([1 + 1e-6, 1 - 1e-6])('at k*·%d the projector-norm witness fires, and agrees with the exact 1/rigidity', (factor) => {
    const q = { ...p, k: k * factor };
    const report = epReport(lowered('local', 2, q));
    expect(report.exceptionalPoint).toBe(true);
    expect(report.maximumProjectorNorm).toBeGreaterThanOrEqual(report.projectorNormThreshold);
    const exact = secondMomentOracle(lowered('local', 1, q));
    for (const c of report.clusters.filter((x) => x.verdict === 'simple')) {
      const e = exact.reduce((best, x) => (abs(sub(x.value, [c.centre.re, c.centre.im])) < abs(sub(best.value, [c.centre.re, c.centre.im])) ? x : best));
      // Near the EP double precision determines ‖P‖ only to the reported relative accuracy (~1e-2 here).
      expect(c.relativeAccuracy).toBeLessThan(0.2);
      expect(Math.abs(c.projectorNorm * e.rigidity - 1)).toBeLessThan(c.relativeAccuracy);
    }
  });
  it('at k*/2 every projector norm stays below 10 and no EP is reported', () => {
    const report = epReport(lowered('local', 2, { ...p, k: k / 2 }));
    expect(report.maximumProjectorNorm).toBeLessThan(10);
    expect(report.exceptionalPoint).toBe(false);
  });
  it('the first moments at k*: one defective 2×2 block at each of a ± iΩ (order 2)', () => {
    const report = epReport(lowered('local', 1, { ...p, k }));
    expect(report.exceptionalPointOrder).toBe(2);
    expect(report.clusters.map((c) => c.jordanBlocks)).toEqual([[2], [2]]);
  });
});

describe('diabolic points', () => {
  it('global at k = 0: two identical decoupled oscillators, semisimple double eigenvalues, finite κ', () => {
    for (const order of [1, 2] as const) {
      const report = epReport(lowered('global', order, { ...FIG2_PARAMETERS, k: 0 }));
      expect(report.exceptionalPoint).toBe(false);
      expect(report.clusters.some((c) => c.verdict === 'semisimple')).toBe(true);
      expect(report.clusters.every((c) => c.verdict !== 'defective')).toBe(true);
      expect(Number.isFinite(report.kappa)).toBe(true);
      expect(report.kappa).toBeLessThan(10);
    }
  });
});

describe('ep-lines --order 2', () => {
  it('local: ±k* from the closed form, and M_L,2 there is defective with Jordan blocks 3, 3, 3+1', () => {
    const { first, second } = secondMomentExceptionalPointsAt('local', FIG2_PARAMETERS);
    const k = kStar(FIG2_PARAMETERS);
    expect(first.k).toHaveLength(2);
    expect(second).toHaveLength(2);
    for (const s of second) {
      expect(Math.abs(Math.abs(s.k) - k)).toBeLessThan(1e-12 * k);
      expect(s.order).toBe(3);
      expect(s.jordanBlocks.map((b) => b.join('+')).sort()).toEqual(['3', '3', '3+1']);
    }
  });
  it('Redfield: the numeric k* next to the local one, M_R,2 defective of order 3 there; global: none', () => {
    const k = kStar(FIG2_PARAMETERS);
    const { second } = secondMomentExceptionalPointsAt('redfield', FIG2_PARAMETERS);
    expect(second).toHaveLength(2);
    for (const s of second) {
      expect(Math.abs(Math.abs(s.k) - k)).toBeLessThan(1e-3 * k);
      expect(s.order).toBe(3);
    }
    expect(secondMomentExceptionalPointsAt('global', FIG2_PARAMETERS).second).toEqual([]);
  });
});

describe('spectrum sweep', () => {
  it('through k*, at every k the eigenvalues of M_L,2 are the sums λ_i + λ_j of the exact first-moment eigenvalues; EP flagged only next to k*', () => {
    const k = kStar(FIG2_PARAMETERS);
    const ks = [0.5, 0.9, 1 - 1e-6, 1 + 1e-6, 1.1, 1.5].map((f) => f * k);
    const sweep = spectrumSweep({ equation: 'local', order: 2, ks, parameters: FIG2_PARAMETERS });
    expect(sweep.eigenvalues).toHaveLength(ks.length);
    ks.forEach((kk, i) => {
      const exact = secondMomentOracle(lowered('local', 1, { ...FIG2_PARAMETERS, k: kk })).map((e) => e.value);
      const row = sweep.eigenvalues[i]!;
      expect(row).toHaveLength(10);
      // Near the EP the eigenvalues are only determined to ~ (η‖P‖)·gap scale; far from it to 1e-12.
      const tolerance = sweep.exceptionalPoint[i] ? 1e-8 : 1e-12;
      const unmatched = [...exact];
      for (const e of row) {
        const j = unmatched.reduce((best, x, l) => (abs(sub(x, [e.re, e.im])) < abs(sub(unmatched[best]!, [e.re, e.im])) ? l : best), 0);
        expect(abs(sub(unmatched[j]!, [e.re, e.im]))).toBeLessThan(tolerance);
        unmatched.splice(j, 1);
      }
    });
    expect(sweep.exceptionalPoint).toEqual([false, false, true, true, false, false]);
    const csv = spectrumSweepCsv(sweep).trim().split('\n');
    expect(csv[0]).toBe('k,branch,re,im,multiplicity,projector_norm,verdict');
    expect(csv).toHaveLength(1 + 10 * ks.length);
    const [kText, branch, re, im] = csv[1]!.split(',');
    expect([Number(kText), Number(branch), Number(re), Number(im)]).toEqual([ks[0], 0, sweep.eigenvalues[0]![0]!.re, sweep.eigenvalues[0]![0]!.im]);
  });
  it('branches are continuous away from the EP: each branch moves less than the smallest eigenvalue gap between neighbouring k', () => {
    const ks = Array.from({ length: 21 }, (_, i) => 1e-5 + i * 1e-6);
    const sweep = spectrumSweep({ equation: 'local', order: 1, ks, parameters: FIG2_PARAMETERS });
    for (let i = 1; i < ks.length; i++) {
      sweep.eigenvalues[i]!.forEach((e, b) => {
        const before = sweep.eigenvalues[i - 1]![b]!;
        expect(Math.hypot(e.re - before.re, e.im - before.im)).toBeLessThan(2e-6);
      });
    }
  });
});
