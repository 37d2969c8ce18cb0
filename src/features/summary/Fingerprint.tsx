import { useState } from 'react';
import { writeClipboard } from '../../shared/browser';
import type { OpenedBlob } from '../../shared/workerTypes';

/** One hash with its label and a copy button. */
function Hash({ label, value, testId }: { label: string; value: string; testId: string }) {
  const [status, setStatus] = useState('');
  const copy = () =>
    void writeClipboard(value).then((copied) =>
      setStatus(copied ? 'Copied.' : 'Copying was not allowed here; select the hash to copy it.'),
    );
  return (
    <div className="fingerprint__hash">
      <dt>{label}</dt>
      <dd>
        <code data-testid={testId}>{value}</code>
        <button
          type="button"
          className="fingerprint__copy"
          onClick={copy}
          aria-label={`Copy ${label}`}
        >
          Copy
        </button>
        <span role="status" className="fingerprint__status">
          {status}
        </span>
      </dd>
    </div>
  );
}

/**
 * The SHA-256 of what was opened: one hash when the file is the BLOB itself, else the
 * file's (the .msg, the hex or base64 text) and the BLOB's, each labelled.
 */
export function Fingerprint({ blob }: { blob: OpenedBlob }) {
  const { sha256, sourceSha256 } = blob;
  if (sha256 === null && sourceSha256 === null) {
    const why = blob.truncated
      ? 'not computed: the file was not read whole'
      : blob.isExample || blob.history === null
        ? null
        : 'not computed';
    return why === null ? null : <p className="fingerprint fingerprint--none">SHA-256 {why}</p>;
  }
  const same = sha256 !== null && sha256 === sourceSha256;
  const container = blob.msg ? '.msg file' : 'file';
  return (
    <dl className="fingerprint" aria-label="Fingerprint">
      {same ? (
        <Hash label="SHA-256" value={sha256} testId="sha256" />
      ) : (
        <>
          {sourceSha256 !== null && (
            <Hash
              label={`SHA-256 of the ${container}`}
              value={sourceSha256}
              testId="source-sha256"
            />
          )}
          {sha256 !== null && <Hash label="SHA-256 of the BLOB" value={sha256} testId="sha256" />}
        </>
      )}
    </dl>
  );
}
