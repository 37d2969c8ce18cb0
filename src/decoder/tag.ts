import { ensureTagRoom } from './columns';
import { TAG_PREFIX_SIZE, TERMINATOR, TIMESTAMP_SIZE } from './layout';
import { TAG_BEYOND_COUNT, TAG_TERMINATED } from './model';
import type { DecodeState, UidReading } from './state';
import { readUid } from './uid';

/**
 * Reads one tag at `start` (through its 0x00, when there is one) into the columns as
 * tag number `tags.length`, and returns where it ended. It only reads: each field's
 * range is measured as it is read, and the UID reader reports what only its bytes can
 * show. Whether the fields make sense is for `checkTag` (checks.ts), which works from
 * the columns this fills and from `reading`.
 */
export function readTag(
  state: DecodeState,
  start: number,
  beyondCount: boolean,
  reading: UidReading,
): number {
  const { bytes, tags } = state;
  ensureTagRoom(tags);
  const index = tags.length;
  const total = bytes.length;
  // Operation, content and timestamp, unless a 0x00 or the file end comes first.
  let prefixEnd = Math.min(start + TAG_PREFIX_SIZE, total);
  for (let i = start; i < prefixEnd; i++) {
    if (bytes[i] === TERMINATOR) {
      prefixEnd = i;
      break;
    }
  }
  const contentStart = Math.min(start + 1, prefixEnd);
  const timestampStart = Math.min(start + 2, prefixEnd);
  const timestampEnd = Math.min(timestampStart + TIMESTAMP_SIZE, prefixEnd);
  // The UID runs to the 0x00 or the file end; reading it finds which.
  const uidEnd = readUid(state, index, timestampEnd, reading);
  const terminated = uidEnd < total;
  const end = terminated ? uidEnd + 1 : uidEnd;

  tags.start[index] = start;
  tags.end[index] = end;
  tags.operationStart[index] = start;
  tags.contentStart[index] = contentStart;
  tags.timestampStart[index] = timestampStart;
  tags.timestampEnd[index] = timestampEnd;
  tags.uidStart[index] = timestampEnd;
  tags.uidEnd[index] = uidEnd;
  tags.operationByte[index] = contentStart > start ? (bytes[start] ?? 0) : 0;
  tags.contentByte[index] = timestampStart > contentStart ? (bytes[contentStart] ?? 0) : 0;
  tags.flags[index] = (terminated ? TAG_TERMINATED : 0) | (beyondCount ? TAG_BEYOND_COUNT : 0);
  tags.diagnosticBits[index] = reading.bits;
  tags.escapeFirst[index + 1] = state.escapes.length;
  tags.uidTextStart[index] = reading.textStart;
  tags.uidTextEnd[index] = reading.textEnd;
  tags.length = index + 1;
  return end;
}
