import { useRef } from 'react';

/** "Open file…" (a button in front of a hidden file input) and "Open example". */
export function OpenControls(props: { onFile: (file: File) => void; onExample: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="open-controls">
      <button
        type="button"
        className="button button--primary"
        onClick={() => input.current?.click()}
      >
        Open file…
      </button>
      <input
        ref={input}
        type="file"
        hidden
        tabIndex={-1}
        aria-hidden="true"
        data-testid="file-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so choosing the same file again still opens it.
          event.currentTarget.value = '';
          if (file) props.onFile(file);
        }}
      />
      <button type="button" className="button" onClick={props.onExample}>
        Open example
      </button>
    </div>
  );
}
