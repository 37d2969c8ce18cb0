import { decodeUidlHistory, encodeUidlHistory, type AuthoredTag } from '../decoder/index';

/**
 * The decoder's first call in a fresh worker runs before the engine has optimised any of
 * it, and takes about twice as long as later ones (`npm run bench`). The page starts its
 * decode worker when it loads, so while the person is still choosing a file the worker
 * decodes a made-up history a few times, in rounds it can stop between: the first real
 * file is then decoded by optimised code.
 */
export const WARM_UP_TAGS = 4000;
export const WARM_UP_ROUNDS = 8;

const two = (n: number): string => String(n).padStart(2, '0');

/**
 * A well-formed history of `count` tags in the shapes real files have: GUID, Gmail and
 * maildir UIDs, some with characters Outlook escapes, every operation and content kind,
 * timestamps moving forward.
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
    const timestampRaw = `2024${two(1 + ((i >> 10) % 12))}${two(1 + ((i >> 5) % 28))}${two(Math.floor(seconds / 3600) % 24)}${two(Math.floor(seconds / 60) % 60)}${two(seconds % 60)}`;
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
 * Decodes the warm-up history `rounds` times, one round per task through `schedule`, and
 * stops as soon as `stop()` says a real request has come.
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
    decodeUidlHistory(bytes);
    left--;
    schedule(round);
  };
  schedule(round);
}
