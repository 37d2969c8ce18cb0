import { clampTop, renderedRows, rowY } from '../../shared/scrollScale';
import { useScaledScroll } from '../../shared/useScaledScroll';
import type { NearMiss } from '../../compare/index';
import type { ComparisonRow, ComparisonRows } from './comparisonRows';
import { VisibleText } from '../../shared/fields/VisibleText';
import { VERDICT_TEXT } from './VerdictFilters';

/** Rows are one line (long values are cut with an ellipsis), so nothing is measured. */
export const ROW_HEIGHT = 30;
const OVERSCAN = 8;
/** Used until the viewport is measured (and where it cannot be, as in jsdom). */
const FALLBACK_VIEWPORT_HEIGHT = 20 * ROW_HEIGHT;
/** Matching tags shown per row; the rest are counted. */
const TAGS_SHOWN = 3;

const DIFFERENCE_TEXT: Record<NearMiss['difference'], string> = {
  case: 'case differs',
  whitespace: 'surrounding whitespace differs',
  'case-and-whitespace': 'case and surrounding whitespace differ',
};

/**
 * The comparison rows as a table; only the rows in view are in the document. Rows have
 * one height, so which are in view is arithmetic: a million-row listing keeps no
 * measurement per row, and its scroll range is scaled as the hex view's is.
 */
export function ComparisonList(props: { rows: ComparisonRows; onPickTag: (tag: number) => void }) {
  const { rows, onPickTag } = props;
  const { scrollerRef, geometry, view, onScroll } = useScaledScroll(
    rows.length,
    ROW_HEIGHT,
    FALLBACK_VIEWPORT_HEIGHT,
  );
  const top = clampTop(geometry, view.top);
  const shown = renderedRows(geometry, top, OVERSCAN);
  const indices: number[] = [];
  for (let index = shown.first; index < shown.end; index++) indices.push(index);

  const tagButton = (tag: number, label = `tag ${tag}`) => (
    <button
      key={tag}
      type="button"
      className="compare__tag"
      aria-label={`Select tag ${tag}`}
      onClick={() => onPickTag(tag)}
    >
      {label}
    </button>
  );

  const nearMissCell = (row: ComparisonRow) => {
    const miss = row.nearMisses[0];
    if (!miss) return null;
    const more = row.nearMisses.length - 1;
    // A gone row is the history side of the pair: show the server UID it nearly matches.
    const isServerRow = row.line !== null;
    const other = isServerRow ? miss.historyUid : miss.serverUid;
    return (
      <span className="compare__near-miss" title={DIFFERENCE_TEXT[miss.difference]}>
        <span aria-hidden="true">≈ </span>
        {isServerRow ? tagButton(miss.tag) : <span>server #{miss.number}</span>}{' '}
        <code className="compare__uid">
          <VisibleText text={other} />
        </code>{' '}
        <span className="compare__difference">({DIFFERENCE_TEXT[miss.difference]})</span>
        {more > 0 && <span> +{more} more</span>}
      </span>
    );
  };

  return (
    <div
      className="compare__table"
      role="table"
      aria-label="Server comparison"
      aria-rowcount={rows.length + 1}
    >
      <div role="rowgroup" className="compare__head">
        <div role="row" aria-rowindex={1} className="compare__row">
          <span role="columnheader">Server #</span>
          <span role="columnheader">UID</span>
          <span role="columnheader">Verdict</span>
          <span role="columnheader">Tag</span>
          <span role="columnheader">Near miss</span>
        </div>
      </div>
      <div ref={scrollerRef} role="rowgroup" className="compare__scroller" onScroll={onScroll}>
        <div className="compare__sizer" style={{ height: geometry.spacerHeight }}>
          {indices.map((index) => {
            const row = rows.at(index);
            const hidden = row.tags.length - TAGS_SHOWN;
            return (
              <div
                key={row.id}
                role="row"
                aria-rowindex={index + 2}
                data-row={row.id}
                data-verdict={row.verdict}
                className={`compare__row compare__row--${row.verdict}${row.nearMisses.length > 0 ? ' compare__row--near-miss' : ''}`}
                style={{
                  transform: `translateY(${rowY(geometry, top, view.scrollTop, index)}px)`,
                  height: ROW_HEIGHT,
                }}
              >
                <span role="cell" className="compare__number">
                  {row.number ?? '—'}
                </span>
                <span role="cell">
                  <code className="compare__uid" title={row.uid}>
                    <VisibleText text={row.uid} />
                  </code>
                </span>
                <span role="cell">
                  <span className={`verdict verdict--${row.verdict}`}>
                    {VERDICT_TEXT[row.verdict].label.toLowerCase()}
                  </span>
                </span>
                <span role="cell" className="compare__tags">
                  {row.tags.slice(0, TAGS_SHOWN).map((tag) => tagButton(tag))}
                  {hidden > 0 && <span> +{hidden}</span>}
                  {row.tags.length === 0 && <span className="compare__none">none</span>}
                </span>
                <span role="cell">{nearMissCell(row)}</span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
