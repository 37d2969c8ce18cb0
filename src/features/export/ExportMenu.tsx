import { useId, useState } from 'react';
import type { LoadedHistory, Selection } from '../../app/types';
import type { ServerComparison } from '../../compare/index';
import { afterPaint, downloadFile, writeClipboard } from './browserActions';
import {
  binFile,
  copyText,
  csvFile,
  exportBaseName,
  jsonFile,
  selectedBytesBlocker,
  selectedTagBlocker,
  type CopyKind,
  type ExportFile,
} from './exportFiles';
import './export.css';

interface Message {
  text: string;
  /** Shown when the clipboard refused, so the text can be copied by hand. */
  manualCopy?: string;
}

/**
 * Saves the history (JSON, CSV, the bytes) and copies the selection. An action the
 * selection does not allow stays focusable and says why, instead of going silent.
 */
export function ExportMenu(props: {
  loaded: LoadedHistory;
  selection: Selection | null;
  comparison: ServerComparison | null;
}) {
  const { loaded, selection, comparison } = props;
  const labelId = useId();
  const bytesReasonId = useId();
  const tagReasonId = useId();
  const [message, setMessage] = useState<Message | null>(null);

  // Writing the JSON of 65,535 tags takes a second or so: say so first, then build it once
  // the message has been painted.
  const save = (fileName: string, build: () => ExportFile): void => {
    setMessage({ text: `Preparing ${fileName}…` });
    afterPaint(() => {
      const file = build();
      downloadFile(file);
      setMessage({ text: `Saved ${file.fileName}.` });
    });
  };

  const copy = (kind: CopyKind): void => {
    const copied = copyText(kind, loaded, selection);
    if (!copied) {
      const reason =
        kind === 'uid' ? selectedTagBlocker(selection) : selectedBytesBlocker(selection);
      setMessage({ text: reason ?? 'Nothing to copy.' });
      return;
    }
    void writeClipboard(copied.text).then((ok) =>
      setMessage(
        ok
          ? { text: `Copied ${copied.what}.` }
          : {
              text: `The browser did not allow copying ${copied.what} to the clipboard; select the text below and copy it by hand.`,
              manualCopy: copied.text,
            },
      ),
    );
  };

  const base = exportBaseName(loaded.name);
  const bytesReason = selectedBytesBlocker(selection);
  const tagReason = selectedTagBlocker(selection);
  const copyButton = (kind: CopyKind, label: string, reason: string | null, reasonId: string) => (
    <button
      type="button"
      aria-disabled={reason !== null}
      aria-describedby={reason === null ? undefined : reasonId}
      onClick={() => copy(kind)}
    >
      {label}
    </button>
  );

  return (
    <div className="export" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="export__label">
        Export
      </span>
      <div className="export__actions">
        <button
          type="button"
          onClick={() => save(`${base}.json`, () => jsonFile(loaded, comparison))}
        >
          Export JSON
        </button>
        <button
          type="button"
          onClick={() => save(`${base}.csv`, () => csvFile(loaded, comparison))}
        >
          Export CSV
        </button>
        <button type="button" onClick={() => save(`${base}.bin`, () => binFile(loaded))}>
          Download bytes (.bin)
        </button>
        {copyButton('uid', 'Copy UID of selected tag', tagReason, tagReasonId)}
        {copyButton('hex', 'Copy selected bytes as hex', bytesReason, bytesReasonId)}
        {copyButton('c-array', 'Copy selected bytes as C array', bytesReason, bytesReasonId)}
      </div>
      {comparison && <p className="export__note">Exports include the server comparison.</p>}
      {tagReason !== null && (
        <p id={tagReasonId} className="export__note">
          Copy UID: {tagReason}
        </p>
      )}
      {bytesReason !== null && (
        <p id={bytesReasonId} className="export__note">
          Copying bytes: {bytesReason}
        </p>
      )}
      <div role="status" className="export__message">
        {message?.text}
      </div>
      {message?.manualCopy !== undefined && (
        <label className="export__manual">
          Text to copy
          <textarea
            readOnly
            value={message.manualCopy}
            rows={3}
            onFocus={(event) => event.target.select()}
          />
        </label>
      )}
    </div>
  );
}
