import {
  decodeUidlHistory,
  encodeUidlHistory,
  severityCounts,
  toHex,
  type AuthoredTag,
} from '../decoder/index';
import { MAX_COUNT } from './apply';
import type { EditState, Entry, Opened } from './state';
import type { EditResult } from './types';

const ascii = (text: string): number[] => Array.from(text, (char) => char.charCodeAt(0));

/**
 * An original tag as the encoder should write it: its own bytes, copied from its byte
 * range, with the operation byte or the stored UID replaced when an edit changed them.
 * Handing the encoder the whole tag as `rawUidBytes` (and no operation, content or
 * timestamp text) makes it write those bytes verbatim.
 */
function originalTag(opened: Opened, entry: Entry): AuthoredTag {
  const { bytes, history } = opened;
  const t = history.tags;
  const start = t.start[entry.index] ?? 0;
  const uidStart = t.uidStart[entry.index] ?? 0;
  const uidEnd = t.uidEnd[entry.index] ?? 0;
  let rawUidBytes: Uint8Array;
  if (entry.operationByte === undefined && entry.rawUid === undefined) {
    // Untouched: its own bytes, a view of the file (nothing copied until the encoder writes).
    rawUidBytes = bytes.subarray(start, uidEnd);
  } else {
    const head = Array.from(bytes.subarray(start, uidStart));
    if (entry.operationByte !== undefined)
      head[(t.operationStart[entry.index] ?? 0) - start] = entry.operationByte;
    const uid =
      entry.rawUid === undefined
        ? Array.from(bytes.subarray(uidStart, uidEnd))
        : ascii(entry.rawUid);
    rawUidBytes = Uint8Array.from([...head, ...uid]);
  }
  return {
    operation: '',
    content: '',
    timestampRaw: '',
    rawUidBytes,
    terminated: entry.terminated,
  };
}

function authoredTag(opened: Opened, entry: Entry): AuthoredTag {
  if (!entry.added) return originalTag(opened, entry);
  const { uid, content, timestampRaw } = entry.added;
  return { operation: 'get', content, timestampRaw, uid };
}

/** The state written as a BLOB with the project's encoder, then decoded again. */
export function buildResult(opened: Opened, state: EditState, unedited = false): EditResult {
  const { history } = opened;
  // Unedited (nothing done yet, or all undone), the result is the opened file as it is:
  // the largest history is not written again just to find the same bytes. A file too
  // short for a header cannot be edited (every edit is refused): it stays as it is too.
  const bytes = unedited
    ? opened.bytes
    : opened.hasHeader
      ? encodeUidlHistory({
          version: history.version.value ?? 0,
          count: Math.min(MAX_COUNT, state.count),
          tags: state.entries.map((entry) => authoredTag(opened, entry)),
          trailingHex: state.keepTrailing
            ? history.trailing
                .map((range) => toHex(opened.bytes.subarray(range.start, range.end)))
                .join('')
            : '',
        })
      : opened.bytes.slice();
  // Edits that come back to the same bytes (a repair with nothing to do) keep the history
  // already decoded, rather than a second one of the same bytes held beside it.
  const same = bytes === opened.bytes || sameBytes(bytes, opened.bytes);
  const decoded = same ? history : decodeUidlHistory(bytes);
  const severity = severityCounts(decoded.diagnosticCounts);
  return {
    bytes: same ? opened.bytes : bytes,
    history: decoded,
    severity,
    valid: severity.error === 0,
  };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
