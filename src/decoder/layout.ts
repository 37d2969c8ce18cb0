/**
 * The byte layout of a POP3 UIDL history BLOB, documented here once.
 *
 * All integers are little-endian.
 *
 *   offset 0, 2 bytes  Version   must be 3
 *   offset 2, 2 bytes  Count     number of resource tags that follow
 *   offset 4, ...      Count resource tags, each a string ending in one 0x00 byte
 *
 * A resource tag (UTF-8, ASCII in practice):
 *
 *   1 byte    operation  '+' get, '-' delete, '&' get and delete
 *   1 byte    content    ' ' none, 'h' header, 'b' body
 *   14 bytes  timestamp  yyyymmddhhmmss digits, no time zone
 *   rest      UID        every char that is not an ASCII letter or digit written as
 *                        `$` + two hex digits of its byte value (`$2d` is '-')
 *   1 byte    0x00       terminator
 */
import type { Content, Operation } from './model';

export const VERSION_SIZE = 2;
export const COUNT_SIZE = 2;
export const HEADER_SIZE = VERSION_SIZE + COUNT_SIZE;
export const EXPECTED_VERSION = 3;
export const TIMESTAMP_SIZE = 14;
/** Operation, content and timestamp: the part of a tag before its UID. */
export const TAG_PREFIX_SIZE = 2 + TIMESTAMP_SIZE;
export const TERMINATOR = 0x00;
export const ESCAPE_MARK = 0x24; // '$'
export const ESCAPE_SIZE = 3;
/** RFC 1939: a UID is 1 to 70 characters in 0x21..0x7E. */
export const MAX_UID_LENGTH = 70;
export const UID_CHAR_MIN = 0x21;
export const UID_CHAR_MAX = 0x7e;

export const OPERATION_CHARS: Readonly<Record<Operation, string>> = {
  get: '+',
  delete: '-',
  'get-and-delete': '&',
};

export const CONTENT_CHARS: Readonly<Record<Content, string>> = {
  none: ' ',
  header: 'h',
  body: 'b',
};

/** Names the recorded operation byte; null when it is not one Outlook writes. */
export function operationOf(byte: number): Operation | null {
  switch (byte) {
    case 0x2b:
      return 'get';
    case 0x2d:
      return 'delete';
    case 0x26:
      return 'get-and-delete';
    default:
      return null;
  }
}

/** Names the recorded content byte; null when it is not one Outlook writes. */
export function contentOf(byte: number): Content | null {
  switch (byte) {
    case 0x20:
      return 'none';
    case 0x68:
      return 'header';
    case 0x62:
      return 'body';
    default:
      return null;
  }
}

export function isDigit(byte: number): boolean {
  return byte >= 0x30 && byte <= 0x39;
}

export function isAsciiAlphanumeric(byte: number): boolean {
  return (
    (byte >= 0x30 && byte <= 0x39) ||
    (byte >= 0x41 && byte <= 0x5a) ||
    (byte >= 0x61 && byte <= 0x7a)
  );
}

/** Value of one hex digit, or -1. */
export function hexDigitValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x41 + 10;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x61 + 10;
  return -1;
}
