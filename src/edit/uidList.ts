export interface UidList {
  /** In the order given, each once. */
  uids: string[];
  /** Lines that are not a UID, with their 1-based line numbers. */
  badLines: Array<{ line: number; text: string; reason: string }>;
}

/**
 * UIDs typed or pasted one to a line. A line may also be a line of the server's UIDL
 * answer (`n uid`), since that is where UIDs are copied from; `+OK` and the closing `.`
 * are skipped. A UID cannot contain spaces (RFC 1939), so any other line with a space
 * is reported, never guessed at.
 */
export function parseUidList(text: string): UidList {
  const uids: string[] = [];
  const seen = new Set<string>();
  const badLines: UidList['badLines'] = [];
  text.split(/\r\n|\n|\r/).forEach((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed === '.' || /^\+OK\b/i.test(trimmed)) return;
    const fields = trimmed.split(/[ \t]+/);
    const uid =
      fields.length === 1
        ? fields[0]
        : fields.length === 2 && /^\d+$/.test(fields[0]!)
          ? fields[1]
          : null;
    if (uid === null || uid === undefined) {
      badLines.push({ line: i + 1, text: raw, reason: 'a UID cannot contain spaces' });
    } else if (!seen.has(uid)) {
      seen.add(uid);
      uids.push(uid);
    }
  });
  return { uids, badLines };
}
