import { useCallback, useRef, useState, type CSSProperties } from 'react';
import type { DecodedHistory, DiagnosticCode } from '../decoder/model';
import type { TimeRange } from '../export/timeline';
import { ComparePanel } from '../features/compare/ComparePanel';
import type { ServerComparisonState } from '../features/compare/useServerComparison';
import { DiagnosticsList } from '../features/diagnostics/DiagnosticsList';
import { EditView } from '../features/edit/EditView';
import { HexView } from '../features/hex-view/HexView';
import { Summary } from '../features/summary/Summary';
import { NO_TAG_FILTER, TagTable, type TagFilter } from '../features/tag-table/TagTable';
import { Timeline } from '../features/timeline/Timeline';
import { UidEscapes } from '../features/uid-escape/UidEscapes';
import { groupDigits } from '../shared/format';
import { useDrawnAfterFirstFrame } from '../shared/useDrawnAfterFirstFrame';
import type { SelectHandler, Selection } from '../shared/selection';
import type { OpenedBlob } from '../worker/protocol';
import { DetailTabs } from './DetailTabs';
import { HexSplitter, useHexWidth } from './HexSplitter';

export interface DocumentViewProps {
  opened: OpenedBlob;
  selection: Selection | null;
  onSelect: SelectHandler;
  compare: ServerComparisonState;
  /** The detail tab shown; the page switches to the comparison when a listing is pasted. */
  detailsTab: string;
  onDetailsTabChange: (tab: string) => void;
  /** Opens a file in the page (an edited history). */
  onOpenFile: (file: File) => void;
  /** Opens another of the histories of the .msg or store that is open. */
  onChooseHistory: (index: number) => void;
  /** Draws every view in the first frame (the hex view's rows otherwise come in the next). */
  drawAllAtOnce?: boolean;
}

/**
 * An opened file: its summary, timeline, hex view, tag table, the selected UID's escapes and
 * the detail tabs. The table's filters, the time range and the tags marked for an edit
 * belong to the history shown and start afresh with the next.
 */
export function DocumentView(props: DocumentViewProps) {
  const { opened, selection, onSelect, compare, detailsTab, onDetailsTabChange } = props;
  const { onOpenFile, onChooseHistory } = props;
  const history = opened.history;
  // One filter object for the table, held here so other views can set it.
  const [tagFilter, setTagFilter] = useState<TagFilter>(NO_TAG_FILTER);
  const [hexWidth, setHexWidth] = useHexWidth();
  const hexPane = useRef<HTMLDivElement>(null);
  // The first file's views come in order, each a task of its own: the summary and the
  // table (the answer), the hex view's rows a frame later, then the timeline's binning.
  const rowsDrawn = useDrawnAfterFirstFrame(props.drawAllAtOnce ?? false);
  const showDiagnosticTags = useCallback(
    (code: DiagnosticCode) => setTagFilter({ ...NO_TAG_FILTER, diagnostic: code }),
    [],
  );
  // Without a decoded history the hex view is the only view: it is never folded away.
  const hexPlace = history ? hexWidth : 'natural';
  const collapsed = hexPlace === 'collapsed';
  const below = hexPlace === 'below';
  const workspaceStyle = (
    typeof hexWidth === 'number' ? { '--hex-width': `${hexWidth}px` } : {}
  ) as CSSProperties;
  const [timeRange, setTimeRange] = usePerHistory<TimeRange | null>(history, null);
  const [markedTags, setMarkedTags] = usePerHistory(history, NO_MARKED_TAGS);
  const clearTimeRange = useCallback(() => setTimeRange(null), [setTimeRange]);
  return (
    <div className="document">
      <Summary blob={opened} onChooseHistory={onChooseHistory} />
      {history && (
        <Timeline
          history={history}
          selection={selection}
          onSelect={onSelect}
          range={timeRange}
          onRangeChange={setTimeRange}
          binning={rowsDrawn}
        />
      )}
      <div
        className={`workspace workspace--hex-${typeof hexPlace === 'number' ? 'sized' : hexPlace}`}
        style={workspaceStyle}
      >
        <div className="workspace__top">
          {collapsed ? (
            <div className="workspace__hex-rail pane">
              <button
                type="button"
                className="workspace__hex-toggle"
                aria-expanded="false"
                onClick={() => setHexWidth('natural')}
              >
                Show hex view
              </button>
              <button
                type="button"
                className="workspace__hex-toggle"
                onClick={() => setHexWidth('below')}
              >
                Hex view below
              </button>
            </div>
          ) : (
            <div ref={hexPane} className="workspace__hex pane">
              <HexView
                bytes={opened.bytes}
                history={history}
                selection={selection}
                onSelect={onSelect}
                rowsDrawn={rowsDrawn}
              />
            </div>
          )}
          <div className="workspace__split">
            {below && history && (
              <button
                type="button"
                className="workspace__hex-place"
                onClick={() => setHexWidth('natural')}
              >
                Hex view beside the table
              </button>
            )}
            {!collapsed && !below && history && (
              <HexSplitter
                width={hexPlace}
                onWidthChange={setHexWidth}
                hexPane={() => hexPane.current}
              />
            )}
            {!collapsed && !below && history && (
              <button
                type="button"
                className="workspace__hex-fold"
                aria-expanded="true"
                aria-label="Fold the hex view"
                title="Fold the hex view"
                onClick={() => setHexWidth('collapsed')}
              >
                {'\u2039'}
              </button>
            )}
          </div>
          {history && (
            <div className="workspace__tags pane">
              <TagTable
                history={history}
                bytes={opened.bytes}
                selection={selection}
                onSelect={onSelect}
                filter={tagFilter}
                onFilterChange={setTagFilter}
                comparison={compare.comparison}
                timeRange={timeRange}
                onClearTimeRange={clearTimeRange}
                marked={markedTags}
                onMarkedChange={setMarkedTags}
              />
            </div>
          )}
        </div>
        {history && (
          <div className="workspace__bottom">
            <div className="workspace__escapes pane">
              <UidEscapes
                history={history}
                bytes={opened.bytes}
                selection={selection}
                onSelect={onSelect}
              />
            </div>
            <div className="workspace__details">
              <DetailTabs
                label="Details"
                active={detailsTab}
                onActiveChange={onDetailsTabChange}
                tabs={[
                  {
                    id: 'diagnostics',
                    label: (
                      <>
                        Diagnostics{' '}
                        <span className="detail-tabs__count">
                          {groupDigits(history.diagnostics.length + history.diagnosticsOmitted)}
                        </span>
                      </>
                    ),
                    panel: (
                      <DiagnosticsList
                        history={history}
                        selection={selection}
                        onSelect={onSelect}
                        onShowTags={showDiagnosticTags}
                      />
                    ),
                  },
                  {
                    id: 'compare',
                    label: (
                      <>
                        Compare with server
                        {compare.comparison && (
                          <span className="detail-tabs__count">
                            {`${groupDigits(compare.comparison.counts.new)} new`}
                          </span>
                        )}
                      </>
                    ),
                    panel: <ComparePanel history={history} compare={compare} onSelect={onSelect} />,
                  },
                  {
                    id: 'edit',
                    label: 'Fix the history',
                    panel: (
                      <EditView
                        bytes={opened.bytes}
                        history={history}
                        fileName={opened.name}
                        selection={selection}
                        marked={markedTags}
                        comparison={compare.comparison}
                        onOpen={onOpenFile}
                        onSelect={onSelect}
                      />
                    ),
                  },
                ]}
              />
            </div>
          </div>
        )}
      </div>
    </div>
  );
}

/**
 * State that belongs to the open history (the timeline's time filter, the tags marked for an
 * edit): a newly opened history starts from `empty` again.
 */
function usePerHistory<T>(history: DecodedHistory | null, empty: T): [T, (value: T) => void] {
  const [state, setState] = useState<{ history: DecodedHistory | null; value: T }>({
    history: null,
    value: empty,
  });
  const setValue = useCallback((value: T) => setState({ history, value }), [history]);
  return [state.history === history ? state.value : empty, setValue];
}

const NO_MARKED_TAGS: ReadonlySet<number> = new Set();
