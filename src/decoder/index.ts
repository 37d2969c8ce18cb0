/** The decoder's public face: bytes in, model out. Pure; runs in Node, the worker and the page. */
export { decodeUidlHistory, MAX_TAGS, type DecodeOptions } from './decode';
export {
  tagAt,
  tagIndexAt,
  tagRange,
  isoTimestamp,
  uidOf,
  rawUidOf,
  timestampRawOf,
} from './tagView';
export {
  toJson,
  tagJson,
  tagHex,
  headJson,
  type HistoryJson,
  type TagJson,
  type TrailingJson,
  type EscapeJson,
} from './json';
export {
  encodeUidlHistory,
  type AuthoredHistory,
  type AuthoredTag,
  type EncodeInput,
} from './encode';
export { escapeUid, unescapeUid } from './escape';
export {
  toHex,
  fromHex,
  hexByte,
  hexOffset,
  hexDigits,
  isPrintableAscii,
  asciiChar,
  byteText,
} from './hex';
export { exampleHistoryBytes } from './example';
export { summarize, type HistorySummary } from './summary';
export {
  operationOf,
  contentOf,
  OPERATION_CHARS,
  CONTENT_CHARS,
  EXPECTED_VERSION,
  MAX_UID_LENGTH,
} from './layout';
export {
  SEVERITY,
  DEFAULT_MAX_DIAGNOSTICS,
  DIAGNOSTIC_BIT,
  codesOfBits,
  severityCounts,
} from './diagnostics';
export * from './model';
export { historyBuffers } from './transfer';
// Limits that keep a crafted or non-BLOB file from exhausting memory.
export { MAX_ESCAPES, escapeEnd, firstEscapeEndingAfter } from './columns';
export { MAX_TEXT } from './textPool';
export { MAX_FIELD_TEXT } from './state';
