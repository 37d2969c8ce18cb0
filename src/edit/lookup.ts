import { TAG_DUPLICATE, uidOf } from '../decoder/index';
import type { EditState, Opened } from './state';

/**
 * What edits look up in a working copy, without a pass that makes a string per tag on
 * every edit: for 65,535 tags that pass alone is tens of milliseconds. Each is made the
 * first time it is asked for and kept beside the opened history or the state it is of
 * (both never change).
 *
 * Entries keep one order (see `EditState`): the original tags still present, by index,
 * then the added tags, oldest first. No edit moves an entry.
 */

const present = new WeakMap<EditState, Uint8Array>();
const byUid = new WeakMap<Opened, Map<string, number[]>>();
const repeats = new WeakMap<Opened, Uint8Array | null>();
const addedByUid = new WeakMap<EditState, Set<string>>();

/** 1 at each original tag index still in the working copy, 0 where it is forgotten. */
export function presentTags(opened: Opened, state: EditState): Uint8Array {
  let tags = present.get(state);
  if (!tags) {
    tags = new Uint8Array(opened.history.tags.length);
    for (const entry of state.entries) if (!entry.added) tags[entry.index] = 1;
    present.set(state, tags);
  }
  return tags;
}

/** The original tag indexes of each decoded UID of the opened history, in file order. */
export function tagsByUid(opened: Opened): ReadonlyMap<string, readonly number[]> {
  let map = byUid.get(opened);
  if (!map) {
    map = new Map();
    for (let i = 0; i < opened.history.tags.length; i++) {
      const uid = uidOf(opened.history, i);
      const tags = map.get(uid);
      if (tags) tags.push(i);
      else map.set(uid, [i]);
    }
    byUid.set(opened, map);
  }
  return map;
}

/**
 * 1 at each original tag whose decoded UID another tag of the opened history also has,
 * or null when there is none. The decoder flags every repeat but the first of its UID
 * (TAG_DUPLICATE), so a history without repeats is known from the flags alone and no
 * UID is read.
 */
export function repeatedTags(opened: Opened): Uint8Array | null {
  if (repeats.has(opened)) return repeats.get(opened) ?? null;
  const { flags, length } = opened.history.tags;
  let tags: Uint8Array | null = null;
  for (let i = 0; i < length; i++) {
    // A tag already marked was marked with its UID's group.
    if (((flags[i] ?? 0) & TAG_DUPLICATE) === 0 || tags?.[i] === 1) continue;
    tags ??= new Uint8Array(length);
    for (const index of tagsByUid(opened).get(uidOf(opened.history, i)) ?? []) tags[index] = 1;
  }
  repeats.set(opened, tags);
  return tags;
}

/** The UIDs of the added tags. */
export function addedUids(state: EditState): ReadonlySet<string> {
  let uids = addedByUid.get(state);
  if (!uids) {
    uids = new Set();
    for (const entry of state.entries) if (entry.added) uids.add(entry.added.uid);
    addedByUid.set(state, uids);
  }
  return uids;
}

/**
 * The entry that holds `uid` last in the working copy: -1 for an added tag, else the
 * original tag's index; undefined when none does. `tags`, the opened history's tags
 * with that UID, when the caller knows them.
 */
export function lastHolderOf(
  opened: Opened,
  state: EditState,
  uid: string,
  tags: readonly number[] | undefined = tagsByUid(opened).get(uid),
): number | undefined {
  if (addedUids(state).has(uid)) return -1;
  if (!tags) return undefined;
  const held = presentTags(opened, state);
  for (let i = tags.length - 1; i >= 0; i--) if (held[tags[i]!] === 1) return tags[i];
  return undefined;
}
