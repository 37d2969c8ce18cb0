/** One message of the server's `UIDL` answer. */
export interface ServerMessage {
  /** 1-based line of the listing it was read from. */
  line: number;
  /** The message number the server gave it. */
  number: number;
  uid: string;
}

export interface BadListingLine {
  line: number;
  text: string;
  reason: string;
}

/**
 * The listing's messages as columns over the listing text: a million-line listing is a
 * few typed arrays, which post to and from a worker without copying a million objects.
 */
export interface ListingColumns {
  line: Uint32Array;
  number: Float64Array;
  /** The UID of message i is `text.slice(uidStart[i], uidEnd[i])`. */
  uidStart: Uint32Array;
  uidEnd: Uint32Array;
}

/** The server messages of a listing, in listing order, read from the columns on demand. */
export class ListingMessages implements Iterable<ServerMessage> {
  constructor(
    readonly text: string,
    readonly columns: ListingColumns,
  ) {}

  get length(): number {
    return this.columns.line.length;
  }

  uid(i: number): string {
    return this.text.slice(this.columns.uidStart[i], this.columns.uidEnd[i]);
  }

  at(i: number): ServerMessage {
    return { line: this.columns.line[i]!, number: this.columns.number[i]!, uid: this.uid(i) };
  }

  /** The index of the message read from `line`, or -1: lines rise in listing order. */
  indexOfLine(line: number): number {
    const lines = this.columns.line;
    let low = 0;
    let high = lines.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (lines[mid]! < line) low = mid + 1;
      else high = mid;
    }
    return lines[low] === line ? low : -1;
  }

  /** The message number given on `line`, or null when no message was read from it. */
  numberOfLine(line: number): number | null {
    const i = this.indexOfLine(line);
    return i < 0 ? null : this.columns.number[i]!;
  }

  *[Symbol.iterator](): Iterator<ServerMessage> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }

  toJSON(): ServerMessage[] {
    return [...this];
  }
}

export interface UidlListing {
  messages: ListingMessages;
  /** The first MAX_BAD_LINES bad lines, in listing order. */
  badLines: BadListingLine[];
  /** Every bad line, also those past MAX_BAD_LINES. */
  badLineCount: number;
}

/**
 * Bad lines kept with their text and reason; the rest are counted. A text that is not a
 * listing at all (a hex dump pasted into the box) would otherwise keep a copy of every
 * line.
 */
export const MAX_BAD_LINES = 1000;

/**
 * Reads the server's answer to POP3 `UIDL` (RFC 1939): lines `n uid`, with or without
 * the `+OK` status line and the closing `.`. CRLF, LF or CR, blank lines and surrounding
 * whitespace are tolerated; any other line is reported as bad and skipped. One pass over
 * the text by character code: no string per line unless the line is bad.
 */
export function parseUidlListing(text: string): UidlListing {
  const columns = new GrowingColumns();
  const badLines: BadListingLine[] = [];
  let badLineCount = 0;
  // Message numbers normally rise line by line; the map of the lines they were given on
  // is only made once one does not (then it is filled from the columns read so far).
  let numbers: Map<number, number> | null = null;
  let highest = -1;
  const length = text.length;
  let closed = false;
  let line = 0;

  const readLine = (start: number, end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isTrimmed(text.charCodeAt(s))) s++;
    while (e > s && isTrimmed(text.charCodeAt(e - 1))) e--;
    if (s === e) return;
    const bad = (reason: string): void => {
      badLineCount++;
      if (badLines.length < MAX_BAD_LINES)
        badLines.push({ line, text: text.slice(start, end), reason });
    };
    if (closed) return bad("after the closing '.'");
    if (e - s === 1 && text.charCodeAt(s) === DOT) {
      closed = true;
      return;
    }
    if (startsWithWord(text, s, e, '+OK')) {
      if (columns.length > 0) bad('a status line in the middle of the listing');
      return;
    }
    if (startsWithWord(text, s, e, '-ERR')) return bad('the server answered with an error');
    // Fields are separated by spaces and tabs only, as RFC 1939 writes them.
    let numberEnd = s;
    while (numberEnd < e && !isSeparator(text.charCodeAt(numberEnd))) numberEnd++;
    for (let k = s; k < numberEnd; k++) {
      const c = text.charCodeAt(k);
      if (c < DIGIT_0 || c > DIGIT_9) return bad('does not start with a message number');
    }
    if (numberEnd === e) return bad('has no UID after the message number');
    let uidStart = numberEnd;
    while (isSeparator(text.charCodeAt(uidStart))) uidStart++;
    let uidEnd = uidStart;
    while (uidEnd < e && !isSeparator(text.charCodeAt(uidEnd))) uidEnd++;
    if (uidEnd < e) return bad('has more than one UID (a UID cannot contain spaces)');
    const number = Number(text.slice(s, numberEnd));
    if (number > highest) highest = number;
    else {
      numbers ??= columns.numberLines();
      const earlier = numbers.get(number);
      if (earlier !== undefined)
        return bad(`message number ${number} already given on line ${earlier}`);
    }
    numbers?.set(number, line);
    columns.push(line, number, uidStart, uidEnd);
  };

  let start = 0;
  for (;;) {
    let end = start;
    while (end < length) {
      const c = text.charCodeAt(end);
      if (c === LF || c === CR) break;
      end++;
    }
    line++;
    readLine(start, end);
    if (end >= length) break;
    start = end + (text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? 2 : 1);
  }
  return { messages: new ListingMessages(text, columns.done()), badLines, badLineCount };
}

/** At most this much of a text is read to tell whether it is a listing. */
const SNIFF_CHARS = 64 * 1024;

/**
 * Whether pasted text is a UIDL listing rather than a BLOB as text: at least one `n uid`
 * line, and no more lines that are not than lines that are, among the first 64 K
 * characters (a million-line listing is told apart as fast as a short one). Hex text
 * never passes: a hex dump line has more than two fields, and a run of hex digits has no
 * UID after it.
 */
export function looksLikeUidlListing(text: string): boolean {
  let sample = text;
  if (text.length > SNIFF_CHARS) {
    // Whole lines only: a cut line would count as a bad one.
    const lastBreak = Math.max(
      text.lastIndexOf('\n', SNIFF_CHARS),
      text.lastIndexOf('\r', SNIFF_CHARS),
    );
    sample = text.slice(0, lastBreak > 0 ? lastBreak : SNIFF_CHARS);
  }
  const { messages, badLineCount } = parseUidlListing(sample);
  return messages.length > 0 && badLineCount <= messages.length;
}

const LF = 0x0a;
const CR = 0x0d;
const DOT = 0x2e;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

const isSeparator = (c: number): boolean => c === 0x20 || c === 0x09;

/** What `String.prototype.trim` removes: ECMAScript WhiteSpace and LineTerminator. */
function isTrimmed(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const isWordChar = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;

/** `/^<word>\b/i` on `text[s, e)`, for an ASCII `word` ending in a letter. */
function startsWithWord(text: string, s: number, e: number, word: string): boolean {
  if (e - s < word.length) return false;
  for (let k = 0; k < word.length; k++) {
    if ((text.charCodeAt(s + k) | 0x20) !== (word.charCodeAt(k) | 0x20)) return false;
  }
  return s + word.length === e || !isWordChar(text.charCodeAt(s + word.length));
}

/** Columns that double as they fill, trimmed to their length at the end. */
class GrowingColumns {
  length = 0;
  private line = new Uint32Array(1024);
  private number = new Float64Array(1024);
  private uidStart = new Uint32Array(1024);
  private uidEnd = new Uint32Array(1024);

  push(line: number, number: number, uidStart: number, uidEnd: number): void {
    if (this.length === this.line.length) this.grow();
    const i = this.length++;
    this.line[i] = line;
    this.number[i] = number;
    this.uidStart[i] = uidStart;
    this.uidEnd[i] = uidEnd;
  }

  /** The line each message number so far was given on. */
  numberLines(): Map<number, number> {
    const lines = new Map<number, number>();
    for (let i = 0; i < this.length; i++) lines.set(this.number[i]!, this.line[i]!);
    return lines;
  }

  done(): ListingColumns {
    const n = this.length;
    return {
      line: this.line.slice(0, n),
      number: this.number.slice(0, n),
      uidStart: this.uidStart.slice(0, n),
      uidEnd: this.uidEnd.slice(0, n),
    };
  }

  private grow(): void {
    const size = this.line.length * 2;
    const grown = <T extends Uint32Array | Float64Array>(old: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(old);
      return next;
    };
    this.line = grown(this.line, (n) => new Uint32Array(n));
    this.number = grown(this.number, (n) => new Float64Array(n));
    this.uidStart = grown(this.uidStart, (n) => new Uint32Array(n));
    this.uidEnd = grown(this.uidEnd, (n) => new Uint32Array(n));
  }
}
