import { memo } from 'react';
import { FlexRender, type Row } from '@tanstack/react-table';
import type { TagRowData, tagTableFeatures } from './tagColumns';

export type TagTableRow = Row<typeof tagTableFeatures, TagRowData>;

/** A plain click picks one tag; Ctrl/⌘-click adds or removes one; Shift-click a range. */
export type PickHow = 'one' | 'toggle' | 'range';

/**
 * One virtual row. Memoised: a selection change re-renders the two rows whose
 * `selected` flips, not every visible row.
 */
export const TagRow = memo(function TagRow(props: {
  row: TagTableRow;
  position: number;
  top: number;
  selected: boolean;
  /** One of several tags marked together (Ctrl/⌘- or Shift-click) for an edit. */
  marked: boolean;
  tabbable: boolean;
  onPick: (tag: number, how?: PickHow) => void;
}) {
  const { row, position, top, selected, marked, tabbable, onPick } = props;
  const className = `tag-grid__row${selected ? ' tag-grid__row--selected' : ''}${marked ? ' tag-grid__row--marked' : ''}`;
  return (
    <div
      role="row"
      aria-rowindex={position + 2}
      aria-selected={selected || marked}
      data-tag={row.original.tag}
      data-position={position}
      tabIndex={tabbable ? 0 : -1}
      className={className}
      style={{ transform: `translateY(${top}px)` }}
      onClick={(event) =>
        onPick(
          row.original.tag,
          event.shiftKey ? 'range' : event.ctrlKey || event.metaKey ? 'toggle' : 'one',
        )
      }
    >
      {row.getAllCells().map((cell) => (
        <div role="cell" key={cell.id} className={`tag-cell tag-cell--${cell.column.id}`}>
          <FlexRender cell={cell} />
        </div>
      ))}
    </div>
  );
});
