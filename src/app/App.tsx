import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { looksLikeUidlListing } from '../compare/index';
import type { DiagnosticCode } from '../decoder/model';
import { HexView } from '../features/hex-view/HexView';
import { DiagnosticsList } from '../features/diagnostics/DiagnosticsList';
import { DropOverlay } from '../features/intake/DropOverlay';
import type { Intake } from '../features/intake/droppedFiles';
import { isEditable } from '../features/intake/droppedFiles';
import { EmptyState } from '../features/intake/EmptyState';
import { OpenControls } from '../features/intake/OpenControls';
import { useWindowIntake } from '../features/intake/useWindowIntake';
import { Summary } from '../features/summary/Summary';
import { NO_TAG_FILTER, TagTable, type TagFilter } from '../features/tag-table/TagTable';
import { UidEscapes } from '../features/uid-escape/UidEscapes';
import { DetailTabs } from './DetailTabs';
import { HexSplitter, useHexWidth } from './HexSplitter';
import { PreviousBlob } from './PreviousBlob';
import { Disclosure } from './Disclosure';
import { groupDigits } from '../shared/format';
import { LoadingStatus } from './LoadingStatus';
import { Notices } from './Notices';
import { StatusBar } from './StatusBar';
import { ThemeSwitch } from './ThemeSwitch';
import { useViewer } from './useViewer';
import { ComparePanel } from '../features/compare/ComparePanel';
import { useServerComparison } from '../features/compare/useServerComparison';
import { ExportMenu } from '../features/export/ExportMenu';
import { EditView } from '../features/edit/EditView';
import { OfflineMenu } from '../features/offline/OfflineMenu';
import { Timeline } from '../features/timeline/Timeline';
import { ReportControls } from '../features/report/ReportControls';
import type { DecodedHistory } from '../decoder/model';
import type { TimeRange } from '../export/timeline';
import './fields.css';
import './theme.css';
import './controls.css';
import './app.css';

export function App() {
  const { state, actions } = useViewer();
  const { open, reject, onSelect } = actions;
  const { status, opened, selection } = state;
  const history = opened?.history ?? null;
  const compared = useMemo(
    () => (opened?.history ? { bytes: opened.bytes, history: opened.history } : null),
    [opened],
  );
  const compare = useServerComparison(compared);
  const { setListingText } = compare;
  const [detailsTab, setDetailsTab] = useState('diagnostics');
  // One filter object for the table, held here so other views can set it.
  const [tagFilter, setTagFilter] = useState<TagFilter>(NO_TAG_FILTER);
  const [hexWidth, setHexWidth] = useHexWidth();
  const hexPane = useRef<HTMLDivElement>(null);
  const hasHistory = history !== null;

  const onIntake = useCallback(
    (intake: Intake) => {
      if (intake.kind === 'rejected') reject(intake.notice);
      else if (intake.kind === 'file')
        open({ kind: 'file', file: intake.file, name: intake.file.name }, intake.notices);
      else if (looksLikeUidlListing(intake.text)) {
        // The server's UIDL answer, not a BLOB: it goes to the comparison, the BLOB stays.
        setListingText(intake.text, 'pasted');
        setDetailsTab('compare');
        reject({
          tone: 'info',
          text: hasHistory
            ? 'The pasted text is a server UIDL listing: it is compared under Compare with server, and each tag has its verdict in the table.'
            : 'That is a server UIDL listing. Open a history and it is compared at once.',
        });
      } else open({ kind: 'text', text: intake.text, name: 'pasted hex text' }, intake.notices);
    },
    [open, reject, setListingText, hasHistory],
  );
  const dragging = useWindowIntake(onIntake);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key === 'Escape' && !event.defaultPrevented && !isEditable(event.target))
        onSelect(null);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onSelect]);

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
    <div className="app">
      <header className="app-bar">
        <h1 className="app-bar__title">POP3 UIDL History Viewer</h1>
        <OpenControls
          onFile={(file) => open({ kind: 'file', file, name: file.name })}
          onExample={() => open({ kind: 'example' })}
        />
        {opened && history && (
          <Disclosure label="Export">
            <ExportMenu
              loaded={{ ...opened, history }}
              selection={selection}
              comparison={compare.comparison}
              listingText={compare.comparison ? compare.comparedText : null}
            />
          </Disclosure>
        )}
        {opened && <ReportControls blob={opened} comparison={compare.comparison} />}
        <ThemeSwitch />
      </header>
      <main className="app-main" aria-busy={status.kind === 'loading'}>
        {status.kind === 'loading' && (
          <LoadingStatus name={status.name} progress={status.progress} onCancel={actions.cancel} />
        )}
        <Notices
          notices={state.notices}
          canRetry={state.lastSource !== null}
          onRetry={actions.retry}
          onDismiss={actions.dismiss}
        />
        {opened && state.previous && (
          <PreviousBlob
            current={opened.name}
            previous={state.previous.blob.name}
            onRestore={actions.restorePrevious}
            onDismiss={actions.forgetPrevious}
          />
        )}
        {opened ? (
          <div className="document">
            <Summary blob={opened} onChooseHistory={actions.openMsgHistory} />
            {history && (
              <Timeline
                history={history}
                selection={selection}
                onSelect={onSelect}
                range={timeRange}
                onRangeChange={setTimeRange}
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
                      onActiveChange={setDetailsTab}
                      tabs={[
                        {
                          id: 'diagnostics',
                          label: (
                            <>
                              Diagnostics{' '}
                              <span className="detail-tabs__count">
                                {groupDigits(
                                  history.diagnostics.length + history.diagnosticsOmitted,
                                )}
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
                          panel: (
                            <ComparePanel history={history} compare={compare} onSelect={onSelect} />
                          ),
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
                              onOpen={(file) => open({ kind: 'file', file, name: file.name })}
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
        ) : (
          status.kind !== 'loading' && <EmptyState />
        )}
      </main>
      <StatusBar selection={selection} hasBlob={opened !== null}>
        <OfflineMenu />
      </StatusBar>
      <DropOverlay visible={dragging} />
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
