import { formatDistanceStrict } from 'date-fns';
import { formatTimestamp } from '../format';

export interface ShownTimestamp {
  /** `2012-09-06 13:11:38` when valid, else the recorded digits unchanged. */
  text: string;
  valid: boolean;
  /** Tooltip: the relative age for a valid timestamp, the reason otherwise. */
  title: string;
}

/**
 * Shows a recorded `yyyymmddhhmmss` timestamp as it was written. The record has no time
 * zone, so the digits are rearranged, never converted; only the age in the tooltip reads
 * them as local time, which is as close as the record allows.
 */
export function showTimestamp(raw: string, valid: boolean, now: Date): ShownTimestamp {
  if (!valid || raw.length !== 14) {
    return {
      text: raw === '' ? '(missing)' : raw,
      valid: false,
      title: 'Not a valid date and time; the recorded characters are shown',
    };
  }
  const part = (from: number, to: number) => raw.slice(from, to);
  const text = formatTimestamp(raw);
  const date = new Date(
    Number(part(0, 4)),
    Number(part(4, 6)) - 1,
    Number(part(6, 8)),
    Number(part(8, 10)),
    Number(part(10, 12)),
    Number(part(12, 14)),
  );
  // The Date constructor maps years 0-99 to 19xx.
  date.setFullYear(Number(part(0, 4)));
  const age = formatDistanceStrict(date, now, { addSuffix: true, roundingMethod: 'floor' });
  return { text, valid: true, title: `${age} (no time zone recorded)` };
}
