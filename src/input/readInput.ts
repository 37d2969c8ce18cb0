import { judgeHistory } from './historyJudge';
import { parseHexText } from './hexText';
import { isOleFile, readMsg } from './msg';
import { decodeTextFile } from './text';
import type { InputResult } from './types';

/**
 * Works out what bytes the user gave us: an Outlook `.msg`, text holding hex or base64,
 * or else the BLOB itself. `name`, the file name, matters only for a `.msg` name on
 * bytes that are not one.
 */
export function readInput(bytes: Uint8Array, name?: string): InputResult {
  if (isOleFile(bytes)) return readMsg(bytes, judgeHistory);
  if (!looksLikeText(bytes)) {
    const misnamed = name !== undefined && /\.msg$/i.test(name) && bytes.length > 0;
    if (!misnamed) return { kind: 'blob', bytes, form: 'raw', note: null };
    // A BLOB saved under a .msg name still starts with version 3; decode that anyway.
    if (bytes[0] === 3 && bytes[1] === 0) {
      const note = `${name} is not an Outlook .msg (no compound-file signature); read as the BLOB itself`;
      return { kind: 'blob', bytes, form: 'raw', note };
    }
    return {
      kind: 'error',
      message: `${name} is not an Outlook .msg: it does not start with the compound-file signature D0 CF 11 E0, nor is it a BLOB`,
      offset: 0,
    };
  }
  return readTextInput(decodeTextFile(bytes));
}

/**
 * Text the user gave us (a text file, a paste): hex or base64 of a BLOB, or of a whole
 * `.msg`, which is then read as one.
 */
export function readTextInput(text: string): InputResult {
  const result = parseHexText(text);
  if (result.kind === 'error' || !isOleFile(result.bytes)) return result;
  // An encoded .msg: read it, and say how it came.
  const msg = readMsg(result.bytes, judgeHistory);
  if (msg.kind === 'error') return msg;
  const via = result.form === 'base64' ? 'base64' : 'hex';
  return { ...msg, note: `${msg.note ?? ''} (the .msg itself decoded from ${via} text)` };
}

/** How many leading bytes decide whether a file is text. */
const SAMPLE = 65536;

/**
 * Text when it has a UTF-16LE byte order mark, or no NUL byte and hardly any other control
 * characters. A BLOB always has NULs (the version's high byte, each tag's terminator),
 * so no BLOB passes for text.
 */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return true;
  const end = Math.min(bytes.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  return controls * 100 <= end;
}
