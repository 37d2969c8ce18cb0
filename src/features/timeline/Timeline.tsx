import {
  startTransition,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import type { DecodedHistory } from '../../decoder/model';
import { tagRange } from '../../decoder/tagView';
import { formatSeconds } from '../../export/recordedTime';
import {
  timelineSteps,
  EMPTY_TIMELINE,
  type Timeline as TimelineData,
  tagSeconds,
  TIMELINE_SERIES,
  type TimeRange,
  type TimelineBin,
} from '../../export/timeline';
import { chartLayout, timelineCaption } from '../../export/timelineChart';
import { afterPaint } from '../../shared/browser';
import { groupDigits } from '../../shared/format';
import type { Selection, SelectHandler } from '../../shared/selection';
import { TimelineFacts } from './TimelineFacts';
import { useWidth } from './useWidth';
import './timeline.css';

const HEIGHT = 132;
const SERIES_LABEL = {
  get: 'get',
  delete: 'delete',
  'get-and-delete': 'get-and-delete',
  other: 'other',
};

function binText(bin: TimelineBin, precision: Parameters<typeof formatSeconds>[1]): string {
  const counts = TIMELINE_SERIES.filter((s) => bin.counts[s] > 0)
    .map((s) => `${SERIES_LABEL[s]} ${groupDigits(bin.counts[s])}`)
    .join(' · ');
  return `${formatSeconds(bin.start, precision)}: ${counts || 'no tags'}`;
}

/**
 * A histogram of the tags' recorded times, stacked by operation. Drag across it to filter
 * the tag table to a span of time; click a bar to filter to that bar and select its first
 * tag. Arrow keys move between bars, Enter picks one, Esc clears the filter.
 */
export function Timeline(props: {
  history: DecodedHistory;
  selection: Selection | null;
  onSelect: SelectHandler;
  range: TimeRange | null;
  onRangeChange: (range: TimeRange | null) => void;
  /** False holds the binning back (the page's other views are still being drawn); default true. */
  binning?: boolean;
}) {
  const { history, selection, onSelect, range, onRangeChange } = props;
  const { ref, width: measured } = useWidth<HTMLDivElement>();
  const width = measured ?? 0;
  // About one bar per 7 px, never more than 160; nothing is binned before the width is known.
  const maxBins = measured === null ? null : Math.max(12, Math.min(160, Math.floor(width / 7)));
  const deferred = useDeferredTimeline(history, props.binning === false ? null : maxBins);
  const pending = deferred === null;
  const timeline = deferred ?? EMPTY_TIMELINE;
  const layout = useMemo(
    () => chartLayout(timeline, { width: Math.max(width, 100), height: HEIGHT }),
    [timeline, width],
  );
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  const [active, setActive] = useState<number | null>(null);
  const svg = useRef<SVGSVGElement>(null);

  const { bins } = timeline;
  const precision = timeline.unit?.precision ?? 'second';
  const binAtX = (x: number): number => {
    const t = layout.secondsAt(x);
    let index = bins.findIndex((bin) => t < bin.end);
    if (index < 0) index = bins.length - 1;
    return Math.max(0, index);
  };
  const localX = (event: PointerEvent): number =>
    event.clientX - (svg.current?.getBoundingClientRect().left ?? 0);

  const pickBin = (index: number) => {
    const bin = bins[index];
    if (!bin) return;
    setActive(index);
    // The filter re-sorts and redraws the 65,535-row table; as a transition React renders
    // that in slices, so the click is no long task.
    startTransition(() => {
      onRangeChange({ start: bin.start, end: bin.end });
      if (bin.firstTag >= 0) onSelect(tagRange(history, bin.firstTag));
    });
  };

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0 || bins.length === 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    const x = localX(event);
    setDrag({ from: x, to: x });
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (drag) setDrag({ ...drag, to: localX(event) });
  };
  const onPointerUp = (event: PointerEvent<SVGSVGElement>) => {
    if (!drag) return;
    const to = localX(event);
    setDrag(null);
    if (Math.abs(to - drag.from) < 4) {
      pickBin(binAtX(drag.from));
      return;
    }
    // A brush takes whole bars: from the first it touches to the end of the last.
    const first = bins[binAtX(Math.min(drag.from, to))]!;
    const last = bins[binAtX(Math.max(drag.from, to))]!;
    onRangeChange({ start: first.start, end: last.end });
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (bins.length === 0) return;
    const current = active ?? -1;
    const move = (to: number) => {
      event.preventDefault();
      setActive(Math.max(0, Math.min(bins.length - 1, to)));
    };
    if (event.key === 'ArrowRight') move(current + 1);
    else if (event.key === 'ArrowLeft') move(current < 0 ? bins.length - 1 : current - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(bins.length - 1);
    else if ((event.key === 'Enter' || event.key === ' ') && active !== null) {
      event.preventDefault();
      pickBin(active);
    } else if (event.key === 'Escape' && range) {
      event.preventDefault();
      onRangeChange(null);
    }
  };

  const selectedAt = selection?.tag != null ? (tagSeconds(history)[selection.tag] ?? NaN) : NaN;
  const shade = (start: number, end: number) => {
    const x0 = Math.max(layout.left, layout.xOf(start));
    const x1 = Math.min(layout.right, layout.xOf(end));
    return x1 > x0 ? { x: x0, width: x1 - x0 } : null;
  };
  const brushed = drag
    ? { x: Math.min(drag.from, drag.to), width: Math.abs(drag.to - drag.from) }
    : range
      ? shade(range.start, range.end)
      : null;
  const activeBin = active !== null ? bins[active] : undefined;
  const activeBar = active !== null ? layout.bars[active] : undefined;
  const present = TIMELINE_SERIES.filter((s) => bins.some((bin) => bin.counts[s] > 0));

  return (
    <section className="timeline pane" aria-label="Timeline">
      <div className="timeline__head">
        <h2 className="timeline__title">Timeline</h2>
        <span className="timeline__caption">
          {pending
            ? `Charting ${groupDigits(history.tags.length)} tags…`
            : `${timelineCaption(timeline)} Times as recorded (no time zone).`}
        </span>
        <ul className="timeline__legend" aria-label="Legend">
          {present.map((s) => (
            <li key={s}>
              <span className={`timeline__swatch tl-${s}`} aria-hidden="true" />
              {SERIES_LABEL[s]}
            </li>
          ))}
          {timeline.gaps.length > 0 && (
            <li>
              <span className="timeline__swatch tl-gap" aria-hidden="true" />
              days without a fetch
            </li>
          )}
          {timeline.burstCount > 0 && (
            <li>
              <span className="timeline__swatch tl-burst" aria-hidden="true" />
              burst
            </li>
          )}
        </ul>
      </div>
      <div className="timeline__body">
        <div className="timeline__chart" ref={ref}>
          {width > 0 && bins.length > 0 && (
            <svg
              ref={svg}
              className="timeline-chart"
              width={width}
              height={HEIGHT}
              viewBox={`0 0 ${width} ${HEIGHT}`}
              tabIndex={0}
              role="group"
              aria-label={`Histogram of tag times, bars of ${timeline.unit?.label ?? ''}. Drag to filter the table, click a bar to select its tags; arrow keys and Enter pick a bar.`}
              aria-describedby={undefined}
              onPointerDown={onPointerDown}
              onPointerMove={onPointerMove}
              onPointerUp={onPointerUp}
              onPointerCancel={() => setDrag(null)}
              onKeyDown={onKeyDown}
              onBlur={() => setActive(null)}
            >
              {layout.gaps.map((gap, i) => (
                <rect
                  key={`gap${i}`}
                  className="tl-gap"
                  x={gap.x}
                  y={layout.top}
                  width={gap.width}
                  height={layout.bottom - layout.top}
                />
              ))}
              {brushed && (
                <rect
                  className="tl-brush"
                  x={brushed.x}
                  y={layout.top - 10}
                  width={brushed.width}
                  height={layout.bottom - layout.top + 10}
                  data-testid="timeline-brush"
                />
              )}
              {layout.bars.map((bar) => (
                <g key={bar.bin} data-bin={bar.bin}>
                  <title>{binText(bins[bar.bin]!, precision)}</title>
                  {/* The whole column answers the pointer, not only the coloured part. */}
                  <rect
                    className="tl-hit"
                    x={bar.x}
                    y={layout.top}
                    width={bar.width}
                    height={layout.bottom - layout.top}
                  />
                  {bar.segments.map((segment) => (
                    <rect
                      key={segment.series}
                      className={`tl-${segment.series}`}
                      x={bar.x}
                      y={segment.y}
                      width={bar.width}
                      height={segment.height}
                    />
                  ))}
                </g>
              ))}
              {layout.bursts.map((burst, i) => (
                <rect
                  key={`burst${i}`}
                  className="tl-burst"
                  x={burst.x}
                  y={layout.top - 8}
                  width={burst.width}
                  height={5}
                />
              ))}
              {activeBar && (
                <rect
                  className="tl-active"
                  x={activeBar.x - 1}
                  y={layout.top - 1}
                  width={activeBar.width + 2}
                  height={layout.bottom - layout.top + 2}
                />
              )}
              <line
                className="tl-axis"
                x1={layout.left}
                y1={layout.bottom}
                x2={layout.right}
                y2={layout.bottom}
              />
              {layout.yTicks.map((tick) => (
                <text
                  key={tick.label}
                  className="tl-label"
                  x={layout.left - 6}
                  y={tick.y + 4}
                  textAnchor="end"
                >
                  {tick.label}
                </text>
              ))}
              {layout.xTicks.map((tick) => (
                <g key={tick.x}>
                  <line
                    className="tl-axis"
                    x1={tick.x}
                    y1={layout.bottom}
                    x2={tick.x}
                    y2={layout.bottom + 4}
                  />
                  <text
                    className="tl-label"
                    x={tick.x}
                    y={layout.bottom + 16}
                    textAnchor={tick.anchor}
                  >
                    {tick.label}
                  </text>
                </g>
              ))}
              {Number.isFinite(selectedAt) && (
                <path
                  className="tl-marker"
                  data-testid="timeline-marker"
                  d={`M${layout.xOf(selectedAt)} ${layout.bottom} l-5 8 h10 z`}
                >
                  <title>{`Selected tag ${selection?.tag ?? ''}: ${formatSeconds(selectedAt)}`}</title>
                </path>
              )}
            </svg>
          )}
          {!pending && bins.length === 0 && (
            <p className="timeline__empty">{timelineCaption(timeline)}</p>
          )}
          {pending && <div className="timeline__pending" />}
        </div>
        {!pending && <TimelineFacts timeline={timeline} onRange={onRangeChange} />}
      </div>
      <p className="timeline__status" aria-live="polite">
        {activeBin ? binText(activeBin, precision) : ''}
      </p>
    </section>
  );
}

/**
 * The timeline of a history, binned in tasks of their own once the frame after the views
 * have been drawn has been painted, so that opening a large history adds the binning
 * neither to the table's first render nor between it and the hex view's rows.
 */
function useDeferredTimeline(history: DecodedHistory, maxBins: number | null): TimelineData | null {
  const [state, setState] = useState<{
    key: { history: DecodedHistory; maxBins: number | null };
    timeline: TimelineData;
  } | null>(null);
  const key = useMemo(() => ({ history, maxBins }), [history, maxBins]);
  useEffect(() => {
    if (maxBins === null) return;
    // A slice of the binning per task, each well under 50 ms, until it is done.
    const steps = timelineSteps(history, maxBins);
    let longestSlice = 0;
    let handle = 0;
    const run = () => {
      const started = performance.now();
      let step = steps.next();
      while (!step.done && performance.now() - started < 12) step = steps.next();
      longestSlice = Math.max(longestSlice, performance.now() - started);
      if (!step.done) {
        handle = window.setTimeout(run, 0);
        return;
      }
      // The longest slice as a User Timing entry, for `npm run bench:ui`.
      performance.measure('timeline-binning', { start: 0, duration: longestSlice });
      setState({ key, timeline: step.value });
    };
    const cancelStart = afterPaint(run);
    return () => {
      cancelStart();
      window.clearTimeout(handle);
    };
  }, [key, history, maxBins]);
  if (state?.key === key) return state.timeline;
  // While a new width is binned, the last timeline of the same history stays up.
  return state?.key.history === history ? state.timeline : null;
}
