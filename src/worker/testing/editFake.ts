import { replayEdits } from '../../edit/index';
import type { EditWorkerRequest, EditWorkerResponse } from '../editProtocol';
import { FakeWorker } from './fakeWorker';

/** Stands in for the edit worker. */
export class EditFake extends FakeWorker<EditWorkerRequest, EditWorkerResponse> {
  /** Answers as the edit worker does, from what it was sent. */
  build(): void {
    const { bytes, edits } = this.sent[0]!.message;
    this.answer({ type: 'built', result: replayEdits(bytes, edits).result() });
  }
}
