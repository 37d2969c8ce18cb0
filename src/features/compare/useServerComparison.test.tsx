// @vitest-environment jsdom
import { act, createElement, useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DecodedHistory } from '../../decoder/model';
import { mountPerTest } from '../../shared/testing/reactRoot';
import { sampleComparison, listingText } from '../../compare/testing';
import {
  LARGE_LISTING_CHARS,
  TYPING_PAUSE_MS,
  useServerComparison,
  type ServerComparisonState,
} from './useServerComparison';

const view = mountPerTest();
let latest: ServerComparisonState;

function Probe({ history }: { history: DecodedHistory | null }) {
  const state = useServerComparison(history);
  useEffect(() => {
    latest = state;
  });
  return null;
}

afterEach(() => {
  vi.useRealTimers();
});

const { history } = sampleComparison();
const render = (h: DecodedHistory | null) => view.render(createElement(Probe, { history: h }));

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
    render(history);
    expect(latest.listing).toBeNull();
    expect(latest.comparison).toBeNull();
  });

  it('parses and compares a listing as it is typed', () => {
    render(history);
    act(() => latest.setListingText(listingText));
    expect(latest.listing?.messages.map((m) => m.uid)).toEqual([
      'kept-1',
      'del-2',
      'brand-new',
      'case-4',
    ]);
    expect(latest.comparison?.counts).toEqual({ fetched: 1, deleted: 1, new: 2, gone: 2 });
    expect(latest.pending).toBe(false);
  });

  it('keeps the listing but has no comparison without a history', () => {
    render(null);
    act(() => latest.setListingText(listingText));
    expect(latest.listing?.messages).toHaveLength(4);
    expect(latest.comparison).toBeNull();
  });

  it('recompares when the history changes, and clears', () => {
    render(history);
    act(() => latest.setListingText('1 kept-1'));
    const first = latest.comparison;
    render(sampleComparison().history);
    expect(latest.comparison).not.toBe(first);
    expect(latest.comparison?.counts.fetched).toBe(1);
    act(() => latest.clear());
    expect(latest.listingText).toBe('');
    expect(latest.comparison).toBeNull();
  });

  it('compares a large listing only once typing pauses', () => {
    vi.useFakeTimers();
    render(history);
    act(() => latest.setListingText('1 kept-1'));
    act(() => latest.setListingText(largeListing('del-2')));
    expect(latest.pending).toBe(true);
    expect(latest.comparison?.counts.deleted).toBe(0);
    // What the shown comparison was made from, not what is being typed.
    expect(latest.comparedText).toBe('1 kept-1');
    act(() => {
      vi.advanceTimersByTime(TYPING_PAUSE_MS - 1);
    });
    act(() => latest.setListingText(largeListing('gone-3')));
    act(() => {
      vi.advanceTimersByTime(TYPING_PAUSE_MS - 1);
    });
    expect(latest.comparison?.counts.fetched).toBe(1);
    expect(latest.comparison?.counts.gone).toBe(3);
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(latest.pending).toBe(false);
    expect(latest.comparison?.counts).toMatchObject({ fetched: 2, deleted: 0, gone: 2 });
    expect(latest.comparedText).toBe(largeListing('gone-3'));
  });
});
