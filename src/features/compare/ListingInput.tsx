import { useId, useRef, useState, type DragEvent } from 'react';
import type { ListingChange } from './useServerComparison';

/** A UIDL listing of 65,535 long UIDs is a few MB; anything far bigger is not one. */
const MAX_LISTING_BYTES = 32 * 1024 * 1024;

const carriesFiles = (event: DragEvent): boolean => event.dataTransfer.types.includes('Files');

/**
 * The textarea the server's UIDL answer is pasted into, with a file button, and the
 * drop target for a saved listing. A file dropped here fills the textarea; it does not
 * reach the window, where a drop would open a BLOB.
 */

export function ListingInput(props: {
  listingText: string;
  /** `fileName`: the file the text was read from, for a `file` change. */
  onListingTextChange: (text: string, how: ListingChange, fileName?: string) => void;
}) {
  const { listingText, onListingTextChange } = props;
  const fileInput = useRef<HTMLInputElement>(null);
  const pasting = useRef(false);
  const hintId = useId();
  const [dropping, setDropping] = useState(false);
  const [status, setStatus] = useState('');

  const readFile = (file: File | undefined): void => {
    if (!file) return;
    if (file.size > MAX_LISTING_BYTES) {
      setStatus(`${file.name} is too large to be a UIDL listing.`);
      return;
    }
    file.text().then(
      (text) => {
        onListingTextChange(text, 'file', file.name);
        setStatus(`Read the listing from ${file.name}.`);
      },
      () => setStatus(`${file.name} could not be read.`),
    );
  };

  // Stopping every drag event here keeps the window's drop handling (and its overlay)
  // out of this box, so its depth count of entered elements stays balanced.
  const onDrag = (event: DragEvent): void => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.stopPropagation();
    if (event.type === 'dragover') event.dataTransfer.dropEffect = 'copy';
    if (event.type === 'dragenter') setDropping(true);
    if (event.type === 'dragleave' && event.currentTarget === event.target) setDropping(false);
  };
  const onDrop = (event: DragEvent): void => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.stopPropagation();
    setDropping(false);
    readFile(event.dataTransfer.files[0]);
  };

  return (
    <div
      className={`compare__input${dropping ? ' compare__input--dropping' : ''}`}
      onDragEnter={onDrag}
      onDragOver={onDrag}
      onDragLeave={onDrag}
      onDrop={onDrop}
    >
      <label className="compare__label">
        Server UIDL listing
        <textarea
          className="compare__textarea"
          value={listingText}
          onPaste={() => {
            pasting.current = true;
          }}
          onChange={(event) => {
            onListingTextChange(event.target.value, pasting.current ? 'pasted' : 'typed');
            pasting.current = false;
          }}
          aria-describedby={hintId}
          spellCheck={false}
          autoComplete="off"
          rows={6}
          placeholder={'+OK\n1 whqtswO00WBw418f9t5JxYwZ\n2 QhdPYR:00WBw1Ph7x7\n.'}
        />
      </label>
      <p id={hintId} className="compare__hint">
        Paste the server&apos;s answer to <code>UIDL</code> (lines <code>n uid</code>, with or
        without <code>+OK</code> and the closing <code>.</code>), or drop a saved .txt here.
      </p>
      <div className="compare__input-actions">
        <button type="button" onClick={() => fileInput.current?.click()}>
          Open listing file…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".txt,text/plain"
          hidden
          aria-label="Listing file"
          data-testid="listing-file-input"
          onChange={(event) => {
            readFile(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        <button
          type="button"
          disabled={listingText === ''}
          onClick={() => {
            onListingTextChange('', 'typed');
            setStatus('');
          }}
        >
          Clear listing
        </button>
        <span role="status" className="compare__status">
          {status}
        </span>
      </div>
    </div>
  );
}
