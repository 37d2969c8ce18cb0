import type { DecodedHistory } from '../../decoder/model';
import { uidSegments, type UidSegment } from './uidSegments';
import { isInvisibleChar, visibleChar } from './visibleChar';
import { InvisibleMark, VisibleText } from './VisibleText';
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
        <SegmentMark key={k} segment={segment} shown={segment.raw} decoded={false} />
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
          shown={segment.kind === 'escape' ? segment.char : segment.raw}
          decoded
        />
      ))}
    </>
  );
}

/** Invisible characters in the text are boxed (VisibleText); an escaped one inside its mark. */
function SegmentMark(props: { segment: UidSegment; shown: string; decoded: boolean }) {
  const { segment, shown, decoded } = props;
  switch (segment.kind) {
    case 'text':
      return <VisibleText text={shown} />;
    case 'escape':
      return (
        <mark
          className={segment.needless ? 'uid-mark uid-mark--needless' : 'uid-mark'}
          title={`${segment.raw} \u2192 ${visibleChar(segment.char)}${segment.needless ? ' (needless escape)' : ''}`}
        >
          {decoded && isInvisibleChar(shown) ? (
            <InvisibleMark codePoint={shown.codePointAt(0) ?? 0} />
          ) : (
            shown
          )}
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
