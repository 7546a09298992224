/** CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), as used by PNG chunks. */

function tableEntry(n: number): number {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
}

const CRC_TABLE: readonly number[] = Object.freeze(Array.from({ length: 256 }, (_, n) => tableEntry(n)));

/** CRC-32 of the bytes (unsigned 32-bit). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
