// @vitest-environment jsdom
import { act, createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleComparison } from '../../compare/testing';
import { decodeUidlHistory, encodeUidlHistory, tagRange } from '../../decoder/index';
import { bodyTag } from '../../decoder/testing/bodyTag';
import { captureDownloads, type SavedDownload } from '../../shared/testing/downloads';
import { mountPerTest } from '../../shared/testing/reactRoot';
import { fakeEditWorkers, type EditFake } from '../../shared/testing/editWorkers';
import { EditView } from './EditView';

const view = mountPerTest();
let saved: SavedDownload[] = [];
/** The workers started, oldest first, and the builder that starts them. */
let fakes = fakeEditWorkers();
let workers: EditFake[] = [];

beforeEach(() => {
  saved = captureDownloads();
  fakes = fakeEditWorkers();
  workers = fakes.workers;
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** The sample history (tags kept-1, del-2, gone-3, CASE-4) with tag 0 selected. */
function render(): void {
  const { bytes, history } = sampleComparison();
  view.render(
    createElement(EditView, {
      bytes,
      history,
      fileName: 'sample.bin',
      selection: tagRange(history, 0),
      comparison: null,
      onOpen: () => undefined,
      buildResult: fakes.build,
    }),
  );
}

const button = (name: string) => {
  const found = [...view.container.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`No button ${name}`);
  return found;
};
const click = (name: string) => act(() => button(name).click());
const result = () => view.container.querySelector('.edit__result')!;
const TAKE = ['Download edited .bin', 'Copy as hex', 'Copy as cb/lpb', 'Open the edited history'];
const takeable = () => TAKE.map((name) => !button(name).disabled);

/** Lets the answer reach the view: promise callbacks, then React's update. */
const settle = (answer: () => void = () => undefined) =>
  act(async () => {
    answer();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

async function downloadedBytes(): Promise<Uint8Array> {
  saved.length = 0;
  click('Download edited .bin');
  expect(saved).toHaveLength(1);
  return new Uint8Array(await saved[0]!.blob.arrayBuffer());
}

describe('the edited history', () => {
  it('is the opened file, with nothing to build, before any edit', async () => {
    render();
    expect(workers).toHaveLength(0);
    expect(result().textContent).toContain('The edited history decodes with no errors');
    expect(takeable()).toEqual([true, true, true, true]);
    expect(await downloadedBytes()).toEqual(sampleComparison().bytes);
  });

  it('says it is being checked, the ways to take it waiting, until the worker answers', async () => {
    render();
    click('Forget selected tag');
    expect(workers).toHaveLength(1);
    expect(result().textContent).toContain('Checking the edited history…');
    expect(result().textContent).not.toContain('decodes with no errors');
    expect(takeable()).toEqual([false, false, false, false]);

    await settle(() => workers[0]!.build());
    expect(result().textContent).not.toContain('Checking');
    // Three of the four tags are left after the 4-byte header, each 16 bytes of operation,
    // content and timestamp, its UID as stored ('-' escaped as $2d: del$2d2, gone$2d3,
    // CASE$2d4) and 0x00.
    expect(result().textContent).toContain('The edited history decodes with no errors');
    expect(result().textContent).toContain(`${4 + (16 + 7 + 1) + 2 * (16 + 8 + 1)} bytes, 3 tags.`);
    expect(takeable()).toEqual([true, true, true, true]);
    expect(await downloadedBytes()).toEqual(
      encodeUidlHistory({
        tags: [bodyTag('delete', 'del-2'), bodyTag('get', 'gone-3'), bodyTag('get', 'CASE-4')],
      }),
    );

    // The next edit's result is checked afresh; the last one is not offered meanwhile.
    click('Undo');
    click('Redo');
    expect(workers).toHaveLength(2);
    expect(result().textContent).toContain('Checking the edited history…');
    expect(takeable()).toEqual([false, false, false, false]);
  });

  it('stops the unfinished build when a newer edit comes, and shows only the newer result', async () => {
    render();
    click('Make it delete (-)');
    click('Make it get and delete (&)');
    expect(workers).toHaveLength(2);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.terminated).toBe(false);

    // The first worker answering late changes nothing.
    await settle(() => workers[0]!.build());
    expect(result().textContent).toContain('Checking the edited history…');

    await settle(() => workers[1]!.build());
    const history = decodeUidlHistory(await downloadedBytes());
    expect(String.fromCharCode(history.tags.operationByte[0]!)).toBe('&');
    expect(history.tags.length).toBe(4);
  });

  it('stops the build when every edit is undone, and is the opened file again', async () => {
    render();
    click('Forget selected tag');
    click('Undo');
    expect(workers[0]!.terminated).toBe(true);
    expect(takeable()).toEqual([true, true, true, true]);
    expect(await downloadedBytes()).toEqual(sampleComparison().bytes);
  });

  it('says why checking failed, and tries again in a new worker', async () => {
    render();
    click('Forget selected tag');
    await settle(() => workers[0]!.answer({ type: 'failed', message: 'Invalid array length' }));
    const alert = result().querySelector('[role="alert"]');
    expect(alert?.textContent).toContain(
      'Checking the edited history failed: Invalid array length',
    );
    expect(takeable()).toEqual([false, false, false, false]);

    click('Try again');
    expect(workers).toHaveLength(2);
    expect(result().querySelector('[role="alert"]')).toBeNull();
    expect(result().textContent).toContain('Checking the edited history…');
    await settle(() => workers[1]!.build());
    expect(result().textContent).toContain('3 tags.');
    expect(takeable()).toEqual([true, true, true, true]);
  });

  it('checks it on this page when asked to after a failure', async () => {
    render();
    click('Forget selected tag');
    await settle(() =>
      workers[0]!.onerror?.({ message: '', preventDefault: () => undefined } as ErrorEvent),
    );
    expect(result().textContent).toContain(
      'Checking the edited history failed: The worker checking the edited history stopped unexpectedly.',
    );
    click('Check it on this page');
    await act(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    expect(workers).toHaveLength(1);
    expect(result().textContent).toContain('3 tags.');
    expect(takeable()).toEqual([true, true, true, true]);
  });
});
