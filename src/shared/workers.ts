/**
 * The page's workers, as plain async functions. All are inlined as classic workers so
 * the single-file build also decodes and exports when opened from file://. Views reach
 * the workers only through here.
 */
import DecodeWorker from '../worker/decode.worker?worker&inline';
import ExportWorker from '../worker/export.worker?worker&inline';
import CompareWorker from '../worker/compare.worker?worker&inline';
import EditWorker from '../worker/edit.worker?worker&inline';
import type { ServerComparison } from '../compare/index';
import type { EditResult, WorkingCopy } from '../edit/index';
import { compareWith } from '../worker/compareClient';
import { buildEditedWith } from '../worker/editClient';
import { createDecoderClient } from '../worker/decoderClient';
import { buildExportWith, type ExportOptions } from '../worker/exportClient';
import type { ExportRequest } from '../worker/exportProtocol';

export const decoder = createDecoderClient(() => new DecodeWorker());

export function buildExportInWorker(
  request: ExportRequest,
  options?: ExportOptions,
): Promise<Blob> {
  return buildExportWith(() => new ExportWorker(), request, options);
}

export function compareInWorker(
  bytes: Uint8Array,
  listingText: string,
  options?: ExportOptions,
): Promise<ServerComparison> {
  return compareWith(() => new CompareWorker(), bytes, listingText, options);
}

export function buildEditedInWorker(
  copy: WorkingCopy,
  options?: ExportOptions,
): Promise<EditResult> {
  return buildEditedWith(() => new EditWorker(), copy, options);
}

export { canBuildInWorker } from '../worker/exportClient';
