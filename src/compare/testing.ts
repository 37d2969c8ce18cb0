/** A hand-made history and server listing shared by the compare and export tests. */
import { compareWithServer, parseUidlListing } from './index';
import { decodeUidlHistory, encodeUidlHistory } from '../decoder/index';
import { bodyTag as tag } from '../decoder/testing/bodyTag';

/**
 * Tags: 0 `kept-1` get, 1 `del-2` delete, 2 `gone-3` get, 3 `CASE-4` get (the server
 * lists `case-4`).
 */
export const historyBytes = encodeUidlHistory({
  tags: [tag('get', 'kept-1'), tag('delete', 'del-2'), tag('get', 'gone-3'), tag('get', 'CASE-4')],
});

/** Server messages: 1 fetched, 2 deleted, 3 new, 4 new with a near miss on tag 3; one bad line. */
export const listingText = [
  '+OK',
  '1 kept-1',
  '2 del-2',
  'junk',
  '3 brand-new',
  '4 case-4',
  '.',
].join('\r\n');

export function sampleComparison() {
  const history = decodeUidlHistory(historyBytes);
  const comparison = compareWithServer(history, parseUidlListing(listingText));
  return { bytes: historyBytes, history, comparison };
}
