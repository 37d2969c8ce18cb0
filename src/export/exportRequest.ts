import { compareWithServer, parseUidlListing } from '../compare/index';
import { decodeUidlHistory } from '../decoder/index';
import { csvFile, jsonFile, type ExportFile } from './exportFiles';

export type ExportFormat = 'json' | 'csv';

/**
 * What an export needs, in a form that posts to a worker: the bytes and the listing
 * text rather than the decoded history and comparison, which are rebuilt from them.
 */
export interface ExportRequest {
  format: ExportFormat;
  /** The loaded name, from which the file name is made. */
  name: string;
  bytes: Uint8Array;
  /** The server's UIDL listing to compare with, or null to export without a comparison. */
  listingText: string | null;
}

/** The same file `jsonFile` / `csvFile` make for the page's history and comparison. */
export function buildExportFile(request: ExportRequest): ExportFile {
  const { format, name, bytes, listingText } = request;
  const history = decodeUidlHistory(bytes);
  // Blank text is no listing, as on the page.
  const comparison =
    listingText === null || listingText.trim() === ''
      ? null
      : compareWithServer(history, parseUidlListing(listingText));
  const loaded = { name, bytes, history };
  return format === 'json' ? jsonFile(loaded, comparison) : csvFile(loaded, comparison);
}
