import { useId } from 'react';
import { groupDigits } from '../../shared/format';
import { CONTENT_OPTIONS, OPERATION_OPTIONS } from '../../shared/fields/tagFields';
import { DIAGNOSTIC_CODES, type DecodedHistory, type DiagnosticCode } from '../../decoder/model';
import type { TagVerdict } from '../../compare/index';
import type { TagFilter } from './tagOrder';

const VERDICTS: readonly TagVerdict[] = ['fetched', 'deleted', 'new', 'gone'];

/**
 * A labelled choice among values (recorded bytes, verdicts, codes), or "all" (null). Each
 * option's value in the page is `String(value)`.
 */
function ChoiceSelect<T extends string | number>(props: {
  id: string;
  label: string;
  options: readonly { value: T; name: string }[];
  value: T | null;
  onChange: (value: T | null) => void;
}) {
  const { id, label, options, value, onChange } = props;
  return (
    <span className="tag-table__field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value === null ? '' : String(value)}
        onChange={(e) =>
          onChange(options.find((option) => String(option.value) === e.target.value)?.value ?? null)
        }
      >
        <option value="">all</option>
        {options.map((o) => (
          <option key={o.value} value={String(o.value)}>
            {o.name}
          </option>
        ))}
      </select>
    </span>
  );
}

/** The recorded-byte choices of the operation and content filters. */
const byteChoices = (options: readonly { name: string; byte: number }[]) =>
  options.map(({ name, byte }) => ({ value: byte, name }));
const OPERATION_CHOICES = byteChoices(OPERATION_OPTIONS);
const CONTENT_CHOICES = byteChoices(CONTENT_OPTIONS);

/**
 * The diagnostic codes this history has, with how many of each (the decoder's counts
 * cover every diagnostic, the ones past the list's cap too).
 */
function diagnosticOptions(history: DecodedHistory): { value: DiagnosticCode; name: string }[] {
  return DIAGNOSTIC_CODES.filter((code) => (history.diagnosticCounts[code] ?? 0) > 0).map(
    (code) => ({
      value: code,
      name: `${code} (${groupDigits(history.diagnosticCounts[code] ?? 0)})`,
    }),
  );
}

/** Filters and search above the table, and how many tags pass them. */
export function TagTableToolbar(props: {
  history: DecodedHistory;
  filter: TagFilter;
  onChange: (filter: TagFilter) => void;
  /** Whether a server listing has been compared (the Verdict filter applies). */
  compared: boolean;
  shown: number;
  total: number;
}) {
  const { history, filter, onChange, compared, shown, total } = props;
  const id = useId();
  const codes = diagnosticOptions(history);
  // A code chosen for another history stays listed, so the select never shows a wrong value.
  if (filter.diagnostic !== null && !codes.some((code) => code.value === filter.diagnostic))
    codes.push({ value: filter.diagnostic, name: `${filter.diagnostic} (0)` });
  return (
    <div className="tag-table__toolbar">
      <ChoiceSelect
        id={`${id}-operation`}
        label="Operation"
        options={OPERATION_CHOICES}
        value={filter.operation}
        onChange={(operation) => onChange({ ...filter, operation })}
      />
      <ChoiceSelect
        id={`${id}-content`}
        label="Content"
        options={CONTENT_CHOICES}
        value={filter.content}
        onChange={(content) => onChange({ ...filter, content })}
      />
      {compared && (
        <ChoiceSelect
          id={`${id}-verdict`}
          label="Verdict"
          options={VERDICTS.map((verdict) => ({ value: verdict, name: verdict }))}
          value={filter.verdict}
          onChange={(verdict) => onChange({ ...filter, verdict })}
        />
      )}
      {codes.length > 0 && (
        <ChoiceSelect
          id={`${id}-diagnostic`}
          label="Has diagnostic"
          options={codes}
          value={filter.diagnostic}
          onChange={(diagnostic) => onChange({ ...filter, diagnostic })}
        />
      )}
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
