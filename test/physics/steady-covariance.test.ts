/**
 * Steady states from the covariance form against independent references:
 *  - the pair: the Lyapunov σ∞ equals the fixed point of the 10 × 10 M₂ system (solved by
 *    ml-matrix) to 1e-12, and its heat currents equal `heatDynamics` (today's `heat`);
 *  - identity: Σ_α Q_α = 0 in every steady state; at equal temperatures the global equation's σ∞
 *    is the Gibbs covariance of H_S (built here from a symmetric eigendecomposition of the
 *    potential matrix with ml-matrix);
 *  - the three-mode chain: the affine map θ ↦ dθ/dt of the Fock-space oracle, sampled on random
 *    states, has a fixed point equal to σ∞ (and its heat currents equal ours);
 *  - the ballistic profile of a hopping chain under the local equation (docs/conventions.md,
 *    "Ballistic profile"), derived by hand.
 */
import { describe, it, expect } from 'vitest';
import { Matrix, solve, EigenvalueDecomposition } from 'ml-matrix';
import { prepareCovariance, steadyCovariance, covarianceTransient, localThermalCovariance } from '../../src/numeric/covariance/index.js';
import { heatDynamics } from '../../src/numeric/physics/heat-dynamics.js';
import { lowerPaperModel } from '../../src/numeric/physics/paper-lowering.js';
import { paperModel, type PaperParameters } from '../../src/numeric/paper-parameters.js';
import { evaluateMatrix, evaluateVector } from '../../src/numeric/evaluate.js';
import { deriveMoments, totalMatrix, totalConstant } from '../../src/moments/index.js';
import { oracleMoments, oracleHeatCurrents } from '../../src/numeric/fock/index.js';
import type { NumericModel } from '../../src/numeric/physical.js';
import { CHAIN } from '../oracle/helpers.js';

const EQUATIONS = ['local', 'global', 'redfield'] as const;
const RESONANT: PaperParameters = { omega: 1.1, k: 0.05, Th: 2, Tc: 0.7, lambdaH2: 0.02, lambdaC2: 0.005, cutoff: 30 };
const OFF: PaperParameters = { ...RESONANT, omegaH: 1.3, omegaC: 0.9, k: 0.2 };

const entry = (sigma: Float64Array, n: number, i: number, j: number): number => sigma[i * n + j]!;

describe('two resonators: Lyapunov σ∞ = fixed point of the 10 × 10 M₂ system', () => {
  for (const [name, p] of [['resonant', RESONANT], ['off resonance', OFF]] as const) {
    for (const equation of EQUATIONS) {
      it(`${name}, ${equation}`, () => {
        const steady = steadyCovariance(prepareCovariance({ model: paperModel(p), equation }));
        const { model, values } = lowerPaperModel(p);
        const eqs = deriveMoments({ model, equation, order: 2, basis: 'local' });
        const M = new Matrix(evaluateMatrix(totalMatrix(eqs), values));
        const c = Matrix.columnVector(evaluateVector(totalConstant(eqs), values).map((x) => -x));
        const theta = solve(M, c).to1DArray();
        const scale = Math.max(...theta.map(Math.abs));
        eqs.basis.forEach((b, k) => {
          const [i, j] = b.leadingWord as [number, number];
          expect(Math.abs(entry(steady.covariance, 4, i, j) - theta[k]!), b.name).toBeLessThan(1e-12 * scale);
        });
        const today = heatDynamics({ parameters: p, equation, times: [0] });
        expect(Math.abs(steady.heat['h']! - today.steady.Qh)).toBeLessThan(1e-12 * Math.abs(today.steady.Qh));
        expect(Math.abs(steady.heat['c']! - today.steady.Qc)).toBeLessThan(1e-12 * Math.abs(today.steady.Qc));
        expect(Math.abs(steady.heatSum)).toBeLessThan(1e-10 * Math.abs(steady.heat['h']!));
        expect(steady.entropyProduction).toBeCloseTo(-(steady.heat['h']! / p.Th + steady.heat['c']! / p.Tc), 15);
      });
    }
  }
  it('the global equation obeys the Clausius inequality (σ_S = −Σ Q/T ≥ 0)', () => {
    for (const p of [RESONANT, OFF]) {
      const s = steadyCovariance(prepareCovariance({ model: paperModel(p), equation: 'global' }));
      expect(s.entropyProduction).toBeGreaterThan(0);
      expect(s.secondLaw.holds).toBe(true);
    }
  });
});

/** ½ K^{∓1/2} coth(K^{1/2}/2T) and ½ K^{1/2} coth(…), the Gibbs covariance of Σ p²/2 + ½ xᵀ K x. */
function gibbs(K: number[][], T: number): { xx: Matrix; pp: Matrix } {
  const e = new EigenvalueDecomposition(new Matrix(K), { assumeSymmetric: true });
  const V = e.eigenvectorMatrix;
  const w = e.realEigenvalues.map(Math.sqrt);
  const coth = (x: number): number => 1 / Math.tanh(x);
  const f = (g: (w: number) => number): Matrix => V.mmul(Matrix.diag(w.map(g))).mmul(V.transpose());
  return { xx: f((x) => coth(x / (2 * T)) / (2 * x)), pp: f((x) => (x * coth(x / (2 * T))) / 2) };
}

describe('identity: equal temperatures, global equation → Gibbs state of H_S', () => {
  for (const [name, p] of [['resonant', RESONANT], ['off resonance', OFF]] as const) {
    it(name, () => {
      const T = 1.3;
      const q = { ...p, Th: T, Tc: T };
      const s = steadyCovariance(prepareCovariance({ model: paperModel(q), equation: 'global' }));
      const wh = q.omegaH ?? q.omega;
      const wc = q.omegaC ?? q.omega;
      const g = gibbs([[wh * wh, q.k], [q.k, wc * wc]], T);
      for (let a = 0; a < 2; a++) for (let b = 0; b < 2; b++) {
        expect(entry(s.covariance, 4, 2 * a, 2 * b)).toBeCloseTo(g.xx.get(a, b), 12);
        expect(entry(s.covariance, 4, 2 * a + 1, 2 * b + 1)).toBeCloseTo(g.pp.get(a, b), 12);
        expect(entry(s.covariance, 4, 2 * a, 2 * b + 1)).toBeCloseTo(0, 12);
      }
      for (const v of Object.values(s.heat)) expect(Math.abs(v)).toBeLessThan(1e-14);
    });
  }
});

describe('three-mode chain: σ∞ against the Fock-space oracle', () => {
  // local: the closed-form local derivation; global and Redfield: assembled from the lowered
  // normal-mode channels (numeric/covariance/channel-covariance.ts) and solved in those quadratures.
  it.each(EQUATIONS)('%s: the oracle generator’s second-moment fixed point and heat currents equal the Lyapunov ones', (equation) => {
    const base = { model: CHAIN, equation, basis: 'local' as const, levels: 5, maxOccupation: 2 };
    const samples = Array.from({ length: 26 }, (_, i) => ({
      moments: oracleMoments({ ...base, order: 2, seed: 1000 + i }),
      heat: oracleHeatCurrents({ ...base, seed: 1000 + i }),
    }));
    const names = samples[0]!.moments.basis;
    // Least squares for [M | c] and for each heat form from dθ = M θ + c (exact for every state).
    const X = new Matrix(samples.map((s) => [...s.moments.theta, 1]));
    const Y = new Matrix(samples.map((s) => s.moments.dtheta));
    const XtX = X.transpose().mmul(X);
    const Mc = solve(XtX, X.transpose().mmul(Y)).transpose(); // rows: dθ_i = Σ M_ij θ_j + c_i
    const B = names.length;
    const M = Mc.subMatrix(0, B - 1, 0, B - 1);
    const c = Mc.getColumnVector(B);
    const theta = solve(M, c.mul(-1)).to1DArray();
    const steady = steadyCovariance(prepareCovariance({ model: CHAIN, equation }));
    const letter = (q: string): number => 2 * (Number(q.slice(2)) - 1) + (q[0] === 'p' ? 1 : 0);
    const pairOf = (name: string): [number, number] => {
      const sq = /^([xp]_\d)\^2$/.exec(name);
      if (sq) return [letter(sq[1]!), letter(sq[1]!)];
      const anti = /^\{([xp]_\d),([xp]_\d)\}\/2$/.exec(name);
      if (anti) return [letter(anti[1]!), letter(anti[2]!)];
      const [a, b] = name.split(' ') as [string, string];
      return [letter(a), letter(b)];
    };
    const scale = Math.max(...theta.map(Math.abs));
    names.forEach((name, k) => {
      const [i, j] = pairOf(name);
      expect(Math.abs(entry(steady.covariance, 6, i, j) - theta[k]!), name).toBeLessThan(1e-9 * scale);
    });
    for (const bath of ['h', 'c']) {
      const q = solve(XtX, X.transpose().mmul(Matrix.columnVector(samples.map((s) => s.heat.heat[bath]!)))).to1DArray();
      const oracleQ = theta.reduce((acc, t, k) => acc + q[k]! * t, q[B]!);
      expect(Math.abs(steady.heat[bath]! - oracleQ)).toBeLessThan(1e-9 * Math.abs(oracleQ));
    }
  });
});

/** n = 1/(e^{ω/T} − 1). */
const bose = (w: number, T: number): number => 1 / Math.expm1(w / T);

describe('ballistic profile of a hopping chain under the local equation (docs/conventions.md)', () => {
  for (const [N, lh, lc] of [[4, 0.02, 0.02], [7, 0.03, 0.01], [12, 0.005, 0.04]] as const) {
    it(`N = ${N}, λ_h² = ${lh}, λ_c² = ${lc}`, () => {
      const g = 0.07;
      const [Th, Tc, cutoff] = [3, 0.5, 40];
      const model: NumericModel = {
        frequencies: Array.from({ length: N }, () => 1),
        couplings: Array.from({ length: N - 1 }, (_, i) => [
          { a: i, b: i + 1, kind: 'xx' as const, strength: g },
          { a: i, b: i + 1, kind: 'pp' as const, strength: g },
        ]).flat(),
        baths: [{ mode: 0, label: 'h', temperature: Th, lambda2: lh }, { mode: N - 1, label: 'c', temperature: Tc, lambda2: lc }],
        cutoff,
      };
      const s = steadyCovariance(prepareCovariance({ model, equation: 'local' }));
      // κ_α = J_α(ω)/ω at ω = 1 (eq. 19), n̄_α the Bose occupation.
      const kh = (lh * cutoff * cutoff) / (1 + cutoff * cutoff);
      const kc = (lc * cutoff * cutoff) / (1 + cutoff * cutoff);
      const [nh, nc] = [bose(1, Th), bose(1, Tc)];
      const current = (4 * g * g * kh * kc * (nh - nc)) / ((kh + kc) * (kh * kc + 4 * g * g));
      const interior = nh - (kc * (4 * g * g + kh * kh) * (nh - nc)) / ((kh + kc) * (kh * kc + 4 * g * g));
      expect(s.heat['h']!).toBeCloseTo(current, 13);
      expect(s.heat['c']!).toBeCloseTo(-current, 13);
      expect(s.occupations[0]!).toBeCloseTo(nh - current / kh, 11);
      expect(s.occupations[N - 1]!).toBeCloseTo(nc + current / kc, 11);
      for (let m = 1; m < N - 1; m++) expect(s.occupations[m]!).toBeCloseTo(interior, 11);
    });
  }
});

describe('transients from σ', () => {
  it('σ(t) relaxes to σ∞ and the heat currents match the 10 × 10 propagation of the pair', () => {
    const prepared = prepareCovariance({ model: paperModel(RESONANT), equation: 'redfield' });
    const times = [0, 3, 40];
    const tr = covarianceTransient(prepared, localThermalCovariance(paperModel(RESONANT)), times);
    const today = heatDynamics({ parameters: RESONANT, equation: 'redfield', times });
    times.forEach((_, i) => {
      expect(Math.abs(tr.heat['h']![i]! - today.Qh[i]!)).toBeLessThan(1e-10 * Math.abs(today.steady.Qh) + 1e-14);
      expect(Math.abs(tr.heat['c']![i]! - today.Qc[i]!)).toBeLessThan(1e-10 * Math.abs(today.steady.Qc) + 1e-14);
    });
    expect(tr.uncertainty.every((u) => u > 0)).toBe(true);
  });
});

describe('physicality diagnostics, reported and never clipped', () => {
  const strong: PaperParameters = { omega: 1, k: 0.9, Th: 0.3, Tc: 0.1, lambdaH2: 1, lambdaC2: 1, cutoff: 5 };
  /** Smallest eigenvalue of σ + iJ/2 through the real embedding [[σ, −J/2], [J/2, σ]] (ml-matrix). */
  const embedded = (sigma: Float64Array, n: number): number => {
    const J = (i: number, j: number): number => (i >> 1 !== j >> 1 ? 0 : i === j ? 0 : (i & 1) === 0 ? 1 : -1);
    const rows = Array.from({ length: 2 * n }, (_, i) => Array.from({ length: 2 * n }, (_, j) => {
      const [a, b] = [i % n, j % n];
      if ((i < n) === (j < n)) return sigma[a * n + b]!;
      return (i < n ? -0.5 : 0.5) * J(a, b);
    }));
    return Math.min(...new EigenvalueDecomposition(new Matrix(rows), { assumeSymmetric: true }).realEigenvalues);
  };
  it('strong coupling: the Redfield steady state violates σ + iΩ/2 ≥ 0, the global one does not', () => {
    const redfield = steadyCovariance(prepareCovariance({ model: paperModel(strong), equation: 'redfield' }));
    const independent = embedded(redfield.covariance, 4);
    expect(independent).toBeLessThan(-1e-4);
    expect(Math.abs(redfield.uncertainty.smallestEigenvalue - independent)).toBeLessThan(1e-12);
    expect(redfield.uncertainty.satisfied).toBe(false);
    const global = steadyCovariance(prepareCovariance({ model: paperModel(strong), equation: 'global' }));
    expect(global.uncertainty.satisfied).toBe(true);
    expect(Math.abs(global.uncertainty.smallestEigenvalue - embedded(global.covariance, 4))).toBeLessThan(1e-12);
  });
});

describe('ħ ≠ 1 in the covariance path (docs/conventions.md, "Where ħ enters")', () => {
  /** The Gibbs covariance with ħ: ⟨xxᵀ⟩ = (ħ/2) K^{-1/2} coth(ħK^{1/2}/2T), ⟨ppᵀ⟩ = (ħ/2) K^{1/2} coth(…). */
  function gibbsHbar(K: number[][], T: number, hbar: number): { xx: Matrix; pp: Matrix } {
    const e = new EigenvalueDecomposition(new Matrix(K), { assumeSymmetric: true });
    const V = e.eigenvectorMatrix;
    const w = e.realEigenvalues.map(Math.sqrt);
    const coth = (x: number): number => 1 / Math.tanh(x);
    const f = (g: (w: number) => number): Matrix => V.mmul(Matrix.diag(w.map(g))).mmul(V.transpose());
    return { xx: f((x) => (hbar * coth((hbar * x) / (2 * T))) / (2 * x)), pp: f((x) => (hbar * x * coth((hbar * x) / (2 * T))) / 2) };
  }
  // A three-mode x–x chain (K = diag ω² + couplings) with its end baths at one temperature.
  const chain = (hbar: number, T: number): NumericModel => ({
    frequencies: [1, 1.2, 0.9],
    couplings: [{ a: 0, b: 1, kind: 'xx', strength: 0.1 }, { a: 1, b: 2, kind: 'xx', strength: 0.07 }],
    baths: [{ mode: 0, label: 'h', temperature: T, lambda2: 0.01 }, { mode: 2, label: 'c', temperature: T, lambda2: 0.004 }],
    cutoff: 30,
    hbar,
  });
  const K = [[1, 0.1, 0], [0.1, 1.44, 0.07], [0, 0.07, 0.81]];

  it.each([0.5, 2])('ħ = %s: the global steady σ of a three-mode chain at equal temperatures is the Gibbs covariance with that ħ', (hbar) => {
    const T = 1.3;
    const s = steadyCovariance(prepareCovariance({ model: chain(hbar, T), equation: 'global' }));
    const g = gibbsHbar(K, T, hbar);
    for (let a = 0; a < 3; a++) for (let b = 0; b < 3; b++) {
      expect(Math.abs(entry(s.covariance, 6, 2 * a, 2 * b) - g.xx.get(a, b))).toBeLessThan(1e-10);
      expect(Math.abs(entry(s.covariance, 6, 2 * a + 1, 2 * b + 1) - g.pp.get(a, b))).toBeLessThan(1e-10);
    }
    expect(s.uncertainty.satisfied).toBe(true);
  });

  it.each(['local', 'global', 'redfield'] as const)('%s, ħ = 0.5: uncoupled modes relax to the thermal state of each bath, ⟨x²⟩ = ħ coth(ħω/2T)/(2ω), ⟨p²⟩ = ħω coth(ħω/2T)/2, with no current', (equation) => {
    const hbar = 0.5;
    const model: NumericModel = {
      frequencies: [1, 1.7],
      couplings: [],
      baths: [{ mode: 0, label: 'h', temperature: 2, lambda2: 0.01 }, { mode: 1, label: 'c', temperature: 0.4, lambda2: 0.004 }],
      cutoff: 30,
      hbar,
    };
    const s = steadyCovariance(prepareCovariance({ model, equation }));
    const coth = (x: number): number => 1 / Math.tanh(x);
    model.baths.forEach((b) => {
      const w = model.frequencies[b.mode]!;
      const c = coth((hbar * w) / (2 * b.temperature));
      expect(entry(s.covariance, 4, 2 * b.mode, 2 * b.mode)).toBeCloseTo((hbar * c) / (2 * w), 12);
      expect(entry(s.covariance, 4, 2 * b.mode + 1, 2 * b.mode + 1)).toBeCloseTo((hbar * w * c) / 2, 12);
      // n = 1/(e^{ħω/T} − 1), the Bose occupation with that ħ
      expect(s.occupations[b.mode]!).toBeCloseTo(1 / Math.expm1((hbar * w) / b.temperature), 10);
      expect(Math.abs(s.heat[b.label]!)).toBeLessThanOrEqual(s.precision.current[b.label]! + 1e-15);
    });
  });
});

describe('the second-law check and the precision of the currents', () => {
  it('at equal temperatures the currents are 0 within their stated precision and the second law is not reported violated', () => {
    for (const equation of ['local', 'global', 'redfield'] as const) {
      const s = steadyCovariance(prepareCovariance({ model: paperModel({ ...RESONANT, Th: 3, Tc: 3 }), equation }));
      if (equation !== 'local') for (const [b, q] of Object.entries(s.heat)) expect(Math.abs(q)).toBeLessThanOrEqual(s.precision.current[b]!);
      expect(s.secondLaw.holds).toBe(true);
    }
  });

  it('the stated precision of each current covers its distance to the independent 10 × 10 solution', () => {
    const p = { omega: 1, k: 1e-4, Th: 10, Tc: 5, lambdaH2: 1e-8, lambdaC2: 1e-4, cutoff: 1e3 };
    const s = steadyCovariance(prepareCovariance({ model: paperModel(p), equation: 'local' }));
    const today = heatDynamics({ parameters: p, equation: 'local', times: [] });
    expect(Math.abs(s.heat['h']! - today.steady.Qh)).toBeLessThanOrEqual(s.precision.current['h']! + today.precision.current);
    expect(Math.abs(s.heat['c']! - today.steady.Qc)).toBeLessThanOrEqual(s.precision.current['c']! + today.precision.current);
  });
});

describe('the general pair at k = 0 (uncoupled, ω_h ≠ ω_c): the removable 1/k of the mixing angle cancels', () => {
  it.each(['global', 'redfield'] as const)('%s: each resonator thermal at its own bath, ⟨x²⟩ = coth(ω/2T)/(2ω), no current', (equation) => {
    const p: PaperParameters = { ...OFF, k: 0 };
    const s = steadyCovariance(prepareCovariance({ model: paperModel(p), equation }));
    const coth = (x: number): number => 1 / Math.tanh(x);
    for (const [m, w, T] of [[0, p.omegaH!, p.Th], [1, p.omegaC!, p.Tc]] as const) {
      expect(entry(s.covariance, 4, 2 * m, 2 * m)).toBeCloseTo(coth(w / (2 * T)) / (2 * w), 10);
      expect(entry(s.covariance, 4, 2 * m + 1, 2 * m + 1)).toBeCloseTo((w * coth(w / (2 * T))) / 2, 10);
    }
    for (const [b, q] of Object.entries(s.heat)) expect(Math.abs(q)).toBeLessThanOrEqual(s.precision.current[b]! + 1e-15);
  });
});
