import type { HistoryFile } from '../export/exportFiles';
import type { TagRange } from '../decoder/model';

/** A BLOB the page has open: its bytes and what the decoder made of them. */
export interface LoadedHistory extends HistoryFile {
  /** How the bytes were obtained when not read as-is, e.g. "decoded from hex text". */
  sourceNote: string | null;
}

/**
 * The one selection of the page: selected bytes, half-open [start, end) absolute
 * offsets, and the tag they belong to (null: header, trailing bytes). Every view
 * derives what it highlights from it; views never keep a selection of their own.
 * `tagRange(history, i)` (decoder) is the one way to select a whole tag.
 */
export type Selection = TagRange;

export type SelectHandler = (selection: Selection | null) => void;
