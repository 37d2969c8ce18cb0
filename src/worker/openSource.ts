import { decodeUidlHistory, exampleHistoryBytes } from '../decoder';
import { openHistory } from '../input';
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
  const [sha256, sourceSha256] = await Promise.all([
    opened.blob.history ? sha256Hex(opened.blob.bytes) : null,
    fileBytes ? sha256Hex(fileBytes) : null,
  ]);
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
      const bytes = await readBlob(source.file, readLimit, (fraction) =>
        report({ phase: 'reading', fraction }),
      );
      const truncated = bytes.length < source.file.size;
      const facts = {
        name: source.name,
        sourceSize: source.file.size,
        isExample: false,
        truncated,
      };
      if (truncated) {
        const blob: Unhashed = {
          ...facts,
          bytes,
          history: null,
          sourceNote: null,
          msg: null,
          problem: `${source.name} is ${formatMiB(source.file.size)}, far larger than any UIDL history, so it was not decoded. Its first ${formatMiB(readLimit)} are shown.`,
        };
        return { blob, fileBytes: null };
      }
      const blob = decoded(
        facts,
        openHistory({ bytes, name: source.name }, source.history),
        report,
        bytes,
      );
      return { blob, fileBytes: bytes };
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
    };
  }
  const history = decodeUidlHistory(input.bytes, {
    onProgress: (done, total) =>
      report({ phase: 'decoding', fraction: total === 0 ? 1 : done / total }),
  });
  return {
    ...facts,
    bytes: input.bytes,
    history,
    sourceNote: input.note,
    problem: null,
    msg: msgSummary(input),
  };
}
