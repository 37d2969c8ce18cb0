import { describe, expect, it } from 'vitest';
import { initialState, viewerReducer, type ViewerAction, type ViewerState } from './state';
import { openedBlob } from '../worker/testing/openedBlob';

const run = (...actions: ViewerAction[]): ViewerState =>
  actions.reduce(viewerReducer, initialState);
const started: ViewerAction = {
  type: 'open-started',
  source: { kind: 'example' },
  name: 'example.bin',
  notices: [{ tone: 'info', text: '3 items were dropped' }],
};

describe('viewer state', () => {
  it('loads, then holds the opened blob with its selection cleared', () => {
    const loading = run({ type: 'select', selection: { start: 0, end: 2, tag: null } }, started);
    expect(loading.status).toEqual({ kind: 'loading', name: 'example.bin', progress: null });
    expect(loading.notices.map((n) => n.text)).toEqual(['3 items were dropped']);
    const loaded = viewerReducer(loading, { type: 'opened', blob: openedBlob() });
    expect(loaded.status.kind).toBe('loaded');
    expect(loaded.opened?.name).toBe('a.bin');
    expect(loaded.selection).toBeNull();
  });

  it('records progress only while loading', () => {
    const progress = { phase: 'reading', fraction: 0.25 } as const;
    expect(run(started, { type: 'progress', progress }).status).toMatchObject({ progress });
    expect(run({ type: 'progress', progress }).status).toEqual({ kind: 'idle' });
  });

  it('keeps the previous blob when opening is cancelled', () => {
    const state = run(started, { type: 'opened', blob: openedBlob() }, started, {
      type: 'cancelled',
    });
    expect(state.status.kind).toBe('loaded');
    expect(state.opened?.name).toBe('a.bin');
    expect(state.notices.at(-1)?.text).toBe('Opening was cancelled.');
  });

  it('offers to try again only when the decoder was lost', () => {
    const lost = run(started, { type: 'open-failed', message: 'stopped', decoderLost: true });
    expect(lost.status.kind).toBe('failed');
    expect(lost.notices.at(-1)).toMatchObject({ tone: 'error', text: 'stopped', retry: true });
    const unreadable = run(started, {
      type: 'open-failed',
      message: 'unreadable',
      decoderLost: false,
    });
    expect(unreadable.notices.at(-1)).toMatchObject({ retry: false });
    expect(unreadable.lastSource).toEqual({ kind: 'example' });
  });

  it('dismisses one notice by id', () => {
    const state = run(started, { type: 'rejected', notice: { tone: 'error', text: 'a folder' } });
    const first = state.notices[0]!;
    const after = viewerReducer(state, { type: 'dismiss', id: first.id });
    expect(after.notices.map((n) => n.text)).toEqual(['a folder']);
  });

  it('adds what the opened blob calls for, such as an empty file', () => {
    const state = run(started, {
      type: 'opened',
      blob: openedBlob({ name: 'empty.bin', sourceSize: 0, bytes: new Uint8Array(0) }),
    });
    expect(state.notices.at(-1)).toMatchObject({
      tone: 'error',
      text: 'empty.bin is empty: there is nothing to decode.',
    });
  });
});
