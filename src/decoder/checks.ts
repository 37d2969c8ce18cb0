import * as C from './codes';
import { TAG_PREFIX_SIZE, TIMESTAMP_SIZE, MAX_UID_LENGTH, contentOf, operationOf } from './layout';
import { TAG_TERMINATED, TAG_TIMESTAMP_VALID } from './model';
import type { DecodeState, UidReading } from './state';
import { isValidTimestamp } from './timestamp';
import { UTF8_LENGTH_UNIT, readUtf8 } from './utf8';

/**
 * Checks the fields of tag `index` as `readTag` measured them (the columns, and the
 * UID's length in `reading`) and reports what is wrong with them: a missing terminator,
 * a short tag, an unknown operation or content, an impossible timestamp, an empty or
 * overlong UID. It reads no byte beyond the 16 of operation, content and timestamp.
 */
export function checkTag(state: DecodeState, index: number, reading: UidReading): void {
  const { bytes, tags, log } = state;
  const start = tags.start[index] ?? 0;
  const end = tags.end[index] ?? 0;
  const contentStart = tags.contentStart[index] ?? 0;
  const timestampStart = tags.timestampStart[index] ?? 0;
  const timestampEnd = tags.timestampEnd[index] ?? 0;
  const uidStart = tags.uidStart[index] ?? 0;
  const uidEnd = tags.uidEnd[index] ?? 0;
  let flags = tags.flags[index] ?? 0;
  let bits = 0;

  const timestampValid =
    timestampEnd - timestampStart === TIMESTAMP_SIZE && isValidTimestamp(bytes, timestampStart);
  if (!timestampValid) bits |= reportBadUtf8(state, index, timestampStart, timestampEnd);
  if (reading.chars > MAX_UID_LENGTH) {
    bits |= log.report(C.UID_TOO_LONG, uidStart, uidEnd, index, reading.chars);
  }
  if ((flags & TAG_TERMINATED) === 0) bits |= log.report(C.UNTERMINATED_TAG, start, end, index, 0);
  if (uidEnd - start < TAG_PREFIX_SIZE) {
    bits |= log.report(C.TAG_TOO_SHORT, start, end, index, uidEnd - start);
  }
  const operationByte = tags.operationByte[index] ?? 0;
  if (contentStart > start && operationOf(operationByte) === null) {
    bits |= log.report(C.BAD_OPERATION, start, contentStart, index, operationByte);
    if (operationByte >= 0x80) bits |= log.report(C.BAD_UTF8, start, contentStart, index, 0);
  }
  const contentByte = tags.contentByte[index] ?? 0;
  if (timestampStart > contentStart && contentOf(contentByte) === null) {
    bits |= log.report(C.BAD_CONTENT, contentStart, timestampStart, index, contentByte);
    if (contentByte >= 0x80) bits |= log.report(C.BAD_UTF8, contentStart, timestampStart, index, 0);
  }
  if (timestampValid) flags |= TAG_TIMESTAMP_VALID;
  else if (timestampEnd - timestampStart === TIMESTAMP_SIZE) {
    bits |= log.report(C.BAD_TIMESTAMP, timestampStart, timestampEnd, index, 0);
  }
  if (uidEnd - start >= TAG_PREFIX_SIZE && uidEnd === uidStart) {
    bits |= log.report(C.UID_EMPTY, start, end, index, uidStart);
  }
  tags.flags[index] = flags;
  tags.diagnosticBits[index] = (tags.diagnosticBits[index] ?? 0) | bits;
}

/** Reports each invalid UTF-8 sequence in [start, end) (the timestamp, ASCII in practice). */
function reportBadUtf8(state: DecodeState, index: number, start: number, end: number): number {
  const { bytes, log } = state;
  let bits = 0;
  let i = start;
  while (i < end) {
    if ((bytes[i] ?? 0) < 0x80) {
      i += 1;
      continue;
    }
    const read = readUtf8(bytes, i, end);
    if (read < 0) {
      bits |= log.report(C.BAD_UTF8, i, i - read, index, 0);
      i -= read;
    } else {
      i += Math.floor(read / UTF8_LENGTH_UNIT);
    }
  }
  return bits;
}
