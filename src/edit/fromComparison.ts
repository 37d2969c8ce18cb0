import type { ServerComparison } from '../compare/index';

/** The UIDs of the server messages Outlook would download (verdict new), each once, in listing order. */
export function newUidsOf(comparison: ServerComparison): string[] {
  return Array.from(comparison.distinctNew, (i) => comparison.messages.uid(i));
}
