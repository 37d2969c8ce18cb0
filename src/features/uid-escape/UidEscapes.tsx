import { useMemo } from 'react';
import { TAG_TERMINATED, TAG_TIMESTAMP_VALID, type DecodedHistory } from '../../decoder/model';
import type { Selection, SelectHandler } from '../../shared/selection';
import { rawUidOf, timestampRawOf, uidOf } from '../../decoder';
import { contentLabel, operationLabel } from '../../shared/fields/tagFields';
import { showTimestamp } from '../../shared/fields/timestamp';
import { escapeCells } from '../../shared/fields/escapeCells';
import { EscapeStrip } from './EscapeStrip';
import { CopyButtons } from './CopyButtons';
import '../../shared/fields/fieldChips.css';
import '../../shared/fields/uidMarks.css';
import './uidEscapes.css';

export function UidEscapes(props: {
  history: DecodedHistory;
  bytes: Uint8Array;
  selection: Selection | null;
  onSelect: SelectHandler;
}) {
  const { history, bytes, selection, onSelect } = props;
  const selectedTag = selection?.tag ?? null;
  const tag = selectedTag !== null && selectedTag < history.tags.length ? selectedTag : null;
  return (
    <section aria-label="UID escapes" className="uid-escapes">
      {tag === null ? (
        <p className="uid-escapes__hint">
          Select a tag (in the table, the hex view or the diagnostics) to see its UID decoded escape
          by escape.
        </p>
      ) : (
        <TagEscapes
          history={history}
          bytes={bytes}
          tag={tag}
          selection={selection}
          onSelect={onSelect}
        />
      )}
    </section>
  );
}

function TagEscapes(props: {
  history: DecodedHistory;
  bytes: Uint8Array;
  tag: number;
  selection: Selection | null;
  onSelect: SelectHandler;
}) {
  const { history, bytes, tag, selection, onSelect } = props;
  const tags = history.tags;
  const cells = useMemo(() => escapeCells(history, bytes, tag), [history, bytes, tag]);
  const rawUid = rawUidOf(history, tag);
  const uid = uidOf(history, tag);
  const operation = operationLabel(tags.operationByte[tag] ?? 0);
  const content = contentLabel(tags.contentByte[tag] ?? 0);
  const validTime = ((tags.flags[tag] ?? 0) & TAG_TIMESTAMP_VALID) !== 0;
  const timestamp = showTimestamp(timestampRawOf(history, tag), validTime, new Date());
  const terminated = ((tags.flags[tag] ?? 0) & TAG_TERMINATED) !== 0;
  const escapeCount = (tags.escapeFirst[tag + 1] ?? 0) - (tags.escapeFirst[tag] ?? 0);

  return (
    <>
      <dl className="uid-escapes__facts">
        <div>
          <dt>Operation</dt>
          <dd className={operation.known ? 'tag-op' : 'tag-bad'}>{operation.text}</dd>
        </div>
        <div>
          <dt>Content</dt>
          <dd className={content.known ? 'tag-content' : 'tag-bad'}>{content.text}</dd>
        </div>
        <div>
          <dt>Timestamp (no time zone)</dt>
          <dd className={timestamp.valid ? undefined : 'tag-bad'} title={timestamp.title}>
            {timestamp.text}
          </dd>
        </div>
        <div>
          <dt>Escapes</dt>
          <dd>{escapeCount}</dd>
        </div>
      </dl>
      <div className="uid-escapes__figure">
        <div className="uid-escapes__labels" aria-hidden="true">
          <span>Raw UID in resource tag {tag}</span>
          <span>{'\u2193'} ASCII representation</span>
          <span>
            {'\u2193'} $XX converted: UID of message {tag}
          </span>
        </div>
        <EscapeStrip cells={cells} tag={tag} selection={selection} onSelect={onSelect} />
      </div>
      <p className="uid-escapes__legend">
        Rows, top to bottom: the UID bytes in hex, the same bytes as ASCII, the decoded UID. Each
        boxed <span className="uid-mark">$XX</span> is converted to the character under it;{' '}
        <span className="uid-mark uid-mark--bad">$</span> is a malformed escape,{' '}
        <span className="uid-mark uid-mark--needless">$XX</span> a needless one.{' '}
        {terminated
          ? `00 (NUL) is the null terminator of resource tag ${tag}.`
          : `Resource tag ${tag} has no null terminator: the file ends inside it.`}
      </p>
      <CopyButtons rawUid={rawUid} uid={uid} />
    </>
  );
}
