import { invisibleStandIn, isInvisibleCodePoint } from '../../decoder/invisible';

/**
 * How a decoded character is drawn: a visible one as itself, an invisible one (the
 * decoder's rule in `decoder/invisible.ts`) as its stand-in — a control picture for the
 * ASCII controls and the space, `U+XXXX` for the rest — so a column never looks empty.
 */
export function visibleChar(char: string): string {
  const codePoint = char.codePointAt(0) ?? 0;
  return isInvisibleCodePoint(codePoint) ? invisibleStandIn(codePoint) : char;
}

/** Whether `char` is drawn as a stand-in rather than as itself. */
export function isInvisibleChar(char: string): boolean {
  return isInvisibleCodePoint(char.codePointAt(0) ?? 0);
}
