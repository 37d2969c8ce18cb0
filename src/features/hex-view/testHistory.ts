/** Small BLOBs built byte by byte for the hex view's tests. */
import { decodeUidlHistory } from '../../decoder/decode';

function tag(text: string): number[] {
  return [...text].map((ch) => ch.charCodeAt(0)).concat(0);
}

/**
 * Tag 0 at 4..27: `+b20120906131138AB$2dC` (escape at 22..25, terminator 26).
 * Tag 1 at 27..45: `-h20121306131138X` (month 13: an error over 29..43).
 * Trailing bytes 45..47.
 */
export function sampleBytes(): Uint8Array {
  return Uint8Array.from([
    3,
    0,
    2,
    0,
    ...tag('+b20120906131138AB$2dC'),
    ...tag('-h20121306131138X'),
    9,
    9,
  ]);
}

export function sampleHistory() {
  const bytes = sampleBytes();
  return { bytes, history: decodeUidlHistory(bytes) };
}
