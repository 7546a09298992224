/**
 * Self-checks of the Fock-space oracle that depend only on the paper and on textbook facts,
 * never on the symbolic library.
 */
import { describe, expect, it } from 'vitest';
import type { NumericModel } from '../../src/numeric/physical.js';
import {
  type CMatrix,
  add,
  adjoint,
  commutator,
  linearCombination,
  maxAbs,
  maxAbsDiff,
  scale,
  trace,
  zeros,
} from '../../src/numeric/fock/complex-matrix.js';
import { dissipatorSpec, type Equation } from '../../src/numeric/fock/channels.js';
import { applyGenerator, bathDissipator, dissipator } from '../../src/numeric/fock/generator.js';
import { systemHamiltonian } from '../../src/numeric/fock/hamiltonian.js';
import { oracleMoments } from '../../src/numeric/fock/index.js';
import { normalModes } from '../../src/numeric/fock/normal-modes.js';
import { fockOccupations, localFrame, rotatedFrame } from '../../src/numeric/fock/operators.js';
import { randomDensityMatrix } from '../../src/numeric/fock/random-state.js';
import {
  NON_RESONANT,
  RESONANT,
  addMatrices,
  bathDeltaSigma,
  deltaSigma,
  expectAffine,
  paperModel,
  zeroMatrix,
  CHAIN,
} from './helpers.js';

const SEEDS = [1, 2, 3];
const LEVELS = 12;
const MAX_OCC = 4;

/** Largest |m_ij| over Fock states i, j with every occupation ≤ maxOcc. */
function maxAbsOnLowBlock(m: CMatrix, nModes: number, levels: number, maxOcc: number): number {
  const low: number[] = [];
  for (let i = 0; i < m.n; i++) if (fockOccupations(i, nModes, levels).every((n) => n <= maxOcc)) low.push(i);
  let worst = 0;
  for (const i of low) {
    for (const j of low) worst = Math.max(worst, Math.hypot(m.re[i * m.n + j] as number, m.im[i * m.n + j] as number));
  }
  return worst;
}

function isHermitian(m: CMatrix, tol: number): boolean {
  return maxAbsDiff(m, adjoint(m)) <= tol;
}

/** Hand-written Heisenberg (coherent) part for the two-mode 'xx' model in the local basis. */
function coherentLocal(order: 1 | 2, wh: number, wc: number, k: number): number[][] {
  if (order === 1) {
    return [
      [0, 1, 0, 0],
      [-wh * wh, 0, -k, 0],
      [0, 0, 0, 1],
      [-k, 0, -wc * wc, 0],
    ];
  }
  // x_h², p_h², C_h, x_c², p_c², C_c, x_h p_c, x_c p_h, x_h x_c, p_h p_c
  const M = zeroMatrix(10);
  const set = (i: number, j: number, v: number): void => {
    (M[i] as number[])[j] = v;
  };
  set(0, 2, 2);
  set(1, 2, -2 * wh * wh);
  set(1, 7, -2 * k);
  set(2, 0, -wh * wh);
  set(2, 1, 1);
  set(2, 8, -k);
  set(3, 5, 2);
  set(4, 5, -2 * wc * wc);
  set(4, 6, -2 * k);
  set(5, 3, -wc * wc);
  set(5, 4, 1);
  set(5, 8, -k);
  set(6, 9, 1);
  set(6, 8, -wc * wc);
  set(6, 0, -k);
  set(7, 9, 1);
  set(7, 8, -wh * wh);
  set(7, 3, -k);
  set(8, 6, 1);
  set(8, 7, 1);
  set(9, 6, -wh * wh);
  set(9, 7, -wc * wc);
  set(9, 2, -k);
  set(9, 5, -k);
  return M;
}

/** Coherent part in the normal basis: two free oscillators Ω_1, Ω_2. */
function coherentNormal(order: 1 | 2, O1: number, O2: number): number[][] {
  return coherentLocal(order, O1, O2, 0);
}

function diag(values: readonly number[]): number[][] {
  const M = zeroMatrix(values.length);
  values.forEach((v, i) => {
    (M[i] as number[])[i] = v;
  });
  return M;
}

function run(model: NumericModel, equation: Equation, order: 1 | 2, basis: 'local' | 'normal', seed: number) {
  return oracleMoments({ model, equation, order, basis, levels: 10, seed, maxOccupation: 5 });
}

describe('random density matrix', () => {
  it('is Hermitian, trace one, positive definite on its support, seeded and supported on low Fock states', () => {
    const levels = 6;
    const m = 2;
    const rho = randomDensityMatrix({ nModes: 2, levels, maxOccupation: m, seed: 7 });
    expect(isHermitian(rho, 1e-15)).toBe(true);
    expect(trace(rho).re).toBeCloseTo(1, 14);
    expect(Math.abs(trace(rho).im)).toBeLessThan(1e-15);
    // Support.
    for (let i = 0; i < rho.n; i++) {
      for (let j = 0; j < rho.n; j++) {
        const outside = [...fockOccupations(i, 2, levels), ...fockOccupations(j, 2, levels)].some((n) => n > m);
        if (outside) expect(rho.re[i * rho.n + j] === 0 && rho.im[i * rho.n + j] === 0).toBe(true);
      }
    }
    // Positive definite on the support: a complex Cholesky factorisation of the low block succeeds.
    const low: number[] = [];
    for (let i = 0; i < rho.n; i++) if (fockOccupations(i, 2, levels).every((n) => n <= m)) low.push(i);
    const s = low.length;
    const Lr = new Float64Array(s * s);
    const Li = new Float64Array(s * s);
    for (let i = 0; i < s; i++) {
      for (let j = 0; j <= i; j++) {
        const I = low[i] as number;
        const J = low[j] as number;
        let re = rho.re[I * rho.n + J] as number;
        let im = rho.im[I * rho.n + J] as number;
        for (let t = 0; t < j; t++) {
          // subtract L_it conj(L_jt)
          const ar = Lr[i * s + t] as number;
          const ai = Li[i * s + t] as number;
          const br = Lr[j * s + t] as number;
          const bi = Li[j * s + t] as number;
          re -= ar * br + ai * bi;
          im -= ai * br - ar * bi;
        }
        if (i === j) {
          expect(re).toBeGreaterThan(0);
          Lr[i * s + i] = Math.sqrt(re);
        } else {
          const d = Lr[j * s + j] as number;
          Lr[i * s + j] = re / d;
          Li[i * s + j] = im / d;
        }
      }
    }
    // Deterministic in the seed.
    const again = randomDensityMatrix({ nModes: 2, levels, maxOccupation: m, seed: 7 });
    expect(maxAbsDiff(rho, again)).toBe(0);
    const other = randomDensityMatrix({ nModes: 2, levels, maxOccupation: m, seed: 8 });
    expect(maxAbsDiff(rho, other)).toBeGreaterThan(1e-3);
    // Complex coherences between low Fock states.
    const i0 = low[0] as number;
    const i1 = low[1] as number;
    expect(Math.abs(rho.im[i0 * rho.n + i1] as number)).toBeGreaterThan(1e-6);
  });
});

describe('generator: trace preservation and hermiticity', () => {
  const cases: Array<[string, NumericModel, Equation]> = [
    ['resonant local', RESONANT, 'local'],
    ['resonant global', RESONANT, 'global'],
    ['resonant redfield', RESONANT, 'redfield'],
    ['non-resonant local', NON_RESONANT, 'local'],
    ['non-resonant global', NON_RESONANT, 'global'],
    ['non-resonant redfield', NON_RESONANT, 'redfield'],
  ];
  for (const [name, model, equation] of cases) {
    it(name, () => {
      const frame = localFrame(2, LEVELS);
      const H = systemHamiltonian(model, frame);
      expect(isHermitian(H, 1e-13)).toBe(true);
      const spec = dissipatorSpec(model, frame, equation);
      for (const seed of SEEDS) {
        const rho = randomDensityMatrix({ nModes: 2, levels: LEVELS, maxOccupation: MAX_OCC, seed });
        const { full, dissipative } = applyGenerator(rho, H, spec);
        const tr = trace(full);
        expect(Math.abs(tr.re)).toBeLessThan(1e-13);
        expect(Math.abs(tr.im)).toBeLessThan(1e-13);
        expect(Math.abs(trace(dissipative).re)).toBeLessThan(1e-13);
        expect(isHermitian(full, 1e-13)).toBe(true);
        expect(isHermitian(dissipative, 1e-13)).toBe(true);
        // The dissipation is visible.
        expect(maxAbs(dissipative)).toBeGreaterThan(1e-3);
      }
    });
  }

  it('three-mode chain, local', () => {
    const model = CHAIN;
    const frame = localFrame(3, 6);
    const rho = randomDensityMatrix({ nModes: 3, levels: 6, maxOccupation: 3, seed: 5 });
    const { full } = applyGenerator(rho, systemHamiltonian(model, frame), dissipatorSpec(model, frame, 'local'));
    expect(Math.abs(trace(full).re)).toBeLessThan(1e-13);
    expect(isHermitian(full, 1e-13)).toBe(true);
  });
});

describe('single damped oscillator (one mode, one bath, local)', () => {
  for (const [w, T, lambda2, cutoff] of [
    [1.0, 1.5, 0.2, 20],
    [1.7, 0.6, 0.08, 50],
  ] as const) {
    it(`ω = ${w}, T = ${T}`, () => {
      const model: NumericModel = {
        frequencies: [w],
        couplings: [],
        baths: [{ mode: 0, label: 'h', temperature: T, lambda2 }],
        cutoff,
      };
      const { Delta, Sigma } = deltaSigma(w, T, lambda2, cutoff);
      expect(Delta).toBeLessThan(0);
      for (const seed of SEEDS) {
        const first = oracleMoments({ model, equation: 'local', order: 1, basis: 'local', levels: 12, seed, maxOccupation: 8 });
        expect(first.basis).toEqual(['x_1', 'p_1']);
        const [x, p] = first.theta as [number, number];
        const [dx, dp] = first.dtheta as [number, number];
        const tol = 1e-12;
        expect(Math.abs(dx - (p + (Delta / 2) * x))).toBeLessThan(tol);
        expect(Math.abs(dp - (-w * w * x + (Delta / 2) * p))).toBeLessThan(tol);

        const second = oracleMoments({ model, equation: 'local', order: 2, basis: 'local', levels: 12, seed, maxOccupation: 8 });
        expect(second.basis).toEqual(['x_1^2', 'p_1^2', '{x_1,p_1}/2']);
        const [x2, p2, C] = second.theta as [number, number, number];
        const [dx2, dp2, dC] = second.dtheta as [number, number, number];
        expect(Math.abs(dx2 - (2 * C + Delta * x2 + Sigma / (2 * w)))).toBeLessThan(tol);
        expect(Math.abs(dp2 - (-2 * w * w * C + Delta * p2 + (w * Sigma) / 2))).toBeLessThan(tol);
        expect(Math.abs(dC - (p2 - w * w * x2 + Delta * C))).toBeLessThan(tol);
        // Dissipative part alone.
        const [ddx2, ddp2, ddC] = second.dthetaDissipative as [number, number, number];
        expect(Math.abs(ddx2 - (Delta * x2 + Sigma / (2 * w)))).toBeLessThan(tol);
        expect(Math.abs(ddp2 - (Delta * p2 + (w * Sigma) / 2))).toBeLessThan(tol);
        expect(Math.abs(ddC - Delta * C)).toBeLessThan(tol);
      }
    });
  }
});

describe('global equation: the Gibbs state of H_S is stationary at equal temperatures', () => {
  // The truncated Gibbs state is built in the Fock basis of the normal modes (a rotated frame
  // with ladder scales Ω_j), where it is diagonal: ρ_nn ∝ exp(−Σ_j n_j Ω_j / T) for every level.
  // Every entry (i, j) of 𝓛(ρ) between states with at most L − 3 quanta per mode involves only
  // operator elements that are untruncated (the generator moves occupations by at most 2), so
  // there the check is exact: no truncation error, only rounding.
  const L = 12;
  const interior = L - 3;
  const cases: Array<[string, NumericModel]> = [
    ['resonant', paperModel(1.2, 1.2, 0.3, { T: 1.1, lambda2: 0.2 }, { T: 1.1, lambda2: 0.07 }, 25)],
    ['non-resonant', paperModel(1.5, 1.0, 0.35, { T: 0.9, lambda2: 0.15 }, { T: 0.9, lambda2: 0.25 }, 40)],
  ];
  for (const [name, model] of cases) {
    it(name, () => {
      const modes = normalModes(model);
      const frame = rotatedFrame(modes.P, L, modes.Omega);
      const H = systemHamiltonian(model, frame);
      const T = (model.baths[0] as { temperature: number }).temperature;
      const rho = zeros(frame.dim);
      for (let i = 0; i < frame.dim; i++) {
        const [n1, n2] = fockOccupations(i, 2, L) as [number, number];
        rho.re[i * frame.dim + i] = Math.exp(-(n1 * modes.Omega[0] + n2 * modes.Omega[1]) / T);
        // H is diagonal there: Σ_j Ω_j (n_j + ½).
        if (n1 <= interior && n2 <= interior) {
          const E = modes.Omega[0] * (n1 + 0.5) + modes.Omega[1] * (n2 + 0.5);
          expect(Math.abs((H.re[i * frame.dim + i] as number) - E)).toBeLessThan(1e-12);
        }
      }

      const globalSpec = dissipatorSpec(model, frame, 'global');
      const { full } = applyGenerator(rho, H, globalSpec);
      expect(maxAbsOnLowBlock(full, 2, L, interior)).toBeLessThan(1e-13);
      for (const bath of globalSpec.baths) {
        expect(maxAbsOnLowBlock(bathDissipator(rho, bath, 'diagonal'), 2, L, interior)).toBeLessThan(1e-13);
      }

      // Sensitivity: the local equation does not leave the Gibbs state of H_S invariant (k ≠ 0),
      // and neither does the global one at unequal temperatures.
      const local = applyGenerator(rho, H, dissipatorSpec(model, frame, 'local')).full;
      expect(maxAbsOnLowBlock(local, 2, L, interior)).toBeGreaterThan(1e-4);
      const hotter: NumericModel = {
        ...model,
        baths: model.baths.map((b, i) => (i === 0 ? { ...b, temperature: 3 * b.temperature } : b)),
      };
      const unequal = applyGenerator(rho, H, dissipatorSpec(hotter, frame, 'global')).full;
      expect(maxAbsOnLowBlock(unequal, 2, L, interior)).toBeGreaterThan(1e-4);
    });
  }
});

describe('jump operators', () => {
  for (const [name, model] of [
    ['resonant', RESONANT],
    ['non-resonant', NON_RESONANT],
  ] as const) {
    it(`${name}: global channels are eigenoperators of H_S and add up to S_α = x_α (eqs. 7)`, () => {
      const frame = localFrame(2, LEVELS);
      const H = systemHamiltonian(model, frame);
      const spec = dissipatorSpec(model, frame, 'global');
      expect(spec.baths.map((b) => b.channels.length)).toEqual([4, 4]);
      for (const bath of spec.baths) {
        const sum = linearCombination(bath.channels.map((c): readonly [number, CMatrix] => [1, c.op]));
        expect(maxAbsDiff(sum, frame.x[bath.bath.mode] as CMatrix)).toBeLessThan(1e-14);
        for (const c of bath.channels) {
          // [H, A_ω] = −ω A_ω, checked where the truncation is exact.
          const residual = add(commutator(H, c.op), scale(c.op, c.frequency));
          expect(maxAbsOnLowBlock(residual, 2, LEVELS, LEVELS - 3)).toBeLessThan(1e-12);
          // A_{−ω} = A_ω†.
          const partner = bath.channels.find((d) => d.frequency === -c.frequency);
          expect(partner).toBeDefined();
          expect(maxAbsDiff(adjoint(c.op), (partner as { op: CMatrix }).op)).toBeLessThan(1e-15);
        }
      }
    });
  }

  it('local channels are eigenoperators of the local Hamiltonian and add up to x_α (eqs. 13)', () => {
    const frame = localFrame(2, LEVELS);
    const uncoupled: NumericModel = { ...NON_RESONANT, couplings: [] };
    const H0 = systemHamiltonian(uncoupled, frame);
    const spec = dissipatorSpec(NON_RESONANT, frame, 'local');
    for (const bath of spec.baths) {
      const w = NON_RESONANT.frequencies[bath.bath.mode] as number;
      expect(bath.channels.map((c) => c.frequency)).toEqual([w, -w]);
      const sum = add((bath.channels[0] as { op: CMatrix }).op, (bath.channels[1] as { op: CMatrix }).op);
      expect(maxAbsDiff(sum, frame.x[bath.bath.mode] as CMatrix)).toBeLessThan(1e-14);
      for (const c of bath.channels) {
        const residual = add(commutator(H0, c.op), scale(c.op, c.frequency));
        expect(maxAbsOnLowBlock(residual, 2, LEVELS, LEVELS - 3)).toBeLessThan(1e-12);
      }
    }
  });
});

describe('normal modes (docs/conventions.md)', () => {
  for (const model of [RESONANT, NON_RESONANT, paperModel(1.1, 1.6, -0.3, { T: 1, lambda2: 0.1 }, { T: 1, lambda2: 0.1 }, 10)]) {
    it(`Pᵀ K P = diag(Ω²), P orthogonal, sin ζ ≥ 0 (ω = ${model.frequencies.join(', ')}, k = ${model.couplings[0]?.strength})`, () => {
      const { P, Omega } = normalModes(model);
      const [wh, wc] = model.frequencies as [number, number];
      const k = (model.couplings[0] as { strength: number }).strength;
      const K = [
        [wh * wh, k],
        [k, wc * wc],
      ];
      for (let i = 0; i < 2; i++) {
        for (let j = 0; j < 2; j++) {
          let ptkp = 0;
          let ptp = 0;
          for (let a = 0; a < 2; a++) {
            ptp += P[a as 0 | 1][i as 0 | 1] * P[a as 0 | 1][j as 0 | 1];
            for (let b = 0; b < 2; b++) {
              ptkp += P[a as 0 | 1][i as 0 | 1] * (K[a] as number[])[b]! * P[b as 0 | 1][j as 0 | 1];
            }
          }
          expect(ptkp).toBeCloseTo(i === j ? (Omega[i as 0 | 1] as number) ** 2 : 0, 13);
          expect(ptp).toBeCloseTo(i === j ? 1 : 0, 14);
        }
      }
      expect(P[0][0]).toBeGreaterThanOrEqual(0);
      expect(P[0][1]).toBeCloseTo(P[1][0], 15);
      expect(P[1][1]).toBeCloseTo(-P[0][0], 15);
    });
  }

  it('resonant: eq. 39 and eq. 40', () => {
    const { P, Omega } = normalModes(RESONANT);
    expect(P).toEqual([
      [Math.SQRT1_2, Math.SQRT1_2],
      [Math.SQRT1_2, -Math.SQRT1_2],
    ]);
    expect(Omega[0]).toBeCloseTo(Math.sqrt(1.3 * 1.3 + 0.3), 15);
    expect(Omega[1]).toBeCloseTo(Math.sqrt(1.3 * 1.3 - 0.3), 15);
  });

  it('non-resonant at k = 0 with ω_h > ω_c: P = 1 and Ω_1 = ω_h (App. D)', () => {
    const { P, Omega } = normalModes(paperModel(1.6, 1.1, 0, { T: 1, lambda2: 0.1 }, { T: 1, lambda2: 0.1 }, 10));
    expect(P[0][0]).toBe(1);
    expect(P[1][1]).toBe(-1);
    expect(P[0][1]).toBe(0);
    expect(Omega[0]).toBeCloseTo(1.6, 15);
    expect(Omega[1]).toBeCloseTo(1.1, 15);
  });
});

describe('App. D: at k = 0 the Redfield dissipator is the local one', () => {
  const frame = localFrame(2, 10);
  const rho = randomDensityMatrix({ nModes: 2, levels: 10, maxOccupation: 5, seed: 11 });
  it('resonant: Redfield(k=0) = local, global(k=0) ≠ local (eq. 47)', () => {
    const model = paperModel(1.3, 1.3, 0, { T: 2, lambda2: 0.2 }, { T: 0.7, lambda2: 0.05 }, 20);
    const local = dissipator(rho, dissipatorSpec(model, frame, 'local'));
    const redfield = dissipator(rho, dissipatorSpec(model, frame, 'redfield'));
    const global = dissipator(rho, dissipatorSpec(model, frame, 'global'));
    expect(maxAbsDiff(local, redfield)).toBeLessThan(1e-14);
    expect(maxAbsDiff(local, global)).toBeGreaterThan(1e-3);
  });
  it('non-resonant: Redfield(k=0) = global(k=0) = local', () => {
    const model = paperModel(1.6, 1.1, 0, { T: 2, lambda2: 0.2 }, { T: 0.7, lambda2: 0.05 }, 20);
    const local = dissipator(rho, dissipatorSpec(model, frame, 'local'));
    expect(maxAbsDiff(local, dissipator(rho, dissipatorSpec(model, frame, 'redfield')))).toBeLessThan(1e-14);
    expect(maxAbsDiff(local, dissipator(rho, dissipatorSpec(model, frame, 'global')))).toBeLessThan(1e-14);
  });
});

describe('truncation', () => {
  it('results do not depend on the number of levels once it is large enough', () => {
    for (const order of [1, 2] as const) {
      for (const equation of ['local', 'redfield'] as const) {
        const base = { model: NON_RESONANT, equation, order, basis: 'local' as const, seed: 4, maxOccupation: 3 };
        const small = oracleMoments({ ...base, levels: order === 1 ? 5 : 6 });
        const large = oracleMoments({ ...base, levels: 11 });
        for (const key of ['theta', 'dtheta', 'dthetaDissipative'] as const) {
          small[key].forEach((v, i) => expect(Math.abs(v - (large[key][i] as number))).toBeLessThan(1e-12));
        }
      }
    }
  });

  it('refuses a truncation too small to be exact', () => {
    const base = { model: RESONANT, equation: 'local' as const, basis: 'local' as const, seed: 1, maxOccupation: 4 };
    expect(() => oracleMoments({ ...base, order: 2, levels: 6 })).toThrow(/truncation too small/);
    expect(() => oracleMoments({ ...base, order: 1, levels: 5 })).toThrow(/truncation too small/);
    expect(() => oracleMoments({ ...base, order: 2, levels: 7 })).not.toThrow();
  });

  it('builds global and Redfield for networks, x–p couplings included; refuses the normal basis outside the paper model', () => {
    const chain: NumericModel = {
      frequencies: [1.2, 1.5, 1.0],
      couplings: [
        { a: 0, b: 1, kind: 'xx', strength: 0.2 },
        { a: 1, b: 2, kind: 'xx', strength: 0.35 },
      ],
      baths: [
        { mode: 0, label: '1', temperature: 2, lambda2: 0.2 },
        { mode: 2, label: '3', temperature: 0.8, lambda2: 0.1 },
      ],
      cutoff: 15,
    };
    const pp: NumericModel = { ...RESONANT, couplings: [{ a: 0, b: 1, kind: 'pp', strength: 0.2 }] };
    const req = { order: 1 as const, levels: 4, seed: 1, maxOccupation: 1 };
    // Global and Redfield of any network use the oracle's own normal modes (with x–p couplings,
    // the spectral projectors of the Heisenberg equations); the normal basis (sign and degeneracy
    // conventions) stays the paper model's.
    expect(() => oracleMoments({ ...req, model: chain, equation: 'global', basis: 'local' })).not.toThrow();
    expect(() => oracleMoments({ ...req, model: pp, equation: 'redfield', basis: 'local' })).not.toThrow();
    const xp: NumericModel = { ...RESONANT, couplings: [{ a: 0, b: 1, kind: 'xp', strength: 0.2 }] };
    expect(() => oracleMoments({ ...req, model: xp, equation: 'global', basis: 'local' })).not.toThrow();
    expect(() => oracleMoments({ ...req, model: xp, equation: 'global', basis: 'normal' })).toThrow(/paper model/);
    expect(() => oracleMoments({ ...req, model: pp, equation: 'local', basis: 'normal' })).toThrow(/paper model/);
    expect(() => oracleMoments({ ...req, model: chain, equation: 'local', basis: 'local' })).not.toThrow();
  });
});

describe('paper equations (dissipative parts against the paper, coherent parts against Heisenberg)', () => {
  // Where the paper's printed matrices contain typos, the expected values below are the
  // corrected ones and the correction is stated next to them.
  const w = RESONANT.frequencies[0] as number;
  const k = (RESONANT.couplings[0] as { strength: number }).strength;
  const { Omega } = normalModes(RESONANT);
  const [O1, O2] = Omega;
  const h = (f: number) => bathDeltaSigma(RESONANT, 0, f);
  const c = (f: number) => bathDeltaSigma(RESONANT, 1, f);
  const Dt = (f: number) => (h(f).Delta + c(f).Delta) / 2; // Δ̃ (eq. 45)
  const St = (f: number) => (h(f).Sigma + c(f).Sigma) / 2; // Σ̃ (B.10)
  const Dp = (f: number) => (h(f).Delta - c(f).Delta) / 2; // Δ̃' (B.14a)
  const Sp = (f: number) => (h(f).Sigma - c(f).Sigma) / 2; // Σ̃' (B.14b)

  function check(equation: Equation, order: 1 | 2, basis: 'local' | 'normal', coherent: number[][], dis: number[][], cDis: number[]) {
    for (const seed of SEEDS) {
      const r = run(RESONANT, equation, order, basis, seed);
      expectAffine(`${equation} ${order} ${basis} dissipative`, r.basis, r.dthetaDissipative, dis, r.theta, cDis);
      expectAffine(`${equation} ${order} ${basis} full`, r.basis, r.dtheta, addMatrices(coherent, dis), r.theta, cDis);
    }
  }

  it('local, first moments: eq. 34 (whole matrix)', () => {
    const Dh = h(w).Delta;
    const Dc = c(w).Delta;
    const M = [
      [Dh, 2, 0, 0],
      [-2 * w * w, Dh, -2 * k, 0],
      [0, 0, Dc, 2],
      [-2 * k, 0, -2 * w * w, Dc],
    ].map((row) => row.map((v) => v / 2));
    for (const seed of SEEDS) {
      const r = run(RESONANT, 'local', 1, 'local', seed);
      expect(r.basis).toEqual(['x_h', 'p_h', 'x_c', 'p_c']);
      expectAffine('eq. 34', r.basis, r.dtheta, M, r.theta, undefined);
    }
  });

  it('local, first moments out of resonance: eq. C.1 (whole matrix)', () => {
    const [wh, wc] = NON_RESONANT.frequencies as [number, number];
    const kk = (NON_RESONANT.couplings[0] as { strength: number }).strength;
    const Dh = bathDeltaSigma(NON_RESONANT, 0, wh).Delta;
    const Dc = bathDeltaSigma(NON_RESONANT, 1, wc).Delta;
    const M = [
      [Dh, 2, 0, 0],
      [-2 * wh * wh, Dh, -2 * kk, 0],
      [0, 0, Dc, 2],
      [-2 * kk, 0, -2 * wc * wc, Dc],
    ].map((row) => row.map((v) => v / 2));
    for (const seed of SEEDS) {
      const r = run(NON_RESONANT, 'local', 1, 'local', seed);
      expectAffine('eq. C.1', r.basis, r.dtheta, M, r.theta, undefined);
    }
  });

  it('local, second moments: B.5 diagonal and B.3', () => {
    // The coupling entries of the printed B.5 (k and k/2 with a plus sign) disagree with the
    // Heisenberg equations of eq. 15 (−2k and −k); the coherent part is checked against the latter.
    const Dh = h(w).Delta;
    const Dc = c(w).Delta;
    const Dm = (Dh + Dc) / 2;
    const dis = diag([Dh, Dh, Dh, Dc, Dc, Dc, Dm, Dm, Dm, Dm]);
    const cDis = [h(w).Sigma / (2 * w), (w * h(w).Sigma) / 2, 0, c(w).Sigma / (2 * w), (w * c(w).Sigma) / 2, 0, 0, 0, 0, 0];
    const r = run(RESONANT, 'local', 2, 'local', 1);
    expect(r.basis).toEqual([
      'x_h^2',
      'p_h^2',
      '{x_h,p_h}/2',
      'x_c^2',
      'p_c^2',
      '{x_c,p_c}/2',
      'x_h p_c',
      'x_c p_h',
      'x_h x_c',
      'p_h p_c',
    ]);
    check('local', 2, 'local', coherentLocal(2, w, w, k), dis, cDis);
  });

  it('local, second moments out of resonance: coherent part against Heisenberg', () => {
    const [wh, wc] = NON_RESONANT.frequencies as [number, number];
    const kk = (NON_RESONANT.couplings[0] as { strength: number }).strength;
    for (const seed of SEEDS) {
      const r = run(NON_RESONANT, 'local', 2, 'local', seed);
      const coherent = r.dtheta.map((d, i) => d - (r.dthetaDissipative[i] as number));
      expectAffine('Heisenberg', r.basis, coherent, coherentLocal(2, wh, wc, kk), r.theta, undefined);
    }
  });

  it('global, first moments: eq. 44 (normal basis) and eq. 46b (local basis), whole matrices', () => {
    const d1 = Dt(O1);
    const d2 = Dt(O2);
    const M44 = [
      [d1 / 2, 1, 0, 0],
      [-O1 * O1, d1 / 2, 0, 0],
      [0, 0, d2 / 2, 1],
      [0, 0, -O2 * O2, d2 / 2],
    ];
    const a = (d1 + d2) / 2;
    const b = (d1 - d2) / 2;
    const M46 = [
      [a, 2, b, 0],
      [-2 * w * w, a, -2 * k, b],
      [b, 0, a, 2],
      [-2 * k, b, -2 * w * w, a],
    ].map((row) => row.map((v) => v / 2));
    for (const seed of SEEDS) {
      const rn = run(RESONANT, 'global', 1, 'normal', seed);
      expect(rn.basis).toEqual(['eta1', 'Pi1', 'eta2', 'Pi2']);
      expectAffine('eq. 44', rn.basis, rn.dtheta, M44, rn.theta, undefined);
      const rl = run(RESONANT, 'global', 1, 'local', seed);
      expectAffine('eq. 46b', rl.basis, rl.dtheta, M46, rl.theta, undefined);
    }
  });

  it('global, second moments (normal basis): B.9 and B.8', () => {
    // Printed B.9 has −2Ω_1² in row 3, column 1; Heisenberg gives −Ω_1² (as row 6 has −Ω_2²).
    const d1 = Dt(O1);
    const d2 = Dt(O2);
    const dm = (d1 + d2) / 2;
    const dis = diag([d1, d1, d1, d2, d2, d2, dm, dm, dm, dm]);
    const cDis = [St(O1) / (2 * O1), (O1 * St(O1)) / 2, 0, St(O2) / (2 * O2), (O2 * St(O2)) / 2, 0, 0, 0, 0, 0];
    const r = run(RESONANT, 'global', 2, 'normal', 1);
    expect(r.basis).toEqual([
      'eta1^2',
      'Pi1^2',
      '{eta1,Pi1}/2',
      'eta2^2',
      'Pi2^2',
      '{eta2,Pi2}/2',
      'eta1 Pi2',
      'eta2 Pi1',
      'eta1 eta2',
      'Pi1 Pi2',
    ]);
    check('global', 2, 'normal', coherentNormal(2, O1, O2), dis, cDis);
  });

  it('Redfield, first moments (local basis): eqs. 48b–c', () => {
    // Corrections to the printed equations: row 4, column 1 of 48b is −2k (printed −2ω²), and in
    // [M]_31, [M]_33 of 48c the h-terms read (Ω_2 − Ω_1)/4 (Δ_1^h/Ω_2 + Δ_2^h/Ω_1) and
    // (Ω_2 − Ω_1)/4 (Δ_1^h/Ω_2 − Δ_2^h/Ω_1) respectively (printed with the inner signs swapped);
    // the corrected rows are the h ↔ c images of rows 1 (x_h ↔ x_c maps η_2 → −η_2).
    const D1 = (bath: typeof h) => bath(O1).Delta;
    const D2 = (bath: typeof h) => bath(O2).Delta;
    const m11 = ((O2 - O1) / 4) * (D1(c) / O2 - D2(c) / O1) + ((O2 + O1) / 4) * (D1(h) / O2 + D2(h) / O1);
    const m13 = ((O2 - O1) / 4) * (D1(c) / O2 + D2(c) / O1) + ((O2 + O1) / 4) * (D1(h) / O2 - D2(h) / O1);
    const m31 = ((O2 + O1) / 4) * (D1(c) / O2 - D2(c) / O1) + ((O2 - O1) / 4) * (D1(h) / O2 + D2(h) / O1);
    const m33 = ((O2 + O1) / 4) * (D1(c) / O2 + D2(c) / O1) + ((O2 - O1) / 4) * (D1(h) / O2 - D2(h) / O1);
    const dl = (bath: typeof h) => (D1(bath) - D2(bath)) / 2;
    const Db = (bath: typeof h) => (D1(bath) + D2(bath)) / 2;
    const dis = [
      [m11, 0, m13, 0],
      [0, Db(h), 0, dl(h)],
      [m31, 0, m33, 0],
      [0, dl(c), 0, Db(c)],
    ].map((row) => row.map((v) => v / 2));
    check('redfield', 1, 'local', coherentLocal(1, w, w, k), dis, [0, 0, 0, 0]);
  });

  it('Redfield, second moments (normal basis): B.12 and B.13', () => {
    // Corrections to the printed B.12: row 3, column 1 is −Ω_1² (printed −2Ω_1²); row 6 reads
    // Ω_1/(2Ω_2) Δ̃'_1 in column 7 and Δ̃'_1/2 in column 8 (printed Δ̃'_1/2 and 0), the 1 ↔ 2
    // image of row 3.
    const d1 = Dt(O1);
    const d2 = Dt(O2);
    const dm = (d1 + d2) / 2;
    const p1 = Dp(O1);
    const p2 = Dp(O2);
    const dis = zeroMatrix(10);
    const set = (i: number, j: number, v: number): void => {
      (dis[i - 1] as number[])[j - 1] = v;
    };
    set(1, 1, d1);
    set(1, 9, (O2 / O1) * p2);
    set(2, 2, d1);
    set(2, 10, p2);
    set(3, 3, d1);
    set(3, 7, p2 / 2);
    set(3, 8, (O2 / (2 * O1)) * p2);
    set(4, 4, d2);
    set(4, 9, (O1 / O2) * p1);
    set(5, 5, d2);
    set(5, 10, p1);
    set(6, 6, d2);
    set(6, 7, (O1 / (2 * O2)) * p1);
    set(6, 8, p1 / 2);
    set(7, 3, p1 / 2);
    set(7, 6, (O2 / (2 * O1)) * p2);
    set(7, 7, dm);
    set(8, 3, (O1 / (2 * O2)) * p1);
    set(8, 6, p2 / 2);
    set(8, 8, dm);
    set(9, 1, (O1 / (2 * O2)) * p1);
    set(9, 4, (O2 / (2 * O1)) * p2);
    set(9, 9, dm);
    set(10, 2, p1 / 2);
    set(10, 5, p2 / 2);
    set(10, 10, dm);
    const cDis = [
      St(O1) / (2 * O1),
      (O1 * St(O1)) / 2,
      0,
      St(O2) / (2 * O2),
      (O2 * St(O2)) / 2,
      0,
      0,
      0,
      Sp(O1) / (4 * O2) + Sp(O2) / (4 * O1),
      (O1 * Sp(O1)) / 4 + (O2 * Sp(O2)) / 4,
    ];
    check('redfield', 2, 'normal', coherentNormal(2, O1, O2), dis, cDis);
  });
});
