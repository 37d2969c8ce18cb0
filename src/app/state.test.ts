import { describe, expect, it } from 'vitest';
import { initialState, viewerReducer, type ViewerAction, type ViewerState } from './state';
import { openedBlob } from '../worker/testing/openedBlob';

const run = (...actions: ViewerAction[]): ViewerState =>
  actions.reduce(viewerReducer, initialState);
const from = (state: ViewerState, ...actions: ViewerAction[]): ViewerState =>
  actions.reduce(viewerReducer, state);
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

  it('keeps the open blob when the next one cannot be read', () => {
    const open = run(started, { type: 'opened', blob: openedBlob() });
    const failed = from(open, started, {
      type: 'open-failed',
      message: 'Not hex text.',
      decoderLost: false,
    });
    expect(failed.status.kind).toBe('loaded');
    expect(failed.opened?.name).toBe('a.bin');
    expect(failed.notices.at(-1)?.text).toBe('Not hex text. a.bin is still open.');
  });

  it('goes back to the blob the open one replaced, and forward again', () => {
    const first = run(
      started,
      { type: 'opened', blob: openedBlob() },
      {
        type: 'select',
        selection: { start: 4, end: 9, tag: 0 },
      },
    );
    const second = from(first, started, { type: 'opened', blob: openedBlob({ name: 'b.bin' }) });
    expect(second.previous?.blob.name).toBe('a.bin');
    const back = viewerReducer(second, { type: 'restore-previous' });
    expect(back.opened?.name).toBe('a.bin');
    expect(back.selection).toEqual({ start: 4, end: 9, tag: 0 });
    expect(back.previous?.blob.name).toBe('b.bin');
    expect(viewerReducer(back, { type: 'forget-previous' }).previous).toBeNull();
  });

  it('keeps the open blob when pasted text is no BLOB', () => {
    const open = run(started, { type: 'opened', blob: openedBlob() });
    const pasted: ViewerAction = {
      type: 'open-started',
      source: { kind: 'text', text: 'hello', name: 'pasted hex text' },
      name: 'pasted hex text',
      notices: [],
    };
    const after = from(open, pasted, {
      type: 'opened',
      blob: openedBlob({ name: 'pasted hex text', history: null, problem: 'Not hex text.' }),
    });
    expect(after.opened?.name).toBe('a.bin');
    expect(after.status.kind).toBe('loaded');
    expect(after.notices.at(-1)?.text).toBe('Not hex text. a.bin is still open.');
  });
});
