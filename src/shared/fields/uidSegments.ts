/**
 * A tag's UID as the pieces a view marks: plain text, `$XX` escapes with the character
 * they stand for, and a `$` that starts no valid escape. Built from the escape cells,
 * which read the escapes the decoder recorded, so no view parses `$XX` again.
 */
import type { DecodedHistory } from '../../decoder/model';
import { escapeCells } from './escapeCells';

export type UidSegment =
  /** `raw`: as recorded (UTF-8 decoded, U+FFFD for bad bytes); `decoded`: the same text. */
  | { kind: 'text'; raw: string }
  | { kind: 'escape'; raw: string; char: string; needless: boolean }
  | { kind: 'bad-escape'; raw: string };

export function uidSegments(history: DecodedHistory, bytes: Uint8Array, tag: number): UidSegment[] {
  const segments: UidSegment[] = [];
  let text = '';
  const flush = (): void => {
    if (text !== '') segments.push({ kind: 'text', raw: text });
    text = '';
  };
  for (const cell of escapeCells(history, bytes, tag)) {
    switch (cell.kind) {
      case 'escape':
      case 'needless-escape':
        flush();
        segments.push({
          kind: 'escape',
          raw: cell.ascii.join(''),
          char: cell.char,
          needless: cell.kind === 'needless-escape',
        });
        break;
      case 'bad-escape':
        flush();
        segments.push({ kind: 'bad-escape', raw: '$' });
        break;
      case 'terminator':
        break;
      default:
        text += cell.char;
    }
  }
  flush();
  return segments;
}
