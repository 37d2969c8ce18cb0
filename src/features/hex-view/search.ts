/**
 * Go-to-offset and find: parsing what the user typed, and finding the next match.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** `0x1A`, `1Ah` style hex or plain decimal. */
export function parseOffset(text: string): Parsed<number> {
  const t = text.trim().replace(/[_\s]/g, '');
  if (t === '') return { ok: false, error: 'Type an offset, e.g. 0x1A or 26.' };
  const hexMatch = /^(?:0x([0-9a-f]+)|([0-9a-f]+)h)$/i.exec(t);
  const digits = hexMatch?.[1] ?? hexMatch?.[2];
  if (digits !== undefined) return { ok: true, value: parseInt(digits, 16) };
  if (/^\d+$/.test(t)) return { ok: true, value: parseInt(t, 10) };
  return {
    ok: false,
    error: `"${text.trim()}" is not an offset: use 0x… for hex or digits for decimal.`,
  };
}

export type FindMode = 'hex' | 'text';

/** The bytes to look for: hex pairs (`03 00 17`, `030017`, `0x03,0x00`) or ASCII text. */
export function parsePattern(text: string, mode: FindMode): Parsed<Uint8Array> {
  if (mode === 'text') {
    if (text === '') return { ok: false, error: 'Type the text to find.' };
    const codes = [...text].map((ch) => ch.codePointAt(0) ?? 0);
    if (codes.some((c) => c > 0x7f)) return { ok: false, error: 'Text search is ASCII only.' };
    return { ok: true, value: Uint8Array.from(codes) };
  }
  const digits = text.replace(/0x/gi, '').replace(/[\s,]/g, '');
  if (digits === '') return { ok: false, error: 'Type the bytes to find, e.g. 03 00 17.' };
  if (!/^[0-9a-f]*$/i.test(digits)) return { ok: false, error: 'Hex bytes only: 0-9, a-f.' };
  if (digits.length % 2 !== 0) return { ok: false, error: 'Each byte is two hex digits.' };
  const value = new Uint8Array(digits.length / 2);
  for (let i = 0; i < value.length; i++) value[i] = parseInt(digits.slice(2 * i, 2 * i + 2), 16);
  return { ok: true, value };
}

function matchesAt(bytes: Uint8Array, pattern: Uint8Array, at: number): boolean {
  if (at < 0 || at + pattern.length > bytes.length) return false;
  for (let k = 1; k < pattern.length; k++) if (bytes[at + k] !== pattern[k]) return false;
  return true;
}

function scanForward(bytes: Uint8Array, pattern: Uint8Array, from: number, to: number): number {
  const first = pattern[0] ?? 0;
  for (let at = bytes.indexOf(first, from); at >= 0 && at < to; at = bytes.indexOf(first, at + 1))
    if (matchesAt(bytes, pattern, at)) return at;
  return -1;
}

function scanBackward(bytes: Uint8Array, pattern: Uint8Array, from: number, to: number): number {
  const first = pattern[0] ?? 0;
  if (from < 0) return -1;
  for (
    let at = bytes.lastIndexOf(first, from);
    at >= to;
    at = at > 0 ? bytes.lastIndexOf(first, at - 1) : -1
  )
    if (matchesAt(bytes, pattern, at)) return at;
  return -1;
}

export interface Match {
  start: number;
  end: number;
  /** The search went past one end of the file and carried on from the other. */
  wrapped: boolean;
}

/**
 * The next match starting at or after `from` (direction 1) or at or before it
 * (direction -1), wrapping round the file once; null when there is none.
 */
export function findMatch(
  bytes: Uint8Array,
  pattern: Uint8Array,
  from: number,
  direction: 1 | -1,
): Match | null {
  if (pattern.length === 0 || pattern.length > bytes.length) return null;
  const start = Math.min(Math.max(0, from), bytes.length);
  let at: number;
  let wrapped = false;
  if (direction === 1) {
    at = scanForward(bytes, pattern, start, bytes.length);
    if (at < 0) {
      wrapped = true;
      at = scanForward(bytes, pattern, 0, start);
    }
  } else {
    at = scanBackward(bytes, pattern, Math.min(from, bytes.length - 1), 0);
    if (at < 0) {
      wrapped = true;
      at = scanBackward(bytes, pattern, bytes.length - 1, Math.max(0, from + 1));
    }
  }
  return at < 0 ? null : { start: at, end: at + pattern.length, wrapped };
}
