import { codePointDescription, invisibleStandIn, visibleRuns } from '../../decoder/invisible';
import './uidMarks.css';

/**
 * Text with every invisible character (control, space, zero-width, bidi override…) drawn
 * as a boxed stand-in such as `U+202E`, named in its tooltip and accessible name, so UIDs
 * that would look alike drawn as they are look different. The value itself is untouched.
 */
export function VisibleText({ text }: { text: string }) {
  return (
    <>
      {visibleRuns(text).map((run, k) =>
        run.kind === 'text' ? run.text : <InvisibleMark key={k} codePoint={run.codePoint} />,
      )}
    </>
  );
}

/** One invisible code point, boxed. */
export function InvisibleMark({ codePoint }: { codePoint: number }) {
  const description = codePointDescription(codePoint);
  return (
    <abbr className="uid-invisible" title={description} aria-label={description}>
      {invisibleStandIn(codePoint)}
    </abbr>
  );
}
