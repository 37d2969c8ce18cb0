import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import {
  compareWithServer,
  parseUidlListing,
  type ServerComparison,
  type UidlListing,
} from '../../compare/index';
import type { DecodedHistory } from '../../decoder/model';

/**
 * Above this many characters (roughly 2,000 listing lines) the listing is compared only
 * once typing pauses: parsing and comparing 65,535 lines against 65,535 tags takes long
 * enough to be felt on every keystroke, and useDeferredValue cannot interrupt a
 * computation already running.
 */
export const LARGE_LISTING_CHARS = 100_000;
export const TYPING_PAUSE_MS = 250;

export interface ServerComparisonState {
  listingText: string;
  setListingText: (text: string) => void;
  /** The parsed listing, or null while the text is blank. */
  listing: UidlListing | null;
  /** The history held against the listing, or null without a history or a listing. */
  comparison: ServerComparison | null;
  /** The text `comparison` was made from (it lags `listingText` while typing goes on). */
  comparedText: string;
  /** True while what is shown lags behind the text being typed. */
  pending: boolean;
  clear: () => void;
}

/** The server's UIDL listing as typed or pasted, and the history compared with it. */
export function useServerComparison(history: DecodedHistory | null): ServerComparisonState {
  const [listingText, setListingText] = useState('');
  const [pausedText, setPausedText] = useState('');
  const large = listingText.length > LARGE_LISTING_CHARS;
  // A small text is used as typed; remembering it means a paste that makes the text
  // large keeps showing the last comparison, not an older large one, until typing pauses.
  if (!large && pausedText !== listingText) setPausedText(listingText);

  useEffect(() => {
    if (!large) return;
    const timer = setTimeout(() => setPausedText(listingText), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [large, listingText]);

  const settledText = large ? pausedText : listingText;
  const shownText = useDeferredValue(settledText);
  const listing = useMemo(
    () => (shownText.trim() === '' ? null : parseUidlListing(shownText)),
    [shownText],
  );
  const comparison = useMemo(
    () => (history && listing ? compareWithServer(history, listing) : null),
    [history, listing],
  );
  const clear = useCallback(() => setListingText(''), []);

  return {
    listingText,
    setListingText,
    listing,
    comparison,
    comparedText: shownText,
    pending: shownText !== listingText,
    clear,
  };
}
