/**
 * The messages between the page and the worker that builds an edited history. A worker
 * builds one result and is then terminated, so messages need no ids.
 */
import type { Edit, EditResult } from '../edit/index';

/**
 * `bytes`: the opened file (the page's own copy, its buffer transferred); `edits`: the
 * working copy's edits in force, oldest first, which the worker applies to it again
 * (`replayEdits`) rather than receive the working copy's entries.
 */
export interface BuildEditedRequest {
  type: 'build';
  bytes: Uint8Array;
  edits: readonly Edit[];
}

export type EditWorkerRequest = BuildEditedRequest;

export type EditWorkerResponse =
  /** The result's bytes and its history's columns come transferred (`editResultBuffers`). */
  { type: 'built'; result: EditResult } | { type: 'failed'; message: string };
