import { useId } from 'react';
import { CONTENT_OPTIONS, OPERATION_OPTIONS } from './tagFields';
import type { TagFilter } from './tagOrder';

/** Filters and search above the table, and how many tags pass them. */
export function TagTableToolbar(props: {
  filter: TagFilter;
  onChange: (filter: TagFilter) => void;
  shown: number;
  total: number;
}) {
  const { filter, onChange, shown, total } = props;
  const id = useId();
  const byte = (value: string) => (value === '' ? null : Number(value));
  return (
    <div className="tag-table__toolbar">
      <span className="tag-table__field">
        <label htmlFor={`${id}-operation`}>Operation</label>
        <select
          id={`${id}-operation`}
          value={filter.operation ?? ''}
          onChange={(e) => onChange({ ...filter, operation: byte(e.target.value) })}
        >
          <option value="">all</option>
          {OPERATION_OPTIONS.map((o) => (
            <option key={o.byte} value={o.byte}>
              {o.name}
            </option>
          ))}
        </select>
      </span>
      <span className="tag-table__field">
        <label htmlFor={`${id}-content`}>Content</label>
        <select
          id={`${id}-content`}
          value={filter.content ?? ''}
          onChange={(e) => onChange({ ...filter, content: byte(e.target.value) })}
        >
          <option value="">all</option>
          {CONTENT_OPTIONS.map((o) => (
            <option key={o.byte} value={o.byte}>
              {o.name}
            </option>
          ))}
        </select>
      </span>
      <span className="tag-table__field">
        <label htmlFor={`${id}-search`}>Search UIDs</label>
        <input
          id={`${id}-search`}
          type="search"
          placeholder="raw or decoded, any part"
          value={filter.search}
          onChange={(e) => onChange({ ...filter, search: e.target.value })}
        />
      </span>
      <output className="tag-table__count" aria-live="polite">
        {shown.toLocaleString('en-US')} of {total.toLocaleString('en-US')} tags
      </output>
    </div>
  );
}
