import type { DiagnosticLog } from './diagnostics';
import type { EscapeColumns, TagColumns } from './model';
import type { TextPool } from './textPool';
import type { UidIndex } from './uidIndex';

/** What the tag readers write into while one BLOB is decoded. */
export interface DecodeState {
  readonly bytes: Uint8Array;
  readonly tags: TagColumns;
  readonly escapes: EscapeColumns;
  readonly pool: TextPool;
  readonly log: DiagnosticLog;
  readonly uids: UidIndex;
}

/**
 * What reading one UID found beyond what goes into the columns: the checks and the
 * duplicate index take it from here. One is reused from tag to tag.
 */
export interface UidReading {
  /** Bits of the diagnostics reported while reading. */
  bits: number;
  /** [start, end) of the decoded UID in the pooled text. */
  textStart: number;
  textEnd: number;
  /** Decoded characters, however many the text keeps. */
  chars: number;
  /** [start, end) of the decoded UID's UTF-8 bytes in the pool. */
  poolStart: number;
  poolEnd: number;
  /** `hashStep` over those bytes. */
  hash: number;
}

export function newUidReading(): UidReading {
  return { bits: 0, textStart: 0, textEnd: 0, chars: 0, poolStart: 0, poolEnd: 0, hash: 0 };
}

/**
 * Text kept per field. A real UID is at most 70 characters; a non-BLOB file can hold one
 * "tag" of a gigabyte, whose text is cut here (its bytes are still all checked).
 */
export const MAX_FIELD_TEXT = 4096;
