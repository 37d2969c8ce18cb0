import {
  OPERATION_CHARS,
  TAG_TERMINATED,
  operationOf,
  rawUidOf,
  uidOf,
  type Content,
  type DecodedHistory,
  type Operation,
} from '../decoder/index';

/** A tag of the working copy: one of the opened history, possibly changed, or one added. */
export interface Entry {
  /** Original tag index, or -1 for an added tag. */
  index: number;
  /** Counts towards Count: the tag lay within the Count the header announced, or was added. */
  counted: boolean;
  terminated: boolean;
  /** A new operation byte for an original tag. */
  operationByte?: number;
  /** A new stored UID for an original tag (ASCII, `$`-escaped). */
  rawUid?: string;
  /** For an added tag. */
  added?: { edit: number; uid: string; content: Content; timestampRaw: string };
}

/** What the working copy holds after some edits: the result is written from it. */
export interface EditState {
  count: number;
  /**
   * The original tags still present, by index, then the added tags, oldest first: edits
   * drop, change or append entries but never move one (lookup.ts relies on it).
   */
  entries: readonly Entry[];
  keepTrailing: boolean;
}

/** The opened history, decoded once, with what the edits look up in it. */
export interface Opened {
  bytes: Uint8Array;
  history: DecodedHistory;
  /** Version and Count were both read (a file of 4 bytes or more). */
  hasHeader: boolean;
}

export function initialState(opened: Opened): EditState {
  const { history } = opened;
  const announced = history.count.value ?? 0;
  const entries: Entry[] = [];
  for (let i = 0; i < history.tags.length; i++) {
    entries.push({
      index: i,
      counted: i < announced,
      terminated: ((history.tags.flags[i] ?? 0) & TAG_TERMINATED) !== 0,
    });
  }
  return { count: announced, entries, keepTrailing: true };
}

export const uidOfEntry = (opened: Opened, entry: Entry): string =>
  entry.added ? entry.added.uid : uidOf(opened.history, entry.index);

export const rawUidOfEntry = (opened: Opened, entry: Entry): string =>
  entry.added ? '' : (entry.rawUid ?? rawUidOf(opened.history, entry.index));

/** The operation the entry records now; null when its byte is not one Outlook writes. */
export function operationOfEntry(opened: Opened, entry: Entry): Operation | null {
  if (entry.added) return 'get';
  const byte = entry.operationByte ?? opened.history.tags.operationByte[entry.index] ?? 0;
  return operationOf(byte);
}

/** The tag is long enough to have an operation byte. */
export function hasOperation(opened: Opened, index: number): boolean {
  const { tags } = opened.history;
  return (tags.contentStart[index] ?? 0) > (tags.operationStart[index] ?? 0);
}

export const operationByteOf = (operation: Operation): number =>
  OPERATION_CHARS[operation].charCodeAt(0);

export const terminatedCount = (state: EditState): number =>
  state.entries.reduce((n, entry) => n + (entry.terminated ? 1 : 0), 0);

/** Count as it would be written after removing `removed` entries: counted ones lower it. */
export function countWithout(state: EditState, removed: readonly Entry[]): number {
  return Math.max(0, state.count - removed.filter((entry) => entry.counted).length);
}

/** An original tag whose bytes an edit changed (an operation set back to what it was is not). */
export function isChanged(opened: Opened, entry: Entry): boolean {
  if (entry.added) return false;
  const { tags } = opened.history;
  const byteChanged =
    entry.operationByte !== undefined &&
    entry.operationByte !== (tags.operationByte[entry.index] ?? 0);
  const uidChanged =
    entry.rawUid !== undefined && entry.rawUid !== rawUidOf(opened.history, entry.index);
  return byteChanged || uidChanged;
}
