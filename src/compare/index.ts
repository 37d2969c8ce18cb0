export { looksLikeUidlListing, parseUidlListing } from './listing';
export type { BadListingLine, ServerMessage, UidlListing } from './listing';
export { compareWithServer } from './compare';
export type {
  NearMiss,
  ServerComparison,
  ServerMessageVerdict,
  ServerVerdict,
  TagVerdict,
} from './compare';
