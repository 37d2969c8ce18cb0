import type { DiagnosticLog } from './diagnostics';
import type { ByteRange, EscapeColumns, TagColumns } from './model';
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
  /** Where the cursor records the fields of the tag being read. */
  readonly fields: TagFields;
}

export interface TagFields {
  readonly operation: ByteRange;
  readonly content: ByteRange;
  readonly timestamp: ByteRange;
  readonly uid: ByteRange;
}

export function newTagFields(): TagFields {
  return {
    operation: { start: 0, end: 0 },
    content: { start: 0, end: 0 },
    timestamp: { start: 0, end: 0 },
    uid: { start: 0, end: 0 },
  };
}

/**
 * Text kept per field. A real UID is at most 70 characters; a non-BLOB file can hold one
 * "tag" of a gigabyte, whose text is cut here (its bytes are still all checked).
 */
export const MAX_FIELD_TEXT = 4096;
