// @vitest-environment jsdom
import { act, createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LoadedHistory } from '../../shared/selection';
import { listingText, sampleComparison } from '../../compare/testing';
import { mount, type MountedRoot } from '../../shared/testing/reactRoot';
import { captureDownloads, type SavedDownload } from '../../shared/testing/downloads';
import { ExportMenu } from './ExportMenu';
import { buildExportFile, type ExportRequest } from '../../export/exportRequest';
import { contentText } from '../../export/testing';

const worker = vi.hoisted(() => ({
  calls: [] as { request: ExportRequest; signal: AbortSignal | undefined }[],
  answer: null as ((blob: Blob) => void) | null,
  fail: null as ((error: Error) => void) | null,
}));

// jsdom has no workers: this stands in for one the test answers by hand.
vi.mock('../../shared/workers', () => ({
  canBuildInWorker: () => true,
  buildExportInWorker: (request: ExportRequest, options: { signal?: AbortSignal } = {}) =>
    new Promise<Blob>((resolve, reject) => {
      worker.calls.push({ request, signal: options.signal });
      worker.answer = resolve;
      worker.fail = reject;
    }),
}));

const { bytes, history, comparison } = sampleComparison();
const loaded: LoadedHistory = { name: 'inbox.bin', bytes, history, sourceNote: null };

let view: MountedRoot;
let saved: SavedDownload[];

beforeEach(() => {
  worker.calls = [];
  saved = captureDownloads();
  view = mount();
});

afterEach(() => {
  view.unmount();
  vi.restoreAllMocks();
});

function render(props: { listingText?: string | null; withComparison?: boolean } = {}) {
  view.render(
    createElement(ExportMenu, {
      loaded,
      selection: null,
      comparison: props.withComparison === false ? null : comparison,
      listingText: props.listingText === undefined ? listingText : props.listingText,
    }),
  );
}

const button = (name: string) =>
  [...view.container.querySelectorAll('button')].find((b) => b.textContent === name)!;
const message = () => view.container.querySelector('[role="status"]')?.textContent;
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));
/** Settles the worker's promise inside act(), so what the menu does next is rendered. */
const answer = (reply: () => void) =>
  act(() => {
    reply();
    return Promise.resolve();
  });

describe('ExportMenu with the export worker', () => {
  it('builds JSON in the worker from the bytes and the listing, and saves its Blob', async () => {
    render();
    act(() => button('Export JSON').click());
    expect(worker.calls.map((call) => call.request)).toEqual([
      { format: 'json', name: 'inbox.bin', bytes, listingText },
    ]);
    await settle();
    expect(message()).toBe('Preparing inbox-history.json…');
    expect(saved).toEqual([]);

    const file = buildExportFile(worker.calls[0]!.request);
    const blob = new Blob([contentText(file.content)], { type: file.type });
    await answer(() => worker.answer?.(blob));
    expect(saved).toEqual([{ name: 'inbox-history.json', blob }]);
    expect(message()).toBe('Saved inbox-history.json.');
  });

  it('builds CSV without a comparison when there is none', async () => {
    render({ withComparison: false, listingText: null });
    act(() => button('Export CSV').click());
    expect(worker.calls[0]?.request).toMatchObject({ format: 'csv', listingText: null });
    await answer(() => worker.answer?.(new Blob(['index\r\n'])));
    expect(saved.map((file) => file.name)).toEqual(['inbox-history.csv']);
  });

  it('says the worker failed and builds the file on the page instead', async () => {
    render();
    act(() => button('Export CSV').click());
    await answer(() => worker.fail?.(new Error('Out of memory')));
    expect(message()).toBe(
      'Exporting in the background failed (Out of memory); preparing inbox-history.csv on this page…',
    );
    await settle();
    expect(saved.map((file) => file.name)).toEqual(['inbox-history.csv']);
    expect(await saved[0]!.blob.text()).toBe(
      contentText(
        buildExportFile({ format: 'csv', name: 'inbox.bin', bytes, listingText }).content,
      ),
    );
    expect(message()).toBe(
      'Saved inbox-history.csv, built on this page because exporting in the background failed (Out of memory).',
    );
  });

  it('cancels an unfinished export when the menu closes', () => {
    render();
    act(() => button('Export JSON').click());
    expect(worker.calls[0]?.signal?.aborted).toBe(false);
    view.unmount();
    expect(worker.calls[0]?.signal?.aborted).toBe(true);
    view = mount();
  });
});
