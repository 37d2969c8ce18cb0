/**
 * Recorded time as a number: the BLOB's zone-less yyyymmddhhmmss read as seconds on a
 * plain proleptic Gregorian calendar (0 = 1970-01-01 00:00:00 as recorded). No time zone
 * is ever applied, so the number turns back into exactly the digits it came from.
 */

const DAY = 86_400;

/** Days since 1970-01-01 of a civil date (H. Hinnant's algorithm; any year, no Date). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The civil date of a day number from `daysFromCivil`. */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Timestamp digits as text, or as the file's bytes (the decoder serves them from there). */
type Digits = string | Uint8Array;

const digitAt = (text: Digits, at: number): number =>
  (typeof text === 'string' ? text.charCodeAt(at) : (text[at] ?? 0)) - 0x30;

function digits(text: Digits, at: number, size: number): number {
  let value = 0;
  for (let k = at; k < at + size; k++) value = value * 10 + digitAt(text, k);
  return value;
}

/** Seconds of 14 valid timestamp digits starting at `at` in `text` (the decoder has checked them). */
export function secondsOfDigits(text: Digits, at = 0): number {
  const days = daysFromCivil(digits(text, at, 4), digits(text, at + 4, 2), digits(text, at + 6, 2));
  return (
    days * DAY +
    digits(text, at + 8, 2) * 3600 +
    digits(text, at + 10, 2) * 60 +
    digits(text, at + 12, 2)
  );
}

const two = (n: number): string => String(n).padStart(2, '0');

export type TimePrecision = 'second' | 'minute' | 'day' | 'month' | 'year';

/** "2012-09-06 13:11:38", or shorter: `minute` "2012-09-06 13:11", `day` "2012-09-06", `month` "2012-09", `year` "2012". */
export function formatSeconds(seconds: number, precision: TimePrecision = 'second'): string {
  const days = Math.floor(seconds / DAY);
  const { year, month, day } = civilFromDays(days);
  const yyyy = String(year).padStart(4, '0');
  if (precision === 'year') return yyyy;
  if (precision === 'month') return `${yyyy}-${two(month)}`;
  const date = `${yyyy}-${two(month)}-${two(day)}`;
  if (precision === 'day') return date;
  const rest = seconds - days * DAY;
  const time = `${two(Math.floor(rest / 3600))}:${two(Math.floor(rest / 60) % 60)}`;
  return precision === 'minute' ? `${date} ${time}` : `${date} ${time}:${two(rest % 60)}`;
}

export const SECONDS_PER_DAY = DAY;
