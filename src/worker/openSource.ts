import { decodeUidlHistory, exampleHistoryBytes, summarize } from '../decoder';
import { openHistory, openHistoryFile, type ByteSource } from '../input';
import type { InputResult } from '../input';
import type { DecodeProgress, DecodeSource, MsgSummary, OpenedBlob } from './protocol';
import { readBlob } from './readBlob';
import { sha256Hex } from './sha256';

/**
 * The most of a file that is read. The largest history Outlook can write (65,535
 * tags of 70-character UIDs, every character escaped) is under 15 MiB, and as hex
 * text or inside a .msg under 50 MiB; anything larger is browsed, not decoded.
 */
export const MAX_READ_BYTES = 64 * 1024 * 1024;

const MiB = 1024 * 1024;

/** Of a file too large to read whole that could not be opened (a damaged store), the bytes shown. */
const LARGE_FILE_BYTES_SHOWN = 64 * 1024;

/** A Blob (a dropped File) as random access: each read is one slice. */
function blobSource(blob: Blob): ByteSource {
  return {
    size: blob.size,
    read: async (offset, length) =>
      new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
  };
}

type Report = (progress: DecodeProgress) => void;

const formatMiB = (bytes: number): string => `${Math.round((bytes / MiB) * 10) / 10} MiB`;

/**
 * Reads and decodes a source, and fingerprints what was read: the file as given and the
 * BLOB found in it. Bad bytes come back as data; only a failed read throws.
 */
export async function openSource(
  source: DecodeSource,
  report: Report,
  readLimit = MAX_READ_BYTES,
): Promise<OpenedBlob> {
  const opened = await readSource(source, report, readLimit);
  const { fileBytes } = opened;
  const blobHash = opened.blob.history ? sha256Hex(opened.blob.bytes) : null;
  // A raw BLOB file is the BLOB itself: one hash serves both.
  const fileHash =
    fileBytes === opened.blob.bytes && blobHash
      ? blobHash
      : fileBytes
        ? sha256Hex(fileBytes)
        : null;
  const [sha256, sourceSha256] = await Promise.all([blobHash, fileHash]);
  return { ...opened.blob, sha256, sourceSha256 };
}

type Unhashed = Omit<OpenedBlob, 'sha256' | 'sourceSha256'>;

async function readSource(
  source: DecodeSource,
  report: Report,
  readLimit: number,
): Promise<{ blob: Unhashed; fileBytes: Uint8Array | null }> {
  // No file was read whole: nothing to fingerprint but the BLOB.
  const unread = (blob: Unhashed) => ({ blob, fileBytes: null });
  switch (source.kind) {
    case 'example': {
      const bytes = exampleHistoryBytes();
      return unread(
        decoded(
          { name: 'example.bin', sourceSize: bytes.length, isExample: true, truncated: false },
          { kind: 'blob', bytes, form: 'raw', note: 'built-in example' },
          report,
        ),
      );
    }
    case 'text': {
      const input = openHistory({ text: source.text });
      const sourceSize = input.kind === 'blob' ? input.bytes.length : 0;
      return unread(
        decoded(
          { name: source.name, sourceSize, isExample: false, truncated: false },
          input,
          report,
        ),
      );
    }
    case 'file': {
      const { file, name } = source;
      const whole: { bytes: Uint8Array | null } = { bytes: null };
      const input = await openHistoryFile(blobSource(file), name, source.history, {
        readLimit,
        onReadWhole: (bytes) => (whole.bytes = bytes),
        onRead: (fraction) => report({ phase: 'reading', fraction }),
        onScan: ({ foldersVisited, bytesRead }) =>
          report({
            phase: 'scanning',
            fraction: null,
            detail: `${foldersVisited} folder${foldersVisited === 1 ? '' : 's'}, ${formatMiB(bytesRead)} read`,
          }),
      });
      const facts = { name, sourceSize: file.size, isExample: false, truncated: false };
      if (input.kind === 'too-large') {
        const blob: Unhashed = {
          ...facts,
          truncated: true,
          bytes: await readBlob(file, readLimit, () => undefined),
          history: null,
          sourceNote: null,
          msg: null,
          store: null,
          problem: `${name} is ${formatMiB(file.size)}, far larger than any UIDL history, so it was not decoded. Its first ${formatMiB(readLimit)} are shown.`,
        };
        return { blob, fileBytes: null };
      }
      if (input.kind === 'error') {
        // Nothing decodable: the file's bytes still browse (of a store too large to read
        // whole, its first part).
        const shown = file.size > readLimit ? LARGE_FILE_BYTES_SHOWN : readLimit;
        const bytes = await readBlob(file, shown, () => undefined);
        const blob = decoded(
          { ...facts, truncated: bytes.length < file.size },
          input,
          report,
          bytes,
        );
        return { blob, fileBytes: bytes.length === file.size ? bytes : null };
      }
      // The file as given is fingerprinted when it can be read whole; a large store is
      // scanned, not read, and has no file hash in the page.
      const fileBytes =
        whole.bytes ??
        (file.size <= readLimit ? await readBlob(file, readLimit, () => undefined) : null);
      return { blob: decoded(facts, input, report), fileBytes };
    }
  }
}

function msgSummary(input: InputResult): MsgSummary | null {
  if (input.kind !== 'blob' || !input.msg) return null;
  const { messageClass, subject, candidates } = input.msg;
  return {
    messageClass,
    subject,
    histories: candidates.map(({ attachment, tagCount, errorCount }) => ({
      attachment,
      tagCount,
      errorCount,
    })),
    chosen: Math.max(
      0,
      candidates.findIndex((candidate) => candidate.bytes === input.bytes),
    ),
  };
}

/** The history the page is sent and its header's totals: what the worker does with a BLOB. */
export function decodeWithSummary(bytes: Uint8Array, report: Report) {
  const history = decodeUidlHistory(bytes, {
    onProgress: (done, total) =>
      report({ phase: 'decoding', fraction: total === 0 ? 1 : done / total }),
  });
  return { history, summary: summarize(history) };
}

function decoded(
  facts: Pick<OpenedBlob, 'name' | 'sourceSize' | 'isExample' | 'truncated'>,
  input: InputResult,
  report: Report,
  rawBytes: Uint8Array = new Uint8Array(0),
): Unhashed {
  if (input.kind === 'error') {
    // Nothing decodable: the bytes as given still browse in the hex view.
    return {
      ...facts,
      bytes: rawBytes,
      history: null,
      sourceNote: null,
      problem: input.message,
      msg: null,
      store: null,
    };
  }
  const { history, summary } = decodeWithSummary(input.bytes, report);
  return {
    ...facts,
    bytes: input.bytes,
    history,
    summary,
    sourceNote: input.note,
    problem: null,
    msg: msgSummary(input),
    store: input.store ?? null,
  };
}
