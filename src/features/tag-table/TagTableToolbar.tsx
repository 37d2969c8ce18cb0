import { useId } from 'react';
import { groupDigits } from '../../shared/format';
import { CONTENT_OPTIONS, OPERATION_OPTIONS } from '../../shared/fields/tagFields';
import type { TagFilter } from './tagOrder';

/** A labelled choice of one recorded byte, or "all" (null). */
function FilterSelect(props: {
  id: string;
  label: string;
  options: readonly { name: string; byte: number }[];
  value: number | null;
  onChange: (value: number | null) => void;
}) {
  const { id, label, options, value, onChange } = props;
  return (
    <span className="tag-table__field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
      >
        <option value="">all</option>
        {options.map((o) => (
          <option key={o.byte} value={o.byte}>
            {o.name}
          </option>
        ))}
      </select>
    </span>
  );
}

/** Filters and search above the table, and how many tags pass them. */
export function TagTableToolbar(props: {
  filter: TagFilter;
  onChange: (filter: TagFilter) => void;
  shown: number;
  total: number;
}) {
  const { filter, onChange, shown, total } = props;
  const id = useId();
  return (
    <div className="tag-table__toolbar">
      <FilterSelect
        id={`${id}-operation`}
        label="Operation"
        options={OPERATION_OPTIONS}
        value={filter.operation}
        onChange={(operation) => onChange({ ...filter, operation })}
      />
      <FilterSelect
        id={`${id}-content`}
        label="Content"
        options={CONTENT_OPTIONS}
        value={filter.content}
        onChange={(content) => onChange({ ...filter, content })}
      />
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
        {groupDigits(shown)} of {groupDigits(total)} tags
      </output>
    </div>
  );
}
