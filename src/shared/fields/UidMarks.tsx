import { segmentRawUid, visibleChar, type UidSegment } from './uidSegments';
import './uidMarks.css';

/** The raw UID with each `$XX` marked; a `$` that starts no valid escape is marked as an error. */
export function RawUidMarks({ rawUid }: { rawUid: string }) {
  return (
    <>
      {segmentRawUid(rawUid).map((segment, k) => (
        <SegmentMark key={k} segment={segment} shown={segment.text} />
      ))}
    </>
  );
}

/**
 * The decoded UID with each character that came from an escape marked. It is rebuilt
 * from the raw UID so the marks line up; should that disagree with the decoder's UID
 * (possible only around malformed escapes), the decoder's text is shown unmarked.
 */
export function DecodedUidMarks({ rawUid, uid }: { rawUid: string; uid: string }) {
  const segments = segmentRawUid(rawUid);
  const rebuilt = segments.map((s) => (s.kind === 'escape' ? s.char : s.text)).join('');
  if (rebuilt !== uid) return <>{uid}</>;
  return (
    <>
      {segments.map((segment, k) => (
        <SegmentMark
          key={k}
          segment={segment}
          shown={segment.kind === 'escape' ? visibleChar(segment.char) : segment.text}
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
          title={`${segment.text} \u2192 ${visibleChar(segment.char)}${segment.needless ? ' (needless escape)' : ''}`}
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
