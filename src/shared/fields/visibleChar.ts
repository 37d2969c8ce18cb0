/**
 * How a decoded character is drawn: printable ASCII as itself, anything else as a visible
 * stand-in (a control picture, or a middle dot), so a column never looks empty.
 */
export function visibleChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code === 0x20) return '\u2420';
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  if (code > 0x7f && code < 0xa0) return '\u00b7';
  return char;
}
