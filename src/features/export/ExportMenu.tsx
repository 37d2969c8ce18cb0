import { useEffect, useId, useRef, useState } from 'react';
import type { LoadedHistory, Selection } from '../../shared/selection';
import type { ServerComparison } from '../../compare/index';
import { isAbortError } from '../../shared/workerTypes';
import { afterPaint, downloadBlob, downloadFile, writeClipboard } from '../../shared/browser';
import { buildExportInWorker, canBuildInWorker } from '../../shared/workers';
import type { ExportFormat } from '../../export/exportRequest';
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
} from '../../export/exportFiles';
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
  /** The listing `comparison` was made from (null without one), so the worker can make it again. */
  listingText: string | null;
}) {
  const { loaded, selection, comparison, listingText } = props;
  const labelId = useId();
  const bytesReasonId = useId();
  const tagReasonId = useId();
  const [message, setMessage] = useState<Message | null>(null);
  const exports = useRef(new Set<AbortController>());

  // An export still building when the menu goes has no one left to save it for.
  useEffect(() => {
    const running = exports.current;
    return () => {
      for (const controller of running) controller.abort();
    };
  }, []);

  // Building on the page blocks it (the JSON of 65,535 tags takes a second or more):
  // say so first, then build once the message has been painted.
  const save = (fileName: string, build: () => ExportFile, workerFailure?: string): void => {
    setMessage({
      text:
        workerFailure === undefined
          ? `Preparing ${fileName}…`
          : `Exporting in the background failed (${workerFailure}); preparing ${fileName} on this page…`,
    });
    afterPaint(() => {
      const file = build();
      downloadFile(file);
      setMessage({
        text:
          workerFailure === undefined
            ? `Saved ${file.fileName}.`
            : `Saved ${file.fileName}, built on this page because exporting in the background failed (${workerFailure}).`,
      });
    });
  };

  // JSON and CSV of a large history are built in a worker so the page stays responsive;
  // should the worker fail, the page builds the file itself rather than save nothing.
  const saveBuilt = async (format: ExportFormat): Promise<void> => {
    const fileName = `${exportBaseName(loaded.name)}.${format}`;
    const onPage = () =>
      format === 'json' ? jsonFile(loaded, comparison) : csvFile(loaded, comparison);
    if (!canBuildInWorker()) {
      save(fileName, onPage);
      return;
    }
    setMessage({ text: `Preparing ${fileName}…` });
    const controller = new AbortController();
    exports.current.add(controller);
    let blob: Blob;
    try {
      blob = await buildExportInWorker(
        { format, name: loaded.name, bytes: loaded.bytes, listingText },
        { signal: controller.signal },
      );
    } catch (error) {
      if (isAbortError(error)) return;
      const reason = error instanceof Error ? error.message : String(error);
      save(fileName, onPage, reason);
      return;
    } finally {
      exports.current.delete(controller);
    }
    downloadBlob(fileName, blob);
    setMessage({ text: `Saved ${fileName}.` });
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
        <button type="button" onClick={() => void saveBuilt('json')}>
          Export JSON
        </button>
        <button type="button" onClick={() => void saveBuilt('csv')}>
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
