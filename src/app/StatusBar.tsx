import type { ReactNode } from 'react';
import { describeSelection } from '../shared/format';
import type { Selection } from '../shared/selection';

export function StatusBar(props: {
  selection: Selection | null;
  hasBlob: boolean;
  /** Shown at the right end of the bar. */
  children?: ReactNode;
}) {
  return (
    <footer className="status-bar">
      <p className="status-bar__selection" data-testid="selection-status" aria-live="polite">
        {props.selection
          ? describeSelection(props.selection)
          : props.hasBlob
            ? 'Nothing selected: click a byte, a tag or a diagnostic.'
            : 'No BLOB open.'}
      </p>
      {props.selection && <p className="status-bar__hint">Esc clears the selection</p>}
      {props.children}
    </footer>
  );
}
