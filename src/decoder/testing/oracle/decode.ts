import { finishEscapeColumns, finishTagColumns, newEscapeColumns, newTagColumns } from './columns';
import { Cursor } from './cursor';
import { DEFAULT_MAX_DIAGNOSTICS, DiagnosticLog, offsetText, placeText } from './diagnostics';
import { EXPECTED_VERSION, TAG_PREFIX_SIZE, contentOf, isDigit, operationOf } from './layout';
import { TAG_DUPLICATE, TAG_TERMINATED } from './model';
import type { ByteRange, DecodedHistory, HeaderField } from './model';
import { newTagFields, type DecodeState } from './state';
import { readTag } from './tag';
import { TextPool } from './textPool';
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
  // Sized for a well-formed file (about 1.4 chars of text per byte, an escape per 20
  // bytes) so the usual decode never regrows; the capacities are capped since a
  // non-BLOB file need not look like that.
  const pool = new TextPool(Math.floor(total * 1.5));
  const expectedTags = total >= 4 ? (bytes[2] ?? 0) | ((bytes[3] ?? 0) << 8) : 0;
  const state: DecodeState = {
    bytes,
    tags: newTagColumns(Math.max(64, expectedTags + 1)),
    escapes: newEscapeColumns(Math.min(1 << 20, Math.max(256, total >> 4))),
    pool,
    log,
    uids: new UidIndex(pool, expectedTags),
    fields: newTagFields(),
  };
  const cursor = new Cursor(bytes);
  const trailing: ByteRange[] = [];

  const version = cursor.readU16();
  const count = cursor.readU16();
  if (count.value === null) {
    if (cursor.pos < total) trailing.push({ start: cursor.pos, end: total });
    log.report(
      'too-short',
      0,
      total,
      null,
      () =>
        `The file has ${total} byte${total === 1 ? '' : 's'}; a UIDL history needs at least 4 (version and count).`,
    );
  }
  if (version.value !== null && version.value !== EXPECTED_VERSION) {
    const value = version.value;
    log.report(
      'bad-version',
      version.start,
      version.end,
      null,
      () =>
        `${placeText(version.start, version.end)}: version is ${value}, not ${EXPECTED_VERSION}; the tags are read as version ${EXPECTED_VERSION} anyway.`,
    );
  }

  if (count.value !== null) {
    const announced = count.value;
    const report = options.onProgress;
    const tags = state.tags;
    while (cursor.pos < total && tags.length < MAX_TAGS) {
      const beyondCount = tags.length >= announced;
      if (beyondCount && !looksLikeTag(bytes, cursor.pos)) break;
      readTag(state, cursor, beyondCount);
      if (report && tags.length % PROGRESS_EVERY === 0) report(cursor.pos, total);
    }
    if (cursor.pos < total) {
      const start = cursor.pos;
      trailing.push({ start, end: total });
      log.report(
        'trailing-bytes',
        start,
        total,
        null,
        () =>
          `${placeText(start, total)}: bytes after the last tag that do not form a tag; nothing reads them.`,
      );
    }
    reportRepeats(state);
    reportCountMismatch(state, count, announced);
  }
  options.onProgress?.(total, total);

  const { diagnostics, diagnosticsOmitted } = log.finish();
  const text = pool.toString();
  pool.release();
  return {
    byteLength: total,
    version,
    count,
    tags: finishTagColumns(state.tags),
    escapes: finishEscapeColumns(state.escapes),
    text,
    trailing,
    diagnostics,
    diagnosticsOmitted,
    diagnosticCounts: log.counts,
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
  state.log.report(
    'count-mismatch',
    count.start,
    count.end,
    null,
    () =>
      `${placeText(count.start, count.end)}: Count says ${announced} but ${found}; the tags start at ${offsetText(count.end)}.`,
  );
}

function reportRepeats(state: DecodeState): void {
  const { tags } = state;
  for (const { tag, first } of state.uids.repeats()) {
    const start = tags.uidStart[tag] ?? 0;
    const end = tags.uidEnd[tag] ?? 0;
    tags.flags[tag] = (tags.flags[tag] ?? 0) | TAG_DUPLICATE;
    tags.diagnosticBits[tag] =
      (tags.diagnosticBits[tag] ?? 0) |
      state.log.report(
        'duplicate-uid',
        start,
        end,
        tag,
        () =>
          `${placeText(start, end)}: tag ${tag} has the same UID as tag ${first}, which was recorded first.`,
      );
  }
}
