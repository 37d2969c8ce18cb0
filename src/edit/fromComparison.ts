import type { ServerComparison } from '../compare/index';
import type { WorkingCopy } from './types';

/** The UIDs of the server messages Outlook would download (verdict new), each once, in listing order. */
export function newUidsOf(comparison: ServerComparison): string[] {
  return Array.from(comparison.distinctNew, (i) => comparison.messages.uid(i));
}

/**
 * Those of them `copy` does not hold yet, `comparison` being with its opened history. A
 * new UID can still be in that history (its tags record no operation Outlook writes) or
 * be added by an edit; the comparison names the tags with it, so no UID of the history
 * is read again.
 */
export function newUidsNotIn(copy: WorkingCopy, comparison: ServerComparison): string[] {
  const { messages } = comparison;
  const uids: string[] = [];
  for (const i of comparison.distinctNew) {
    const uid = messages.uid(i);
    if (!copy.holdsUid(uid, messages.tags(i))) uids.push(uid);
  }
  return uids;
}
