import { decodeUidlHistory, encodeUidlHistory } from '../decoder/index';

const two = (n: number): string => String(n).padStart(2, '0');

/**
 * `date` as yyyymmddhhmmss in the local time of the machine that runs this, the way
 * Outlook records the time it fetched a message (the BLOB stores no time zone).
 */
export function localTimestamp(date: Date): string {
  return (
    String(date.getFullYear()).padStart(4, '0') +
    two(date.getMonth() + 1) +
    two(date.getDate()) +
    two(date.getHours()) +
    two(date.getMinutes()) +
    two(date.getSeconds())
  );
}

/**
 * Why `raw` cannot be recorded as a timestamp, or null. The decoder is the judge: a
 * one-tag history with it is decoded, so that the rule for a real date and time is its own.
 */
export function timestampProblem(raw: string): string | null {
  if (!/^\d{14}$/.test(raw)) return `The timestamp "${raw}" is not 14 digits (yyyymmddhhmmss).`;
  const probe = encodeUidlHistory({
    tags: [{ operation: 'get', content: 'body', timestampRaw: raw, uid: 'x' }],
  });
  const bad = decodeUidlHistory(probe).diagnostics.find((d) => d.code === 'bad-timestamp');
  if (!bad) return null;
  // The decoder's message begins with where the bytes are, which means nothing here.
  const why = /the timestamp "\d+" (.*)\.$/.exec(bad.message)?.[1] ?? 'is not a date and time';
  return `The timestamp "${raw}" ${why}.`;
}
