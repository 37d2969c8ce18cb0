import { hexOffset } from '../../decoder/hex';
import type { Selection, SelectHandler } from '../../shared/selection';
import type { EscapeCell } from '../../shared/fields/escapeCells';
import { InvisibleMark } from '../../shared/fields/VisibleText';

const KIND_NOTE: Partial<Record<EscapeCell['kind'], string>> = {
  escape: 'escape',
  'needless-escape': 'needless escape (a letter or digit)',
  'bad-escape': "malformed escape: '$' not followed by two hex digits",
  unescaped: 'character that should have been escaped',
  'bad-utf8': 'byte that is not UTF-8',
};

/**
 * The three aligned rows of Figure 2 — hex, ASCII, decoded — drawn as one inline-block
 * cell per column, so the rows stay aligned wherever the strip wraps.
 */
export function EscapeStrip(props: {
  cells: EscapeCell[];
  tag: number;
  selection: Selection | null;
  onSelect: SelectHandler;
}) {
  const { cells, tag, selection, onSelect } = props;
  const select = (cell: EscapeCell) => onSelect({ start: cell.start, end: cell.end, tag });
  return (
    <div className="uid-strip">
      {cells.map((cell) => {
        const selected = selection?.start === cell.start && selection.end === cell.end;
        const className = `uid-cell uid-cell--${cell.kind}${selected ? ' uid-cell--selected' : ''}`;
        const rows = (
          <>
            <span className="uid-cell__hex">
              {cell.hex.map((hex, k) => (
                <span key={k}>{hex}</span>
              ))}
            </span>
            <span className="uid-cell__ascii">
              {cell.kind === 'terminator' ? (
                <span className="uid-cell__nul">NUL</span>
              ) : (
                cell.ascii.map((char, k) => <span key={k}>{char}</span>)
              )}
            </span>
            <span className="uid-cell__decoded">
              {cell.invisible ? (
                <InvisibleMark codePoint={cell.char.codePointAt(0) ?? 0} />
              ) : (
                cell.decoded
              )}
            </span>
          </>
        );
        const note = KIND_NOTE[cell.kind];
        if (cell.kind === 'char' || note === undefined) {
          const label =
            cell.kind === 'terminator' ? `Null terminator of resource tag ${tag}` : undefined;
          return (
            <span key={cell.start} className={className} title={label}>
              {rows}
            </span>
          );
        }
        const label = `${cell.ascii.join('')} at ${hexOffset(cell.start)}: ${note}${
          cell.kind === 'bad-escape' ? '' : `, decodes to ${cell.decoded}`
        }`;
        return (
          <button
            key={cell.start}
            type="button"
            className={className}
            aria-label={label}
            aria-pressed={selected}
            title={label}
            onClick={() => select(cell)}
          >
            {rows}
          </button>
        );
      })}
    </div>
  );
}
