import { hexByte } from '../../decoder/hex';
import { TAG_TERMINATED, type DecodedHistory } from '../../decoder/model';
import { visibleChar } from './uidSegments';

/**
 * One column of the UID escapes strip: the hex of its bytes, their ASCII, and the
 * decoded character below. An escape is one cell spanning its three bytes, so the
 * decoded character sits under the whole `$XX`.
 */
export interface EscapeCell {
  kind:
    'char' | 'escape' | 'needless-escape' | 'bad-escape' | 'unescaped' | 'bad-utf8' | 'terminator';
  /** Half-open absolute byte range. */
  start: number;
  end: number;
  hex: string[];
  ascii: string[];
  /** The decoded character as drawn ('' for the terminator). */
  decoded: string;
  /** Index into `history.escapes`, for escape cells. */
  escape: number | null;
}

const PLAIN_UID_BYTE = /^[0-9A-Za-z]$/;
const DOLLAR = 0x24;

function asciiOf(byte: number): string {
  return byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : '\u00b7';
}

function byteCell(byte: number, offset: number): EscapeCell {
  const char = String.fromCharCode(byte);
  let kind: EscapeCell['kind'] = 'char';
  if (byte === DOLLAR) kind = 'bad-escape';
  else if (!PLAIN_UID_BYTE.test(char)) kind = 'unescaped';
  return {
    kind,
    start: offset,
    end: offset + 1,
    hex: [hexByte(byte)],
    ascii: [asciiOf(byte)],
    decoded: visibleChar(char),
    escape: null,
  };
}

/** Byte count of the UTF-8 sequence at `at` (2-4), or 0 when it is not a valid one. */
function utf8Length(bytes: Uint8Array, at: number, end: number): number {
  const lead = bytes[at] ?? 0;
  let size = 0;
  if (lead >= 0xc2 && lead <= 0xdf) size = 2;
  else if (lead >= 0xe0 && lead <= 0xef) size = 3;
  else if (lead >= 0xf0 && lead <= 0xf4) size = 4;
  if (size === 0 || at + size > end) return 0;
  for (let k = 1; k < size; k++) if (((bytes[at + k] ?? 0) & 0xc0) !== 0x80) return 0;
  return size;
}

function utf8Cell(bytes: Uint8Array, offset: number, size: number): EscapeCell {
  const raw = bytes.subarray(offset, offset + size);
  let codePoint = (raw[0] ?? 0) & (0xff >> (size + 1));
  for (let k = 1; k < size; k++) codePoint = codePoint * 64 + ((raw[k] ?? 0) & 0x3f);
  return {
    kind: 'unescaped',
    start: offset,
    end: offset + size,
    hex: Array.from(raw, hexByte),
    ascii: Array.from(raw, asciiOf),
    decoded: String.fromCodePoint(codePoint),
    escape: null,
  };
}

/**
 * The cells of tag `tag`'s encoded UID, in byte order, followed by its terminator when
 * the tag has one. Escapes are those the decoder recorded; a `$` that starts none of
 * them is a malformed escape.
 */
export function escapeCells(history: DecodedHistory, bytes: Uint8Array, tag: number): EscapeCell[] {
  const tags = history.tags;
  const uidStart = tags.uidStart[tag] ?? 0;
  const uidEnd = Math.min(tags.uidEnd[tag] ?? 0, bytes.length);
  const escapeByStart = new Map<number, number>();
  const firstEscape = tags.escapeFirst[tag] ?? 0;
  const lastEscape = tags.escapeFirst[tag + 1] ?? firstEscape;
  for (let j = firstEscape; j < lastEscape; j++)
    escapeByStart.set(history.escapes.start[j] ?? 0, j);

  const cells: EscapeCell[] = [];
  let offset = uidStart;
  while (offset < uidEnd) {
    const escape = escapeByStart.get(offset);
    const escapeEnd = escape === undefined ? 0 : (history.escapes.end[escape] ?? 0);
    if (escape !== undefined && escapeEnd <= uidEnd) {
      const value = history.escapes.value[escape] ?? 0;
      const raw = bytes.subarray(offset, escapeEnd);
      cells.push({
        kind: PLAIN_UID_BYTE.test(String.fromCharCode(value)) ? 'needless-escape' : 'escape',
        start: offset,
        end: escapeEnd,
        hex: Array.from(raw, hexByte),
        ascii: Array.from(raw, asciiOf),
        decoded: visibleChar(String.fromCharCode(value)),
        escape,
      });
      offset = escapeEnd;
    } else if ((bytes[offset] ?? 0) >= 0x80) {
      // A character written unescaped as UTF-8 is one cell; a byte that is not UTF-8, its own.
      const size = utf8Length(bytes, offset, uidEnd);
      if (size > 0) {
        cells.push(utf8Cell(bytes, offset, size));
        offset += size;
      } else {
        cells.push({
          ...byteCell(bytes[offset] ?? 0, offset),
          kind: 'bad-utf8',
          decoded: '\ufffd',
        });
        offset += 1;
      }
    } else {
      cells.push(byteCell(bytes[offset] ?? 0, offset));
      offset += 1;
    }
  }
  if (((tags.flags[tag] ?? 0) & TAG_TERMINATED) !== 0) {
    const tagEnd = tags.end[tag] ?? uidEnd + 1;
    cells.push({
      kind: 'terminator',
      start: tagEnd - 1,
      end: tagEnd,
      hex: ['00'],
      ascii: [''],
      decoded: '',
      escape: null,
    });
  }
  return cells;
}
