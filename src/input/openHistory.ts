import { MAX_INPUT_BYTES } from './limits';
import { chooseMsgHistory } from './msg';
import type { ByteSource, CancelSignal } from './pst/source';
import type { ScanProgress } from './pst/types';
import { readInput, readTextInput } from './readInput';
import { isStoreHead, readStore } from './store';
import type { InputResult } from './types';

/** What the user gave: a file's bytes with its name, or text (a paste). */
export type HistorySource = { bytes: Uint8Array; name: string } | { text: string };

/**
 * The one way from what the user gave to the history to decode, for the page's worker and
 * the command line alike: the form is recognised, and of a container holding several
 * histories the `choice`-th (0-based) is taken, the others listed in `msg.candidates`.
 * A choice the input does not have is an error that says how many there are.
 */
export function openHistory(source: HistorySource, choice = 0): InputResult {
  const input =
    'text' in source ? readTextInput(source.text) : readInput(source.bytes, source.name);
  if (input.kind === 'error' || choice === 0) return input;
  const chosen = chooseMsgHistory(input, choice);
  if (chosen !== null) return chosen;
  const count = input.msg?.candidates.length ?? 0;
  const holds = input.msg
    ? `the .msg holds ${count === 1 ? 'only one' : count}`
    : 'the input is not a .msg';
  return { kind: 'error', message: `history ${choice + 1} was asked for, but ${holds}` };
}

/** A file the user gave, read piece by piece: a File in the page, a file handle in Node. */
export type { ByteSource };

export interface FileOpenOptions {
  /** The most of a file that is read whole; larger ones (but stores) are `too-large`. */
  readLimit?: number;
  /** Fraction of the file read, for files read whole. */
  onRead?: (fraction: number) => void;
  /** Folders visited and bytes read, while a store is scanned. */
  onScan?: (progress: ScanProgress) => void;
  /** The file's bytes, when it was read whole (so they need not be read again). */
  onReadWhole?: (bytes: Uint8Array) => void;
  signal?: CancelSignal;
}

/** A file too large to be a history (and not a store): nothing was decoded. */
export interface TooLarge {
  kind: 'too-large';
  size: number;
}

/** Bytes read at once when a file is read whole, so progress can be shown. */
const READ_CHUNK = 4 * 1024 * 1024;

/** A read that is its own buffer can be kept as the file's bytes (and later transferred). */
const ownsBuffer = (part: Uint8Array): boolean =>
  part.byteOffset === 0 && part.byteLength === part.buffer.byteLength;

/**
 * `openHistory` for a file given by random access: a `.pst`/`.ost` is scanned and never read
 * whole, whatever its size; anything else is read whole up to `readLimit`.
 */
export async function openHistoryFile(
  file: ByteSource,
  name: string,
  choice = 0,
  options: FileOpenOptions = {},
): Promise<InputResult | TooLarge> {
  // The first part of the file both tells a store from the rest and starts reading the
  // file whole: a history (up to READ_CHUNK) is one read, not a read of its head and then one
  // of the whole. Of a store or a file too large, that part is all that is read here.
  const first =
    file.size > 0 ? await file.read(0, Math.min(file.size, READ_CHUNK)) : new Uint8Array(0);
  if (isStoreHead(first.subarray(0, 4))) {
    return readStore(file, name, choice, { onProgress: options.onScan, signal: options.signal });
  }
  if (file.size > (options.readLimit ?? MAX_INPUT_BYTES))
    return { kind: 'too-large', size: file.size };
  const bytes = first.length === file.size && ownsBuffer(first) ? first : new Uint8Array(file.size);
  if (bytes !== first) bytes.set(first, 0);
  options.onRead?.(file.size === 0 ? 1 : first.length / file.size);
  for (let at = first.length; at < file.size; at += READ_CHUNK) {
    const part = await file.read(at, Math.min(READ_CHUNK, file.size - at));
    bytes.set(part, at);
    options.onRead?.(Math.min(1, (at + part.length) / file.size));
  }
  options.onReadWhole?.(bytes);
  return openHistory({ bytes, name }, choice);
}
