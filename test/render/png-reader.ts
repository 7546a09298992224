/**
 * An independent PNG reader for the tests: splits chunks, checks every CRC with a bitwise
 * CRC-32 (no table, so it shares no code with the encoder), and inflates the image data.
 */
import { inflateSync } from 'node:zlib';

export interface PngChunk {
  readonly type: string;
  readonly data: Uint8Array;
  readonly storedCrc: number;
}

export interface DecodedPng {
  readonly signatureValid: boolean;
  readonly chunks: readonly PngChunk[];
  readonly crcErrors: readonly string[];
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  readonly colourType: number;
  readonly interlace: number;
  /** The inflated IDAT stream: per row one filter byte, then the pixel bytes. */
  readonly inflated: Uint8Array;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function bitwiseCrc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

export function readPng(bytes: Uint8Array): DecodedPng {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signatureValid = SIGNATURE.every((b, i) => bytes[i] === b);
  const chunks: PngChunk[] = [];
  const crcErrors: string[] = [];
  let offset = 8;
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    const storedCrc = view.getUint32(offset + 8 + length);
    if (bitwiseCrc32(bytes.subarray(offset + 4, offset + 8 + length)) !== storedCrc) crcErrors.push(`bad CRC in ${type}`);
    chunks.push({ type, data, storedCrc });
    offset += 12 + length;
  }
  if (offset !== bytes.length) crcErrors.push(`${bytes.length - offset} trailing bytes`);
  const header = chunks.find((c) => c.type === 'IHDR');
  if (header === undefined) throw new Error('no IHDR chunk');
  const h = new DataView(header.data.buffer, header.data.byteOffset, header.data.byteLength);
  const idat = chunks.filter((c) => c.type === 'IDAT');
  const joined = new Uint8Array(idat.reduce((n, c) => n + c.data.length, 0));
  let at = 0;
  for (const c of idat) {
    joined.set(c.data, at);
    at += c.data.length;
  }
  return {
    signatureValid,
    chunks,
    crcErrors,
    width: h.getUint32(0),
    height: h.getUint32(4),
    bitDepth: header.data[8]!,
    colourType: header.data[9]!,
    interlace: header.data[12]!,
    inflated: new Uint8Array(inflateSync(joined)),
  };
}

/** RGB of pixel (x, y) of an 8-bit RGB PNG whose rows all use filter type 0. */
export function pngPixel(png: DecodedPng, x: number, y: number): [number, number, number] {
  const stride = png.width * 3 + 1;
  if (png.inflated[y * stride] !== 0) throw new Error(`row ${y} is filtered`);
  const i = y * stride + 1 + x * 3;
  return [png.inflated[i]!, png.inflated[i + 1]!, png.inflated[i + 2]!];
}
