import { groupDigits } from '../../shared/format';
import { formatSeconds, SECONDS_PER_DAY } from '../../export/recordedTime';
import type { Timeline, TimeRange } from '../../export/timeline';

const plural = (n: number, one: string, many = `${one}s`): string =>
  `${groupDigits(n)} ${n === 1 ? one : many}`;

/**
 * What the chart shows in words beside it: the tags it leaves off, the days without a
 * fetch and the bursts, each gap and burst a button that filters the table to it.
 */
export function TimelineFacts(props: { timeline: Timeline; onRange: (range: TimeRange) => void }) {
  const { timeline, onRange } = props;
  const gap = timeline.gaps[0];
  const burst = timeline.bursts[0];
  return (
    <ul className="timeline__facts">
      <li data-testid="timeline-undated" className={timeline.undated > 0 ? 'timeline__warn' : ''}>
        {timeline.undated > 0
          ? `${plural(timeline.undated, 'tag')} with an invalid timestamp ${timeline.undated === 1 ? 'is' : 'are'} not on the chart`
          : 'Every tag has a valid timestamp'}
      </li>
      {timeline.unit && (
        <li data-testid="timeline-gaps">
          {timeline.daysWithoutFetch === 0 ? (
            'A fetch on every day'
          ) : (
            <>
              {plural(timeline.daysWithoutFetch, 'day')} without a fetch
              {gap && (
                <>
                  ; longest{' '}
                  <button
                    type="button"
                    className="timeline__link"
                    onClick={() =>
                      onRange({
                        start: gap.firstDay * SECONDS_PER_DAY,
                        end: (gap.lastDay + 1) * SECONDS_PER_DAY,
                      })
                    }
                  >
                    {formatSeconds(gap.firstDay * SECONDS_PER_DAY, 'day')}
                    {gap.days > 1 && ` – ${formatSeconds(gap.lastDay * SECONDS_PER_DAY, 'day')}`} (
                    {plural(gap.days, 'day')})
                  </button>
                </>
              )}
            </>
          )}
        </li>
      )}
      {timeline.unit && (
        <li
          data-testid="timeline-bursts"
          className={timeline.burstCount > 0 ? 'timeline__warn' : ''}
        >
          {timeline.burstCount === 0 ? (
            'No bursts of fetches seconds apart'
          ) : (
            <>
              {plural(timeline.burstCount, 'burst')} of fetches seconds apart (a re-download?);
              largest{' '}
              {burst && (
                <button
                  type="button"
                  className="timeline__link"
                  onClick={() => onRange({ start: burst.start, end: burst.end })}
                >
                  {groupDigits(burst.fetches)} from {formatSeconds(burst.start)}
                </button>
              )}
            </>
          )}
        </li>
      )}
    </ul>
  );
}
