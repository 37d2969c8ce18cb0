// @vitest-environment jsdom
import { act, createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Selection } from '../../shared/selection';
import type { DecodedHistory } from '../../decoder/model';
import { mountPerTest } from '../../shared/testing/reactRoot';
import { HexView } from './HexView';
import { sampleHistory } from './testHistory';

const view = mountPerTest();

function render(
  bytes: Uint8Array,
  history: DecodedHistory | null,
  selection: Selection | null = null,
  onSelect = vi.fn(),
) {
  view.render(createElement(HexView, { bytes, history, selection, onSelect }));
  return onSelect;
}

const grid = () => view.container.querySelector<HTMLElement>('[role="grid"]')!;
const cell = (offset: number) =>
  view.container.querySelector<HTMLElement>(`[role="gridcell"][data-offset="${offset}"]`);
const key = (k: string, init: KeyboardEventInit = {}) =>
  act(() => {
    grid().dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, ...init }));
  });

describe('HexView', () => {
  it('is a labelled region showing the bytes coloured by field', () => {
    const { bytes, history } = sampleHistory();
    render(bytes, history);
    const section = view.container.querySelector('section');
    const title = document.getElementById(section?.getAttribute('aria-labelledby') ?? '');
    expect(title?.textContent).toMatch(/^Hex view /);
    expect(cell(0)?.textContent).toBe('03');
    expect(cell(0)?.className).toContain('f-version');
    expect(cell(2)?.className).toContain('f-count');
    expect(cell(22)?.className).toContain('f-escape');
  });

  it('leaves its rows out until they are to be drawn, the grid and its size there', () => {
    const { bytes, history } = sampleHistory();
    const props = { bytes, history, selection: null, onSelect: vi.fn() };
    view.render(createElement(HexView, { ...props, rowsDrawn: false }));
    expect(grid()).not.toBeNull();
    expect(grid().getAttribute('aria-rowcount')).toBe(String(Math.ceil(bytes.length / 16)));
    expect(view.container.querySelectorAll('[role="row"]')).toHaveLength(0);
    view.render(createElement(HexView, { ...props, rowsDrawn: true }));
    expect(cell(0)?.textContent).toBe('03');
  });

  it('browses bytes without a model, uncoloured', () => {
    const { bytes } = sampleHistory();
    render(bytes, null);
    expect(cell(0)?.textContent).toBe('03');
    expect(cell(0)?.className).not.toContain('f-');
  });

  it('selects the whole tag of a clicked byte', () => {
    const { bytes, history } = sampleHistory();
    const onSelect = render(bytes, history);
    act(() => cell(30)?.click());
    expect(onSelect).toHaveBeenCalledWith({ start: 27, end: 45, tag: 1 });
  });

  it('outlines the selection it is given', () => {
    const { bytes, history } = sampleHistory();
    render(bytes, history, { start: 27, end: 45, tag: 1 });
    expect(cell(27)?.className).toContain('selected-first');
    expect(cell(44)?.className).toContain('selected-last');
    expect(cell(26)?.className).not.toContain('selected');
  });

  it('moves the cursor from the keyboard and selects its tag on Enter', () => {
    const { bytes, history } = sampleHistory();
    const onSelect = render(bytes, history);
    key('ArrowDown');
    key('ArrowRight');
    expect(cell(17)?.className).toContain('cursor');
    expect(grid().getAttribute('aria-activedescendant')).toBe(cell(17)?.id);
    key('Enter');
    expect(onSelect).toHaveBeenCalledWith({ start: 4, end: 27, tag: 0 });
    key('End', { ctrlKey: true });
    expect(cell(bytes.length - 1)?.className).toContain('cursor');
    key('Home');
    expect(cell(32)?.className).toContain('cursor');
  });

  it.each([
    ['15 MB', 15 * 2 ** 20],
    ['1 GiB', 2 ** 30],
  ])('renders only the rows in view of a %s file, and reaches both ends', (_, size) => {
    // Untouched pages of a zeroed buffer are not committed, so even 1 GiB costs little here.
    const bytes = new Uint8Array(size);
    render(bytes, null);
    const rowsBefore = view.container.querySelectorAll('[role="row"]').length;
    expect(rowsBefore).toBeLessThan(40);
    key('End', { ctrlKey: true });
    expect(cell(bytes.length - 1)).not.toBeNull();
    expect(cell(0)).toBeNull();
    expect(view.container.querySelectorAll('[role="row"]').length).toBeLessThan(40);
    key('Home', { ctrlKey: true });
    expect(cell(0)?.className).toContain('cursor');
  });
});
