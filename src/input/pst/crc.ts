/**
 * The CRC of [MS-PST] 5.3: the reflected CRC-32 polynomial 0xEDB88320, started at 0 and
 * with no final inversion (unlike zlib's crc32).
 */
const TABLE = (() => {
  const out = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    out[n] = c >>> 0;
  }
  return out;
})();

export function pstCrc(bytes: Uint8Array, start = 0, end = bytes.length, seed = 0): number {
  let crc = seed >>> 0;
  for (let i = start; i < end; i++) crc = TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return crc >>> 0;
}
