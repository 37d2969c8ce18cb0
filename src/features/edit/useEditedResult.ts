import { useEffect, useState } from 'react';
import type { EditResult, WorkingCopy } from '../../edit/index';
import { afterPaint } from '../../shared/browser';
import { isAbortError } from '../../shared/workerTypes';
import { buildEditedInWorker, canBuildInWorker } from '../../shared/workers';

/** Builds the result of `copy`; a build whose `signal` aborts is no longer wanted. */
export type EditedResultBuilder = (copy: WorkingCopy, signal: AbortSignal) => Promise<EditResult>;

/**
 * On the page, once the frame saying it is being checked has been painted. A build
 * cancelled before then is not started (and its promise never settles: nobody waits).
 */
export const buildOnPage: EditedResultBuilder = (copy, signal) =>
  new Promise((resolve, reject) =>
    afterPaint(() => {
      if (signal.aborted) return;
      try {
        resolve(copy.result());
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    }),
  );

/**
 * In a fresh worker, which a newer edit terminates, so the page stays responsive while
 * the largest history is written and decoded again. Where there are no workers, on the
 * page.
 */
export const buildOffThread: EditedResultBuilder = (copy, signal) =>
  canBuildInWorker() ? buildEditedInWorker(copy, { signal }) : buildOnPage(copy, signal);

export type EditedResultState =
  | { status: 'ready'; result: EditResult }
  | { status: 'checking' }
  | { status: 'failed'; message: string };

export interface EditedResult {
  state: EditedResultState;
  /** Builds it again the same way, after a failure. */
  retry: () => void;
  /** Builds it on the page instead, after a failure (the page pauses meanwhile). */
  retryOnPage: () => void;
}

interface Attempt {
  copy: WorkingCopy;
  /** Tells a retry from the build it repeats. */
  serial: number;
  onPage: boolean;
}

type Outcome = { attempt: Attempt } & (
  { result: EditResult; message?: undefined } | { message: string }
);

/**
 * The result of the working copy, the edited history written and decoded again.
 * Unedited, it is the opened file and its history as they are, with nothing to build.
 * Otherwise it is built by `build`, once per snapshot: a newer one (an edit, an undo)
 * cancels the build under way, and only the current snapshot's result is shown.
 */
export function useEditedResult(
  copy: WorkingCopy,
  build: EditedResultBuilder = buildOffThread,
): EditedResult {
  const [retried, setRetried] = useState<Attempt | null>(null);
  const attempt: Attempt = retried?.copy === copy ? retried : { copy, serial: 0, onPage: false };
  const { serial, onPage } = attempt;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // The last snapshot's result is let go as soon as there is a newer snapshot: for the
  // largest history it is tens of megabytes of bytes and columns.
  if (outcome && outcome.attempt.copy !== copy) setOutcome(null);
  const unedited = copy.edits.length === 0;

  useEffect(() => {
    if (unedited) return;
    const controller = new AbortController();
    const made = { copy, serial, onPage };
    (onPage ? buildOnPage : build)(copy, controller.signal).then(
      (result) => {
        if (!controller.signal.aborted) setOutcome({ attempt: made, result });
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        const message = error instanceof Error ? error.message : String(error);
        setOutcome({ attempt: made, message });
      },
    );
    return () => controller.abort();
  }, [copy, serial, onPage, unedited, build]);

  const again = (onPage: boolean) => () => setRetried({ copy, serial: attempt.serial + 1, onPage });
  const current =
    outcome?.attempt.copy === copy && outcome.attempt.serial === serial ? outcome : null;
  const state: EditedResultState = unedited
    ? { status: 'ready', result: copy.result() }
    : !current
      ? { status: 'checking' }
      : current.message === undefined
        ? { status: 'ready', result: current.result }
        : { status: 'failed', message: current.message };
  return { state, retry: again(false), retryOnPage: again(true) };
}
