import type { DecodedHistory } from '../decoder/model';

/** A BLOB the page has open: its bytes and what the decoder made of them. */
export interface LoadedHistory {
  /** File name, or a description such as "pasted hex text". */
  name: string;
  bytes: Uint8Array;
  history: DecodedHistory;
  /** How the bytes were obtained when not read as-is, e.g. "decoded from hex text". */
  sourceNote: string | null;
}

/**
 * The one selection of the page. Every view derives what it highlights from it;
 * views never keep a selection of their own.
 */
export interface Selection {
  /** Selected bytes, half-open [start, end) absolute offsets. */
  start: number;
  end: number;
  /** The tag the bytes belong to, or null (header, trailing bytes). */
  tag: number | null;
}

export type SelectHandler = (selection: Selection | null) => void;
