import { TIMESTAMP_SIZE, isDigit } from './layout';
import { offsetText } from './diagnostics';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A byte as a reader would want to see it: the character if printable ASCII, else its hex. */
export function byteText(byte: number): string {
  return byte >= 0x20 && byte <= 0x7e
    ? `'${String.fromCharCode(byte)}'`
    : `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

function digitsValue(bytes: Uint8Array, start: number, size: number): number {
  let value = 0;
  for (let i = start; i < start + size; i++) value = value * 10 + (bytes[i] ?? 0) - 0x30;
  return value;
}

/**
 * What is wrong with the 14 timestamp bytes at `start` (yyyymmddhhmmss), or null when
 * they form a real date and time. Years are taken as written, Gregorian leap rules.
 */
export function timestampProblem(bytes: Uint8Array, start: number): string | null {
  for (let i = start; i < start + TIMESTAMP_SIZE; i++) {
    const byte = bytes[i] ?? 0;
    if (!isDigit(byte)) return `has ${byteText(byte)} at ${offsetText(i)} where a digit belongs`;
  }
  const year = digitsValue(bytes, start, 4);
  const month = digitsValue(bytes, start + 4, 2);
  const day = digitsValue(bytes, start + 6, 2);
  const hour = digitsValue(bytes, start + 8, 2);
  const minute = digitsValue(bytes, start + 10, 2);
  const second = digitsValue(bytes, start + 12, 2);
  if (month < 1 || month > 12) return `has month ${month}; months run from 01 to 12`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    return `has day ${day}, but ${MONTH_NAMES[month - 1] ?? ''} ${year} has days 01 to ${days}`;
  }
  if (hour > 23) return `has hour ${hour}; hours run from 00 to 23`;
  if (minute > 59) return `has minute ${minute}; minutes run from 00 to 59`;
  if (second > 59) return `has second ${second}; seconds run from 00 to 59`;
  return null;
}
