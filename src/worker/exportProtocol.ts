/**
 * The messages between the page and the export worker. A worker builds one file and
 * is then terminated, so messages need no ids.
 */
import type { ExportRequest } from '../export/exportRequest';

export type { ExportFormat, ExportRequest } from '../export/exportRequest';

/** `request.bytes` is the page's own copy, its buffer transferred. */
export interface BuildExportRequest {
  type: 'build';
  request: ExportRequest;
}

export type ExportWorkerRequest = BuildExportRequest;

export type ExportWorkerResponse =
  /** A Blob posts without copying the text it holds. */
  { type: 'built'; file: Blob } | { type: 'failed'; message: string };
