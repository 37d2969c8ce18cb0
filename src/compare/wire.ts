import {
  ServerMessages,
  VERDICTS,
  verdictCodes,
  type ServerComparison,
  type VerdictColumns,
} from './compare';
import { ListingMessages, type ListingColumns } from './listing';

/**
 * A comparison as plain data that posts cheaply: typed arrays (transferable) and a few
 * small lists, without the listing text, which the receiving side already holds.
 */
export interface ComparisonWire {
  listing: ListingColumns;
  verdicts: VerdictColumns;
  /** Per tag, an index into VERDICTS. */
  tagVerdicts: Uint8Array;
  counts: ServerComparison['counts'];
  nearMisses: ServerComparison['nearMisses'];
  badLines: ServerComparison['badLines'];
  badLineCount: number;
  distinctNew: Uint32Array;
}

export function comparisonToWire(comparison: ServerComparison): ComparisonWire {
  return {
    listing: comparison.messages.listing.columns,
    verdicts: comparison.messages.columns,
    tagVerdicts: verdictCodes(comparison.tagVerdicts),
    counts: comparison.counts,
    nearMisses: comparison.nearMisses,
    badLines: comparison.badLines,
    badLineCount: comparison.badLineCount,
    distinctNew: comparison.distinctNew,
  };
}

/**
 * The buffers of a wire comparison, each once, to transfer rather than copy. They are the
 * comparison's own columns: once transferred, the comparison it was made from is empty.
 */
export function wireBuffers(wire: ComparisonWire): ArrayBuffer[] {
  const { listing, verdicts } = wire;
  const arrays: ArrayBufferView[] = [
    listing.line,
    listing.number,
    listing.uidStart,
    listing.uidEnd,
    verdicts.verdict,
    verdicts.tagStart,
    verdicts.tagList,
    wire.tagVerdicts,
    wire.distinctNew,
  ];
  const buffers = new Set<ArrayBuffer>();
  for (const array of arrays) if (array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
  return [...buffers];
}

/** The comparison again, over `listingText`: the text the listing columns were read from. */
export function comparisonFromWire(wire: ComparisonWire, listingText: string): ServerComparison {
  const tagVerdicts = Array.from(wire.tagVerdicts, (code) => VERDICTS[code] ?? 'gone');
  return {
    messages: new ServerMessages(new ListingMessages(listingText, wire.listing), wire.verdicts),
    tagVerdicts,
    counts: wire.counts,
    nearMisses: wire.nearMisses,
    badLines: wire.badLines,
    badLineCount: wire.badLineCount,
    distinctNew: wire.distinctNew,
  };
}
