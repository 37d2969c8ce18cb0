/**
 * Which characters of a UID cannot be seen as themselves: controls (C0, DEL, C1), spaces
 * of every kind, format characters (U+200B–U+200F, the bidi embeddings and overrides
 * U+202A–U+202E, the isolates U+2066–U+2069, U+FEFF), other default-ignorable code points,
 * lone surrogates, private-use and unassigned code points. Drawn as they are, `UID0001`,
 * `UID\u200B0001` and `\u202E1000DIU` look alike; every view that shows a UID marks these
 * instead, the page with a box and the command line with an escape. One rule for both.
 */
const INVISIBLE = /^[\p{Cc}\p{Cf}\p{Z}\p{Cs}\p{Co}\p{Cn}\p{Default_Ignorable_Code_Point}]$/u;

export function isInvisibleCodePoint(codePoint: number): boolean {
  if (codePoint >= 0x21 && codePoint <= 0x7e) return false;
  return INVISIBLE.test(String.fromCodePoint(codePoint));
}

/** `U+202E`: the code point in Unicode's notation, four hex digits at least. */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

const NAMES: Record<number, string> = {
  0x00: 'NULL',
  0x09: 'CHARACTER TABULATION',
  0x0a: 'LINE FEED',
  0x0d: 'CARRIAGE RETURN',
  0x1b: 'ESCAPE',
  0x20: 'SPACE',
  0x7f: 'DELETE',
  0x85: 'NEXT LINE',
  0xa0: 'NO-BREAK SPACE',
  0xad: 'SOFT HYPHEN',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

/** `U+202E RIGHT-TO-LEFT OVERRIDE`, or the bare label for a code point without a name here. */
export function codePointDescription(codePoint: number): string {
  const name = NAMES[codePoint];
  return name ? `${codePointLabel(codePoint)} ${name}` : codePointLabel(codePoint);
}

/**
 * What a box shows for an invisible code point: the control picture (␀–␟, ␠, ␡) for the
 * ASCII controls and the space, which fit one narrow column, else `U+XXXX`.
 */
export function invisibleStandIn(codePoint: number): string {
  if (codePoint < 0x20) return String.fromCharCode(0x2400 + codePoint);
  if (codePoint === 0x20) return '\u2420';
  if (codePoint === 0x7f) return '\u2421';
  return codePointLabel(codePoint);
}

export type VisibleRun = { kind: 'text'; text: string } | { kind: 'invisible'; codePoint: number };

/** `text` cut into runs of visible text and single invisible code points, in order. */
export function visibleRuns(text: string): VisibleRun[] {
  const runs: VisibleRun[] = [];
  let plain = '';
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (!isInvisibleCodePoint(codePoint)) {
      plain += char;
      continue;
    }
    if (plain !== '') runs.push({ kind: 'text', text: plain });
    plain = '';
    runs.push({ kind: 'invisible', codePoint });
  }
  if (plain !== '') runs.push({ kind: 'text', text: plain });
  return runs;
}

/**
 * Text for a terminal: every invisible code point written as an escape (`\x1b` up to
 * U+00FF, `\u202e` in the BMP, `\u{e0041}` beyond), so none can move the cursor, reorder
 * the line or hide between two characters.
 */
export function escapeInvisible(text: string): string {
  let out = '';
  for (const run of visibleRuns(text)) {
    if (run.kind === 'text') {
      out += run.text;
      continue;
    }
    const hex = run.codePoint.toString(16);
    out +=
      run.codePoint <= 0xff
        ? `\\x${hex.padStart(2, '0')}`
        : run.codePoint <= 0xffff
          ? `\\u${hex.padStart(4, '0')}`
          : `\\u{${hex}}`;
  }
  return out;
}
