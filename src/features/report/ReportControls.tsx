import { useEffect, useMemo, useState } from 'react';
import { createPortal, flushSync } from 'react-dom';
import type { ServerComparison } from '../../compare/compare';
import { exportBaseName } from '../../export/exportFiles';
import { reportBody, reportHtml } from '../../export/report';
import { downloadFile } from '../../shared/browser';
import type { OpenedBlob } from '../../shared/workerTypes';
import { reportInput } from './reportInput';
import reportCss from '../../export/report.css?raw';
import '../../export/report.css';
import './print.css';

/**
 * Up to this many rows (tags, and server messages once a listing is compared) the
 * printable report is always in the page (hidden on screen), so the browser's own Print
 * shows it too; a larger one is built only when printing starts.
 */
const ALWAYS_READY_ROWS = 2000;

/**
 * "Print report" and "Save report as HTML", and the report itself: outside the app, so that
 * printing shows it and nothing else (no buttons, no scrolled views).
 */
export function ReportControls(props: { blob: OpenedBlob; comparison: ServerComparison | null }) {
  const { blob, comparison } = props;
  const { history } = blob;
  const [madeAt, setMadeAt] = useState(() => new Date());
  const [printing, setPrinting] = useState(false);
  const rows = (history?.tags.length ?? 0) + (comparison?.messages.length ?? 0);
  const ready = history !== null && (printing || rows <= ALWAYS_READY_ROWS);

  useEffect(() => {
    // The browser's Print menu: stamp the time and make sure the report is in the page.
    const before = () =>
      flushSync(() => {
        setMadeAt(new Date());
        setPrinting(true);
      });
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  const body = useMemo(
    () =>
      ready && history ? reportBody(reportInput({ ...blob, history }, comparison, madeAt)) : '',
    [ready, blob, history, comparison, madeAt],
  );

  const print = () => {
    flushSync(() => {
      setMadeAt(new Date());
      setPrinting(true);
    });
    window.print();
  };
  if (!history) return null;
  const save = () => {
    const html = reportHtml(reportInput({ ...blob, history }, comparison, new Date()), reportCss);
    downloadFile({
      fileName: `${exportBaseName(blob.name)}-report.html`,
      type: 'text/html;charset=utf-8',
      content: html,
    });
  };

  return (
    <>
      <span className="report-controls">
        <button type="button" onClick={print}>
          Print report
        </button>
        <button type="button" onClick={save}>
          Save report as HTML
        </button>
      </span>
      {createPortal(
        // The report is built by a pure function that escapes every text it takes from the file.
        <div
          className="print-report"
          data-testid="print-report"
          dangerouslySetInnerHTML={{ __html: body }}
        />,
        document.body,
      )}
    </>
  );
}
