import {
  encodeUidlHistory,
  type AuthoredTag,
  type HistoryJson,
  type TagJson,
} from '../decoder/index';
import { joinChunks } from './chunks';
import type { ExportFile } from './exportFiles';

/** The 32 printable ASCII characters that are not letters or digits: all escaped. */
const PUNCTUATION = Array.from({ length: 0x7f - 0x21 }, (_, i) => String.fromCharCode(0x21 + i))
  .filter((c) => !/[A-Za-z0-9]/.test(c))
  .join('');

/**
 * The largest history Outlook can write: 65,535 tags, each UID 70 characters that all
 * need an escape (210 bytes of `$XX`), all different. 14.2 MiB.
 */
export function largestHistory(tags = 65_535): Uint8Array {
  const authored: AuthoredTag[] = [];
  for (let i = 0; i < tags; i++) {
    let uid = '';
    for (let n = i, k = 0; k < 70; k++, n = Math.floor(n / 32)) uid += PUNCTUATION[n % 32];
    authored.push({ operation: 'get', content: 'body', timestampRaw: '20240712083015', uid });
  }
  return encodeUidlHistory({ tags: authored });
}

/** A file's content as one string, for tests of exports small enough to be one. */
export function contentText(content: ExportFile['content']): string {
  if (typeof content === 'string') return content;
  if (content instanceof Uint8Array) throw new Error('expected text, not bytes');
  return joinChunks(content.chunks());
}

/**
 * Reads JSON text given in chunks, whole except for the elements of its `tags` array,
 * which are parsed one by one: what a reader of an export too large for one string
 * does. It relies on the layout of JSON.stringify(…, null, 2), which the first test of
 * jsonStream.test.ts holds the writer to: each tag is an object indented by four spaces, and only its own
 * closing brace is, so `\n    }` ends one.
 */
export async function parseByTag(
  chunks: Iterable<string> | AsyncIterable<string>,
): Promise<HistoryJson> {
  const tags: TagJson[] = [];
  let head = '';
  let rest = '';
  let inTags = false;
  for await (const chunk of chunks) {
    rest += chunk;
    if (!inTags) {
      const open = rest.indexOf('\n  "tags": [\n');
      if (open < 0) continue;
      head = rest.slice(0, open) + '\n  "tags": [';
      rest = rest.slice(open + '\n  "tags": ['.length);
      inTags = true;
    }
    while (inTags) {
      // What follows a tag: `,` and the next, or the array's end.
      if (rest.startsWith(',')) rest = rest.slice(1);
      else if (rest.startsWith('\n  ]')) inTags = false;
      else if (rest.length < 4 && tags.length > 0) break;
      if (!inTags) break;
      const close = rest.indexOf('\n    }');
      if (close < 0) break;
      tags.push(JSON.parse(rest.slice(0, close + 6)) as TagJson);
      rest = rest.slice(close + 6);
    }
  }
  return { ...(JSON.parse(head + rest.trimStart()) as HistoryJson), tags };
}
