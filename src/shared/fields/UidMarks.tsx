import type { DecodedHistory } from '../../decoder/model';
import { uidSegments, type UidSegment } from './uidSegments';
import { visibleChar } from './visibleChar';
import './uidMarks.css';

interface UidMarksProps {
  history: DecodedHistory;
  bytes: Uint8Array;
  tag: number;
}

/** The raw UID with each `$XX` marked; a `$` that starts no valid escape is marked as an error. */
export function RawUidMarks({ history, bytes, tag }: UidMarksProps) {
  return (
    <>
      {uidSegments(history, bytes, tag).map((segment, k) => (
        <SegmentMark key={k} segment={segment} shown={segment.raw} />
      ))}
    </>
  );
}

/** The decoded UID with each character that came from an escape marked. */
export function DecodedUidMarks({ history, bytes, tag }: UidMarksProps) {
  return (
    <>
      {uidSegments(history, bytes, tag).map((segment, k) => (
        <SegmentMark
          key={k}
          segment={segment}
          shown={segment.kind === 'escape' ? visibleChar(segment.char) : segment.raw}
        />
      ))}
    </>
  );
}

function SegmentMark({ segment, shown }: { segment: UidSegment; shown: string }) {
  switch (segment.kind) {
    case 'text':
      return <>{shown}</>;
    case 'escape':
      return (
        <mark
          className={segment.needless ? 'uid-mark uid-mark--needless' : 'uid-mark'}
          title={`${segment.raw} \u2192 ${visibleChar(segment.char)}${segment.needless ? ' (needless escape)' : ''}`}
        >
          {shown}
        </mark>
      );
    case 'bad-escape':
      return (
        <mark className="uid-mark uid-mark--bad" title="$ not followed by two hex digits">
          {shown}
        </mark>
      );
  }
}
