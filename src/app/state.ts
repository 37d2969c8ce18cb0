/**
 * All of the page's state in one reducer: what is open, what is loading, the one
 * selection, and the notices shown to the person.
 */
import type { DecodeProgress, DecodeSource, OpenedBlob } from '../worker/protocol';
import { noticesFor, type Notice, type NoticeText } from '../shared/notices';
import type { Selection } from '../shared/selection';

export type Status =
  | { kind: 'idle' }
  | { kind: 'loading'; name: string; progress: DecodeProgress | null }
  | { kind: 'loaded' }
  | { kind: 'failed' };

export interface ViewerState {
  status: Status;
  /** The open BLOB. A new one replaces it only once it has been read. */
  opened: OpenedBlob | null;
  selection: Selection | null;
  notices: Notice[];
  /** What was last asked for, so "Try again" can ask again. */
  lastSource: DecodeSource | null;
  /** The BLOB the open one replaced, so a paste or drop by mistake can be undone. */
  previous: { blob: OpenedBlob; selection: Selection | null } | null;
  nextNoticeId: number;
}

export type ViewerAction =
  | { type: 'open-started'; source: DecodeSource; name: string; notices: NoticeText[] }
  | { type: 'progress'; progress: DecodeProgress }
  | { type: 'opened'; blob: OpenedBlob }
  | { type: 'open-failed'; message: string; decoderLost: boolean }
  | { type: 'cancelled' }
  | { type: 'decoder-lost'; message: string }
  | { type: 'rejected'; notice: NoticeText }
  | { type: 'select'; selection: Selection | null }
  | { type: 'dismiss'; id: number }
  /** Back to the BLOB the open one replaced (which in turn becomes the one to go back to). */
  | { type: 'restore-previous' }
  | { type: 'forget-previous' };

export const initialState: ViewerState = {
  status: { kind: 'idle' },
  opened: null,
  selection: null,
  notices: [],
  lastSource: null,
  previous: null,
  nextNoticeId: 1,
};

function withNotices(state: ViewerState, notices: NoticeText[], retry = false): ViewerState {
  let id = state.nextNoticeId;
  const added = notices.map((notice) => ({ ...notice, id: id++, retry }));
  return { ...state, notices: [...state.notices, ...added], nextNoticeId: id };
}

const settledStatus = (state: ViewerState): Status =>
  state.opened ? { kind: 'loaded' } : { kind: 'idle' };

export function viewerReducer(state: ViewerState, action: ViewerAction): ViewerState {
  switch (action.type) {
    case 'open-started':
      return withNotices(
        {
          ...state,
          status: { kind: 'loading', name: action.name, progress: null },
          notices: [],
          lastSource: action.source,
        },
        action.notices,
      );
    case 'progress':
      if (state.status.kind !== 'loading') return state;
      return { ...state, status: { ...state.status, progress: action.progress } };
    case 'opened':
      // Pasted text that is no BLOB (not hex, not base64) has no bytes worth showing:
      // it replaces nothing, and the BLOB that is open stays open.
      if (state.opened && state.lastSource?.kind === 'text' && action.blob.history === null) {
        return withNotices({ ...state, status: { kind: 'loaded' } }, [
          {
            tone: 'error',
            text: `${action.blob.problem ?? 'The pasted text is not a BLOB.'} ${state.opened.name} is still open.`,
          },
        ]);
      }
      return withNotices(
        {
          ...state,
          status: { kind: 'loaded' },
          opened: action.blob,
          selection: null,
          previous: state.opened ? { blob: state.opened, selection: state.selection } : null,
        },
        noticesFor(action.blob),
      );
    case 'open-failed':
      // What could not be read replaces nothing: the BLOB that is open stays open.
      if (state.opened) {
        return withNotices(
          { ...state, status: { kind: 'loaded' } },
          [{ tone: 'error', text: `${action.message} ${state.opened.name} is still open.` }],
          action.decoderLost,
        );
      }
      return withNotices(
        { ...state, status: { kind: 'failed' }, opened: null, selection: null },
        [{ tone: 'error', text: action.message }],
        action.decoderLost,
      );
    case 'restore-previous':
      if (!state.previous || !state.opened) return state;
      return {
        ...state,
        status: { kind: 'loaded' },
        opened: state.previous.blob,
        selection: state.previous.selection,
        previous: { blob: state.opened, selection: state.selection },
        notices: [],
      };
    case 'forget-previous':
      return { ...state, previous: null };
    case 'cancelled':
      return withNotices({ ...state, status: settledStatus(state) }, [
        { tone: 'info', text: 'Opening was cancelled.' },
      ]);
    case 'decoder-lost':
      return withNotices(state, [{ tone: 'error', text: action.message }], true);
    case 'rejected':
      return withNotices(state, [action.notice]);
    case 'select':
      return { ...state, selection: action.selection };
    case 'dismiss':
      return { ...state, notices: state.notices.filter((notice) => notice.id !== action.id) };
  }
}
