import { hexDigits, isPrintableAscii } from '../decoder/hex';
import type { InputError, TextPosition } from './types';

/** 1-based line and column of a character offset; CRLF, LF and CR each end a line. */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1 };
}

/** An error that names where in the text it was found. */
export function textError(text: string, offset: number, what: string): InputError {
  const at = positionAt(text, offset);
  return {
    kind: 'error',
    message: `${what} at line ${at.line}, column ${at.column} (character ${offset})`,
    ...at,
  };
}

/** How a character is shown in a message: printable as-is, others by code point. */
export function describeChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code !== 0x20 && isPrintableAscii(code)) return `'${char}'`;
  return `U+${hexDigits(code, 4)}`;
}
