import type { DecodedHistory } from '../decoder/index';
import { operationOf, uidOf } from '../decoder/index';
import type { BadListingLine, UidlListing } from './listing';

/**
 * What the history says about a message the server lists, from the latest record (in file
 * order: Outlook appends) with a known operation for its UID:
 * - `fetched`: that record is a get; Outlook will not download the message again.
 * - `deleted`: that record is a delete or a get-and-delete, whatever get came before it. The
 *   history says the message was deleted, and the server still listing it says the delete
 *   Outlook asked for has not happened.
 * - `new`: no record with a known operation; Outlook will download it.
 */
export type ServerVerdict = 'fetched' | 'deleted' | 'new';
/** Per tag: the verdict of the server message with its UID, or `gone` when the server lists none. */
export type TagVerdict = ServerVerdict | 'gone';

export interface ServerMessageVerdict {
  line: number;
  number: number;
  uid: string;
  verdict: ServerVerdict;
  /** Tags whose decoded UID is exactly this one, in file order. */
  tags: number[];
}

/** A server UID and a history UID that differ only in letter case and/or surrounding whitespace. */
export interface NearMiss {
  line: number;
  serverUid: string;
  tag: number;
  historyUid: string;
  difference: 'case' | 'whitespace' | 'case-and-whitespace';
}

export interface ServerComparison {
  messages: ServerMessageVerdict[];
  /** Indexed by tag. */
  tagVerdicts: TagVerdict[];
  counts: Record<TagVerdict, number>;
  nearMisses: NearMiss[];
  badLines: BadListingLine[];
}

/**
 * Matches the server's listing against the history by exact decoded UID (the form the
 * server reports). `counts.gone` counts tags; the other counts count server messages.
 * Linear in both sizes: every lookup goes through a Map.
 */
export function compareWithServer(history: DecodedHistory, listing: UidlListing): ServerComparison {
  const { tags } = history;
  const uidOfTag = (i: number) => uidOf(history, i);
  const tagsByUid = groupBy(tags.length, uidOfTag);
  const counts: Record<TagVerdict, number> = { fetched: 0, deleted: 0, new: 0, gone: 0 };
  const verdictByUid = new Map<string, ServerVerdict>();

  const messages = listing.messages.map((message): ServerMessageVerdict => {
    const matching = tagsByUid.get(message.uid) ?? [];
    const verdict = verdictOf(matching, tags.operationByte);
    counts[verdict]++;
    verdictByUid.set(message.uid, verdict);
    return { ...message, verdict, tags: matching };
  });

  const tagVerdicts: TagVerdict[] = [];
  for (let i = 0; i < tags.length; i++) {
    const verdict = verdictByUid.get(uidOfTag(i)) ?? 'gone';
    if (verdict === 'gone') counts.gone++;
    tagVerdicts.push(verdict);
  }

  return {
    messages,
    tagVerdicts,
    counts,
    nearMisses: findNearMisses(messages, tagVerdicts, uidOfTag),
    badLines: listing.badLines,
  };
}

/** The verdict of the latest record with a known operation; `matching` is in file order. */
export function verdictOf(matching: readonly number[], operationBytes: Uint8Array): ServerVerdict {
  for (let k = matching.length - 1; k >= 0; k--) {
    const operation = operationOf(operationBytes[matching[k]!]!);
    if (operation === 'get') return 'fetched';
    if (operation === 'delete' || operation === 'get-and-delete') return 'deleted';
  }
  return 'new';
}

/** Enough to show what is wrong; a listing differing from the history in case throughout would otherwise pair every tag. */
export const MAX_NEAR_MISSES = 1000;

/** Pairs where one side found no exact match: a `new` server message or a `gone` tag. */
function findNearMisses(
  messages: ServerMessageVerdict[],
  tagVerdicts: TagVerdict[],
  uidOf: (i: number) => string,
): NearMiss[] {
  const looseKey = (uid: string) => uid.trim().toLowerCase();
  const tagsByKey = groupBy(tagVerdicts.length, (i) => looseKey(uidOf(i)));
  const nearMisses: NearMiss[] = [];
  // A UID the server lists twice is paired once, from its first line.
  const seen = new Set<string>();
  for (const message of messages) {
    if (seen.has(message.uid)) continue;
    seen.add(message.uid);
    for (const tag of tagsByKey.get(looseKey(message.uid)) ?? []) {
      const historyUid = uidOf(tag);
      if (historyUid === message.uid) continue;
      if (message.verdict !== 'new' && tagVerdicts[tag] !== 'gone') continue;
      if (nearMisses.length === MAX_NEAR_MISSES) return nearMisses;
      nearMisses.push({
        line: message.line,
        serverUid: message.uid,
        tag,
        historyUid,
        difference: differenceOf(message.uid, historyUid),
      });
    }
  }
  return nearMisses;
}

function differenceOf(serverUid: string, historyUid: string): NearMiss['difference'] {
  const trimmed = historyUid.trim() !== historyUid || serverUid.trim() !== serverUid;
  const cased = serverUid.trim() !== historyUid.trim();
  return trimmed && cased ? 'case-and-whitespace' : trimmed ? 'whitespace' : 'case';
}

function groupBy(length: number, keyOf: (i: number) => string): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (let i = 0; i < length; i++) {
    const key = keyOf(i);
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  return groups;
}
