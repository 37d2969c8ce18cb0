import { beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeUidlHistory, encodeUidlHistory, historyBuffers } from '../decoder/index';
import { bodyTag } from '../decoder/testing/bodyTag';
import { makeLargeHistory } from '../decoder/testing/generate';
import { createWorkingCopy, type Edit } from '../edit/index';
import type { EditWorkerRequest, EditWorkerResponse } from './editProtocol';

/** The worker's global scope, as far as the worker uses it. */
const scope: {
  onmessage: ((event: MessageEvent<EditWorkerRequest>) => void) | null;
  postMessage: (response: EditWorkerResponse, transfer?: Transferable[]) => void;
} = { onmessage: null, postMessage: () => undefined };

beforeAll(async () => {
  vi.stubGlobal('self', scope);
  await import('./edit.worker');
});

/** What the page receives: the answer as postMessage delivers it, its buffers moved. */
function send(bytes: Uint8Array, edits: Edit[]): { response: EditWorkerResponse; moved: number } {
  const posted = vi.spyOn(scope, 'postMessage');
  const request: EditWorkerRequest = { type: 'build', bytes, edits };
  scope.onmessage?.({ data: request } as MessageEvent<EditWorkerRequest>);
  expect(posted).toHaveBeenCalledTimes(1);
  const [response, transfer = []] = posted.mock.calls[0]!;
  posted.mockRestore();
  return {
    response: structuredClone(response, { transfer }),
    moved: transfer.length,
  };
}

const AT = '20261201213000';
const tags = [bodyTag('get', 'a-1'), bodyTag('delete', 'b-2'), bodyTag('get', 'c-3')];
const edits: Edit[] = [
  { kind: 'forget', tags: [1] },
  { kind: 'mark-fetched', uids: ['new.1'], content: 'header', timestampRaw: AT },
  { kind: 'set-operation', tags: [2], operation: 'delete' },
];

describe('edit worker', () => {
  it('writes the edits into the history, as the format lays the tags out', () => {
    const bytes = encodeUidlHistory({ tags });
    const { response } = send(bytes.slice(), edits);
    if (response.type !== 'built') throw new Error(`expected a result, got ${response.message}`);
    // Tag 1 gone, tag 2 now delete, a get of the header appended; Count says 3.
    const expected = encodeUidlHistory({
      tags: [
        tags[0]!,
        bodyTag('delete', 'c-3'),
        { operation: 'get', content: 'header', timestampRaw: AT, uid: 'new.1' },
      ],
    });
    expect(response.result.bytes).toEqual(expected);
    expect(response.result.valid).toBe(true);
    expect(response.result.history.tags.length).toBe(3);
  });

  it.each([
    ['a small history', encodeUidlHistory({ tags })],
    ['a generated history of 1,000 tags', makeLargeHistory(1_000, 3)],
  ])('answers with the result the page builds from the same edits, for %s', (_, bytes) => {
    const { response, moved } = send(bytes.slice(), edits);
    if (response.type !== 'built') throw new Error(`expected a result, got ${response.message}`);
    let copy = createWorkingCopy(bytes, decodeUidlHistory(bytes));
    for (const edit of edits) copy = copy.apply(edit);
    const onPage = copy.result();
    expect(response.result).toEqual(onPage);
    // The bytes and every column crossed by transfer, not by copying.
    expect(moved).toBe(new Set([onPage.bytes.buffer, ...historyBuffers(onPage.history)]).size);
    expect(response.result.history.bytes).toBe(response.result.bytes);
  });

  it('answers with the reason when an edit does not apply to the history', () => {
    const { response } = send(encodeUidlHistory({ tags }), [{ kind: 'forget', tags: [7] }]);
    expect(response).toEqual({
      type: 'failed',
      message: 'There is no tag 7 in the working copy to forget.',
    });
  });
});
