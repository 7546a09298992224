import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeEpMap, RESOLVED_IN_DOUBLE, RESOLVED_IN_EXTENDED_PRECISION, UNRESOLVED } from '../../src/numeric/ep/ep-map.js';
import { epWitness } from '../../src/numeric/linalg/ep-witness.js';
import { FIG2_PARAMETERS } from '../../src/numeric/paper-parameters.js';
import { paperMatrixSource } from '../../src/numeric/physics/exceptional-points.js';
import { compileEpMapWorker, type CompiledWorker } from './compiled-worker.js';
import {
  exceptionalCoupling,
  globalFirstMomentFillerSource,
  localFirstMomentFillerSource,
  localFirstMomentMatrix,
} from './fixtures.js';

const linspace = (a: number, b: number, m: number): number[] => Array.from({ length: m }, (_, i) => a + ((b - a) * i) / (m - 1));

let compiled: CompiledWorker;
beforeAll(() => {
  compiled = compileEpMapWorker();
});
afterAll(() => compiled.dispose());

describe('computeEpMap', () => {
  const omegas = linspace(0.2, 2, 23);
  const ks = linspace(-1.2e-4, 1.2e-4, 61);

  it('computes log10 κ row-major over (k, ω), identically in worker threads and in-process', async () => {
    const spec = { size: 4, omegas, ks, fillerSource: localFirstMomentFillerSource() };
    const progress: number[] = [];
    const parallel = await computeEpMap(spec, { threads: 2, workerUrl: compiled.workerUrl, onProgress: (f) => progress.push(f) });
    const serial = await computeEpMap(spec, { threads: 0 });
    expect(parallel.omegaCount).toBe(omegas.length);
    expect(parallel.kCount).toBe(ks.length);
    expect(Array.from(parallel.log10Kappa)).toEqual(Array.from(serial.log10Kappa));
    expect(Array.from(parallel.resolution)).toEqual(Array.from(serial.resolution));
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((f, i) => i === 0 || f >= progress[i - 1]!)).toBe(true);
    // layout: spot checks against the witness evaluated directly (no shift hints there)
    for (const [kIndex, omegaIndex] of [[0, 0], [7, 3], [60, 22], [30, 11]] as const) {
      const direct = epWitness(localFirstMomentMatrix(omegas[omegaIndex]!, ks[kIndex]!));
      expect(parallel.log10Kappa[kIndex * omegas.length + omegaIndex]).toBeCloseTo(Math.log10(direct.kappa), 9);
    }
  });

  it('puts the κ ridge on the exceptional lines ±k*(ω) within one k step, and none for the global fixture', async () => {
    const dense = linspace(-1.2e-4, 1.2e-4, 481);
    const step = dense[1]! - dense[0]!;
    const local = await computeEpMap({ size: 4, omegas, ks: dense, fillerSource: localFirstMomentFillerSource() }, { threads: 2, workerUrl: compiled.workerUrl });
    const global = await computeEpMap({ size: 4, omegas, ks: dense, fillerSource: globalFirstMomentFillerSource() }, { threads: 2, workerUrl: compiled.workerUrl });
    omegas.forEach((omega, j) => {
      const column = (map: typeof local, sign: number): number[] =>
        dense.map((k, i) => (Math.sign(k) === sign ? map.log10Kappa[i * omegas.length + j]! : -Infinity));
      for (const sign of [1, -1]) {
        const values = column(local, sign);
        const peak = values.indexOf(Math.max(...values));
        expect(Math.abs(dense[peak]! - sign * exceptionalCoupling(omega))).toBeLessThanOrEqual(step);
      }
      const globalMax = Math.max(...dense.map((_, i) => global.log10Kappa[i * omegas.length + j]!));
      // bounded by the lone-oscillator value max(ω, 1/ω) up to the O(k/ω²) mixing of the normal modes
      expect(globalMax).toBeLessThan(Math.log10(1.01 * Math.max(omega, 1 / omega)));
    });
    // The only unresolved points are at k = 0, where Ω₁ = Ω₂ makes M_G,1 exactly degenerate (a
    // diabolic point: diagonalisable, eigenvector basis — and hence κ — arbitrary).
    const unresolvedKs = new Set(dense.filter((_, i) => omegas.some((__, j) => global.resolution[i * omegas.length + j] !== RESOLVED_IN_DOUBLE)));
    expect([...unresolvedKs].every((k) => Math.abs(k) < 1e-18)).toBe(true);
  });

  it('refines unresolved points in double-double when asked (a grid containing the double nearest k*)', async () => {
    const kStar = exceptionalCoupling(1);
    const spec = { size: 4, omegas: [1], ks: [0.5 * kStar, kStar, 2 * kStar], fillerSource: localFirstMomentFillerSource() };
    const plain = await computeEpMap(spec, { threads: 0 });
    expect(plain.unresolvedCount).toBe(1);
    expect(plain.resolution[1]).toBe(UNRESOLVED);
    const refined = await computeEpMap(spec, { threads: 1, workerUrl: compiled.workerUrl, refineUnresolved: true });
    expect(refined.unresolvedCount).toBe(0);
    expect(refined.extendedPrecisionCount).toBe(1);
    expect(Array.from(refined.resolution)).toEqual([RESOLVED_IN_DOUBLE, RESOLVED_IN_EXTENDED_PRECISION, RESOLVED_IN_DOUBLE]);
    expect(refined.log10Kappa[1]).toBeGreaterThan(8);
    expect(refined.log10Kappa[1]).toBeLessThan(Math.log10(4e8));
  });

  it('handles a 10×10 filler and resolves κ at the exact (semisimple) degeneracies of M_L,2 as ep does', async () => {
    const { size, source } = paperMatrixSource('local', 2, FIG2_PARAMETERS);
    expect(size).toBe(10);
    const map = await computeEpMap(
      { size, omegas: [0.5, 1], ks: [-5e-5, 1e-5, 6e-5], fillerSource: source },
      { threads: 2, workerUrl: compiled.workerUrl },
    );
    expect(map.log10Kappa.length).toBe(6);
    expect(map.log10Kappa.every((x) => !Number.isNaN(x))).toBe(true);
    // Eigenvalues of M_L,2 are sums μ_i + μ_j of those of M_L,1, and for |k| < k* the pairs of M_L,1 share
    // their imaginary parts (for |k| > k* their real parts), so μ_1 + μ̄_2 = μ̄_1 + μ_2 (resp. 2Re μ_1 = 2Re μ_2):
    // a semisimple double eigenvalue, where κ of single eigenvectors is arbitrary. As in `ep`, κ is then taken on
    // an orthonormal basis of that eigenspace, which fixes it.
    expect(map.unresolvedCount).toBe(0);
    for (const x of map.log10Kappa) expect(Number.isFinite(x)).toBe(true);
    const { epReport } = await import('../../src/numeric/physics/ep-analysis.js');
    const { compileMatrixFiller } = await import('../../src/numeric/ep/matrix-filler.js');
    const fill = compileMatrixFiller(source);
    [-5e-5, 1e-5, 6e-5].forEach((k, j) => [0.5, 1].forEach((omega, i) => {
      const data = new Float64Array(100);
      fill(data, omega, k);
      const rows = Array.from({ length: 10 }, (_, r) => Array.from(data.subarray(10 * r, 10 * r + 10)));
      expect(map.log10Kappa[j * 2 + i]!).toBeCloseTo(Math.log10(epReport(rows).kappa), 9);
    }));
  });

  it('rejects bad specifications early, in the calling thread', async () => {
    await expect(computeEpMap({ size: 4, omegas: [1], ks: [0], fillerSource: '42' })).rejects.toThrow(/function/);
    await expect(computeEpMap({ size: 4, omegas: [], ks: [0], fillerSource: localFirstMomentFillerSource() })).rejects.toThrow(RangeError);
    await expect(
      computeEpMap(
        { size: 4, omegas: [1], ks: [0], fillerSource: localFirstMomentFillerSource() },
        { threads: 1, workerUrl: new URL('file:///nonexistent/ep-map-worker.js') },
      ),
    ).rejects.toThrow(/worker script not found/);
  });
});
