// @vitest-environment jsdom
import { act, createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeUidlHistory, exampleHistoryBytes } from '../decoder/index';
import { mountPerTest } from '../shared/testing/reactRoot';
import { sha256Hex } from '../worker/sha256';
import { Rehearsal, useRehearsal } from './Rehearsal';

const view = mountPerTest();

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Until the stage is drawn: once the example's fingerprint is known (at most a second). */
async function drawn(): Promise<void> {
  for (let i = 0; i < 100 && !view.container.querySelector('.rehearsal'); i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
}

describe('Rehearsal', () => {
  it('draws the document view of the example out of reach, as a file opens and then with a tag selected, then says it is done', async () => {
    const onDone = vi.fn();
    view.render(createElement(Rehearsal, { onDone }));
    // Drawn once the example's fingerprint is known (Web Crypto answers asynchronously).
    await drawn();
    const stage = view.container.querySelector('.rehearsal');
    expect(stage?.getAttribute('aria-hidden')).toBe('true');
    expect(stage?.hasAttribute('inert')).toBe(true);
    // The views a file opens into: the summary of the built-in example and its tag table,
    // nothing selected, so the escapes panel asks for a tag.
    const exampleTags = decodeUidlHistory(exampleHistoryBytes()).tags.length;
    expect(stage?.querySelector('[data-testid="summary-tags-found"]')?.textContent).toBe(
      String(exampleTags),
    );
    expect(stage?.querySelector('[role="table"][aria-label="Tags"]')).not.toBeNull();
    expect(stage?.querySelector('.uid-escapes__hint')).not.toBeNull();
    expect(stage?.querySelector('[role="row"][aria-selected="true"]')).toBeNull();
    expect(onDone).not.toHaveBeenCalled();
    // Not in the frame that draws it: only once that frame has laid it out.
    await act(async () => {
      await frame();
    });
    expect(onDone).not.toHaveBeenCalled();
    await act(async () => {
      for (let i = 0; i < 3; i++) await frame();
    });
    // Then the first tag selected, as a click on a row would.
    expect(stage?.querySelector('[role="row"][aria-selected="true"]')).not.toBeNull();
    expect(stage?.querySelector('.uid-escapes__hint')).toBeNull();
    await act(async () => {
      for (let i = 0; i < 12; i++) await frame();
    });
    expect(stage?.querySelector('.hex-row')).not.toBeNull();
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('draws the fingerprint of the example, as the worker does for a file it opens', async () => {
    view.render(createElement(Rehearsal, { onDone: vi.fn() }));
    await drawn();
    const expected = await sha256Hex(exampleHistoryBytes());
    // Where the platform has no Web Crypto there is no hash to draw.
    expect(view.container.querySelector('[data-testid="sha256"]')?.textContent ?? null).toBe(
      expected,
    );
  });
});

describe('useRehearsal', () => {
  afterEach(() => vi.useRealTimers());

  function Probe(props: { waiting: boolean; seen: boolean[]; finish?: boolean }) {
    const { rehearse, done } = useRehearsal(props.waiting);
    props.seen.push(rehearse);
    if (rehearse && props.finish) queueMicrotask(done);
    return null;
  }

  it('rehearses once the page is idle, while nothing is open, and only once', async () => {
    vi.useFakeTimers();
    const seen: boolean[] = [];
    view.render(createElement(Probe, { waiting: true, seen, finish: true }));
    expect(seen.at(-1)).toBe(false);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(2500);
    });
    expect(seen).toContain(true);
    expect(seen.at(-1)).toBe(false);
    view.render(createElement(Probe, { waiting: true, seen }));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(2500);
    });
    expect(seen.at(-1)).toBe(false);
  });

  it('does not rehearse while a file is open or opening', async () => {
    vi.useFakeTimers();
    const seen: boolean[] = [];
    view.render(createElement(Probe, { waiting: false, seen }));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(2500);
    });
    expect(seen).not.toContain(true);
  });
});
