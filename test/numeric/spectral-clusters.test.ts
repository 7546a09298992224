/**
 * The cluster kernels (complex Schur form, projector norms, staircase Jordan structure) against
 * independent constructions: matrices S J S⁻¹ with a Jordan form chosen by the test, ml-matrix's
 * eigen-decomposition and inverse for the projectors of a well-conditioned matrix, and the EP-map
 * fast path against the full analysis.
 */
import { describe, it, expect } from 'vitest';
import { EigenvalueDecomposition, Matrix, SingularValueDecomposition, inverse } from 'ml-matrix';
import { complexSchurOfReal } from '../../src/numeric/linalg/complex-schur.js';
import { createSpectralClusterWorkspace, maximumProjectorNormInto, spectralClusters } from '../../src/numeric/linalg/spectral-clusters.js';
import { compileMatrixFiller } from '../../src/numeric/ep/matrix-filler.js';
import { paperMatrixSource } from '../../src/numeric/physics/exceptional-points.js';
import { FIG2_PARAMETERS } from '../../src/numeric/paper-parameters.js';

/** Deterministic pseudo-random numbers in [−1, 1). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 31 - 1;
  };
}

/** S J S⁻¹ (real), S = I + 0.3·(random), for a real Jordan-form J given as rows. */
function similar(j: number[][], seed: number): { n: number; data: Float64Array } {
  const n = j.length;
  const r = random(seed);
  const s = new Matrix(Array.from({ length: n }, (_, a) => Array.from({ length: n }, (_, b) => (a === b ? 1 : 0) + 0.3 * r())));
  const m = s.mmul(new Matrix(j)).mmul(inverse(s));
  return { n, data: Float64Array.from(m.to1DArray()) };
}

describe('complex Schur form', () => {
  it('is upper triangular, keeps ‖M‖_F and has the eigenvalues ml-matrix finds', () => {
    const r = random(7);
    const n = 7;
    const data = Float64Array.from({ length: n * n }, () => r());
    const t = complexSchurOfReal(data, n);
    expect(t.converged).toBe(true);
    let frobenius = 0;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        frobenius += t.re[i * n + j]! ** 2 + t.im[i * n + j]! ** 2;
        if (j < i) expect(Math.hypot(t.re[i * n + j]!, t.im[i * n + j]!)).toBe(0);
      }
    }
    expect(Math.sqrt(frobenius)).toBeCloseTo(t.frobeniusNorm, 12);
    const e = new EigenvalueDecomposition(new Matrix(Array.from({ length: n }, (_, i) => Array.from(data.subarray(i * n, (i + 1) * n)))));
    const ours = Array.from({ length: n }, (_, i) => [t.re[i * n + i]!, t.im[i * n + i]!] as const);
    e.realEigenvalues.forEach((re, i) => {
      const im = e.imaginaryEigenvalues[i]!;
      expect(Math.min(...ours.map(([a, b]) => Math.hypot(a - re, b - im)))).toBeLessThan(1e-12);
    });
  });
});

describe('spectral clusters', () => {
  it('projector norms of simple eigenvalues equal ‖v‖‖w‖/|wᵀv| from ml-matrix eigenvectors and V⁻¹', () => {
    const m = similar([[1, 0, 0, 0], [0, -0.5, 0, 0], [0, 0, 0.2, 1.3], [0, 0, -1.3, 0.2]], 3);
    const a = spectralClusters(m);
    expect(a.clusters.every((c) => c.verdict === 'simple')).toBe(true);
    const M = new Matrix(Array.from({ length: 4 }, (_, i) => Array.from(m.data.subarray(i * 4, (i + 1) * 4))));
    const e = new EigenvalueDecomposition(M);
    const V = e.eigenvectorMatrix;
    const W = inverse(V);
    // Real eigenvalues: columns of V and rows of V⁻¹ are the right and left eigenvectors.
    e.realEigenvalues.forEach((mu, i) => {
      if (e.imaginaryEigenvalues[i] !== 0) return;
      const v = V.getColumn(i);
      const w = W.getRow(i);
      const norm = (x: number[]): number => Math.hypot(...x);
      const exact = (norm(v) * norm(w)) / Math.abs(v.reduce((s, x, l) => s + x * w[l]!, 0));
      const c = a.clusters.find((x) => Math.hypot(x.centre.re - mu, x.centre.im) < 1e-10)!;
      expect(c.projectorNorm).toBeCloseTo(exact, 10);
      expect(c.phaseRigidity!).toBeCloseTo(1 / exact, 10);
    });
  });
  it('finds the Jordan structure chosen by the test: J₃(1) ⊕ J₁(1) ⊕ J₂(−0.5) and a semisimple double eigenvalue', () => {
    const j = [
      [1, 1, 0, 0, 0, 0, 0, 0],
      [0, 1, 1, 0, 0, 0, 0, 0],
      [0, 0, 1, 0, 0, 0, 0, 0],
      [0, 0, 0, 1, 0, 0, 0, 0],
      [0, 0, 0, 0, -0.5, 1, 0, 0],
      [0, 0, 0, 0, 0, -0.5, 0, 0],
      [0, 0, 0, 0, 0, 0, 2, 0],
      [0, 0, 0, 0, 0, 0, 0, 2],
    ];
    const a = spectralClusters(similar(j, 11));
    const byCentre = (re: number) => a.clusters.find((c) => Math.abs(c.centre.re - re) < 1e-4)!;
    expect(byCentre(1).jordanBlocks).toEqual([3, 1]);
    expect(byCentre(1).verdict).toBe('defective');
    expect(byCentre(-0.5).jordanBlocks).toEqual([2]);
    expect(byCentre(2).verdict).toBe('semisimple');
    expect(byCentre(2).multiplicity).toBe(2);
    expect(a.kappa).toBe(Number.POSITIVE_INFINITY);
  });
  it('κ on the semisimple-aware basis is the κ of S when S has orthonormal columns within each eigenspace', () => {
    // M = S diag(1, 1, 3) S⁻¹ with S = [q1 q2 v3], q1 ⟂ q2 unit, v3 unit: κ(V) = κ(S) for any
    // orthonormal basis of span(q1, q2).
    const q1 = [1, 0, 0];
    const q2 = [0, 0.6, 0.8];
    const v3 = [0.5, 0.5, Math.SQRT1_2];
    const S = new Matrix([0, 1, 2].map((i) => [q1[i]!, q2[i]!, v3[i]!]));
    const m = S.mmul(Matrix.diag([1, 1, 3])).mmul(inverse(S));
    const a = spectralClusters({ n: 3, data: Float64Array.from(m.to1DArray()) });
    const sv = new SingularValueDecomposition(S).diagonal;
    expect(a.kappa).toBeCloseTo(Math.max(...sv) / Math.min(...sv), 10);
  });
});

describe('the EP-map fast path', () => {
  it('gives the full analysis\' largest projector norm and defective verdict on M_L,2, also at k*', () => {
    const { size, source } = paperMatrixSource('local', 2, FIG2_PARAMETERS);
    const fill = compileMatrixFiller(source);
    const ws = createSpectralClusterWorkspace(size);
    const matrix = new Float64Array(size * size);
    const kStar = 4.99949500049995e-5;
    const ks = [-1.2e-4, -kStar, -3e-5, 0, 2e-5, kStar * (1 - 1e-6), kStar, kStar * (1 + 1e-6), 1e-4];
    for (const omega of [0.3, 1, 1.7]) {
      for (const k of ks) {
        fill(matrix, omega, omega === 1 ? k : k * omega);
        const full = spectralClusters({ n: size, data: Float64Array.from(matrix) }, { kappa: false });
        const fast = maximumProjectorNormInto(ws, matrix, 0.1);
        const defective = full.clusters.some((c) => c.verdict === 'defective');
        expect(ws.defective).toBe(defective);
        if (defective) expect(fast).toBe(Number.POSITIVE_INFINITY);
        else expect(Math.abs(fast / full.maximumProjectorNorm - 1)).toBeLessThan(1e-9);
      }
    }
  });
});

describe('κ from the Schur-basis eigenvectors (the EP maps\' first-moment kernel)', () => {
  it('equals κ of the balanced, back-transformed eigenvectors wherever that one is resolved', async () => {
    const { createEpWitnessWorkspace, evaluateEpWitnessInto } = await import('../../src/numeric/linalg/ep-witness.js');
    const { localFirstMomentFillerSource } = await import('./fixture-filler-sources.mjs');
    const fill = compileMatrixFiller(localFirstMomentFillerSource());
    const a = createEpWitnessWorkspace(4);
    const b = createEpWitnessWorkspace(4);
    const m = new Float64Array(16);
    let compared = 0;
    for (const omega of [0.1, 0.5, 1, 1.9]) {
      for (const k of [-1.2e-4, -5e-5, -1e-6, 0, 3e-6, 2.4e-5, 4.9e-5, 1e-4]) {
        fill(m, omega, k);
        const classic = evaluateEpWitnessInto(a, m);
        const schur = evaluateEpWitnessInto(b, m, 'none', true);
        expect(b.resolved).toBe(a.resolved);
        if (!a.resolved) continue;
        expect(Math.abs(schur / classic - 1)).toBeLessThan(1e-9);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });
});
