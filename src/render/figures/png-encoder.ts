/** A minimal PNG encoder: 8-bit truecolour (RGB), no interlacing, one IDAT chunk. */
import { deflateSync } from 'node:zlib';
import { crc32 } from './crc32.js';

/** An image of width × height pixels, 3 bytes (R, G, B) per pixel, top row first. */
export interface RgbImage {
  readonly width: number;
  readonly height: number;
  readonly rgb: Uint8Array;
}

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const BIT_DEPTH = 8;
const COLOUR_TYPE_RGB = 2;
const FILTER_NONE = 0;

function uint32(value: number): Uint8Array {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, value >>> 0);
  return bytes;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** A chunk: length, type, data, CRC over type and data. */
function chunk(type: string, data: Uint8Array): Uint8Array {
  const typeAndData = concat([new TextEncoder().encode(type), data]);
  return concat([uint32(data.length), typeAndData, uint32(crc32(typeAndData))]);
}

function header(width: number, height: number): Uint8Array {
  // width, height, bit depth, colour type, compression 0, filter method 0, interlace 0
  return concat([uint32(width), uint32(height), Uint8Array.of(BIT_DEPTH, COLOUR_TYPE_RGB, 0, 0, 0)]);
}

/** Scanlines, each prefixed by its filter type byte (None). */
function scanlines(image: RgbImage): Uint8Array {
  const stride = image.width * 3;
  const out = new Uint8Array(image.height * (stride + 1));
  for (let y = 0; y < image.height; y++) {
    out[y * (stride + 1)] = FILTER_NONE;
    out.set(image.rgb.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return out;
}

/** The PNG file of the image. */
export function encodePng(image: RgbImage): Uint8Array {
  const { width, height } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`a PNG needs positive integer dimensions, got ${width}×${height}`);
  }
  if (image.rgb.length !== width * height * 3) {
    throw new RangeError(`expected ${width * height * 3} bytes of RGB data, got ${image.rgb.length}`);
  }
  const compressed = deflateSync(scanlines(image));
  return concat([
    SIGNATURE,
    chunk('IHDR', header(width, height)),
    chunk('IDAT', new Uint8Array(compressed.buffer, compressed.byteOffset, compressed.byteLength)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
