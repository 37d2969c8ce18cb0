// @vitest-environment jsdom
import { act, createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeUidlHistory, exampleHistoryBytes } from '../decoder/index';
import { mountPerTest } from '../shared/testing/reactRoot';
import { Rehearsal, useRehearsal } from './Rehearsal';

const view = mountPerTest();

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('Rehearsal', () => {
  it('draws the document view of the example out of reach, then says it is done', async () => {
    const onDone = vi.fn();
    view.render(createElement(Rehearsal, { onDone }));
    const stage = view.container.querySelector('.rehearsal');
    expect(stage?.getAttribute('aria-hidden')).toBe('true');
    expect(stage?.hasAttribute('inert')).toBe(true);
    // The views a file opens into: the summary of the built-in example and its tag table.
    const exampleTags = decodeUidlHistory(exampleHistoryBytes()).tags.length;
    expect(stage?.querySelector('[data-testid="summary-tags-found"]')?.textContent).toBe(
      String(exampleTags),
    );
    expect(stage?.querySelector('[role="table"][aria-label="Tags"]')).not.toBeNull();
    expect(onDone).not.toHaveBeenCalled();
    // Not in the frame that draws it: only once that frame has laid it out.
    await act(async () => {
      await frame();
    });
    expect(onDone).not.toHaveBeenCalled();
    await act(async () => {
      for (let i = 0; i < 12; i++) await frame();
    });
    expect(stage?.querySelector('.hex-row')).not.toBeNull();
    expect(onDone).toHaveBeenCalledTimes(1);
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
