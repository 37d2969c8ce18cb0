export { ListingMessages, MAX_BAD_LINES, looksLikeUidlListing, parseUidlListing } from './listing';
export type { BadListingLine, ListingColumns, ServerMessage, UidlListing } from './listing';
export { MAX_NEAR_MISSES, ServerMessages, VERDICTS, compareWithServer } from './compare';
export type {
  NearMiss,
  ServerComparison,
  ServerMessageVerdict,
  ServerVerdict,
  TagVerdict,
  VerdictColumns,
} from './compare';
export { comparisonFromWire, comparisonToWire, wireBuffers } from './wire';
export type { ComparisonWire } from './wire';
