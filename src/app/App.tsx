import { useCallback, useEffect, useMemo, useState } from 'react';
import { looksLikeUidlListing } from '../compare/index';
import { useServerComparison } from '../features/compare/useServerComparison';
import { ExportMenu } from '../features/export/ExportMenu';
import { DropOverlay } from '../features/intake/DropOverlay';
import type { Intake } from '../features/intake/droppedFiles';
import { isEditable } from '../features/intake/droppedFiles';
import { EmptyState } from '../features/intake/EmptyState';
import { OpenControls } from '../features/intake/OpenControls';
import { useWindowIntake } from '../features/intake/useWindowIntake';
import { OfflineMenu } from '../features/offline/OfflineMenu';
import { ReportControls } from '../features/report/ReportControls';
import { Disclosure } from './Disclosure';
import { DocumentView } from './DocumentView';
import { LoadingStatus } from './LoadingStatus';
import { Notices } from './Notices';
import { PreviousBlob } from './PreviousBlob';
import { Rehearsal, useRehearsal } from './Rehearsal';
import { StatusBar } from './StatusBar';
import { ThemeSwitch } from './ThemeSwitch';
import { useViewer } from './useViewer';
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
  const rehearsal = useRehearsal(!opened && status.kind === 'idle');

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key === 'Escape' && !event.defaultPrevented && !isEditable(event.target))
        onSelect(null);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onSelect]);

  const openFile = useCallback(
    (file: File) => open({ kind: 'file', file, name: file.name }),
    [open],
  );
  return (
    <div className="app">
      <header className="app-bar">
        <h1 className="app-bar__title">POP3 UIDL History Viewer</h1>
        <OpenControls onFile={openFile} onExample={() => open({ kind: 'example' })} />
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
          <DocumentView
            opened={opened}
            selection={selection}
            onSelect={onSelect}
            compare={compare}
            detailsTab={detailsTab}
            onDetailsTabChange={setDetailsTab}
            onOpenFile={openFile}
            onChooseHistory={actions.openMsgHistory}
          />
        ) : (
          status.kind !== 'loading' && <EmptyState />
        )}
        {rehearsal.rehearse && <Rehearsal onDone={rehearsal.done} />}
      </main>
      <StatusBar selection={selection} hasBlob={opened !== null}>
        <OfflineMenu />
      </StatusBar>
      <DropOverlay visible={dragging} />
    </div>
  );
}
