import { describeChar, textError } from './position';
import { readHexDigits, type BytesOrError } from './hexBytes';

export interface ByteArrayText {
  /** Offsets of the opening and closing bracket. */
  open: number;
  close: number;
  decimal: boolean;
}

// What may stand around a pasted array: a declaration such as
// `unsigned char blob[4] = {` or `const bytes = new Uint8Array([`, and `});` after it.
const PREFIX = /^[\w\s[\]*=:<>().]*$/;
const SUFFIX = /^[\s;)]*$/;

/**
 * Finds a C (`{ … }`) or JS/JSON (`[ … ]`) byte array in the text, or null when the text
 * has no brackets. Items without `0x` are decimal when every one is a decimal number
 * (JSON and `Array.from(bytes)` print bytes so); if any has a letter a–f, all are hex.
 */
export function findByteArray(text: string): ByteArrayText | null {
  // In `blob[4] = { … }` the `[` belongs to the declaration; the braces hold the bytes.
  const brace = text.indexOf('{');
  const open = brace !== -1 ? brace : text.indexOf('[');
  if (open === -1) return null;
  const close = text.lastIndexOf(text[open] === '{' ? '}' : ']');
  if (close < open) return null;
  const items = text.slice(open + 1, close);
  const decimal = !/0x/i.test(items) && /^[\s,\d]*$/.test(items) && /,/.test(items);
  return { open, close, decimal };
}

export function readByteArray(text: string, array: ByteArrayText): BytesOrError {
  const prefix = text.slice(0, array.open);
  if (!PREFIX.test(prefix)) {
    const bad = [...prefix].findIndex((c) => !PREFIX.test(c));
    return textError(text, bad, `Unexpected ${describeChar(prefix[bad]!)} before the byte array`);
  }
  const suffix = text.slice(array.close + 1);
  if (!SUFFIX.test(suffix)) {
    const bad = [...suffix].findIndex((c) => !SUFFIX.test(c));
    const at = array.close + 1 + bad;
    return textError(text, at, `Unexpected ${describeChar(text[at]!)} after the byte array`);
  }
  if (!array.decimal) return readHexDigits(text, array.open + 1, array.close);
  return readDecimalItems(text, array.open + 1, array.close);
}

function readDecimalItems(text: string, start: number, end: number): BytesOrError {
  const values: number[] = [];
  const item = /\d+/g;
  item.lastIndex = start;
  for (let match = item.exec(text); match && match.index < end; match = item.exec(text)) {
    const value = Number(match[0]);
    if (value > 255) {
      return textError(text, match.index, `Byte value ${value} is more than 255`);
    }
    values.push(value);
  }
  return { kind: 'bytes', bytes: Uint8Array.from(values) };
}
