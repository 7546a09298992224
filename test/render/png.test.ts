import { describe, expect, it } from 'vitest';
import { crc32, encodePng } from '../../src/render/figures/index.js';
import { bitwiseCrc32, pngPixel, readPng } from './png-reader.js';

describe('CRC-32', () => {
  it('matches the standard check value and an independent implementation', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7919) & 0xff);
    expect(crc32(bytes)).toBe(bitwiseCrc32(bytes));
  });
});

describe('PNG encoder', () => {
  const width = 7;
  const height = 3;
  const rgb = Uint8Array.from({ length: width * height * 3 }, (_, i) => (i * 37) & 0xff);
  const png = readPng(encodePng({ width, height, rgb }));

  it('writes the signature and IHDR, IDAT, IEND with valid CRCs', () => {
    expect(png.signatureValid).toBe(true);
    expect(png.chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(png.crcErrors).toEqual([]);
    expect(png.chunks[0]!.data.length).toBe(13);
    expect(png.chunks[2]!.data.length).toBe(0);
  });

  it('declares 8-bit RGB without interlacing, at the right size', () => {
    expect([png.width, png.height, png.bitDepth, png.colourType, png.interlace]).toEqual([width, height, 8, 2, 0]);
  });

  it('stores every pixel: IDAT inflates to height × (1 + 3·width) bytes', () => {
    expect(png.inflated.length).toBe(height * (1 + 3 * width));
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 3;
        expect(pngPixel(png, x, y)).toEqual([rgb[i], rgb[i + 1], rgb[i + 2]]);
      }
    }
  });

  it('rejects inconsistent images', () => {
    expect(() => encodePng({ width: 2, height: 2, rgb: new Uint8Array(5) })).toThrow(RangeError);
    expect(() => encodePng({ width: 0, height: 2, rgb: new Uint8Array(0) })).toThrow(RangeError);
  });
});
