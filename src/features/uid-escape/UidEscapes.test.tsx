// @vitest-environment jsdom
import { act, createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Selection } from '../../shared/selection';
import { decodeUidlHistory } from '../../decoder';
import { workedExampleBytes } from '../../decoder/testing/workedExample';
import { mountPerTest } from '../../shared/testing/reactRoot';
import { UidEscapes } from './UidEscapes';

const bytes = workedExampleBytes();
const history = decodeUidlHistory(bytes);
const view = mountPerTest();

function render(selection: Selection | null, onSelect = vi.fn()) {
  view.render(createElement(UidEscapes, { history, bytes, selection, onSelect }));
  return onSelect;
}

const region = () => view.container.querySelector('section[aria-label="UID escapes"]');
const escapeButtons = () =>
  Array.from(view.container.querySelectorAll<HTMLButtonElement>('button.uid-cell--escape'));

describe('UidEscapes', () => {
  it('is a labelled region that asks for a tag when none is selected', () => {
    render(null);
    expect(region()?.textContent).toContain('Select a tag');
    expect(escapeButtons()).toHaveLength(0);
  });

  it("shows the selected tag's escapes, each decoded under its box", () => {
    render({ start: 4, end: 65, tag: 0 });
    expect(escapeButtons()).toHaveLength(4);
    for (const button of escapeButtons()) {
      expect(button.querySelector('.uid-cell__ascii')?.textContent).toBe('$2d');
      expect(button.querySelector('.uid-cell__decoded')?.textContent).toBe('-');
    }
    expect(region()?.textContent).toContain('2012-09-06 13:11:38');
  });

  it("selects an escape's bytes on click, keeping the tag", () => {
    const onSelect = render({ start: 4, end: 65, tag: 0 });
    act(() => escapeButtons()[0]?.click());
    // 0BC535DB takes bytes 20-27, so the first $2d is [28, 31).
    expect(onSelect).toHaveBeenCalledWith({ start: 28, end: 31, tag: 0 });
  });

  it('marks the escape the selection covers as pressed', () => {
    render({ start: 28, end: 31, tag: 0 });
    expect(escapeButtons().map((b) => b.getAttribute('aria-pressed'))).toEqual([
      'true',
      'false',
      'false',
      'false',
    ]);
  });

  it('ignores a selected tag the history does not have', () => {
    render({ start: 0, end: 1, tag: history.tags.length });
    expect(region()?.textContent).toContain('Select a tag');
  });
});
