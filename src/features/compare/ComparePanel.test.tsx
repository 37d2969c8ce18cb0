// @vitest-environment jsdom
import { act, createElement } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { mountPerTest } from '../../shared/testing/reactRoot';
import { ComparePanel } from './ComparePanel';
import { sampleComparison, listingText } from '../../compare/testing';
import {
  useServerComparison,
  type ComparedHistory,
  type CompareRunner,
} from './useServerComparison';

const view = mountPerTest();

beforeAll(() => {
  // jsdom lays nothing out; the virtualizer needs a viewport to place rows in.
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get: () => 600,
  });
});

/** The panel as the page will hold it: the hook owns the text, the panel shows it. */
function Harness(props: {
  target: ComparedHistory | null;
  onSelect: () => void;
  run?: CompareRunner;
}) {
  const state = useServerComparison(props.target, props.run);
  return createElement(ComparePanel, {
    history: props.target?.history ?? null,
    compare: state,
    onSelect: props.onSelect,
  });
}

function render(sample: ComparedHistory | null = sampleComparison(), run?: CompareRunner) {
  const onSelect = vi.fn();
  const target = sample && { bytes: sample.bytes, history: sample.history };
  view.render(createElement(Harness, { target, onSelect, run }));
  return onSelect;
}

const textarea = () => view.container.querySelector('textarea')!;
/** Types `text` into the box and lets the comparison it starts answer. */
async function type(text: string) {
  // React tracks the value a script sets; the prototype's setter is what typing uses.
  const { set } = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value') as {
    set: (this: HTMLTextAreaElement, value: string) => void;
  };
  act(() => {
    set.call(textarea(), text);
    textarea().dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}
const filter = (verdict: string) =>
  view.container.querySelector<HTMLButtonElement>(`.compare__filter[data-verdict="${verdict}"]`)!;
const showAll = () =>
  act(() =>
    view.container
      .querySelector<HTMLButtonElement>('.compare__filter:not([data-verdict])')!
      .click(),
  );
const rows = () =>
  [...view.container.querySelectorAll<HTMLElement>('.compare__sizer [role="row"]')].map((row) =>
    [...row.querySelectorAll('[role="cell"]')].map((cell) => cell.textContent),
  );

describe('ComparePanel', () => {
  it('is a region titled "Compare with server" with a labelled listing box', () => {
    render();
    const region = view.container.querySelector('section')!;
    const title = document.getElementById(region.getAttribute('aria-labelledby')!);
    expect(title?.textContent).toBe('Compare with server');
    expect(textarea().closest('label')?.textContent).toMatch(/^Server UIDL listing/);
    expect(region.textContent).toContain(
      "Matching is exact on the decoded UID (the server's form).",
    );
    expect(view.container.querySelector('[role="table"]')).toBeNull();
  });

  it('counts each verdict once a listing is pasted', async () => {
    render();
    await type(listingText);
    const count = (verdict: string) =>
      filter(verdict).querySelector('.compare__filter-count')?.textContent;
    expect(['fetched', 'deleted', 'new', 'gone', 'near-miss'].map(count)).toEqual([
      '1',
      '1',
      '2',
      '2',
      '1',
    ]);
    // The new messages first: the tag table cannot show them.
    expect(rows()).toHaveLength(2);
    showAll();
    expect(rows()).toHaveLength(6);
  });

  it('shows only the new messages under the "new" filter, and all again on a second press', async () => {
    render();
    await type(listingText);
    expect(filter('new').getAttribute('aria-pressed')).toBe('true');
    showAll();
    expect(filter('new').getAttribute('aria-pressed')).toBe('false');
    act(() => filter('new').click());
    expect(filter('new').getAttribute('aria-pressed')).toBe('true');
    expect(rows().map((cells) => cells.slice(0, 3))).toEqual([
      ['3', 'brand-new', 'new'],
      ['4', 'case-4', 'new'],
    ]);
    act(() => filter('new').click());
    expect(rows()).toHaveLength(6);
  });

  it('flags the near miss with the nearly matching tag, which selects it', async () => {
    const sample = sampleComparison();
    const { history } = sample;
    const onSelect = render(sample);
    await type(listingText);
    showAll();
    const row = view.container.querySelector<HTMLElement>('[data-row="line-6"]')!;
    expect(row.className).toContain('compare__row--near-miss');
    const nearMiss = row.querySelector('.compare__near-miss')!;
    expect(nearMiss.textContent).toContain('CASE-4');
    expect(nearMiss.textContent).toContain('case differs');
    const goneSide = view.container.querySelector('[data-row="tag-3"] .compare__near-miss');
    expect(goneSide?.textContent).toContain('server #4 case-4');
    act(() => nearMiss.querySelector('button')!.click());
    expect(onSelect).toHaveBeenCalledWith({
      start: history.tags.start[3],
      end: history.tags.end[3],
      tag: 3,
    });
  });

  it('selects the matching tag of a clicked row by its byte range', async () => {
    const sample = sampleComparison();
    const { history } = sample;
    const onSelect = render(sample);
    await type(listingText);
    showAll();
    const button = view.container.querySelector<HTMLButtonElement>(
      '[data-row="line-3"] button[aria-label="Select tag 1"]',
    )!;
    act(() => button.click());
    expect(onSelect).toHaveBeenCalledWith({ start: 29, end: 53, tag: 1 });
    expect([history.tags.start[1], history.tags.end[1]]).toEqual([29, 53]);
  });

  it('lists bad listing lines with their line numbers', async () => {
    render();
    await type(listingText);
    const bad = view.container.querySelector('[aria-label="Skipped listing lines"]')!;
    expect(bad.textContent).toBe('Line 4 junk: does not start with a message number');
  });

  it('reads a listing from the file button', async () => {
    render();
    const input = view.container.querySelector<HTMLInputElement>('input[type="file"]')!;
    const file = new File(['1 kept-1\n2 other'], 'uidl.txt', { type: 'text/plain' });
    Object.defineProperty(input, 'files', { configurable: true, value: [file] });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await file.text();
    });
    // A listing read from a file folds the box to one line, which says where it came from.
    expect(view.container.querySelector('textarea')).toBeNull();
    expect(view.container.querySelector('.compare__summary-text')?.textContent).toBe(
      'Listing from uidl.txt: 2 server messages',
    );
    expect(filter('new').querySelector('.compare__filter-count')?.textContent).toBe('1');
    const edit = [...view.container.querySelectorAll('button')].find(
      (button) => button.textContent === 'Edit listing',
    )!;
    act(() => edit.click());
    expect(textarea().value).toBe('1 kept-1\n2 other');
  });

  it('asks for a history when there is none', async () => {
    render(null);
    await type('1 a');
    expect(view.container.textContent).toContain('Open a history to compare it with this listing.');
    expect(view.container.querySelector('.compare__filters')).toBeNull();
  });

  it('offers to cancel a comparison that runs, and to compare again', async () => {
    const signals: AbortSignal[] = [];
    // A comparison that never answers by itself, as a long one in a worker.
    const run: CompareRunner = (_target, _text, signal) => {
      signals.push(signal);
      return new Promise(() => undefined);
    };
    render(sampleComparison(), run);
    await type(listingText);
    const button = (name: string) =>
      [...view.container.querySelectorAll('button')].find((b) => b.textContent === name);
    expect(view.container.querySelector('.compare__running')?.textContent).toBe(
      'Comparing… Cancel',
    );
    act(() => button('Cancel')!.click());
    expect(signals[0]?.aborted).toBe(true);
    expect(view.container.textContent).toContain('The comparison was cancelled.');
    expect(view.container.querySelector('.compare__running')).toBeNull();
    act(() => button('Compare')!.click());
    expect(signals).toHaveLength(2);
    expect(view.container.querySelector('.compare__running')).not.toBeNull();
  });
});
