import { asciiChar, hexByte } from '../../decoder/hex';
import { escapeEnd } from '../../decoder/columns';
import { UTF8_LENGTH_UNIT, readUtf8 } from '../../decoder/utf8';
import { TAG_TERMINATED, type DecodedHistory } from '../../decoder/model';
import { isInvisibleChar, visibleChar } from './visibleChar';

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
  /** The character these bytes stand for ('' for the terminator). */
  char: string;
  /** That character as drawn: `visibleChar(char)` (a stand-in for an invisible one). */
  decoded: string;
  /** Whether `decoded` is a stand-in (`U+202E`, `␊`) for an invisible character. */
  invisible: boolean;
  /** Index into `history.escapes`, for escape cells. */
  escape: number | null;
}

const PLAIN_UID_BYTE = /^[0-9A-Za-z]$/;
const DOLLAR = 0x24;

/** The cell of bytes [start, end) standing for `char`. */
function cellOver(
  kind: EscapeCell['kind'],
  bytes: Uint8Array,
  start: number,
  end: number,
  char: string,
  escape: number | null = null,
): EscapeCell {
  const raw = bytes.subarray(start, end);
  return {
    kind,
    start,
    end,
    hex: Array.from(raw, hexByte),
    ascii: Array.from(raw, asciiChar),
    char,
    decoded: visibleChar(char),
    invisible: isInvisibleChar(char),
    escape,
  };
}

function byteCell(bytes: Uint8Array, offset: number): EscapeCell {
  const byte = bytes[offset] ?? 0;
  const char = String.fromCharCode(byte);
  let kind: EscapeCell['kind'] = 'char';
  if (byte === DOLLAR) kind = 'bad-escape';
  else if (!PLAIN_UID_BYTE.test(char)) kind = 'unescaped';
  return cellOver(kind, bytes, offset, offset + 1, char);
}

/** The escapes from `first` on that spell one UTF-8 character (or its bad bytes), as one cell. */
function escapedUtf8Cell(
  history: DecodedHistory,
  bytes: Uint8Array,
  first: number,
  lastEscape: number,
  uidEnd: number,
): EscapeCell {
  const { escapes } = history;
  const start = escapes.start[first] ?? 0;
  const values = [escapes.value[first] ?? 0];
  for (let j = first + 1; j < lastEscape && values.length < 4; j++) {
    const value = escapes.value[j] ?? 0;
    const adjacent = (escapes.start[j] ?? 0) === start + values.length * 3;
    if (!adjacent || escapeEnd(escapes, j) > uidEnd || value < 0x80 || value > 0xbf) break;
    values.push(value);
  }
  const read = readUtf8(Uint8Array.from(values), 0, values.length);
  const length = read < 0 ? -read : Math.floor(read / UTF8_LENGTH_UNIT);
  const end = escapeEnd(escapes, first + length - 1);
  return read < 0
    ? cellOver('bad-utf8', bytes, start, end, '\ufffd', first)
    : cellOver('escape', bytes, start, end, String.fromCodePoint(read % UTF8_LENGTH_UNIT), first);
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
    const end = escape === undefined ? 0 : escapeEnd(history.escapes, escape);
    if (escape !== undefined && end <= uidEnd && (history.escapes.value[escape] ?? 0) >= 0x80) {
      // Escapes of bytes 0x80 and up are one character's UTF-8, read as the decoder reads
      // them: one cell for the character, or for the bytes that are not UTF-8.
      const cell = escapedUtf8Cell(history, bytes, escape, lastEscape, uidEnd);
      cells.push(cell);
      offset = cell.end;
    } else if (escape !== undefined && end <= uidEnd) {
      const char = String.fromCharCode(history.escapes.value[escape] ?? 0);
      const kind = PLAIN_UID_BYTE.test(char) ? 'needless-escape' : 'escape';
      cells.push(cellOver(kind, bytes, offset, end, char, escape));
      offset = end;
    } else if ((bytes[offset] ?? 0) >= 0x80) {
      // A character written unescaped as UTF-8 is one cell; a byte that is not UTF-8, its own.
      // The decoder's reader, so the U+FFFD here are the ones the UID has (maximal subparts).
      const read = readUtf8(bytes, offset, uidEnd);
      const size = read < 0 ? -read : Math.floor(read / UTF8_LENGTH_UNIT);
      cells.push(
        read < 0
          ? cellOver('bad-utf8', bytes, offset, offset + size, '\ufffd')
          : cellOver(
              'unescaped',
              bytes,
              offset,
              offset + size,
              String.fromCodePoint(read % UTF8_LENGTH_UNIT),
            ),
      );
      offset += size;
    } else {
      cells.push(byteCell(bytes, offset));
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
      char: '',
      decoded: '',
      invisible: false,
      escape: null,
    });
  }
  return cells;
}
