import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { compareWithServer, parseUidlListing, type ServerComparison } from '../../compare/index';
import type { DecodedHistory } from '../../decoder/model';
import { canBuildInWorker, compareInWorker } from '../../shared/workers';

/**
 * Above this many characters (roughly 2,000 listing lines) the listing is compared only
 * once typing pauses, so a long listing being edited is not compared on every keystroke.
 */
export const LARGE_LISTING_CHARS = 100_000;
export const TYPING_PAUSE_MS = 250;

/** A history with the bytes it was decoded from: what a comparison is made against. */
export interface ComparedHistory {
  bytes: Uint8Array;
  history: DecodedHistory;
}

/** How the listing text came: typed, pasted, or read from a file. */
export type ListingChange = 'typed' | 'pasted' | 'file';

export interface ListingOrigin {
  how: ListingChange;
  /** The file the text was read from, for a `file` change. */
  fileName: string | null;
  /** Counts changes, so a view can tell one paste from the next. */
  serial: number;
}

/** Compares off the page's thread; rejects with an AbortError once `signal` aborts. */
export type CompareRunner = (
  target: ComparedHistory,
  listingText: string,
  signal: AbortSignal,
) => Promise<ServerComparison>;

/**
 * In a fresh worker, which is terminated when the comparison is cancelled. Where there
 * are no workers, on the page after the current task.
 */
export const compareOffThread: CompareRunner = (target, listingText, signal) =>
  canBuildInWorker()
    ? compareInWorker(target.bytes, listingText, { signal })
    : Promise.resolve().then(() =>
        compareWithServer(target.history, parseUidlListing(listingText)),
      );

export interface ServerComparisonState {
  listingText: string;
  origin: ListingOrigin;
  setListingText: (text: string, how?: ListingChange, fileName?: string) => void;
  /** The history held against the listing, or null without a history or a listing. */
  comparison: ServerComparison | null;
  /** The text `comparison` was made from (it lags `listingText` while a comparison runs). */
  comparedText: string;
  /** True while what is shown lags behind the text: typing goes on, or a comparison runs. */
  pending: boolean;
  /** Stops the comparison running; `cancelled` then says so until the next change. */
  cancel: () => void;
  cancelled: boolean;
  /** Why the last comparison failed, or null. */
  error: string | null;
  /** Runs the comparison again after a cancel or a failure. */
  retry: () => void;
  clear: () => void;
}

interface Request {
  target: ComparedHistory;
  text: string;
  /** Tells a retry from the request it repeats. */
  attempt: number;
}

interface Outcome {
  request: Request;
  error: string | null;
}

interface Result {
  target: ComparedHistory;
  text: string;
  comparison: ServerComparison;
}

/**
 * The server's UIDL listing as typed or pasted, and the history compared with it. Every
 * comparison runs off the page's thread (`run`); a new listing, a new history or Cancel
 * stops the one running, so a million-line listing never holds the page.
 */
export function useServerComparison(
  target: ComparedHistory | null,
  run: CompareRunner = compareOffThread,
): ServerComparisonState {
  const [listingText, setText] = useState('');
  const [origin, setOrigin] = useState<ListingOrigin>({ how: 'typed', fileName: null, serial: 0 });
  const [pausedText, setPausedText] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [cancelledRequest, setCancelledRequest] = useState<Request | null>(null);
  const [attempt, setAttempt] = useState(0);
  const controller = useRef<AbortController | null>(null);

  const large = listingText.length > LARGE_LISTING_CHARS;
  // A small text is used as typed; remembering it means a paste that makes the text
  // large keeps showing the last comparison, not an older large one, until typing pauses.
  if (!large && pausedText !== listingText) setPausedText(listingText);
  useEffect(() => {
    if (!large) return;
    const timer = setTimeout(() => setPausedText(listingText), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [large, listingText]);
  // A pasted or opened listing is compared at once; only typing waits for a pause.
  const settledText = large && origin.how === 'typed' ? pausedText : listingText;
  const request = useMemo<Request | null>(
    () => (target && settledText.trim() !== '' ? { target, text: settledText, attempt } : null),
    [target, settledText, attempt],
  );

  useEffect(() => {
    if (!request) return;
    const job = new AbortController();
    controller.current = job;
    run(request.target, request.text, job.signal).then(
      (comparison) => {
        if (job.signal.aborted) return;
        // A transition: the views a large comparison fills render in slices the page can
        // answer input between.
        startTransition(() => {
          setResult({ target: request.target, text: request.text, comparison });
          setOutcome({ request, error: null });
        });
      },
      (failure: unknown) => {
        if (job.signal.aborted) return;
        setOutcome({
          request,
          error: failure instanceof Error ? failure.message : String(failure),
        });
      },
    );
    return () => job.abort();
  }, [request, run]);

  const cancelled = request !== null && cancelledRequest === request;
  const answered = request !== null && outcome?.request === request;
  const running = request !== null && !answered && !cancelled;
  const cancel = useCallback(() => {
    controller.current?.abort();
    setCancelledRequest(request);
  }, [request]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const setListingText = useCallback(
    (text: string, how: ListingChange = 'typed', fileName?: string) => {
      setText(text);
      setOrigin((previous) => ({ how, fileName: fileName ?? null, serial: previous.serial + 1 }));
    },
    [],
  );
  const clear = useCallback(() => setListingText(''), [setListingText]);

  // A comparison is shown only for the history it was made with, and not once the
  // listing is cleared or its comparison cancelled.
  const current =
    result && target && result.target === target && listingText.trim() !== '' && !cancelled
      ? result
      : null;
  return {
    listingText,
    origin,
    setListingText,
    comparison: current?.comparison ?? null,
    comparedText: current?.text ?? '',
    pending: running || settledText !== listingText,
    cancel,
    cancelled,
    error: answered ? outcome.error : null,
    retry,
    clear,
  };
}
