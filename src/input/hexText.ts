import { decodeBase64, looksLikeBase64 } from './base64';
import { findByteArray, readByteArray } from './byteArray';
import { readHexDigits, type BytesOrError } from './hexBytes';
import { readHexDump, squeezedDumpError } from './hexDump';
import type { InputResult } from './types';

/** Nothing but hex digits, separators and the x of `0x`: read as hex even where it would also be base64. */
const HEX_SHAPED = /^[\s,;:0-9A-Fa-fxX-]*$/;

// MFCMAPI copies a binary property as `cb: 1234 lpb: 0300…`.
const MFCMAPI = /^\s*cb:\s*(\d+)\s*lpb:\s*/i;

/**
 * Reads a BLOB from text in the forms people copy it: MFCMAPI's `cb:/lpb:`, plain hex
 * (spaced, wrapped, `0x`-prefixed, comma- or dash-separated), a C or JS byte array,
 * a hex dump with offset and ASCII columns, or base64.
 * Malformed text is an error naming the line and column; it is never guessed at.
 */
export function parseHexText(text: string): InputResult {
  const body = text.replace(/^\ufeff/, '');
  if (body.trim() === '')
    return { kind: 'error', message: 'The text is empty: no hex digits in it' };

  const mfcmapi = MFCMAPI.exec(body);
  if (mfcmapi) return fromMfcmapi(body, mfcmapi);

  const squeezed = squeezedDumpError(body);
  if (squeezed) return toResult(squeezed, '');
  const dump = readHexDump(body);
  if (dump) {
    return toResult(
      dump,
      `decoded from a hex dump (offset column, ${dump.bytesPerLine} bytes per line)`,
    );
  }

  const array = findByteArray(body);
  if (array) {
    const kind = body[array.open] === '{' ? 'C byte array' : 'bracketed byte array';
    return toResult(
      readByteArray(body, array),
      `decoded from a ${kind} (${array.decimal ? 'decimal' : 'hex'})`,
    );
  }

  if (!HEX_SHAPED.test(body) && looksLikeBase64(body) && !mostlyHexDigits(body)) {
    return {
      kind: 'blob',
      bytes: decodeBase64(body),
      form: 'base64',
      note: 'decoded from base64 text',
    };
  }
  const withPrefix = /0x/i.test(body) ? ', 0x-prefixed' : '';
  return toResult(readHexDigits(body, 0, body.length), `decoded from hex text${withPrefix}`);
}

function fromMfcmapi(text: string, match: RegExpExecArray): InputResult {
  const declared = Number(match[1]);
  const start = match[0].length;
  const rest = text.slice(start);
  const read: BytesOrError = /^\s*NULL\s*$/i.test(rest)
    ? { kind: 'bytes', bytes: new Uint8Array(0) }
    : readHexDigits(text, start, text.length);
  if (read.kind === 'error') return read;
  const found = read.bytes.length;
  const warning =
    declared === found
      ? ''
      : `; warning: cb says ${declared} bytes but lpb holds ${found}, so the copy may be incomplete`;
  return toResult(read, `decoded from hex text (MFCMAPI cb/lpb form)${warning}`);
}

function toResult(read: BytesOrError, note: string): InputResult {
  if (read.kind === 'error') return read;
  return { kind: 'blob', bytes: read.bytes, form: 'hex', note };
}

/**
 * Base64 of a BLOB is about one third hex digits; text that is nearly all hex digits is
 * hex with a typo, and the hex reader will say where the typo is.
 */
function mostlyHexDigits(text: string): boolean {
  let counted = 0;
  let hex = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code === 0x3d || code === 0xa0 || code === 0xfeff) continue;
    counted++;
    if ((code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x66)) hex++;
  }
  return hex >= counted * 0.9;
}
