import { useState, type FormEvent, type JSX } from 'react';
import { findMatch, parseOffset, parsePattern, type FindMode, type Match } from './search';
import { hexOffset } from '../../decoder/hex';

export interface HexToolbarProps {
  bytes: Uint8Array;
  /** Where a search starts when there is no match yet. */
  cursor: number;
  match: Match | null;
  onGoTo: (offset: number) => void;
  onMatch: (match: Match | null) => void;
}

/** Go to offset, and find hex bytes or ASCII text with next / previous. */
export function HexToolbar(props: HexToolbarProps): JSX.Element {
  const { bytes, cursor, match } = props;
  const [offsetText, setOffsetText] = useState('');
  const [findText, setFindText] = useState('');
  const [mode, setMode] = useState<FindMode>('hex');
  const [message, setMessage] = useState('');

  const goTo = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseOffset(offsetText);
    if (!parsed.ok) return setMessage(parsed.error);
    if (parsed.value >= bytes.length)
      return setMessage(
        `Offset ${parsed.value} is past the last byte (${hexOffset(bytes.length - 1)}).`,
      );
    setMessage('');
    props.onGoTo(parsed.value);
  };

  const find = (direction: 1 | -1) => {
    const parsed = parsePattern(findText, mode);
    if (!parsed.ok) return setMessage(parsed.error);
    const from = match ? match.start + direction : direction === 1 ? cursor : cursor - 1;
    const found = findMatch(bytes, parsed.value, from, direction);
    props.onMatch(found);
    if (!found) return setMessage('No match.');
    const where = `Match at ${hexOffset(found.start)} (${found.start})`;
    setMessage(found.wrapped ? `${where}, wrapped round the file.` : `${where}.`);
  };

  const onFind = (e: FormEvent) => {
    e.preventDefault();
    find(1);
  };

  return (
    <div className="hex-toolbar">
      <form className="hex-goto" onSubmit={goTo} aria-label="Go to offset">
        <label>
          Offset{' '}
          <input
            value={offsetText}
            onChange={(e) => setOffsetText(e.target.value)}
            placeholder="0x1A or 26"
            size={12}
            spellCheck={false}
          />
        </label>
        <button type="submit">Go</button>
      </form>
      <form className="hex-find" onSubmit={onFind} role="search" aria-label="Find bytes">
        <label>
          Find{' '}
          <input
            value={findText}
            onChange={(e) => {
              setFindText(e.target.value);
              props.onMatch(null);
            }}
            placeholder={mode === 'hex' ? '03 00 17' : 'text'}
            size={16}
            spellCheck={false}
          />
        </label>
        <label>
          as{' '}
          <select
            value={mode}
            onChange={(e) => {
              setMode(e.target.value === 'text' ? 'text' : 'hex');
              props.onMatch(null);
            }}
          >
            <option value="hex">hex bytes</option>
            <option value="text">text</option>
          </select>
        </label>
        <button type="button" onClick={() => find(-1)}>
          Previous
        </button>
        <button type="submit">Next</button>
      </form>
      <p className="hex-message" role="status">
        {message}
      </p>
    </div>
  );
}
