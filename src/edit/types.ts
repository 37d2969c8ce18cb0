import type { Content, DecodedHistory, Operation, Severity } from '../decoder/index';

/**
 * The repairs a working copy can propose; each is offered only where the fix is
 * unambiguous, and only when the history (as edited so far) needs it.
 */
export type RepairKind =
  | 'unterminated-tag' // drop a last tag that has no 0x00 (the file was cut short)
  | 'trailing-bytes' // drop bytes after the last tag that do not form a tag
  | 'duplicate-uids' // keep only the latest record of a UID
  | 'escapes' // rewrite UIDs the way Outlook escapes them
  | 'count'; // set Count to the tags present

/**
 * One edit of a working copy. Tags are named by their index in the opened (original)
 * history, which stays the same however the working copy is edited.
 */
export type Edit =
  | { kind: 'forget'; tags: readonly number[] }
  /** Adds a get record per UID at the end, as Outlook appends them. */
  | {
      kind: 'mark-fetched';
      uids: readonly string[];
      content: Content;
      /** yyyymmddhhmmss as it will be recorded; the BLOB stores no time zone. */
      timestampRaw: string;
    }
  | { kind: 'set-operation'; tags: readonly number[]; operation: Operation }
  | { kind: 'repair'; repair: RepairKind };

/** A repair the working copy offers, with what it would do, before it is applied. */
export interface RepairProposal {
  repair: RepairKind;
  /** One sentence saying what applying it changes. */
  text: string;
  /** One line per thing it changes (a tag dropped, a UID rewritten, …). */
  details: string[];
  /** Original tag indexes it touches. */
  tags: number[];
  /** What it leaves alone because the fix would not be unambiguous, one line each. */
  skipped: string[];
}

/** Where a tag of the result came from. */
export type TagOrigin =
  | { kind: 'original'; index: number; changed: boolean }
  | { kind: 'added'; edit: number; uid: string };

export type ChangeKind = 'forget' | 'add' | 'operation' | 'repair';

/** One line of the changes list: one tag forgotten, added or changed, or one repair. */
export interface ChangeLine {
  /** Index of the edit that made it, in `WorkingCopy.edits`. */
  edit: number;
  kind: ChangeKind;
  text: string;
  /** Tags of the opened history it touches, so a view can select them. */
  originalTags: number[];
  /** Tags of the result it touches (an added or changed tag; none for a forgotten one). */
  resultTags: number[];
}

export interface ChangeSummary {
  /** Tags of the opened history that are not in the result. */
  forgotten: number;
  /** Tags added. */
  added: number;
  /** Tags of the opened history in the result with different bytes. */
  changed: number;
  /** Repairs applied, in the order applied. */
  repairs: RepairKind[];
  lines: ChangeLine[];
  /** "2 forgotten, 1 added, 0 changed; repairs: count" or "No changes". */
  text: string;
}

/** The edited BLOB, decoded again so that the caller sees whether it is valid. */
export interface EditResult {
  bytes: Uint8Array;
  history: DecodedHistory;
  severity: Record<Severity, number>;
  /** No error diagnostics: safe to take back to Outlook. */
  valid: boolean;
}

/**
 * An immutable snapshot of a working copy over an opened history: every method that
 * edits returns a new snapshot, so a page can keep them in state as they are.
 * The original bytes are never changed.
 */
export interface WorkingCopy {
  readonly original: Uint8Array;
  readonly history: DecodedHistory;
  /** The edits in force, oldest first. */
  readonly edits: readonly Edit[];
  /** Edits undone, next to redo first. */
  readonly undone: readonly Edit[];
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Why `edit` cannot be applied now, or null when it can. */
  check(edit: Edit): string | null;
  /** A snapshot with `edit` applied (redo is cleared); throws EditError when `check` fails. */
  apply(edit: Edit): WorkingCopy;
  undo(): WorkingCopy;
  redo(): WorkingCopy;
  /** The repairs the history, as edited so far, needs. */
  proposals(): RepairProposal[];
  changes(): ChangeSummary;
  /**
   * Written and decoded again on the first call, on this thread: for 65,535 tags a
   * noticeable moment, so the page has a worker build it from `original` and `edits`
   * instead (`replayEdits`). Unedited, the opened file and its history, with no work.
   */
  result(): EditResult;
  /** Per tag of the result, where it came from. */
  origins(): TagOrigin[];
  /** Original indexes of the tags in the working copy whose decoded UID is `uid`. */
  tagsWithUid(uid: string): number[];
  /**
   * The working copy holds a tag whose decoded UID is `uid` (to skip UIDs already
   * recorded). `tags`: the opened history's tags with that UID, when the caller knows them
   * (a comparison with the server does); otherwise the first call reads every UID.
   */
  holdsUid(uid: string, tags?: readonly number[]): boolean;
}

export class EditError extends Error {
  override name = 'EditError';
}
