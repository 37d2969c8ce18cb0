import { useState } from 'react';
import {
  toMfcmapiText,
  toPlainHex,
  WRITE_BACK_GUIDE,
  type EditResult,
  type WorkingCopy,
} from '../../edit/index';
import { downloadBlob, writeClipboard } from '../../shared/browser';
import { groupDigits } from '../../shared/format';
import { useEditedResult, type EditedResultBuilder } from './useEditedResult';

/** The file name of the edited history: the opened name with "-edited" before .bin. */
export function editedFileName(fileName: string): string {
  const base = fileName.replace(/\.[^./\\]*$/, '') || 'history';
  return `${base}-edited.bin`;
}

/** The edited history: whether it decodes cleanly, and the ways to take it. */
export function EditResultPanel({
  copy,
  fileName,
  onOpen,
  build,
}: {
  copy: WorkingCopy;
  fileName: string;
  /** Opens the edited history in the page as a new file (the opened one can be gone back to). */
  onOpen?: (file: File) => void;
  /** How the edited history is built (a worker, by default); stable across renders. */
  build?: EditedResultBuilder;
}) {
  const { state, retry, retryOnPage } = useEditedResult(copy, build);
  const result = state.status === 'ready' ? state.result : null;
  const [status, setStatus] = useState('');
  const name = editedFileName(fileName);

  const copyText = (what: string, text: string): void => {
    void writeClipboard(text).then((copied) =>
      setStatus(
        copied
          ? `Copied the edited history as ${what}.`
          : `Copying was not allowed here; download the .bin instead, or open it in MFCMAPI's hex editor.`,
      ),
    );
  };

  return (
    <section className="edit__group edit__result" aria-label="Edited history">
      <h3 className="edit__subtitle">The edited history</h3>
      {state.status === 'checking' && (
        <p className="edit__checking" role="status">
          Checking the edited history…
        </p>
      )}
      {state.status === 'failed' && (
        <>
          <p role="alert" className="edit__problem">
            Checking the edited history failed: {state.message}
          </p>
          <div className="edit__row">
            <button type="button" onClick={retry}>
              Try again
            </button>
            <button type="button" onClick={retryOnPage}>
              Check it on this page
            </button>{' '}
            <span className="edit__hint">The page pauses while a large history is checked.</span>
          </div>
        </>
      )}
      {result && <Verdict result={result} />}
      <p className="edit__warning">
        Outlook trusts this history completely: a wrong edit makes it download every message on the
        server again, or skip mail it should fetch. Back up the .pst first.
      </p>
      <div className="edit__row">
        <button
          type="button"
          disabled={!result}
          onClick={() =>
            result &&
            downloadBlob(
              name,
              new Blob([result.bytes as Uint8Array<ArrayBuffer>], {
                type: 'application/octet-stream',
              }),
            )
          }
        >
          Download edited .bin
        </button>
        <button
          type="button"
          disabled={!result}
          onClick={() => result && copyText('hex', toPlainHex(result.bytes))}
        >
          Copy as hex
        </button>
        <button
          type="button"
          disabled={!result}
          onClick={() => result && copyText('cb/lpb', toMfcmapiText(result.bytes))}
        >
          Copy as cb/lpb
        </button>
        {onOpen && (
          <button
            type="button"
            disabled={!result}
            onClick={() =>
              result && onOpen(new File([result.bytes as Uint8Array<ArrayBuffer>], name))
            }
          >
            Open the edited history
          </button>
        )}
      </div>
      <p className="edit__hint">
        Plain hex is what MFCMAPI&apos;s binary editor accepts; cb/lpb is how MFCMAPI copies a
        property.
      </p>
      <p role="status" className="edit__status">
        {status}
      </p>
      <details className="edit__guide">
        <summary>Putting it back into Outlook</summary>
        <pre>{WRITE_BACK_GUIDE}</pre>
      </details>
    </section>
  );
}

/** Whether the edited history decodes cleanly, its size, and its first errors. */
function Verdict({ result }: { result: EditResult }) {
  const { error, warning } = result.severity;
  return (
    <>
      <p className={result.valid ? 'edit__valid' : 'edit__invalid'} role="status">
        {result.valid
          ? 'The edited history decodes with no errors'
          : `The edited history has ${error === 1 ? '1 error' : `${groupDigits(error)} errors`}: Outlook may not read it`}
        {warning > 0 && ` (${warning === 1 ? '1 warning' : `${groupDigits(warning)} warnings`})`}.{' '}
        {groupDigits(result.bytes.length)} bytes, {groupDigits(result.history.tags.length)} tags.
      </p>
      {!result.valid && (
        <ul className="edit__diagnostics" aria-label="Errors in the edited history">
          {result.history.diagnostics
            .filter((d) => d.severity === 'error')
            .slice(0, 10)
            .map((d, i) => (
              <li key={i}>{d.message}</li>
            ))}
        </ul>
      )}
    </>
  );
}
