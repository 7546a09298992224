import { describe, expect, it } from 'vitest';
import { balanceMatrix } from '../../src/numeric/linalg/balance.js';
import { realSquareMatrixFromRows, type RealSquareMatrix } from '../../src/numeric/linalg/square-matrix.js';
import { localFirstMomentMatrix, randomMatrix, seededRandom } from './fixtures.js';

function scaled(a: RealSquareMatrix, d: readonly number[]): RealSquareMatrix {
  const { n } = a;
  return { n, data: a.data.map((x, idx) => (d[Math.floor(idx / n)]! * x) / d[idx % n]!) };
}

function rowColumnNormRatio(b: RealSquareMatrix): number {
  const { n, data } = b;
  let worst = 1;
  for (let i = 0; i < n; i++) {
    let r = 0;
    let c = 0;
    for (let k = 0; k < n; k++) {
      if (k === i) continue;
      r += data[i * n + k]! ** 2;
      c += data[k * n + i]! ** 2;
    }
    if (r > 0 && c > 0) worst = Math.max(worst, Math.sqrt(r / c), Math.sqrt(c / r));
  }
  return worst;
}

describe('balanceMatrix', () => {
  it('is an exact diagonal similarity by powers of two and does not touch its input', () => {
    const a = scaled(localFirstMomentMatrix(0.7, 2e-5), [1, 1e6, 1e-6, 1]);
    const before = Float64Array.from(a.data);
    const { balanced, scale } = balanceMatrix(a, 'scale');
    expect(Array.from(a.data)).toEqual(Array.from(before));
    for (const d of scale) expect(Number.isInteger(Math.log2(d))).toBe(true);
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 4; j++) expect(balanced.data[i * 4 + j]! === (a.data[i * 4 + j]! * scale[j]!) / scale[i]!).toBe(true);
    }
  });

  it('undoes a 1e6 rescaling up to factors of order one', () => {
    const random = seededRandom(3);
    for (let trial = 0; trial < 10; trial++) {
      const a = randomMatrix(5, random);
      const b = scaled(a, [1, 1e6, 1e-6, 1e3, 1]);
      expect(rowColumnNormRatio(b)).toBeGreaterThan(1e5);
      expect(rowColumnNormRatio(balanceMatrix(b, 'scale').balanced)).toBeLessThan(8);
    }
  });

  it('isolates eigenvalues visible in the sparsity pattern when permuting', () => {
    const a = realSquareMatrixFromRows([
      [1, 5, 0, 2],
      [0, 3, 0, 0],
      [4, 1, 2, 7],
      [0, 6, 0, 9],
    ]);
    const result = balanceMatrix(a, 'permute-and-scale');
    // rows 1 and 3 are isolated (zeros off the diagonal within the active columns), leaving a 2×2 block
    expect(result.high - result.low).toBeLessThanOrEqual(1);
    const scaleOnly = balanceMatrix(a, 'scale');
    expect(scaleOnly.low).toBe(0);
    expect(scaleOnly.high).toBe(3);
  });
});
