import { describe, expect, it } from 'vitest';
import { VIRIDIS, sampleColourMap } from '../../src/render/figures/index.js';
import { colourScaleSpanning, finiteExtent, valueColour } from '../../src/render/figures/colour-scale.js';
import { parseHexColour, rgbToHex } from '../../src/render/figures/colour.js';

const WHITE = { r: 255, g: 255, b: 255 };

describe('colours', () => {
  it('parses and writes hex colours', () => {
    expect(parseHexColour('#1f77B4')).toEqual({ r: 0x1f, g: 0x77, b: 0xb4 });
    expect(parseHexColour('#f00')).toEqual({ r: 255, g: 0, b: 0 });
    expect(rgbToHex({ r: 1, g: 2, b: 255 })).toBe('#0102ff');
    expect(() => parseHexColour('red')).toThrow(RangeError);
  });

  it('samples viridis from dark purple to yellow, clamping outside [0, 1]', () => {
    expect(rgbToHex(sampleColourMap(VIRIDIS, 0))).toBe('#440154');
    expect(rgbToHex(sampleColourMap(VIRIDIS, 1))).toBe('#fde725');
    expect(rgbToHex(sampleColourMap(VIRIDIS, 0.5))).toBe('#21918c');
    expect(sampleColourMap(VIRIDIS, -3)).toEqual(sampleColourMap(VIRIDIS, 0));
    expect(sampleColourMap(VIRIDIS, 7)).toEqual(sampleColourMap(VIRIDIS, 1));
  });

  it('is perceptually ordered: lightness grows monotonically', () => {
    const luminance = (t: number): number => {
      const c = sampleColourMap(VIRIDIS, t);
      return 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b;
    };
    for (let i = 1; i <= 100; i++) expect(luminance(i / 100)).toBeGreaterThan(luminance((i - 1) / 100));
  });

  it('maps the scale min and max to the ends of the map and non-finite values to the unresolved colour', () => {
    const scale = { min: -2, max: 6 };
    expect(valueColour(-2, scale, VIRIDIS, WHITE)).toEqual(parseHexColour('#440154'));
    expect(valueColour(6, scale, VIRIDIS, WHITE)).toEqual(parseHexColour('#fde725'));
    expect(valueColour(100, scale, VIRIDIS, WHITE)).toEqual(parseHexColour('#fde725'));
    for (const v of [NaN, Infinity, -Infinity]) expect(valueColour(v, scale, VIRIDIS, WHITE)).toEqual(WHITE);
  });

  it('finds the finite extent of grids, ignoring NaN and infinities', () => {
    expect(finiteExtent([NaN, 3, -Infinity, -1, Infinity])).toEqual({ min: -1, max: 3 });
    expect(finiteExtent([NaN])).toBeNull();
    expect(colourScaleSpanning([[1, 2], [NaN, 5], [-4]])).toEqual({ min: -4, max: 5 });
    expect(colourScaleSpanning([[2, 2]])).toEqual({ min: 1.5, max: 2.5 });
    expect(colourScaleSpanning([[NaN]])).toEqual({ min: 0, max: 1 });
  });
});
