// @vitest-environment jsdom
import { act, createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LoadedHistory, Selection } from '../../shared/selection';
import { encodeUidlHistory, type HistoryJson } from '../../decoder/index';
import { listingText, sampleComparison } from '../../compare/testing';
import { mountPerTest } from '../../shared/testing/reactRoot';
import { captureDownloads, type SavedDownload } from '../../shared/testing/downloads';
import { ExportMenu } from './ExportMenu';

const { bytes, history, comparison } = sampleComparison();
const loaded: LoadedHistory = { name: 'inbox.bin', bytes, history, sourceNote: null };

const view = mountPerTest();
let saved: SavedDownload[];

beforeEach(() => {
  saved = captureDownloads();
});

afterEach(() => {
  vi.restoreAllMocks();
});

function setClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: writeText ? { writeText } : undefined,
  });
}

function render(selection: Selection | null, withComparison = true) {
  view.render(
    createElement(ExportMenu, {
      loaded,
      selection,
      comparison: withComparison ? comparison : null,
      listingText: withComparison ? listingText : null,
    }),
  );
}

const button = (name: string) =>
  [...view.container.querySelectorAll('button')].find((b) => b.textContent === name)!;
const message = () => view.container.querySelector('[role="status"]')?.textContent;
/** Clicks and lets the work it starts finish: a save waits for a painted frame. */
async function press(name: string) {
  await act(async () => {
    button(name).click();
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
}

describe('ExportMenu', () => {
  it('is a labelled group of buttons', () => {
    render(null);
    const group = view.container.querySelector('[role="group"]')!;
    expect(document.getElementById(group.getAttribute('aria-labelledby')!)?.textContent).toBe(
      'Export',
    );
    expect([...group.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'Export JSON',
      'Export CSV',
      'Download bytes (.bin)',
      'Copy UID of selected tag',
      'Copy selected bytes as hex',
      'Copy selected bytes as C array',
    ]);
  });

  it('saves JSON that rebuilds the bytes and carries the comparison', async () => {
    render(null);
    act(() => button('Export JSON').click());
    expect(message()).toBe('Preparing inbox-history.json…');
    expect(saved).toEqual([]);
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(saved.map((file) => file.name)).toEqual(['inbox-history.json']);
    const json = JSON.parse(await saved[0]!.blob.text()) as HistoryJson & {
      comparison?: { counts: unknown };
    };
    expect(json.comparison?.counts).toEqual({ fetched: 1, deleted: 1, new: 2, gone: 2 });
    expect([...encodeUidlHistory(json)]).toEqual([...bytes]);
    expect(message()).toBe('Saved inbox-history.json.');
  });

  it('saves CSV and the bytes', async () => {
    render(null, false);
    await press('Export CSV');
    await press('Download bytes (.bin)');
    expect(saved.map((file) => file.name)).toEqual(['inbox-history.csv', 'inbox-history.bin']);
    const csv = await saved[0]!.blob.text();
    expect(csv.split('\r\n')[1]).toBe(
      '0,4,29,get,body,2012-09-06T13:11:38,20120906131138,kept$2d1,kept-1,',
    );
    expect(new Uint8Array(await saved[1]!.blob.arrayBuffer())).toEqual(bytes);
  });

  it('explains why copying is not possible without a selection', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    setClipboard(writeText);
    render(null);
    const hex = button('Copy selected bytes as hex');
    expect(hex.getAttribute('aria-disabled')).toBe('true');
    const reason = document.getElementById(hex.getAttribute('aria-describedby')!);
    expect(reason?.textContent).toBe('Copying bytes: Select a tag or bytes first.');
    await press('Copy selected bytes as hex');
    expect(writeText).not.toHaveBeenCalled();
    expect(message()).toBe('Select a tag or bytes first.');
  });

  it('copies the selected tag’s bytes as hex and its decoded UID', async () => {
    const writeText = vi.fn((text: string) => Promise.resolve(void text));
    setClipboard(writeText);
    render({ start: 29, end: 53, tag: 1 });
    expect(button('Copy selected bytes as hex').getAttribute('aria-disabled')).toBe('false');
    await press('Copy selected bytes as hex');
    expect(writeText).toHaveBeenLastCalledWith(
      [...bytes.subarray(29, 53)]
        .map((b) => b.toString(16).toUpperCase().padStart(2, '0'))
        .join(' '),
    );
    expect(message()).toBe('Copied 24 bytes as hex.');
    await press('Copy UID of selected tag');
    expect(writeText).toHaveBeenLastCalledWith('del-2');
    expect(message()).toBe('Copied the UID of tag 1.');
    await press('Copy selected bytes as C array');
    expect(writeText.mock.lastCall?.[0]).toMatch(/^\{\n {2}0x2D, 0x62,/);
  });

  it('says so, and offers the text, when the clipboard is refused', async () => {
    setClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    render({ start: 0, end: 4, tag: null });
    await press('Copy selected bytes as hex');
    expect(message()).toMatch(/^The browser did not allow copying 4 bytes as hex/);
    expect(view.container.querySelector<HTMLTextAreaElement>('textarea')?.value).toBe(
      '03 00 04 00',
    );
    setClipboard(undefined);
    await press('Copy selected bytes as C array');
    expect(view.container.querySelector<HTMLTextAreaElement>('textarea')?.value).toBe(
      '{ 0x03, 0x00, 0x04, 0x00 }',
    );
  });
});
