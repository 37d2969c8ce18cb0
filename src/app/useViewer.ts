import { startTransition, useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { DecodeSource } from '../worker/protocol';
import { decoder } from '../shared/workers';
import { DecoderLostError, DecoderUnavailableError, isAbortError } from '../shared/workerTypes';
import { bytesOnly } from './bytesOnly';
import type { NoticeText } from '../shared/notices';
import { initialState, viewerReducer } from './state';
import type { SelectHandler } from '../shared/selection';

const nameOf = (source: DecodeSource): string =>
  source.kind === 'example' ? 'example.bin' : source.name;

/** The page's state and the things that change it. */
export function useViewer() {
  const [state, dispatch] = useReducer(viewerReducer, initialState);
  const current = useRef<AbortController | null>(null);

  useEffect(() => {
    const unavailable = decoder.warmUp();
    if (unavailable !== null) {
      dispatch({
        type: 'rejected',
        notice: {
          tone: 'error',
          text: `Decoding is unavailable in this browser (${unavailable}). Files you open are shown as bytes only.`,
        },
      });
    }
    return decoder.onLost((message) =>
      dispatch({
        type: 'decoder-lost',
        message: `The decoder stopped unexpectedly (${message}). It starts afresh with the next file.`,
      }),
    );
  }, []);

  const open = useCallback((source: DecodeSource, notices: NoticeText[] = []) => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    dispatch({ type: 'open-started', source, name: nameOf(source), notices });
    decoder
      .decode(source, {
        signal: controller.signal,
        onProgress: (progress) => dispatch({ type: 'progress', progress }),
      })
      .then(
        (blob) => {
          if (current.current !== controller) return;
          // A transition lets React render a large history in slices, not one long task.
          startTransition(() => dispatch({ type: 'opened', blob }));
        },
        (error: unknown) => {
          // A cancelled or superseded request has already been accounted for.
          if (isAbortError(error) || current.current !== controller) return;
          if (error instanceof DecoderUnavailableError) {
            void bytesOnly(source, error.message).then(
              (blob) => current.current === controller && dispatch({ type: 'opened', blob }),
              (failure: unknown) =>
                current.current === controller &&
                dispatch({ type: 'open-failed', message: String(failure), decoderLost: false }),
            );
            return;
          }
          const lost = error instanceof DecoderLostError;
          const reason = error instanceof Error ? error.message : String(error);
          dispatch({
            type: 'open-failed',
            message: lost
              ? `The decoder stopped unexpectedly while opening ${nameOf(source)} (${reason}).`
              : reason,
            decoderLost: lost,
          });
        },
      );
  }, []);

  const cancel = useCallback(() => {
    current.current?.abort();
    current.current = null;
    dispatch({ type: 'cancelled' });
  }, []);

  const { lastSource } = state;
  const retry = useCallback(() => {
    if (lastSource) open(lastSource);
  }, [lastSource, open]);

  // Another history of the .msg that is open: the same file, read again.
  const openMsgHistory = useCallback(
    (index: number) => {
      if (lastSource?.kind === 'file') open({ ...lastSource, history: index });
    },
    [lastSource, open],
  );

  const onSelect = useCallback<SelectHandler>(
    (selection) => dispatch({ type: 'select', selection }),
    [],
  );
  const actions = useMemo(
    () => ({
      open,
      cancel,
      retry,
      openMsgHistory,
      onSelect,
      dismiss: (id: number) => dispatch({ type: 'dismiss', id }),
      restorePrevious: () => {
        // A file still being read would replace the one brought back.
        current.current?.abort();
        current.current = null;
        dispatch({ type: 'restore-previous' });
      },
      forgetPrevious: () => dispatch({ type: 'forget-previous' }),
      reject: (notice: NoticeText) => dispatch({ type: 'rejected', notice }),
    }),
    [open, cancel, retry, openMsgHistory, onSelect],
  );
  return { state, actions };
}
