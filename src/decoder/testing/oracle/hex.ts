const HEX = '0123456789abcdef';

/** One byte as two upper-case hex digits: `0A`. */
export function hexByte(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}

/** A file offset as every view, message and report names it: `0x0041`, more digits past 64 KiB. */
export function hexOffset(offset: number): string {
  return `0x${offset.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Lower-case hex, two digits per byte, no separators. */
export function toHex(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += 4096) {
    let chunk = '';
    const stop = Math.min(at + 4096, bytes.length);
    for (let i = at; i < stop; i++) {
      const byte = bytes[i] ?? 0;
      chunk += (HEX[byte >> 4] ?? '') + (HEX[byte & 15] ?? '');
    }
    parts.push(chunk);
  }
  return parts.join('');
}

/** Bytes of a hex string written by `toHex` (either case); null if it is not one. */
export function fromHex(hex: string): Uint8Array | null {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) return null;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}
