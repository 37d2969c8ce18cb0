// @vitest-environment jsdom
import { act, createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleComparison } from '../../compare/testing';
import { decodeUidlHistory, encodeUidlHistory, tagRange, uidOf } from '../../decoder/index';
import type { DecodedHistory } from '../../decoder/model';
import { captureDownloads, type SavedDownload } from '../../shared/testing/downloads';
import { mountPerTest } from '../../shared/testing/reactRoot';
import { EditView } from './EditView';

const view = mountPerTest();
let saved: SavedDownload[] = [];
beforeEach(() => {
  saved = captureDownloads();
});
afterEach(() => {
  vi.restoreAllMocks();
});

function render(options: { selectedTag?: number; withComparison?: boolean } = {}) {
  const { bytes, history, comparison } = sampleComparison();
  view.render(
    createElement(EditView, {
      bytes,
      history,
      fileName: 'sample.bin',
      selection: options.selectedTag === undefined ? null : tagRange(history, options.selectedTag),
      comparison: options.withComparison ? comparison : null,
    }),
  );
  return history;
}

const button = (name: string | RegExp) => {
  const found = [...view.container.querySelectorAll('button')].find((b) =>
    typeof name === 'string' ? b.textContent === name : name.test(b.textContent ?? ''),
  );
  if (!found) throw new Error(`No button ${String(name)}`);
  return found;
};
const click = (name: string | RegExp) => act(() => button(name).click());
const summary = () => view.container.querySelector('.edit__summary')?.textContent;
const validity = () => view.container.querySelector('.edit__result [role="status"]')?.textContent;

/** Sets a field's value the way typing does (React tracks the value a script sets). */
function type(field: HTMLInputElement | HTMLTextAreaElement, proto: object, text: string) {
  const { set } = Object.getOwnPropertyDescriptor(proto, 'value') as {
    set: (this: HTMLElement, value: string) => void;
  };
  act(() => {
    set.call(field, text);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Waits for the edited history to be checked (on the page here: jsdom has no workers). */
const checked = () =>
  act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

async function downloaded(): Promise<DecodedHistory> {
  await checked();
  saved.length = 0;
  click('Download edited .bin');
  expect(saved).toHaveLength(1);
  expect(saved[0]!.name).toBe('sample-edited.bin');
  return decodeUidlHistory(new Uint8Array(await saved[0]!.blob.arrayBuffer()));
}
const uids = (history: DecodedHistory) =>
  Array.from({ length: history.tags.length }, (_, i) => uidOf(history, i));

describe('EditView', () => {
  it('says the opened file is not changed, and starts with no changes', () => {
    render();
    expect(view.container.textContent).toContain('sample.bin is never changed');
    expect(summary()).toBe('No changes');
    expect(button('Undo').disabled).toBe(true);
    expect(button('Redo').disabled).toBe(true);
    expect(validity()).toMatch(/^The edited history decodes with no errors/);
  });

  it('forgets the selected tag, and undoes and redoes it', async () => {
    render({ selectedTag: 1 });
    click('Forget selected tag');
    expect(summary()).toBe('1 forgotten, 0 added, 0 changed');
    expect(button('Forget selected tag').disabled).toBe(true);
    expect(view.container.textContent).toContain('Tag 1: del-2 (forgotten)');
    expect(uids(await downloaded())).toEqual(['kept-1', 'gone-3', 'CASE-4']);

    click('Undo');
    expect(summary()).toBe('No changes');
    expect(uids(await downloaded())).toEqual(['kept-1', 'del-2', 'gone-3', 'CASE-4']);
    click('Redo');
    expect(summary()).toBe('1 forgotten, 0 added, 0 changed');
    expect(button('Redo').disabled).toBe(true);
  });

  it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z inside the view', () => {
    render({ selectedTag: 0 });
    click('Forget selected tag');
    const key = (shiftKey: boolean) =>
      act(() => {
        button('Undo').dispatchEvent(
          new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, shiftKey, bubbles: true }),
        );
      });
    key(false);
    expect(summary()).toBe('No changes');
    key(true);
    expect(summary()).toBe('1 forgotten, 0 added, 0 changed');
  });

  it('marks every new server message as fetched, with the content and timestamp given', async () => {
    render({ withComparison: true });
    const input = view.container.querySelector<HTMLInputElement>('.edit input')!;
    expect(input.value).toMatch(/^\d{14}$/);
    expect(input.closest('label')?.textContent).toContain(
      'your local time; the BLOB stores no time zone',
    );
    type(input, HTMLInputElement.prototype, '20240102030405');
    click(/^Mark every new server message as fetched \(2\)$/);
    expect(summary()).toBe('0 forgotten, 2 added, 0 changed');
    const result = await downloaded();
    expect(uids(result)).toEqual(['kept-1', 'del-2', 'gone-3', 'CASE-4', 'brand-new', 'case-4']);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // Nothing new is left to mark.
    expect(button(/^Mark every new server message/).textContent).toContain('(0)');
  });

  it('opens the edited history as a new file', async () => {
    const { bytes, history } = sampleComparison();
    const onOpen = vi.fn();
    view.render(
      createElement(EditView, {
        bytes,
        history,
        fileName: 'sample.bin',
        selection: tagRange(history, 2),
        comparison: null,
        onOpen,
      }),
    );
    click('Forget selected tag');
    await checked();
    click('Open the edited history');
    expect(onOpen).toHaveBeenCalledTimes(1);
    const file = onOpen.mock.calls[0]![0] as File;
    expect(file.name).toBe('sample-edited.bin');
    const opened = decodeUidlHistory(new Uint8Array(await file.arrayBuffer()));
    expect(uids(opened)).toEqual(['kept-1', 'del-2', 'CASE-4']);
  });

  it('selects the tag a change line names', () => {
    const { bytes, history } = sampleComparison();
    const onSelect = vi.fn();
    view.render(
      createElement(EditView, {
        bytes,
        history,
        fileName: 'sample.bin',
        selection: tagRange(history, 3),
        comparison: null,
        onSelect,
      }),
    );
    click('Make it delete (-)');
    expect(summary()).toBe('0 forgotten, 0 added, 1 changed');
    act(() =>
      view.container.querySelector<HTMLButtonElement>('[aria-label="Select tag 3"]')!.click(),
    );
    expect(onSelect).toHaveBeenCalledWith(tagRange(history, 3));
  });

  it('marks typed UIDs as fetched', () => {
    render();
    const area = view.container.querySelector('textarea')!;
    type(area, HTMLTextAreaElement.prototype, 'one\r\n2 two\r\n');
    click('Mark these 2 UIDs as fetched');
    expect(summary()).toBe('0 forgotten, 2 added, 0 changed');
  });

  it('names what is wrong with a history that does not decode cleanly, and repairs it', async () => {
    const good = encodeUidlHistory({
      tags: [{ operation: 'get', content: 'body', timestampRaw: '20120906131138', uid: 'a' }],
    });
    const bytes = good.slice();
    bytes[2] = 5; // Count 5, one tag present
    view.render(
      createElement(EditView, {
        bytes,
        history: decodeUidlHistory(bytes),
        fileName: 'bad.bin',
        selection: null,
        comparison: null,
      }),
    );
    expect(validity()).toMatch(/^The edited history has 1 error: Outlook may not read it/);
    const apply = view.container.querySelector<HTMLButtonElement>('.edit__repairs button')!;
    act(() => apply.click());
    await checked();
    expect(validity()).toMatch(/^The edited history decodes with no errors/);
    expect(summary()).toContain('repairs: count');
  });
});
