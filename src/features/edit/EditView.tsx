import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { ServerComparison } from '../../compare/index';
import {
  tagAt,
  tagRange,
  type Content,
  type DecodedHistory,
  type Operation,
} from '../../decoder/index';
import {
  createWorkingCopy,
  localTimestamp,
  newUidsNotIn,
  parseUidList,
  timestampProblem,
  type Edit,
  type WorkingCopy,
} from '../../edit/index';
import type { SelectHandler, Selection } from '../../shared/selection';
import { EditResultPanel } from './EditResultPanel';
import type { EditedResultBuilder } from './useEditedResult';
import './edit.css';

const OPERATIONS: Array<{ value: Operation; label: string }> = [
  { value: 'get', label: 'get (+)' },
  { value: 'delete', label: 'delete (-)' },
  { value: 'get-and-delete', label: 'get and delete (&)' },
];

/**
 * Fix the history: edits a working copy of the open history. The opened file is never
 * changed; the result is a new file or a new hex text.
 */
export function EditView(props: {
  bytes: Uint8Array;
  history: DecodedHistory;
  fileName: string;
  selection: Selection | null;
  /** Several tags selected together in the table (Ctrl/⌘-, Shift-click, Select all shown). */
  marked?: ReadonlySet<number>;
  comparison: ServerComparison | null;
  /** Opens the edited history in the page as a new file. */
  onOpen?: (file: File) => void;
  /** Selects a tag of the opened history, e.g. the one a change line names. */
  onSelect?: SelectHandler;
  /** How the edited history is built (a worker, by default); stable across renders. */
  buildResult?: EditedResultBuilder;
}) {
  const { bytes } = props;
  // One working copy per opened file: a new file starts afresh.
  const [held, setHeld] = useState(() => ({
    bytes,
    copy: createWorkingCopy(bytes, props.history),
  }));
  const copy = held.bytes === bytes ? held.copy : createWorkingCopy(bytes, props.history);
  if (held.bytes !== bytes) setHeld({ bytes, copy });
  const setCopy = (next: WorkingCopy) => setHeld({ bytes, copy: next });

  const [problem, setProblem] = useState('');
  const [uidText, setUidText] = useState('');
  const [content, setContent] = useState<Content>('body');
  const [timestamp, setTimestamp] = useState(() => localTimestamp(new Date()));
  const titleId = useId();

  const apply = (edit: Edit): void => {
    const why = copy.check(edit);
    if (why) setProblem(why);
    else {
      setProblem('');
      setCopy(copy.apply(edit));
    }
  };
  const undo = (): void => {
    setProblem('');
    setCopy(copy.undo());
  };
  const redo = (): void => {
    setProblem('');
    setCopy(copy.redo());
  };
  const markFetched = (uids: string[]): void => {
    const bad = timestampProblem(timestamp);
    if (bad) setProblem(bad);
    else if (uids.length === 0) setProblem('There are no UIDs to mark as fetched.');
    else apply({ kind: 'mark-fetched', uids, content, timestampRaw: timestamp });
  };

  const selectedTag = props.selection?.tag ?? null;
  const selected = selectedTag === null ? null : tagAt(props.history, selectedTag);
  const forgottenTags = new Set(
    copy.edits.flatMap((edit) => (edit.kind === 'forget' ? edit.tags : [])),
  );
  const forgotten = selectedTag !== null && forgottenTags.has(selectedTag);
  // Several tags marked in the table: the edits below act on all of them not yet forgotten.
  const markedTags = [...(props.marked ?? [])]
    .filter((tag) => !forgottenTags.has(tag))
    .sort((a, b) => a - b);
  const several = (props.marked?.size ?? 0) > 1;
  const typed = useMemo(() => parseUidList(uidText), [uidText]);
  // Only the server's new messages the working copy does not hold yet. Unedited, it holds
  // none of them (that is what new means), so a million-line listing is not gone through
  // until there are edits, or the button is pressed.
  const { comparison } = props;
  const newUidCount = useMemo(() => {
    if (!comparison) return null;
    if (copy.edits.length === 0) return comparison.distinctNew.length;
    return newUidsNotIn(copy, comparison).length;
  }, [comparison, copy]);
  const newUids = () => (comparison ? newUidsNotIn(copy, comparison) : []);
  const proposals = copy.proposals();
  const changes = copy.changes();

  /** "Make them/it get" and the others, for `tags`; disabled when there are none. */
  const operationButtons = (tags: number[], them: 'them' | 'it') => (
    <div className="edit__row">
      {OPERATIONS.map((operation) => (
        <button
          key={operation.value}
          type="button"
          disabled={tags.length === 0}
          onClick={() => apply({ kind: 'set-operation', tags, operation: operation.value })}
        >
          Make {them} {operation.label}
        </button>
      ))}
    </div>
  );

  const onKeyDown = (event: KeyboardEvent): void => {
    if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z') return;
    // A text box keeps its own undo.
    const target = event.target as HTMLElement;
    if (target.tagName === 'TEXTAREA' || target.tagName === 'INPUT') return;
    event.preventDefault();
    if (event.shiftKey) redo();
    else undo();
  };

  return (
    <section className="edit" aria-labelledby={titleId} onKeyDown={onKeyDown}>
      <h2 id={titleId} className="edit__title">
        Fix the history
      </h2>
      <p className="edit__note">
        These edits work on a copy: {props.fileName} is never changed. Take the edited history below
        as a new file or as hex text.
      </p>
      <div className="edit__history" role="group" aria-label="Undo and redo">
        <button type="button" onClick={undo} disabled={!copy.canUndo}>
          Undo
        </button>
        <button type="button" onClick={redo} disabled={!copy.canRedo}>
          Redo
        </button>
      </div>
      {problem && (
        <p role="alert" className="edit__problem">
          {problem}
        </p>
      )}

      <fieldset className="edit__group">
        <legend>{several ? 'Selected tags' : 'Selected tag'}</legend>
        {several ? (
          <>
            <p>
              {props.marked?.size} tags selected in the table
              {markedTags.length < (props.marked?.size ?? 0) &&
                `, ${(props.marked?.size ?? 0) - markedTags.length} of them already forgotten`}
              .
            </p>
            <button
              type="button"
              disabled={markedTags.length === 0}
              onClick={() => apply({ kind: 'forget', tags: markedTags })}
            >
              {markedTags.length === 0
                ? 'All selected tags forgotten'
                : `Forget ${markedTags.length} selected ${markedTags.length === 1 ? 'tag' : 'tags'}`}
            </button>{' '}
            <span className="edit__hint">Outlook downloads those messages again.</span>
            {operationButtons(markedTags, 'them')}
          </>
        ) : selectedTag === null || !selected ? (
          <p className="edit__hint">
            Select a tag in the table to forget it or change its operation.
          </p>
        ) : (
          <>
            <p>
              Tag {selectedTag}: <code>{selected.uid}</code>
              {forgotten && ' (forgotten)'}
            </p>
            <button
              type="button"
              disabled={forgotten}
              onClick={() => apply({ kind: 'forget', tags: [selectedTag] })}
            >
              Forget selected tag
            </button>{' '}
            <span className="edit__hint">Outlook downloads the message again.</span>
            {operationButtons(forgotten ? [] : [selectedTag], 'it')}
          </>
        )}
      </fieldset>

      <fieldset className="edit__group">
        <legend>Mark as fetched</legend>
        <label className="edit__field">
          UIDs to mark as fetched, one to a line
          <textarea
            rows={3}
            value={uidText}
            spellCheck={false}
            onChange={(event) => setUidText(event.target.value)}
          />
        </label>
        {typed.badLines.length > 0 && (
          <ul className="edit__bad-lines" aria-label="Lines that are not a UID">
            {typed.badLines.map((bad) => (
              <li key={bad.line}>
                Line {bad.line}: {bad.reason}
              </li>
            ))}
          </ul>
        )}
        <div className="edit__row">
          <label className="edit__field edit__field--inline">
            Content{' '}
            <select value={content} onChange={(event) => setContent(event.target.value as Content)}>
              <option value="body">body</option>
              <option value="header">header</option>
              <option value="none">none</option>
            </select>
          </label>
          <label className="edit__field edit__field--inline">
            Timestamp (yyyymmddhhmmss, your local time; the BLOB stores no time zone){' '}
            <input
              value={timestamp}
              size={16}
              spellCheck={false}
              onChange={(event) => setTimestamp(event.target.value.trim())}
            />
          </label>
        </div>
        <div className="edit__row">
          <button
            type="button"
            disabled={typed.uids.length === 0}
            onClick={() => markFetched(typed.uids)}
          >
            {typed.uids.length === 0
              ? 'Mark the UIDs as fetched'
              : typed.uids.length === 1
                ? 'Mark this UID as fetched'
                : `Mark these ${typed.uids.length} UIDs as fetched`}
          </button>
          {newUidCount !== null && (
            <button
              type="button"
              disabled={newUidCount === 0}
              onClick={() => markFetched(newUids())}
            >
              Mark every new server message as fetched ({newUidCount})
            </button>
          )}
        </div>
      </fieldset>

      <fieldset className="edit__group">
        <legend>Repairs</legend>
        {proposals.length === 0 ? (
          <p className="edit__hint">No repairs are needed.</p>
        ) : (
          <ul className="edit__repairs" aria-label="Proposed repairs">
            {proposals.map((proposal) => (
              <li key={proposal.repair}>
                <p>{proposal.text}</p>
                {proposal.details.length > 0 && (
                  <ul>
                    {proposal.details.slice(0, 20).map((line, i) => (
                      <li key={i}>{line}</li>
                    ))}
                    {proposal.details.length > 20 && (
                      <li>and {proposal.details.length - 20} more</li>
                    )}
                  </ul>
                )}
                {proposal.skipped.length > 0 && (
                  <p className="edit__hint">Left alone: {proposal.skipped.join('; ')}</p>
                )}
                <button
                  type="button"
                  onClick={() => apply({ kind: 'repair', repair: proposal.repair })}
                >
                  Apply
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <section className="edit__group" aria-label="Changes">
        <h3 className="edit__subtitle">Changes</h3>
        <p className="edit__summary">{changes.text}</p>
        {changes.lines.length > 0 && (
          <ul className="edit__changes" aria-label="Change lines">
            {changes.lines.slice(0, 200).map((line, i) => (
              <li key={i}>
                {line.text}
                {props.onSelect && line.originalTags.length > 0 && (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="edit__select"
                      aria-label={`Select tag ${line.originalTags[0]}`}
                      onClick={() =>
                        props.onSelect?.(tagRange(props.history, line.originalTags[0]!))
                      }
                    >
                      Select
                    </button>
                  </>
                )}
              </li>
            ))}
            {changes.lines.length > 200 && <li>and {changes.lines.length - 200} more</li>}
          </ul>
        )}
      </section>

      <EditResultPanel
        copy={copy}
        fileName={props.fileName}
        onOpen={props.onOpen}
        build={props.buildResult}
      />
    </section>
  );
}
