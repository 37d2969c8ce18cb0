// @vitest-environment jsdom
/**
 * The server comparison at its largest: 65,535 tags against a 65,535-line listing, half
 * of it shared. `npm run bench:compare`. A keystroke in a listing this size re-renders the
 * box only; the comparison runs once typing pauses, and is what "compare" measures.
 */
import { act, createElement, useEffect } from 'react';
import { bench, describe } from 'vitest';
import { compareWithServer, parseUidlListing } from '../../compare/index';
import { decodeUidlHistory } from '../../decoder/index';
import { guidUid, makeGuidHistory } from '../../decoder/testing/generate';
import { mount } from '../../shared/testing/reactRoot';
import { ComparePanel } from './ComparePanel';
import { comparisonRows } from './comparisonRows';
import { useServerComparison, type ServerComparisonState } from './useServerComparison';

const TAGS = 65_535;
const uid = guidUid;
const bytes = makeGuidHistory(TAGS);
const history = decodeUidlHistory(bytes);
const target = { bytes, history };
// Every 1,000th server UID is a tag's in lower case: near misses to show.
const listingText = Array.from({ length: TAGS }, (_, i) => {
  const server = uid(i + (TAGS >> 1));
  return `${i + 1} ${i % 1000 === 0 ? server.toLowerCase() : server}`;
}).join('\r\n');
const comparison = compareWithServer(history, parseUidlListing(listingText));

let state: ServerComparisonState | null = null;
function Page() {
  const current = useServerComparison(target);
  useEffect(() => {
    state = current;
  });
  return createElement(ComparePanel, { history, compare: current, onSelect: () => undefined });
}
const view = mount();
view.render(createElement(Page));
act(() => state!.setListingText(listingText));
const readyState = (): ServerComparisonState => ({
  ...state!,
  listingText,
  comparison: compareWithServer(history, parseUidlListing(listingText)),
  pending: false,
});
let typed = listingText;

describe(`${TAGS.toLocaleString('en')} tags × ${TAGS.toLocaleString('en')} listing lines`, () => {
  bench('compare: parseUidlListing + compareWithServer', () => {
    compareWithServer(history, parseUidlListing(listingText));
  });
  bench("rows for 'all' (98,303 rows)", () => void comparisonRows(history, comparison, 'all'));
  bench("rows for 'new'", () => void comparisonRows(history, comparison, 'new'));
  bench('keystroke in the listing box (urgent render, comparison waits)', () => {
    typed += 'x';
    act(() => state!.setListingText(typed));
  });
  bench('panel render of a ready comparison (rows virtualized)', () => {
    view.render(
      createElement(ComparePanel, { history, compare: readyState(), onSelect: () => undefined }),
    );
  });
});
