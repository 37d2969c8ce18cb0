import type { OpenedBlob } from '../worker/protocol';
import { recognizeSignature } from './fileSignature';
import { formatSize } from './format';

export type NoticeTone = 'info' | 'warning' | 'error';

export interface NoticeText {
  tone: NoticeTone;
  text: string;
}

export interface Notice extends NoticeText {
  id: number;
  /** Offers "Try again" (the decoder died). */
  retry: boolean;
}

/** What the page tells the person about a BLOB it just opened, beyond the views. */
export function noticesFor(blob: OpenedBlob): NoticeText[] {
  const notices: NoticeText[] = [];
  if (blob.isExample) {
    notices.push({
      tone: 'info',
      text: 'This is the built-in example history, made up to show every kind of tag and a few faults; it is not a file of yours.',
    });
  }
  if (blob.problem) notices.push({ tone: blob.history ? 'warning' : 'error', text: blob.problem });
  const history = blob.history;
  if (blob.bytes.length === 0 && blob.problem === null) {
    notices.push({ tone: 'error', text: `${blob.name} is empty: there is nothing to decode.` });
  } else if (history && history.version.value !== null && history.version.value !== 3) {
    const kind = recognizeSignature(blob.bytes);
    notices.push({
      tone: 'warning',
      text: `${blob.name} does not look like a POP3 UIDL history${kind ? ` but like ${kind}` : ''}: its version is ${history.version.value}, where 3 is expected. What could be decoded is shown.`,
    });
  } else if (history && history.version.value === null) {
    notices.push({
      tone: 'warning',
      text: `${blob.name} is only ${formatSize(blob.bytes.length)} long, too short for a POP3 UIDL history.`,
    });
  }
  return notices;
}
