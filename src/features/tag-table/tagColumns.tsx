import { createColumnHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table';
import { TAG_TIMESTAMP_VALID, type DecodedHistory } from '../../decoder/model';
import { SEVERITY, codesOfBits, hexOffset } from '../../decoder';
import { rawUidOf, timestampRawOf, uidOf } from '../../decoder';
import type { TagVerdict } from '../../compare/index';
import { contentLabel, operationLabel } from '../../shared/fields/tagFields';
import type { SortColumn } from './tagOrder';
import { showTimestamp } from '../../shared/fields/timestamp';
import { DecodedUidMarks, RawUidMarks } from '../../shared/fields/UidMarks';
import '../../shared/fields/fieldChips.css';

/**
 * The table owns the sorting state and its header interactions; the rows it is given
 * are already filtered and sorted (`manualSorting`) by `tagOrder`, and are only the ones
 * in view, so no row object exists for the other tens of thousands of tags.
 */
export const tagTableFeatures = tableFeatures({ rowSortingFeature });

type Features = typeof tagTableFeatures;
/** A row names one tag by its index; every field is read from the columns. */
export interface TagRowData {
  readonly tag: number;
}

const helper = createColumnHelper<Features, TagRowData>();

/**
 * Column ids, in display order: the answer first (which UID, when, what Outlook did, and
 * what the server says), the bytes' details after. The stylesheet sizes them by these names.
 */
export const TAG_COLUMN_IDS = [
  'index',
  'uid',
  'timestamp',
  'operation',
  'content',
  'verdict',
  'diagnostics',
  'rawUid',
  'offset',
] as const satisfies readonly SortColumn[];

/** What a verdict means, for the cell's tooltip and the filter. */
export const TAG_VERDICT_HINT: Record<TagVerdict, string> = {
  fetched: 'fetched: the server lists it, Outlook will not download it again',
  deleted: 'deleted: recorded as deleted, yet the server still has it',
  new: 'new: Outlook will download it',
  gone: 'gone: the server no longer lists it',
};

/**
 * Columns for one history; made once per history (and comparison), cells read the
 * columns lazily. The Verdict column is there only once a listing has been compared.
 */
export function tagColumns(
  history: DecodedHistory,
  bytes: Uint8Array,
  verdicts: readonly TagVerdict[] | null,
) {
  // Ages in tooltips are relative to when the history was shown.
  const now = new Date();
  const tags = history.tags;
  const verdictColumn = verdicts
    ? [
        helper.accessor(({ tag: i }) => verdicts[i] ?? 'gone', {
          id: 'verdict',
          header: 'Verdict',
          cell: ({ row }) => {
            const verdict = verdicts[row.original.tag] ?? 'gone';
            return (
              <span className={`verdict verdict--${verdict}`} title={TAG_VERDICT_HINT[verdict]}>
                {verdict}
              </span>
            );
          },
        }),
      ]
    : [];
  return helper.columns([
    helper.accessor(({ tag: i }) => i, {
      id: 'index',
      header: '#',
    }),
    helper.accessor(({ tag: i }) => uidOf(history, i), {
      id: 'uid',
      header: 'UID',
      cell: ({ row }) => {
        const uid = uidOf(history, row.original.tag);
        return (
          <span className="tag-uid" title={uid}>
            <DecodedUidMarks history={history} bytes={bytes} tag={row.original.tag} />
          </span>
        );
      },
    }),
    helper.accessor(({ tag: i }) => timestampRawOf(history, i), {
      id: 'timestamp',
      header: () => (
        <span>
          Timestamp <span className="tag-table__note">no time zone</span>
        </span>
      ),
      cell: ({ row }) => {
        const i = row.original.tag;
        const valid = ((tags.flags[i] ?? 0) & TAG_TIMESTAMP_VALID) !== 0;
        const shown = showTimestamp(timestampRawOf(history, i), valid, now);
        return (
          <span className={shown.valid ? undefined : 'tag-bad'} title={shown.title}>
            {shown.text}
          </span>
        );
      },
    }),
    helper.accessor(({ tag: i }) => tags.operationByte[i] ?? 0, {
      id: 'operation',
      header: 'Operation',
      cell: ({ row }) => {
        const label = operationLabel(tags.operationByte[row.original.tag] ?? 0);
        return <span className={label.known ? 'tag-op' : 'tag-bad'}>{label.text}</span>;
      },
    }),
    helper.accessor(({ tag: i }) => tags.contentByte[i] ?? 0, {
      id: 'content',
      header: 'Content',
      cell: ({ row }) => {
        const label = contentLabel(tags.contentByte[row.original.tag] ?? 0);
        return <span className={label.known ? 'tag-content' : 'tag-bad'}>{label.text}</span>;
      },
    }),
    ...verdictColumn,
    helper.accessor(({ tag: i }) => tags.diagnosticBits[i] ?? 0, {
      id: 'diagnostics',
      header: 'Diagnostics',
      cell: ({ row }) =>
        codesOfBits(tags.diagnosticBits[row.original.tag] ?? 0).map((code) => (
          <span key={code} className={`tag-diag tag-diag--${SEVERITY[code]}`}>
            {code}
          </span>
        )),
    }),
    helper.accessor(({ tag: i }) => rawUidOf(history, i), {
      id: 'rawUid',
      header: 'Raw UID',
      cell: ({ row }) => {
        const rawUid = rawUidOf(history, row.original.tag);
        return (
          <span className="tag-uid" title={rawUid}>
            <RawUidMarks history={history} bytes={bytes} tag={row.original.tag} />
          </span>
        );
      },
    }),
    helper.accessor(({ tag: i }) => tags.start[i] ?? 0, {
      id: 'offset',
      header: 'Offset',
      cell: ({ row }) => hexOffset(tags.start[row.original.tag] ?? 0),
    }),
  ]);
}
