/**
 * Each diagnostic code's index in DIAGNOSTIC_CODES, as a plain number: the readers pass
 * these to the log, which counts in a typed array and formats messages only for the
 * diagnostics it lists. (codes.test.ts checks them against the list.)
 */
export const TOO_SHORT = 0;
export const BAD_VERSION = 1;
export const COUNT_MISMATCH = 2;
export const TRAILING_BYTES = 3;
export const UNTERMINATED_TAG = 4;
export const TAG_TOO_SHORT = 5;
export const BAD_OPERATION = 6;
export const BAD_CONTENT = 7;
export const BAD_TIMESTAMP = 8;
export const BAD_ESCAPE = 9;
export const UNESCAPED_CHAR = 10;
export const NEEDLESS_ESCAPE = 11;
export const UID_EMPTY = 12;
export const UID_TOO_LONG = 13;
export const UID_BAD_CHAR = 14;
export const BAD_UTF8 = 15;
export const DUPLICATE_UID = 16;
export const ESCAPES_NOT_LISTED = 17;
