import { hexOffset } from '../decoder/hex';
export function formatSize(bytes: number): string {
  if (bytes === 1) return '1 byte';
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]} (${groupDigits(bytes)} bytes)`;
}

export function formatRange(start: number, end: number): string {
  return `${hexOffset(start)}–${hexOffset(end)}`;
}

/** The status line's words for a selection: "Selected 0x0004–0x0041 (61 bytes), tag 0". */
export function describeSelection(selection: {
  start: number;
  end: number;
  tag: number | null;
}): string {
  const length = selection.end - selection.start;
  const tag = selection.tag === null ? '' : `, tag ${selection.tag}`;
  return `Selected ${formatRange(selection.start, selection.end)} (${length === 1 ? '1 byte' : `${length} bytes`})${tag}`;
}

/**
 * 65535 → "65,535". Written out because the first toLocaleString() call of a page
 * loads the locale data, which costs more than the rest of the header together.
 */
export function groupDigits(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)));
  const head = digits.length % 3 || 3;
  let grouped = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${grouped}` : grouped;
}

/** "20120906131138" → "2012-09-06 13:11:38": the recorded time, reformatted, never shifted. */
export function formatTimestamp(digits: string): string {
  const part = (from: number, to: number): string => digits.slice(from, to);
  return `${part(0, 4)}-${part(4, 6)}-${part(6, 8)} ${part(8, 10)}:${part(10, 12)}:${part(12, 14)}`;
}
