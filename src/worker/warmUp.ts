import { daysInMonth } from '../decoder/timestamp';
import { encodeUidlHistory, type AuthoredTag } from '../decoder/index';
import { decodeWithSummary } from './openSource';

/**
 * The decoder's first call in a fresh worker runs before the engine has optimised any of
 * it, and takes about twice as long as later ones (`npm run bench`). The page starts its
 * decode worker when it loads, so while the person is still choosing a file the worker
 * does what a request does (decode, with progress, and sum up the totals) with a made-up
 * history, in rounds it can stop between: the first real file is then decoded by
 * optimised code. Small rounds, so a request never waits long for the one under way;
 * many, as the engine optimises the hottest loops only after it has run them a while.
 */
export const WARM_UP_TAGS = 4000;
export const WARM_UP_ROUNDS = 64;

const two = (n: number): string => String(n).padStart(2, '0');

const YEARS = [2024, 2023, 2000, 2100, 2019];

/**
 * A well-formed history of `count` tags in the shapes real files have: GUID, Gmail and
 * maildir UIDs, some with characters Outlook escapes, every operation and content kind,
 * and valid timestamps in every month of leap, common and century years.
 */
export function warmUpHistory(count = WARM_UP_TAGS): Uint8Array {
  const tags: AuthoredTag[] = [];
  for (let i = 0; i < count; i++) {
    const hex = (i * 2654435761) >>> 0;
    const style = i % 4;
    const uid =
      style === 0
        ? `0BC535DB-EA63-11E1-A75C-${hex.toString(16).padStart(12, '0').toUpperCase()}`
        : style === 1
          ? `GmailId${hex.toString(16)}${i}`
          : style === 2
            ? `${1720613144 + i}.M${hex % 999999}P${i}.mx1.example.net,S=${400 + (i % 9000)}`
            : `<msg${i}.${hex.toString(36)}@example.org>`;
    const seconds = i * 37;
    // Every month, up to its last day, in leap, common and century years: no branch of the
    // date checks is first taken by a real file.
    const year = YEARS[i % YEARS.length] ?? 2024;
    const month = 1 + ((i >> 2) % 12);
    const day = 1 + (Math.floor(i / 48) % daysInMonth(year, month));
    const timestampRaw = `${year}${two(month)}${two(day)}${two(Math.floor(seconds / 3600) % 24)}${two(Math.floor(seconds / 60) % 60)}${two(seconds % 60)}`;
    const [operation, content] = (
      [
        ['get', 'body'],
        ['get', 'header'],
        ['delete', 'none'],
        ['get-and-delete', 'body'],
      ] as const
    )[i % 4] ?? ['get', 'body'];
    tags.push({ operation, content, timestampRaw, uid });
  }
  return encodeUidlHistory({ tags });
}

/**
 * Decodes and sums up the warm-up history `rounds` times, one round per task through
 * `schedule`, and stops as soon as `stop()` says a real request has come.
 */
export function warmUpDecoder(
  stop: () => boolean,
  schedule: (next: () => void) => void = (next) => setTimeout(next, 0),
  rounds = WARM_UP_ROUNDS,
): void {
  let bytes: Uint8Array | null = null;
  let left = rounds;
  const round = (): void => {
    if (stop() || left <= 0) return;
    bytes ??= warmUpHistory();
    decodeWithSummary(bytes, ignore);
    left--;
    schedule(round);
  };
  schedule(round);
}

const ignore = (): void => undefined;
