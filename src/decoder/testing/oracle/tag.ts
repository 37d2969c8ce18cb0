import { ensureTagRoom } from './columns';
import type { Cursor } from './cursor';
import { offsetText, placeText } from './diagnostics';
import { TAG_PREFIX_SIZE, TERMINATOR, TIMESTAMP_SIZE, contentOf, operationOf } from './layout';
import { TAG_BEYOND_COUNT, TAG_TERMINATED, TAG_TIMESTAMP_VALID, type ByteRange } from './model';
import type { DecodeState } from './state';
import { byteText, timestampProblem } from './timestamp';
import { readUid } from './uid';
import { REPLACEMENT_CHAR, UTF8_LENGTH_UNIT, readUtf8 } from './utf8';

/** Reads one tag at the cursor (through its 0x00, when there is one) into the columns. */
export function readTag(state: DecodeState, cursor: Cursor, beyondCount: boolean): void {
  const { bytes, tags, log } = state;
  ensureTagRoom(tags);
  const index = tags.length;
  const start = cursor.pos;
  // Operation, content and timestamp, unless a 0x00 or the file end comes first.
  let prefixEnd = Math.min(start + TAG_PREFIX_SIZE, cursor.length);
  for (let i = start; i < prefixEnd; i++) {
    if (bytes[i] === TERMINATOR) {
      prefixEnd = i;
      break;
    }
  }
  const { fields } = state;
  const operation = cursor.take(1, prefixEnd, fields.operation);
  const content = cursor.take(1, prefixEnd, fields.content);
  const timestamp = cursor.take(TIMESTAMP_SIZE, prefixEnd, fields.timestamp);
  const timestampTextStart = state.pool.length;
  let bits = readTimestampText(state, timestamp, index);
  const timestampTextEnd = state.pool.length;
  // The UID runs to the 0x00 or the file end; reading it finds which.
  tags.diagnosticBits[index] = 0;
  const uidEnd = readUid(state, index, cursor.pos);
  const uid = cursor.take(uidEnd - cursor.pos, uidEnd, fields.uid);
  const stop = uid.end;
  const terminated = cursor.skip();
  const end = cursor.pos;
  let flags = (terminated ? TAG_TERMINATED : 0) | (beyondCount ? TAG_BEYOND_COUNT : 0);

  if (!terminated) {
    bits |= log.report(
      'unterminated-tag',
      start,
      end,
      index,
      () =>
        `${placeText(start, end)}: tag ${index} runs to the end of the file without the 0x00 byte that ends a tag; the file may be cut short.`,
    );
  }
  if (stop - start < TAG_PREFIX_SIZE) {
    bits |= log.report(
      'tag-too-short',
      start,
      end,
      index,
      () =>
        `${placeText(start, end)}: tag ${index} has ${stop - start} characters, fewer than the ${TAG_PREFIX_SIZE} of operation, content and timestamp.`,
    );
  }
  const operationByte = operation.end > operation.start ? (bytes[operation.start] ?? 0) : 0;
  const contentByte = content.end > content.start ? (bytes[content.start] ?? 0) : 0;
  if (operation.end > operation.start && operationOf(operationByte) === null) {
    bits |= reportByte(state, operation, index, operationByte, 'bad-operation');
  }
  if (content.end > content.start && contentOf(contentByte) === null) {
    bits |= reportByte(state, content, index, contentByte, 'bad-content');
  }
  if (timestamp.end - timestamp.start === TIMESTAMP_SIZE) {
    const problem = timestampProblem(bytes, timestamp.start);
    if (problem === null) {
      flags |= TAG_TIMESTAMP_VALID;
    } else {
      const raw = Array.from(bytes.subarray(timestamp.start, timestamp.end), (b) =>
        b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '?',
      ).join('');
      bits |= log.report(
        'bad-timestamp',
        timestamp.start,
        timestamp.end,
        index,
        () => `${placeText(timestamp.start, timestamp.end)}: the timestamp "${raw}" ${problem}.`,
      );
    }
  }
  if (stop - start >= TAG_PREFIX_SIZE && uid.end === uid.start) {
    bits |= log.report(
      'uid-empty',
      start,
      end,
      index,
      () =>
        `${placeText(start, end)}: tag ${index} has no UID after its timestamp (UID expected at ${offsetText(uid.start)}).`,
    );
  }
  const uidTextStart = tags.uidTextStart[index] ?? 0;
  const uidTextEnd = tags.uidTextEnd[index] ?? 0;
  if (uidTextEnd > uidTextStart) state.uids.add(index, uidTextStart, uidTextEnd);

  tags.start[index] = start;
  tags.end[index] = end;
  tags.operationStart[index] = operation.start;
  tags.contentStart[index] = content.start;
  tags.timestampStart[index] = timestamp.start;
  tags.timestampEnd[index] = timestamp.end;
  tags.uidStart[index] = uid.start;
  tags.uidEnd[index] = uid.end;
  tags.operationByte[index] = operationByte;
  tags.contentByte[index] = contentByte;
  tags.flags[index] = flags;
  tags.diagnosticBits[index] = (tags.diagnosticBits[index] ?? 0) | bits;
  tags.escapeFirst[index + 1] = state.escapes.length;
  tags.timestampTextStart[index] = timestampTextStart;
  tags.timestampTextEnd[index] = timestampTextEnd;
  tags.length = index + 1;
}

function reportByte(
  state: DecodeState,
  range: ByteRange,
  index: number,
  byte: number,
  code: 'bad-operation' | 'bad-content',
): number {
  const expected =
    code === 'bad-operation'
      ? 'operation {} is not one of + (get), - (delete), & (get and delete)'
      : "content {} is not one of ' ' (none), h (header), b (body)";
  let bits = state.log.report(
    code,
    range.start,
    range.end,
    index,
    () => `${placeText(range.start, range.end)}: ${expected.replace('{}', () => byteText(byte))}.`,
  );
  if (byte >= 0x80) bits |= reportBadUtf8(state, range.start, range.end, index);
  return bits;
}

function reportBadUtf8(state: DecodeState, start: number, end: number, index: number): number {
  const shown = Array.from(state.bytes.subarray(start, end), (b) => byteText(b)).join(' ');
  return state.log.report(
    'bad-utf8',
    start,
    end,
    index,
    () => `${placeText(start, end)}: ${shown} is not valid UTF-8; shown as U+FFFD.`,
  );
}

/** The timestamp bytes as text (ASCII digits in practice), reporting invalid UTF-8. */
function readTimestampText(state: DecodeState, range: ByteRange, index: number): number {
  const { bytes, pool } = state;
  let ascii = true;
  for (let i = range.start; i < range.end; i++) if ((bytes[i] ?? 0) >= 0x80) ascii = false;
  if (ascii) {
    pool.pushAscii(bytes, range.start, range.end);
    return 0;
  }
  let bits = 0;
  let i = range.start;
  while (i < range.end) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x80) {
      pool.push(byte);
      i += 1;
      continue;
    }
    const read = readUtf8(bytes, i, range.end);
    if (read < 0) {
      bits |= reportBadUtf8(state, i, i - read, index);
      pool.push(REPLACEMENT_CHAR);
      i -= read;
    } else {
      pool.pushCodePoint(read % UTF8_LENGTH_UNIT);
      i += Math.floor(read / UTF8_LENGTH_UNIT);
    }
  }
  return bits;
}
