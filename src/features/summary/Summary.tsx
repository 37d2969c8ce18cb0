import { useMemo, type ReactNode } from 'react';
import { storeHistoryPlace } from '../../input/store';
import './summary.css';
import { formatSize, formatTimestamp, groupDigits } from '../../shared/format';
import type { OpenedBlob } from '../../shared/workerTypes';
import { Fingerprint } from './Fingerprint';
import { MsgFacts } from './MsgFacts';
import { StoreFacts } from './StoreFacts';
import { summarize, type HistorySummary } from '../../decoder/index';

function Field(props: { label: string; children: ReactNode; testId?: string; flagged?: boolean }) {
  return (
    <div className={props.flagged ? 'summary__field summary__field--flagged' : 'summary__field'}>
      <dt>{props.label}</dt>
      <dd data-testid={props.testId}>{props.children}</dd>
    </div>
  );
}

const plural = (n: number, word: string): string =>
  `${groupDigits(n)} ${word}${n === 1 ? '' : 's'}`;

/** "get 20 · delete 2", leaving out the kinds that do not occur. */
function totals(counts: Record<string, number>): string {
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([name, n]) => `${name} ${groupDigits(n)}`);
  return parts.length > 0 ? parts.join(' · ') : '—';
}

function HistoryFields({ summary, blob }: { summary: HistorySummary; blob: OpenedBlob }) {
  const history = blob.history!;
  const version = history.version.value;
  const count = history.count.value;
  const { severities } = summary;
  return (
    <>
      <Field label="Version" testId="summary-version" flagged={version !== 3}>
        {version ?? 'missing'}
        {version !== null && version !== 3 && <span className="summary__flag"> (expected 3)</span>}
      </Field>
      <Field label="Count" testId="summary-count" flagged={count !== summary.tagsFound}>
        {count === null ? 'missing' : groupDigits(count)}
      </Field>
      <Field label="Tags found" testId="summary-tags-found" flagged={count !== summary.tagsFound}>
        {groupDigits(summary.tagsFound)}
      </Field>
      <Field label="Operations">{totals(summary.operations)}</Field>
      <Field label="Content">{totals(summary.contents)}</Field>
      <Field label="Earliest" testId="summary-earliest">
        {summary.earliest ? formatTimestamp(summary.earliest) : '—'}
      </Field>
      <Field label="Latest" testId="summary-latest">
        {summary.latest ? formatTimestamp(summary.latest) : '—'}
      </Field>
      <Field
        label="Diagnostics"
        testId="summary-diagnostics"
        flagged={severities.error > 0}
      >{`${plural(severities.error, 'error')} · ${plural(severities.warning, 'warning')} · ${groupDigits(severities.info)} info`}</Field>
    </>
  );
}

/** The header over the views: what is open and what it holds in totals. */
export function Summary({
  blob,
  onChooseHistory,
}: {
  blob: OpenedBlob;
  /** Opens another history of the same .msg or store. */
  onChooseHistory: (index: number) => void;
}) {
  // Made in the worker with the history; a blob made on the page is summed up here.
  const summary = useMemo(
    () => blob.summary ?? (blob.history ? summarize(blob.history) : null),
    [blob.summary, blob.history],
  );
  const storeHistory = blob.store?.histories[blob.store.chosen];
  const storePlace = storeHistory ? storeHistoryPlace(storeHistory, blob.name) : null;
  return (
    <section className="summary" aria-label="Summary">
      <div className="summary__file">
        <h2 className="summary__name" data-testid="summary-name">
          {blob.name}
        </h2>
        {blob.isExample && <span className="badge badge--info">Example</span>}
        <span className="summary__meta">
          {formatSize(blob.sourceSize)}
          {blob.truncated && `, first ${formatSize(blob.bytes.length)} shown`}
          {storePlace ? ` · ${storePlace}` : blob.sourceNote && ` · ${blob.sourceNote}`}
        </span>
        {summary && (summary.earliest || summary.latest) && (
          <span className="summary__note">
            Times as recorded in the BLOB, which stores no time zone.
          </span>
        )}
      </div>
      <Fingerprint blob={blob} />
      {blob.msg && <MsgFacts msg={blob.msg} onChooseHistory={onChooseHistory} />}
      {blob.store && <StoreFacts store={blob.store} onChooseHistory={onChooseHistory} />}
      <dl className="summary__fields">
        {summary ? (
          <HistoryFields summary={summary} blob={blob} />
        ) : (
          <Field label="Decoded" flagged>
            no
          </Field>
        )}
      </dl>
    </section>
  );
}
