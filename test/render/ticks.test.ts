import { describe, expect, it } from 'vitest';
import { axisTicks, commonExponent, linearTickValues, niceStep } from '../../src/render/figures/ticks.js';

describe('ticks', () => {
  it('chooses 1-2-5 steps', () => {
    expect(niceStep(10, 5)).toBe(2);
    expect(niceStep(1, 4)).toBe(0.2);
    expect(niceStep(3e-3, 6)).toBeCloseTo(5e-4, 15);
    expect(linearTickValues(0.5, 3, 5)).toEqual([0.5, 1, 1.5, 2, 2.5, 3]);
    expect(linearTickValues(-1, 1, 4)).toEqual([-1, -0.5, 0, 0.5, 1]);
  });

  it('labels ticks with a minus sign and the decimals the step needs', () => {
    const ticks = axisTicks({ kind: 'linear', min: -1, max: 1 }, 4);
    expect(ticks.major.map((t) => t.label)).toEqual(['−1.0', '−0.5', '0.0', '0.5', '1.0']);
    expect(ticks.multiplier).toBeNull();
    expect(axisTicks({ kind: 'linear', min: 0, max: 4000 }, 4).major.map((t) => t.label)).toEqual(['0', '1000', '2000', '3000', '4000']);
  });

  it('factors out a common power of ten for very small or large values', () => {
    expect(commonExponent([0, 5e-4, 1e-3])).toBe(-3);
    expect(commonExponent([0, 0.5, 1])).toBe(0);
    expect(commonExponent([0, 20000])).toBe(4);
    const ticks = axisTicks({ kind: 'linear', min: -1.5e-3, max: 1.5e-3 }, 6);
    expect(ticks.multiplier).toBe('×10^{−3}');
    expect(ticks.major.map((t) => t.label)).toEqual(['−1.5', '−1.0', '−0.5', '0.0', '0.5', '1.0', '1.5']);
  });

  it('puts labelled ticks at decades on log axes, with minor ticks in between', () => {
    const ticks = axisTicks({ kind: 'log', min: 1e-3, max: 2 }, 5);
    expect(ticks.major.map((t) => t.label)).toEqual(['10^{−3}', '10^{−2}', '10^{−1}', '10^{0}']);
    expect(ticks.minor).toContain(2e-3);
    expect(ticks.minor).toContain(2);
    const narrow = axisTicks({ kind: 'log', min: 1.5, max: 30 }, 5);
    expect(narrow.major.map((t) => t.label)).toEqual(['2', '5', '10', '20']);
    expect(axisTicks({ kind: 'log', min: 1.5e-6, max: 3e-5 }, 5).major.map((t) => t.label)).toEqual(['2×10^{−6}', '5×10^{−6}', '10^{−5}', '2×10^{−5}']);
    const wide = axisTicks({ kind: 'log', min: 1e-12, max: 1 }, 4);
    expect(wide.major.length).toBeLessThanOrEqual(5);
    expect(wide.minor).toEqual([]);
  });
});
