import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { formatRange, groupDigits } from '../../shared/format';
import type { Selection, SelectHandler } from '../../shared/selection';
import {
  DIAGNOSTIC_CODES,
  type DecodedHistory,
  type DiagnosticCode,
  type Severity,
} from '../../decoder/model';
import { SEVERITY } from '../../decoder/diagnostics';
import './diagnostics.css';
import { isSelectedDiagnostic, selectedDiagnosticIndex, selectionOf } from './diagnosticMatch';

// A first guess; rows are measured once shown, since long messages wrap.
const ROW_HEIGHT = 48;

/**
 * Every diagnostic of the history (up to the decoder's cap), virtualized. One item is
 * in the tab order at a time; arrow keys move between items, Enter or a click selects
 * the diagnostic's bytes and tag.
 */
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function DiagnosticsList(props: {
  history: DecodedHistory;
  selection: Selection | null;
  onSelect: SelectHandler;
  /** Filters the tag table to the tags with this code: reaches those past the list's cap. */
  onShowTags?: (code: DiagnosticCode) => void;
}) {
  const { diagnostics: listed, diagnosticsOmitted, diagnosticCounts } = props.history;
  const [severity, setSeverity] = useState<Severity | null>(null);
  const [code, setCode] = useState<DiagnosticCode | null>(null);
  const diagnostics = useMemo(
    () =>
      severity === null && code === null
        ? listed
        : listed.filter(
            (d) =>
              (severity === null || d.severity === severity) && (code === null || d.code === code),
          ),
    [listed, severity, code],
  );
  const filterId = useId();
  const total = listed.length + diagnosticsOmitted;
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  // The item keyboard focus should move to once it is rendered (it may be scrolled out).
  const pendingFocus = useRef<number | null>(null);
  // The virtualizer hands out fresh functions each render; this component does not memoize them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: diagnostics.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });

  const selected = selectedDiagnosticIndex(diagnostics, props.selection);
  const activeIndex = Math.min(active, Math.max(0, diagnostics.length - 1));

  useEffect(() => {
    // Scroll to the selected diagnostic only when it is out of sight: a click in
    // this list, or a selection elsewhere that is already shown, moves nothing.
    if (selected < 0) return;
    const element = scroller.current;
    if (!element) return;
    const item = virtualizer.measurementsCache[selected];
    const visible =
      item !== undefined &&
      item.start >= element.scrollTop &&
      item.end <= element.scrollTop + element.clientHeight;
    if (!visible) virtualizer.scrollToIndex(selected, { align: 'center' });
  }, [selected, virtualizer]);

  if (listed.length === 0) {
    return (
      <section className="diagnostics pane" aria-labelledby="diagnostics-title">
        <h2 id="diagnostics-title" className="pane__title">
          Diagnostics
        </h2>
        <p className="pane__empty">None: every byte decoded as the format says.</p>
      </section>
    );
  }

  const moveTo = (index: number): void => {
    const next = Math.max(0, Math.min(diagnostics.length - 1, index));
    setActive(next);
    pendingFocus.current = next;
    virtualizer.scrollToIndex(next);
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    const page = Math.max(
      1,
      Math.floor((scroller.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1,
    );
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
      Home: 0,
      End: diagnostics.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    moveTo(target);
  };

  return (
    <section className="diagnostics pane" aria-labelledby="diagnostics-title">
      <h2 id="diagnostics-title" className="pane__title">
        Diagnostics <span className="pane__count">{groupDigits(total)}</span>
      </h2>
      <div className="diagnostics__filters">
        <label htmlFor={`${filterId}-severity`}>Severity</label>
        <select
          id={`${filterId}-severity`}
          value={severity ?? ''}
          onChange={(e) => setSeverity(SEVERITIES.find((s) => s === e.target.value) ?? null)}
        >
          <option value="">all</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <label htmlFor={`${filterId}-code`}>Code</label>
        <select
          id={`${filterId}-code`}
          value={code ?? ''}
          onChange={(e) => setCode(DIAGNOSTIC_CODES.find((c) => c === e.target.value) ?? null)}
        >
          <option value="">all</option>
          {DIAGNOSTIC_CODES.filter(
            (c) =>
              (diagnosticCounts[c] ?? 0) > 0 && (severity === null || SEVERITY[c] === severity),
          ).map((c) => (
            <option key={c} value={c}>
              {c} ({groupDigits(diagnosticCounts[c] ?? 0)})
            </option>
          ))}
        </select>
        {code !== null && props.onShowTags && (
          <button type="button" className="button--small" onClick={() => props.onShowTags?.(code)}>
            Show its tags in the table
          </button>
        )}
      </div>
      {diagnostics.length === 0 && (
        <p className="pane__empty">No listed diagnostic matches the filters.</p>
      )}
      <div className="diagnostics__scroller" ref={scroller}>
        <ul
          aria-label="Diagnostics"
          className="diagnostics__list"
          style={{ height: virtualizer.getTotalSize() }}
          onKeyDown={onKeyDown}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const diagnostic = diagnostics[item.index]!;
            const isSelected = isSelectedDiagnostic(diagnostic, props.selection);
            const related =
              !isSelected && diagnostic.tag !== null && diagnostic.tag === props.selection?.tag;
            return (
              <li
                key={item.index}
                data-index={item.index}
                ref={virtualizer.measureElement}
                aria-setsize={diagnostics.length}
                aria-posinset={item.index + 1}
                className="diagnostics__item"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <button
                  type="button"
                  tabIndex={item.index === activeIndex ? 0 : -1}
                  ref={(button) => {
                    if (button && pendingFocus.current === item.index) {
                      pendingFocus.current = null;
                      button.focus();
                    }
                  }}
                  aria-current={isSelected ? 'true' : undefined}
                  data-code={diagnostic.code}
                  className={`diagnostic diagnostic--${diagnostic.severity}${isSelected ? ' diagnostic--selected' : ''}${related ? ' diagnostic--related' : ''}`}
                  onFocus={() => setActive(item.index)}
                  onClick={() => props.onSelect(selectionOf(diagnostic))}
                >
                  <span className="diagnostic__line">
                    <span className={`severity severity--${diagnostic.severity}`}>
                      {diagnostic.severity}
                    </span>
                    <code className="diagnostic__code">{diagnostic.code}</code>
                    <span className="diagnostic__range">
                      {formatRange(diagnostic.start, diagnostic.end)}
                    </span>
                    {diagnostic.tag !== null && (
                      <span className="diagnostic__tag">tag {diagnostic.tag}</span>
                    )}
                  </span>
                  <span className="diagnostic__message">{diagnostic.message}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
      {diagnosticsOmitted > 0 && (
        <p className="diagnostics__omitted">
          {groupDigits(diagnosticsOmitted)} more not listed. Every tag with a diagnostic is in the
          tag table: filter it by <em>Has diagnostic</em>
          {code !== null && props.onShowTags ? ' (Show its tags in the table)' : ''}.
        </p>
      )}
    </section>
  );
}
