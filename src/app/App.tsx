import { useCallback, useEffect, useState } from 'react';
import { HexView } from '../features/hex-view/HexView';
import { DiagnosticsList } from '../features/diagnostics/DiagnosticsList';
import { DropOverlay } from '../features/intake/DropOverlay';
import type { Intake } from '../features/intake/droppedFiles';
import { isEditable } from '../features/intake/droppedFiles';
import { EmptyState } from '../features/intake/EmptyState';
import { OpenControls } from '../features/intake/OpenControls';
import { useWindowIntake } from '../features/intake/useWindowIntake';
import { Summary } from '../features/summary/Summary';
import { TagTable } from '../features/tag-table/TagTable';
import { UidEscapes } from '../features/uid-escape/UidEscapes';
import { DetailTabs } from './DetailTabs';
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

  const onIntake = useCallback(
    (intake: Intake) => {
      if (intake.kind === 'rejected') reject(intake.notice);
      else if (intake.kind === 'file')
        open({ kind: 'file', file: intake.file, name: intake.file.name }, intake.notices);
      else open({ kind: 'text', text: intake.text, name: 'pasted hex text' }, intake.notices);
    },
    [open, reject],
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

  const { status, opened, selection } = state;
  const history = opened?.history ?? null;
  const compare = useServerComparison(history);
  const [timeRange, setTimeRange] = useTimeRange(history);
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
            <div className="workspace">
              <div className="workspace__hex pane">
                <HexView
                  bytes={opened.bytes}
                  history={history}
                  selection={selection}
                  onSelect={onSelect}
                />
              </div>
              {history && (
                <div className="workspace__tags pane">
                  <TagTable
                    history={history}
                    bytes={opened.bytes}
                    selection={selection}
                    onSelect={onSelect}
                    timeRange={timeRange}
                    onClearTimeRange={clearTimeRange}
                  />
                </div>
              )}
              {history && (
                <div className="workspace__escapes pane">
                  <UidEscapes
                    history={history}
                    bytes={opened.bytes}
                    selection={selection}
                    onSelect={onSelect}
                  />
                </div>
              )}
              {history && (
                <div className="workspace__details">
                  <DetailTabs
                    label="Details"
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
                          <ComparePanel
                            history={history}
                            comparison={compare.comparison}
                            listingText={compare.listingText}
                            onListingTextChange={compare.setListingText}
                            onSelect={onSelect}
                            pending={compare.pending}
                          />
                        ),
                      },
                    ]}
                  />
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

/** The timeline's filter on the tag table; a newly opened history starts without one. */
function useTimeRange(
  history: DecodedHistory | null,
): [TimeRange | null, (range: TimeRange | null) => void] {
  const [state, setState] = useState<{ history: DecodedHistory | null; range: TimeRange | null }>({
    history: null,
    range: null,
  });
  const setRange = useCallback(
    (range: TimeRange | null) => setState({ history, range }),
    [history],
  );
  return [state.history === history ? state.range : null, setRange];
}
