import type { ServerComparison } from '../compare/index';
import { uidOf, type DecodedHistory, type TagRange } from '../decoder/index';
import { bytesToCArray, bytesToHex, csvChunks, jsonTextChunks } from './index';

/**
 * A file to save: its name, its MIME type and its content, which is text, bytes, or
 * text as chunks (`TextChunks`) for an export that may be too large for one string.
 */
export interface ExportFile {
  fileName: string;
  type: string;
  content: string | Uint8Array | TextChunks;
}

/** Text as chunks that can be read more than once: each reading writes them afresh. */
export interface TextChunks {
  chunks(): Iterable<string>;
}

/** What an export is made from: a history, its bytes and the name it was opened under. */
export interface HistoryFile {
  /** File name, or a description such as "pasted hex text". */
  name: string;
  bytes: Uint8Array;
  history: DecodedHistory;
}

/**
 * `inbox.bin` → `inbox-history`, `pasted hex text` → `pasted-hex-text-history`: the
 * loaded name without its extension, safe on every file system, once suffixed.
 */
export function exportBaseName(loadedName: string): string {
  const stem = loadedName.replace(/\.[A-Za-z0-9]{1,8}$/, '');
  const safe = stem
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  const base = safe === '' ? 'uidl' : safe;
  return /(^|[-_.])history$/i.test(base) ? base : `${base}-history`;
}

/**
 * The decoder's JSON (the CLI's `--json` format) with each tag's and each trailing
 * range's hex, so `encodeUidlHistory` rebuilds the file byte for byte, plus the
 * comparison when there is one. In chunks: the JSON of the largest history is more than
 * one string can hold.
 */
export function jsonFile(loaded: HistoryFile, comparison: ServerComparison | null): ExportFile {
  return {
    fileName: `${exportBaseName(loaded.name)}.json`,
    type: 'application/json',
    content: { chunks: () => jsonTextChunks(loaded.history, comparison, loaded.bytes) },
  };
}

export function csvFile(loaded: HistoryFile, comparison: ServerComparison | null): ExportFile {
  return {
    fileName: `${exportBaseName(loaded.name)}.csv`,
    type: 'text/csv;charset=utf-8',
    content: { chunks: () => csvChunks(loaded.history, comparison) },
  };
}

/** The bytes as they are, e.g. to keep a BLOB that was pasted as hex. */
export function binFile(loaded: HistoryFile): ExportFile {
  return {
    fileName: `${exportBaseName(loaded.name)}.bin`,
    type: 'application/octet-stream',
    content: loaded.bytes,
  };
}

/** Why a selection-bound action cannot run now, or null when it can. */
export function selectedBytesBlocker(selection: TagRange | null): string | null {
  if (!selection) return 'Select a tag or bytes first.';
  if (selection.end <= selection.start) return 'The selection holds no bytes.';
  return null;
}

export function selectedTagBlocker(selection: TagRange | null): string | null {
  if (!selection) return 'Select a tag first.';
  if (selection.tag === null) return 'The selection is not inside a tag.';
  return null;
}

export type CopyKind = 'hex' | 'c-array' | 'uid';

export interface CopyText {
  text: string;
  /** What the message says was copied, e.g. "61 bytes as hex". */
  what: string;
}

const byteCount = (n: number) => (n === 1 ? '1 byte' : `${n} bytes`);

/** The text a copy action puts on the clipboard, or null when the selection does not allow it. */
export function copyText(
  kind: CopyKind,
  loaded: HistoryFile,
  selection: TagRange | null,
): CopyText | null {
  if (kind === 'uid') {
    if (selectedTagBlocker(selection) !== null || selection?.tag == null) return null;
    const tag = selection.tag;
    if (tag >= loaded.history.tags.length) return null;
    return {
      text: uidOf(loaded.history, tag),
      what: `the UID of tag ${tag}`,
    };
  }
  if (selectedBytesBlocker(selection) !== null || !selection) return null;
  const start = Math.max(0, selection.start);
  const end = Math.min(loaded.bytes.length, selection.end);
  const count = byteCount(Math.max(0, end - start));
  return kind === 'hex'
    ? { text: bytesToHex(loaded.bytes, start, end), what: `${count} as hex` }
    : { text: bytesToCArray(loaded.bytes, start, end), what: `${count} as a C array` };
}
