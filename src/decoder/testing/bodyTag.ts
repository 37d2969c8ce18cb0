import type { AuthoredTag } from '../encode';

/** A tag of a fetched body, recorded 2012-09-06 13:11:38 unless told: what most tests need. */
export function bodyTag(
  operation: string,
  uid: string,
  timestampRaw = '20120906131138',
): AuthoredTag {
  return { operation, content: 'body', timestampRaw, uid };
}
