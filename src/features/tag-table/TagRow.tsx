import { memo } from 'react';
import { FlexRender, type Row } from '@tanstack/react-table';
import type { TagRowData, tagTableFeatures } from './tagColumns';

export type TagTableRow = Row<typeof tagTableFeatures, TagRowData>;

/**
 * One virtual row. Memoised: a selection change re-renders the two rows whose
 * `selected` flips, not every visible row.
 */
export const TagRow = memo(function TagRow(props: {
  row: TagTableRow;
  position: number;
  top: number;
  selected: boolean;
  tabbable: boolean;
  onPick: (tag: number) => void;
}) {
  const { row, position, top, selected, tabbable, onPick } = props;
  return (
    <div
      role="row"
      aria-rowindex={position + 2}
      aria-selected={selected}
      data-tag={row.original.tag}
      data-position={position}
      tabIndex={tabbable ? 0 : -1}
      className={selected ? 'tag-grid__row tag-grid__row--selected' : 'tag-grid__row'}
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => onPick(row.original.tag)}
    >
      {row.getAllCells().map((cell) => (
        <div role="cell" key={cell.id} className={`tag-cell tag-cell--${cell.column.id}`}>
          <FlexRender cell={cell} />
        </div>
      ))}
    </div>
  );
});
