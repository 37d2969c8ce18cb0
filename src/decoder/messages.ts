import * as C from './codes';
import { offsetText, placeText } from './place';
import { ESCAPE_SIZE, MAX_UID_LENGTH, TAG_PREFIX_SIZE, TERMINATOR, hexDigitValue } from './layout';
import { byteText } from './hex';
import { timestampProblem } from './timestamp';
import { REPLACEMENT_CHAR } from './utf8';

/**
 * The sentence of each tag-level diagnostic, made from the bytes and what the reader
 * recorded (`detail`: a character, a length, a tag index, depending on the code). The
 * log calls it only for the diagnostics it lists, so a file with millions of faults
 * formats a thousand messages.
 */
export function tagMessage(
  code: number,
  bytes: Uint8Array,
  start: number,
  end: number,
  tag: number,
  detail: number,
): string {
  const place = placeText(start, end);
  switch (code) {
    case C.UNTERMINATED_TAG:
      return `${place}: tag ${tag} runs to the end of the file without the 0x00 byte that ends a tag; the file may be cut short.`;
    case C.TAG_TOO_SHORT:
      return `${place}: tag ${tag} has ${detail} characters, fewer than the ${TAG_PREFIX_SIZE} of operation, content and timestamp.`;
    case C.BAD_OPERATION:
      return `${place}: operation ${byteText(bytes[start] ?? 0)} is not one of + (get), - (delete), & (get and delete).`;
    case C.BAD_CONTENT:
      return `${place}: content ${byteText(bytes[start] ?? 0)} is not one of ' ' (none), h (header), b (body).`;
    case C.BAD_TIMESTAMP: {
      const raw = Array.from(bytes.subarray(start, end), (b) =>
        b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '?',
      ).join('');
      return `${place}: the timestamp "${raw}" ${timestampProblem(bytes, start) ?? ''}.`;
    }
    case C.UID_EMPTY:
      return `${place}: tag ${tag} has no UID after its timestamp (UID expected at ${offsetText(detail)}).`;
    case C.UID_TOO_LONG:
      return `${place}: the decoded UID is ${detail} characters long; a POP3 UID has at most ${MAX_UID_LENGTH} (RFC 1939).`;
    case C.UNESCAPED_CHAR:
      return `${place}: the UID holds ${charName(detail)} as it is; Outlook writes every character other than a letter or digit as a $XX escape.`;
    case C.UID_BAD_CHAR:
      return `${place}: the UID character ${charName(detail)} is outside 0x21-0x7E, the characters a POP3 UID may hold (RFC 1939).`;
    case C.NEEDLESS_ESCAPE:
      return `${place}: escape ${String.fromCharCode(...bytes.subarray(start, end))} stands for ${charName(detail)}, a letter or digit that Outlook writes as it is.`;
    case C.BAD_ESCAPE:
      return badEscapeMessage(bytes, start, end);
    case C.BAD_UTF8:
      return `${place}: ${Array.from(bytes.subarray(start, end), byteText).join(' ')} is not valid UTF-8; shown as U+FFFD.`;
    case C.DUPLICATE_UID:
      return `${place}: tag ${tag} has the same UID as tag ${detail}, which was recorded first.`;
    case C.ESCAPES_NOT_LISTED:
      return `${place}: this escape of tag ${tag} and every later one are decoded but not listed; a history lists at most ${detail} escapes.`;
    default:
      return place;
  }
}

/** 'A' for printable ASCII; U+00E9 ('é') for other printable chars; U+0020 for the rest. */
function charName(codePoint: number): string {
  const char = String.fromCodePoint(codePoint);
  if (codePoint >= 0x21 && codePoint <= 0x7e) return `'${char}'`;
  const name = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  return codePoint >= 0xa0 && codePoint !== REPLACEMENT_CHAR ? `${name} ('${char}')` : name;
}

function badEscapeMessage(bytes: Uint8Array, start: number, end: number): string {
  if (end - start === 1) {
    return `Byte ${offsetText(start)}: '$' ends the UID, where an escape needs two hex digits after it; kept as '$'.`;
  }
  const after = Array.from(bytes.subarray(start + 1, end), byteText).join(' ');
  // Reading stops at the first non-hex byte; if the last one read is hex, the UID ended.
  const ending = hexDigitValue(bytes[end - 1] ?? 0) >= 0 ? ' and then the UID ends' : '';
  return `${placeText(start, end)}: '$' is followed by ${after}${ending}, not two hex digits; kept literally.`;
}

/** Where a bad escape at `at` ends: the `$` and what follows, up to the first non-hex byte. */
export function badEscapeEnd(bytes: Uint8Array, at: number): number {
  const end = bytes.length;
  let stop = at + 1;
  while (stop < end && stop < at + ESCAPE_SIZE && bytes[stop] !== TERMINATOR) {
    const isHex = hexDigitValue(bytes[stop] ?? 0) >= 0;
    stop += 1;
    if (!isHex) break;
  }
  return stop;
}
