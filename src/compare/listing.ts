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

export interface UidlListing {
  messages: ServerMessage[];
  badLines: BadListingLine[];
}

/**
 * Reads the server's answer to POP3 `UIDL` (RFC 1939): lines `n uid`, with or without
 * the `+OK` status line and the closing `.`. CRLF or LF, blank lines and leading
 * whitespace are tolerated; any other line is reported as bad and skipped.
 */
export function parseUidlListing(text: string): UidlListing {
  const messages: ServerMessage[] = [];
  const badLines: BadListingLine[] = [];
  const numbers = new Map<number, number>();
  const lines = text.split(/\r\n|\n|\r/);
  let closed = false;
  lines.forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === '') return;
    const bad = (reason: string) => badLines.push({ line, text: raw, reason });
    if (closed) return bad("after the closing '.'");
    if (trimmed === '.') {
      closed = true;
      return;
    }
    if (/^\+OK\b/i.test(trimmed)) {
      if (messages.length > 0) bad('a status line in the middle of the listing');
      return;
    }
    if (/^-ERR\b/i.test(trimmed)) return bad('the server answered with an error');
    const fields = trimmed.split(/[ \t]+/);
    if (!/^\d+$/.test(fields[0]!)) return bad('does not start with a message number');
    if (fields.length === 1) return bad('has no UID after the message number');
    if (fields.length > 2) return bad('has more than one UID (a UID cannot contain spaces)');
    const number = Number(fields[0]);
    const earlier = numbers.get(number);
    if (earlier !== undefined)
      return bad(`message number ${number} already given on line ${earlier}`);
    numbers.set(number, line);
    messages.push({ line, number, uid: fields[1]! });
  });
  return { messages, badLines };
}

/**
 * Whether pasted text is a UIDL listing rather than a BLOB as text: at least one `n uid`
 * line, and no more lines that are not than lines that are. Hex text never passes: a hex
 * dump line has more than two fields, and a run of hex digits has no UID after it.
 */
export function looksLikeUidlListing(text: string): boolean {
  const { messages, badLines } = parseUidlListing(text);
  return messages.length > 0 && badLines.length <= messages.length;
}
