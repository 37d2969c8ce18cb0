import type { ServerComparison } from '../compare/index';

/** The UIDs of the server messages Outlook would download (verdict new), each once, in listing order. */
export function newUidsOf(comparison: ServerComparison): string[] {
  const uids = new Set<string>();
  for (const message of comparison.messages) if (message.verdict === 'new') uids.add(message.uid);
  return [...uids];
}
