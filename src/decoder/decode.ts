import { checkTag } from './checks';
import * as C from './codes';
import {
  MAX_ESCAPES,
  finishEscapeColumns,
  finishTagColumns,
  newEscapeColumns,
  newTagColumns,
} from './columns';
import { Cursor } from './cursor';
import { DEFAULT_MAX_DIAGNOSTICS, DiagnosticLog, offsetText, placeText } from './diagnostics';
import {
  ESCAPE_SIZE,
  EXPECTED_VERSION,
  TAG_PREFIX_SIZE,
  contentOf,
  isDigit,
  operationOf,
} from './layout';
import { TAG_DUPLICATE, TAG_TERMINATED } from './model';
import type { ByteRange, DecodedHistory, HeaderField } from './model';
import { MAX_FIELD_TEXT, newUidReading, type DecodeState } from './state';
import { readTag } from './tag';
import { MAX_TEXT, TextPool } from './textPool';
import { UidIndex } from './uidIndex';

export interface DecodeOptions {
  /** Called now and then with bytes consumed and the total, and once at the end. */
  onProgress?: (done: number, total: number) => void;
  /** Diagnostics kept in `diagnostics` (default 1,000); the rest are only counted. */
  maxDiagnostics?: number;
}

/** More tags than any real history holds, so a crafted file cannot exhaust memory. */
export const MAX_TAGS = 1_048_576;
const PROGRESS_EVERY = 4096;

/**
 * Decodes a POP3 UIDL history BLOB. Never throws for any input: whatever is wrong with
 * the bytes becomes a diagnostic, and everything that can still be read is kept.
 */
export function decodeUidlHistory(bytes: Uint8Array, options: DecodeOptions = {}): DecodedHistory {
  const total = bytes.length;
  const log = new DiagnosticLog(options.maxDiagnostics ?? DEFAULT_MAX_DIAGNOSTICS);
  // Decoded UIDs take fewer bytes than the tags they come from. The escape columns get
  // room for as many escapes as the bytes can hold, so they never regrow (a fresh
  // buffer's pages cost memory only once written).
  const pool = new TextPool(total + 1024);
  const expectedTags = total >= 4 ? (bytes[2] ?? 0) | ((bytes[3] ?? 0) << 8) : 0;
  const state: DecodeState = {
    bytes,
    tags: newTagColumns(Math.max(64, expectedTags + 1)),
    escapes: newEscapeColumns(
      Math.min(MAX_ESCAPES, Math.max(256, Math.floor(total / ESCAPE_SIZE))),
    ),
    pool,
    log,
    uids: new UidIndex(pool, expectedTags),
  };
  const cursor = new Cursor(bytes);
  const trailing: ByteRange[] = [];

  const version = cursor.readU16();
  const count = cursor.readU16();
  if (count.value === null) {
    if (cursor.pos < total) trailing.push({ start: cursor.pos, end: total });
    log.reportFile(
      C.TOO_SHORT,
      0,
      total,
      () =>
        `The file has ${total} byte${total === 1 ? '' : 's'}; a UIDL history needs at least 4 (version and count).`,
    );
  }
  if (version.value !== null && version.value !== EXPECTED_VERSION) {
    const value = version.value;
    log.reportFile(
      C.BAD_VERSION,
      version.start,
      version.end,
      () =>
        `${placeText(version.start, version.end)}: version is ${value}, not ${EXPECTED_VERSION}; the tags are read as version ${EXPECTED_VERSION} anyway.`,
    );
  }

  if (count.value !== null) {
    const announced = count.value;
    const report = options.onProgress;
    const { tags, uids } = state;
    const reading = newUidReading();
    let pos = cursor.pos;
    let limit: string | null = null;
    while (pos < total) {
      const beyondCount = tags.length >= announced;
      if (beyondCount && !looksLikeTag(bytes, pos)) break;
      if (tags.length === MAX_TAGS) {
        limit = `a history holds at most ${MAX_TAGS} tags`;
        break;
      }
      if (pool.units > MAX_TEXT - MAX_FIELD_TEXT - 2) {
        limit = `the UIDs read so far fill the ${MAX_TEXT} characters of text a history keeps`;
        break;
      }
      const index = tags.length;
      pos = readTag(state, pos, beyondCount, reading);
      checkTag(state, index, reading);
      if (reading.textEnd > reading.textStart) {
        uids.add(index, reading.poolStart, reading.poolEnd, reading.hash);
      }
      if (report && tags.length % PROGRESS_EVERY === 0) report(pos, total);
    }
    if (pos < total) {
      const start = pos;
      const why = limit;
      trailing.push({ start, end: total });
      log.reportFile(C.TRAILING_BYTES, start, total, () =>
        why === null
          ? `${placeText(start, total)}: bytes after the last tag that do not form a tag; nothing reads them.`
          : `${placeText(start, total)}: not read as tags, because ${why}.`,
      );
    }
    reportRepeats(state);
    reportCountMismatch(state, count, announced);
  }
  options.onProgress?.(total, total);

  const { diagnostics, diagnosticsOmitted, diagnosticCounts } = log.finish(bytes);
  return {
    bytes,
    byteLength: total,
    version,
    count,
    tags: finishTagColumns(state.tags),
    escapes: finishEscapeColumns(state.escapes),
    text: pool.finish(),
    trailing,
    diagnostics,
    diagnosticsOmitted,
    diagnosticCounts,
  };
}

/** Past the announced count, a string is read as a tag only if it starts like one. */
function looksLikeTag(bytes: Uint8Array, at: number): boolean {
  if (at + TAG_PREFIX_SIZE > bytes.length) return false;
  if (operationOf(bytes[at] ?? 0) === null || contentOf(bytes[at + 1] ?? 0) === null) return false;
  for (let i = at + 2; i < at + TAG_PREFIX_SIZE; i++) if (!isDigit(bytes[i] ?? 0)) return false;
  return true;
}

function reportCountMismatch(state: DecodeState, count: HeaderField, announced: number): void {
  const tags = state.tags;
  let terminated = 0;
  for (let i = 0; i < tags.length; i++) if ((tags.flags[i] ?? 0) & TAG_TERMINATED) terminated++;
  if (terminated === announced) return;
  const unterminated = tags.length - terminated;
  const found =
    unterminated === 0
      ? `${terminated} tag${terminated === 1 ? ' is' : 's are'} present`
      : `${terminated} terminated tag${terminated === 1 ? ' is' : 's are'} present (and one cut short)`;
  state.log.reportFile(
    C.COUNT_MISMATCH,
    count.start,
    count.end,
    () =>
      `${placeText(count.start, count.end)}: Count says ${announced} but ${found}; the tags start at ${offsetText(count.end)}.`,
  );
}

function reportRepeats(state: DecodeState): void {
  const { tags, log } = state;
  for (const { tag, first } of state.uids.repeats()) {
    tags.flags[tag] = (tags.flags[tag] ?? 0) | TAG_DUPLICATE;
    tags.diagnosticBits[tag] =
      (tags.diagnosticBits[tag] ?? 0) |
      log.report(C.DUPLICATE_UID, tags.uidStart[tag] ?? 0, tags.uidEnd[tag] ?? 0, tag, first);
  }
}
