import type { DecodedHistory } from '../decoder/index';
import { operationOf, uidOf } from '../decoder/index';
import type { BadListingLine, ListingMessages, ServerMessage, UidlListing } from './listing';

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

/** Verdicts by their code in the verdict columns. */
export const VERDICTS: readonly TagVerdict[] = ['fetched', 'deleted', 'new', 'gone'];
const CODE: Record<TagVerdict, number> = { fetched: 0, deleted: 1, new: 2, gone: 3 };

export interface ServerMessageVerdict extends ServerMessage {
  verdict: ServerVerdict;
  /** Tags whose decoded UID is exactly this one, in file order. */
  tags: number[];
}

/** Per server message, in listing order: its verdict's code and its matching tags. */
export interface VerdictColumns {
  /** Index into VERDICTS. */
  verdict: Uint8Array;
  /** The tags of message i are `tagList[tagStart[i] .. tagStart[i + 1])`. */
  tagStart: Uint32Array;
  tagList: Uint32Array;
}

/** The listing's messages with their verdicts, read from columns on demand. */
export class ServerMessages implements Iterable<ServerMessageVerdict> {
  constructor(
    readonly listing: ListingMessages,
    readonly columns: VerdictColumns,
  ) {}

  get length(): number {
    return this.listing.length;
  }

  uid(i: number): string {
    return this.listing.uid(i);
  }

  verdict(i: number): ServerVerdict {
    return VERDICTS[this.columns.verdict[i]!] as ServerVerdict;
  }

  tags(i: number): number[] {
    const { tagStart, tagList } = this.columns;
    return Array.from(tagList.subarray(tagStart[i], tagStart[i + 1]));
  }

  at(i: number): ServerMessageVerdict {
    return { ...this.listing.at(i), verdict: this.verdict(i), tags: this.tags(i) };
  }

  *[Symbol.iterator](): Iterator<ServerMessageVerdict> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }

  toJSON(): ServerMessageVerdict[] {
    return [...this];
  }
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
  messages: ServerMessages;
  /** Indexed by tag. */
  tagVerdicts: TagVerdict[];
  counts: Record<TagVerdict, number>;
  nearMisses: NearMiss[];
  /** The listing's first bad lines (see MAX_BAD_LINES) and how many there are in all. */
  badLines: BadListingLine[];
  badLineCount: number;
  /** Each UID the server lists that is new, once: the message index of its first line. */
  distinctNew: Uint32Array;
}

/**
 * Matches the server's listing against the history by exact decoded UID (the form the
 * server reports). `counts.gone` counts tags; the other counts count server messages.
 * Linear in both sizes: every lookup goes through a Map.
 */
export function compareWithServer(history: DecodedHistory, listing: UidlListing): ServerComparison {
  const { tags } = history;
  const { messages } = listing;
  const uidOfTag = (i: number) => uidOf(history, i);
  const tagsByUid = groupBy(tags.length, uidOfTag);
  const counts: Record<TagVerdict, number> = { fetched: 0, deleted: 0, new: 0, gone: 0 };
  // Every tag of a UID the server lists gets that UID's verdict; the rest are gone.
  const tagVerdicts: TagVerdict[] = new Array<TagVerdict>(tags.length).fill('gone');
  // The first message of each UID: a UID listed twice is paired and counted as new once.
  const firstOfUid = new Map<string, number>();

  const verdict = new Uint8Array(messages.length);
  const first = new Uint32Array(messages.length);
  const tagStart = new Uint32Array(messages.length + 1);
  const tagList: number[] = [];
  const distinctNew: number[] = [];
  for (let i = 0; i < messages.length; i++) {
    const uid = messages.uid(i);
    const earlier = firstOfUid.get(uid);
    if (earlier === undefined) firstOfUid.set(uid, i);
    first[i] = earlier ?? i;
    const matching = tagsByUid.get(uid);
    const found = matching ? verdictOf(matching, tags.operationByte) : 'new';
    counts[found]++;
    verdict[i] = CODE[found];
    if (found === 'new' && earlier === undefined) distinctNew.push(i);
    if (matching)
      for (const tag of matching) {
        tagList.push(tag);
        tagVerdicts[tag] = found;
      }
    tagStart[i + 1] = tagList.length;
  }
  const serverMessages = new ServerMessages(messages, {
    verdict,
    tagStart,
    tagList: Uint32Array.from(tagList),
  });
  for (const found of tagVerdicts) if (found === 'gone') counts.gone++;

  return {
    messages: serverMessages,
    tagVerdicts,
    counts,
    nearMisses: findNearMisses(serverMessages, first, tagVerdicts, uidOfTag),
    badLines: listing.badLines,
    badLineCount: listing.badLineCount,
    distinctNew: Uint32Array.from(distinctNew),
  };
}

/**
 * What the JSON export writes of a comparison: the messages (as objects, through their
 * toJSON), the verdicts, counts, near misses and bad lines. Which lines hold the distinct
 * new UIDs is for the page's edit view; the messages carry their verdicts already.
 */
export function comparisonJson(
  comparison: ServerComparison,
): Omit<ServerComparison, 'distinctNew'> {
  const { distinctNew: _distinctNew, ...shown } = comparison;
  return shown;
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

/** The verdicts as codes (indices into VERDICTS), e.g. to post them. */
export function verdictCodes(verdicts: readonly TagVerdict[]): Uint8Array {
  return Uint8Array.from(verdicts, (verdict) => CODE[verdict]);
}

/** Enough to show what is wrong; a listing differing from the history in case throughout would otherwise pair every tag. */
export const MAX_NEAR_MISSES = 1000;

/** Pairs where one side found no exact match: a `new` server message or a `gone` tag. */
function findNearMisses(
  messages: ServerMessages,
  /** Per message, the first message with its UID. */
  first: Uint32Array,
  tagVerdicts: TagVerdict[],
  uidOf: (i: number) => string,
): NearMiss[] {
  const looseKey = (uid: string) => uid.trim().toLowerCase();
  const tagsByKey = groupBy(tagVerdicts.length, (i) => looseKey(uidOf(i)));
  const nearMisses: NearMiss[] = [];
  for (let i = 0; i < messages.length; i++) {
    // A UID the server lists twice is paired once, from its first line.
    if (first[i] !== i) continue;
    const serverUid = messages.uid(i);
    const candidates = tagsByKey.get(looseKey(serverUid));
    if (!candidates) continue;
    const isNew = messages.verdict(i) === 'new';
    for (const tag of candidates) {
      const historyUid = uidOf(tag);
      if (historyUid === serverUid) continue;
      if (!isNew && tagVerdicts[tag] !== 'gone') continue;
      if (nearMisses.length === MAX_NEAR_MISSES) return nearMisses;
      nearMisses.push({
        line: messages.listing.columns.line[i]!,
        serverUid,
        tag,
        historyUid,
        difference: differenceOf(serverUid, historyUid),
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
