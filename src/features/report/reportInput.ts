import type { ServerComparison } from '../../compare/compare';
import { madeAtLabel, type ReportInput } from '../../export/report';
import { appVersion } from '../../shared/buildInfo';
import type { OpenedBlob } from '../../shared/workerTypes';

/** Where the BLOB of an opened file came from, in words. */
export function originOf(blob: OpenedBlob): string {
  if (blob.msg) {
    const chosen = blob.msg.histories[blob.msg.chosen];
    const subject = blob.msg.subject === null ? '' : ` of the message "${blob.msg.subject}"`;
    return `the attachment ${chosen?.attachment ?? ''}${subject} in an Outlook .msg${blob.sourceNote ? ` (${blob.sourceNote})` : ''}`;
  }
  if (blob.isExample) return 'the viewer’s built-in example (made up)';
  return blob.sourceNote ?? 'the file is the BLOB itself';
}

/** What the report of the open history is made from, stamped with the time now. */
export function reportInput(
  blob: OpenedBlob & { history: NonNullable<OpenedBlob['history']> },
  comparison: ServerComparison | null,
  now: Date,
): ReportInput {
  return {
    name: blob.name,
    size: blob.sourceSize,
    sha256: blob.sha256,
    sourceSha256: blob.sourceSha256,
    origin: originOf(blob),
    history: blob.history,
    comparison,
    version: appVersion,
    madeAt: madeAtLabel(now),
  };
}
