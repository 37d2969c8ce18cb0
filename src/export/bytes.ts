import { hexByte } from '../decoder/hex';

/** Bytes [start, end) as space-separated upper-case pairs: `03 00 17 00`. */
export function bytesToHex(bytes: Uint8Array, start = 0, end = bytes.length): string {
  const pairs: string[] = [];
  for (let i = Math.max(0, start); i < Math.min(end, bytes.length); i++)
    pairs.push(hexByte(bytes[i]!));
  return pairs.join(' ');
}

const PER_LINE = 16;

/** Bytes [start, end) as a C array initialiser: `{ 0x03, 0x00, … }`, wrapped 16 bytes per line when longer. */
export function bytesToCArray(bytes: Uint8Array, start = 0, end = bytes.length): string {
  const items: string[] = [];
  for (let i = Math.max(0, start); i < Math.min(end, bytes.length); i++)
    items.push(`0x${hexByte(bytes[i]!)}`);
  if (items.length <= PER_LINE) return `{ ${items.join(', ')} }`.replace('{  }', '{ }');
  const lines: string[] = [];
  for (let i = 0; i < items.length; i += PER_LINE)
    lines.push(`  ${items.slice(i, i + PER_LINE).join(', ')}`);
  return `{\n${lines.join(',\n')}\n}`;
}
