/**
 * A tag's UID as the pieces a view marks: plain text, `$XX` escapes with the character
 * they stand for, and a `$` that starts no valid escape. Built from the escapes the
 * decoder recorded, so no view parses `$XX` again.
 */
import { asciiChar } from '../../decoder/hex';
import { ESCAPE_MARK, ESCAPE_SIZE, isAsciiAlphanumeric } from '../../decoder/layout';
import type { DecodedHistory } from '../../decoder/model';
import { escapeCells, type EscapeCell } from './escapeCells';

export type UidSegment =
  /** `raw`: as recorded (UTF-8 decoded, U+FFFD for bad bytes); `decoded`: the same text. */
  | { kind: 'text'; raw: string }
  | { kind: 'escape'; raw: string; char: string; needless: boolean }
  | { kind: 'bad-escape'; raw: string };

/**
 * The segments of tag `tag`'s UID. The table draws two of these per visible row as a
 * history opens, so an ASCII UID (every one Outlook writes) is read straight from its
 * bytes and escapes; one with bytes of 0x80 and up, or escapes of them (a character's
 * UTF-8), goes through its escape cells, which read that UTF-8 as the decoder does.
 */
export function uidSegments(history: DecodedHistory, bytes: Uint8Array, tag: number): UidSegment[] {
  const { tags, escapes } = history;
  const uidStart = tags.uidStart[tag] ?? 0;
  const uidEnd = Math.min(tags.uidEnd[tag] ?? 0, bytes.length);
  const lastEscape = tags.escapeFirst[tag + 1] ?? tags.escapeFirst[tag] ?? 0;
  let escape = tags.escapeFirst[tag] ?? 0;
  const segments: UidSegment[] = [];
  let textStart = uidStart;
  const flush = (end: number): void => {
    if (end > textStart) segments.push({ kind: 'text', raw: asciiText(bytes, textStart, end) });
  };
  let offset = uidStart;
  while (offset < uidEnd) {
    while (escape < lastEscape && (escapes.start[escape] ?? 0) < offset) escape++;
    const byte = bytes[offset] ?? 0;
    if (byte >= 0x80) return segmentsOfCells(escapeCells(history, bytes, tag));
    const end = offset + ESCAPE_SIZE;
    if (escape < lastEscape && escapes.start[escape] === offset && end <= uidEnd) {
      const value = escapes.value[escape] ?? 0;
      if (value >= 0x80) return segmentsOfCells(escapeCells(history, bytes, tag));
      flush(offset);
      segments.push({
        kind: 'escape',
        raw:
          asciiChar(byte) + asciiChar(bytes[offset + 1] ?? 0) + asciiChar(bytes[offset + 2] ?? 0),
        char: String.fromCharCode(value),
        needless: isAsciiAlphanumeric(value),
      });
      offset = end;
      textStart = offset;
    } else if (byte === ESCAPE_MARK) {
      flush(offset);
      segments.push({ kind: 'bad-escape', raw: '$' });
      offset += 1;
      textStart = offset;
    } else {
      offset += 1;
    }
  }
  flush(offset);
  return segments;
}

/** Bytes below 0x80 as the characters they are, in pieces small enough to spread. */
function asciiText(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let at = start; at < end; at += TEXT_PIECE)
    text += String.fromCharCode(...bytes.subarray(at, Math.min(end, at + TEXT_PIECE)));
  return text;
}

const TEXT_PIECE = 8192;

/** The segments the escape cells of a UID make: what `uidSegments` is, for any UID. */
export function segmentsOfCells(cells: readonly EscapeCell[]): UidSegment[] {
  const segments: UidSegment[] = [];
  let text = '';
  const flush = (): void => {
    if (text !== '') segments.push({ kind: 'text', raw: text });
    text = '';
  };
  for (const cell of cells) {
    switch (cell.kind) {
      case 'escape':
      case 'needless-escape':
        flush();
        segments.push({
          kind: 'escape',
          raw: cell.ascii.join(''),
          char: cell.char,
          needless: cell.kind === 'needless-escape',
        });
        break;
      case 'bad-escape':
        flush();
        segments.push({ kind: 'bad-escape', raw: '$' });
        break;
      case 'terminator':
        break;
      default:
        text += cell.char;
    }
  }
  flush();
  return segments;
}
