import { useId, useState, type JSX } from 'react';
import type { DecodedHistory } from '../../decoder/model';
import type { Selection, SelectHandler } from '../../shared/selection';
import { groupDigits } from '../../shared/format';
import { HexGrid } from './HexGrid';
import { HexLegend } from './HexLegend';
import { HexToolbar } from './HexToolbar';
import { describeByte, selectionAt } from './describe';
import type { Match } from './search';
import './hexView.css';

export interface HexViewProps {
  bytes: Uint8Array;
  history: DecodedHistory | null;
  selection: Selection | null;
  onSelect: SelectHandler;
  /**
   * False leaves the rows out for now (the grid and its size are there): the page draws
   * them a frame after the table (default true).
   */
  rowsDrawn?: boolean;
}

/** The BLOB's bytes, coloured by field, with go-to, find and a byte cursor. */
export function HexView(props: HexViewProps): JSX.Element {
  const { bytes, history, selection, onSelect } = props;
  const [cursor, setCursor] = useState(0);
  const [hover, setHover] = useState<number | null>(null);
  const [match, setMatch] = useState<Match | null>(null);
  const [shownBytes, setShownBytes] = useState(bytes);
  // Bumped per file so the toolbar forgets the last file's search and message.
  const [fileNumber, setFileNumber] = useState(0);
  const titleId = useId();
  if (shownBytes !== bytes) {
    setShownBytes(bytes);
    setFileNumber((n) => n + 1);
    setCursor(0);
    setHover(null);
    setMatch(null);
  }

  const select = (offset: number) => {
    const next = selectionAt(history, offset);
    if (next) onSelect(next);
  };
  const pick = (offset: number) => {
    setCursor(offset);
    select(offset);
  };
  const onMatch = (found: Match | null) => {
    setMatch(found);
    if (found) setCursor(found.start);
  };

  const statusOffset = hover ?? (bytes.length > 0 ? cursor : -1);
  const status =
    statusOffset >= 0 ? describeByte(history, bytes, statusOffset) : 'The file has no bytes.';

  return (
    <section className="hex-view" aria-labelledby={titleId}>
      <h2 id={titleId} className="pane__title">
        Hex view{' '}
        <span className="pane__count">
          {groupDigits(bytes.length)} {bytes.length === 1 ? 'byte' : 'bytes'}
        </span>
      </h2>
      <div className="hex-view__body">
        <HexToolbar
          key={fileNumber}
          bytes={bytes}
          cursor={cursor}
          match={match}
          onGoTo={setCursor}
          onMatch={onMatch}
        />
        {bytes.length > 0 ? (
          <HexGrid
            bytes={bytes}
            history={history}
            selection={selection}
            cursor={cursor}
            match={match}
            onCursor={setCursor}
            onHover={setHover}
            onPick={pick}
            onActivate={select}
            rowsDrawn={props.rowsDrawn ?? true}
          />
        ) : null}
        <p className="hex-status" aria-live="polite" data-testid="hex-status" title={status}>
          {status}
        </p>
        {history ? <HexLegend /> : null}
      </div>
    </section>
  );
}
