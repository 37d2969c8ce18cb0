// @vitest-environment jsdom
import { act, createElement, useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compareWithServer, parseUidlListing } from '../../compare/index';
import { mountPerTest } from '../../shared/testing/reactRoot';
import { sampleComparison, listingText } from '../../compare/testing';
import {
  LARGE_LISTING_CHARS,
  TYPING_PAUSE_MS,
  useServerComparison,
  type ComparedHistory,
  type CompareRunner,
  type ServerComparisonState,
} from './useServerComparison';

const view = mountPerTest();
let latest: ServerComparisonState;

function Probe({ target, run }: { target: ComparedHistory | null; run?: CompareRunner }) {
  const state = useServerComparison(target, run);
  useEffect(() => {
    latest = state;
  });
  return null;
}

afterEach(() => {
  vi.useRealTimers();
});

const sample = sampleComparison();
const target: ComparedHistory = { bytes: sample.bytes, history: sample.history };
const render = (t: ComparedHistory | null, run?: CompareRunner) =>
  view.render(createElement(Probe, { target: t, run }));
/** Lets the comparison started by the last change answer. */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

/** Comparisons that answer only when the test says so, with the signal each was given. */
function heldRunner() {
  const calls: { text: string; signal: AbortSignal; answer: () => void }[] = [];
  const run: CompareRunner = (given, text, signal) =>
    new Promise((resolve) => {
      calls.push({
        text,
        signal,
        answer: () => resolve(compareWithServer(given.history, parseUidlListing(text))),
      });
    });
  return { run, calls };
}

/** Answers one held comparison and lets the page take the answer. */
const answer = (call: { answer: () => void }) =>
  act(() => {
    call.answer();
    return Promise.resolve();
  });

/** A listing past the size that waits for typing to pause: many lines naming unknown UIDs. */
function largeListing(extraUid: string): string {
  const lines = ['1 kept-1', `2 ${extraUid}`];
  for (let n = 3, length = 0; length <= LARGE_LISTING_CHARS; n++) {
    lines.push(`${n} unknown-${n}`);
    length += lines.at(-1)!.length + 1;
  }
  return lines.join('\n');
}

describe('useServerComparison', () => {
  it('has nothing to compare until a listing is given', () => {
    render(target);
    expect(latest.comparison).toBeNull();
    expect(latest.pending).toBe(false);
  });

  it('compares a listing as it is typed', async () => {
    render(target);
    act(() => latest.setListingText(listingText));
    expect(latest.pending).toBe(true);
    await settle();
    expect([...latest.comparison!.messages].map((m) => m.uid)).toEqual([
      'kept-1',
      'del-2',
      'brand-new',
      'case-4',
    ]);
    expect(latest.comparison?.counts).toEqual({ fetched: 1, deleted: 1, new: 2, gone: 2 });
    expect(latest.comparedText).toBe(listingText);
    expect(latest.pending).toBe(false);
  });

  it('keeps the listing but has no comparison without a history', async () => {
    render(null);
    act(() => latest.setListingText(listingText));
    await settle();
    expect(latest.listingText).toBe(listingText);
    expect(latest.comparison).toBeNull();
    expect(latest.pending).toBe(false);
  });

  it('recompares when the history changes, and clears', async () => {
    render(target);
    act(() => latest.setListingText('1 kept-1'));
    await settle();
    const first = latest.comparison;
    expect(first?.counts.fetched).toBe(1);
    render({ ...target });
    // The first comparison belongs to the other history: it is not shown meanwhile.
    expect(latest.comparison).toBeNull();
    await settle();
    expect(latest.comparison).not.toBe(first);
    expect(latest.comparison?.counts.fetched).toBe(1);
    act(() => latest.clear());
    expect(latest.listingText).toBe('');
    expect(latest.comparison).toBeNull();
  });

  it('stops the comparison running when the listing changes, and shows the latest', async () => {
    const { run, calls } = heldRunner();
    render(target, run);
    act(() => latest.setListingText('1 kept-1', 'pasted'));
    act(() => latest.setListingText('1 del-2', 'pasted'));
    expect(calls.map((call) => [call.text, call.signal.aborted])).toEqual([
      ['1 kept-1', true],
      ['1 del-2', false],
    ]);
    await answer(calls[0]!);
    expect(latest.comparison).toBeNull();
    await answer(calls[1]!);
    expect(latest.comparison?.counts.deleted).toBe(1);
    expect(latest.pending).toBe(false);
  });

  it('cancels on request, and compares again on retry', async () => {
    const { run, calls } = heldRunner();
    render(target, run);
    act(() => latest.setListingText(listingText, 'pasted'));
    expect(latest.pending).toBe(true);
    act(() => latest.cancel());
    expect(calls[0]!.signal.aborted).toBe(true);
    expect(latest.cancelled).toBe(true);
    expect(latest.pending).toBe(false);
    expect(latest.comparison).toBeNull();
    act(() => latest.retry());
    expect(latest.cancelled).toBe(false);
    expect(calls).toHaveLength(2);
    await answer(calls[1]!);
    expect(latest.comparison?.counts.new).toBe(2);
  });

  it('says why a comparison failed', async () => {
    render(target, () => Promise.reject(new Error('the comparison worker stopped')));
    act(() => latest.setListingText('1 kept-1'));
    await settle();
    expect(latest.error).toBe('the comparison worker stopped');
    expect(latest.pending).toBe(false);
    expect(latest.comparison).toBeNull();
  });

  it('compares a large pasted listing at once', () => {
    const { run, calls } = heldRunner();
    render(target, run);
    act(() => latest.setListingText(largeListing('del-2'), 'pasted'));
    expect(calls.map((call) => call.text)).toEqual([largeListing('del-2')]);
  });

  it('compares a large typed listing only once typing pauses', async () => {
    vi.useFakeTimers();
    const { run, calls } = heldRunner();
    render(target, run);
    act(() => latest.setListingText('1 kept-1'));
    await answer(calls[0]!);
    act(() => latest.setListingText(largeListing('del-2')));
    expect(latest.pending).toBe(true);
    // What the shown comparison was made from, not what is being typed.
    expect(latest.comparedText).toBe('1 kept-1');
    act(() => {
      vi.advanceTimersByTime(TYPING_PAUSE_MS - 1);
    });
    act(() => latest.setListingText(largeListing('gone-3')));
    act(() => {
      vi.advanceTimersByTime(TYPING_PAUSE_MS - 1);
    });
    expect(calls).toHaveLength(1);
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(calls.map((call) => call.text)).toEqual(['1 kept-1', largeListing('gone-3')]);
    await answer(calls[1]!);
    expect(latest.pending).toBe(false);
    expect(latest.comparison?.counts).toMatchObject({ fetched: 2, deleted: 0, gone: 2 });
    expect(latest.comparedText).toBe(largeListing('gone-3'));
  });
});
