/**
 * Splits a raw (encoded) UID string into the pieces a view marks: plain text, `$XX`
 * escapes with the character they stand for, and a `$` that starts no valid escape.
 * Works on the text pool's strings, so the tag table needs no bytes.
 */

export type UidSegment =
  | { kind: 'text'; text: string }
  | { kind: 'escape'; text: string; char: string; needless: boolean }
  | { kind: 'bad-escape'; text: string };

const HEX_PAIR = /^[0-9A-Fa-f]{2}$/;
const LETTER_OR_DIGIT = /^[0-9A-Za-z]$/;

export function segmentRawUid(rawUid: string): UidSegment[] {
  const segments: UidSegment[] = [];
  let textStart = 0;
  let at = rawUid.indexOf('$');
  while (at !== -1) {
    if (at > textStart) segments.push({ kind: 'text', text: rawUid.slice(textStart, at) });
    const digits = rawUid.slice(at + 1, at + 3);
    if (HEX_PAIR.test(digits)) {
      const char = String.fromCharCode(parseInt(digits, 16));
      segments.push({
        kind: 'escape',
        text: rawUid.slice(at, at + 3),
        char,
        needless: LETTER_OR_DIGIT.test(char),
      });
      textStart = at + 3;
    } else {
      segments.push({ kind: 'bad-escape', text: '$' });
      textStart = at + 1;
    }
    at = rawUid.indexOf('$', textStart);
  }
  if (textStart < rawUid.length) segments.push({ kind: 'text', text: rawUid.slice(textStart) });
  return segments;
}

/**
 * How a decoded character is drawn: printable ASCII as itself, anything else as a visible
 * stand-in (a control picture, or a middle dot), so a column never looks empty.
 */
export function visibleChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code === 0x20) return '\u2420';
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  if (code > 0x7f && code < 0xa0) return '\u00b7';
  return char;
}
