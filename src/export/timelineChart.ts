/**
 * Where the timeline's bars, axes and marks go in a chart of a given size, and that chart
 * as a static SVG string for the report. The page's interactive chart draws the same
 * layout, so the printed timeline and the one on screen agree.
 */
import { formatSeconds } from './recordedTime';
import { BIN_UNITS, TIMELINE_SERIES, type Timeline, type TimelineSeries } from './timeline';

export interface ChartSize {
  width: number;
  height: number;
}

export interface BarSegment {
  series: TimelineSeries;
  y: number;
  height: number;
}

export interface ChartBar {
  bin: number;
  x: number;
  width: number;
  segments: BarSegment[];
}

export interface ChartTick {
  x: number;
  label: string;
  /** Labels at the very ends are aligned inwards so that they are not cut off. */
  anchor: 'start' | 'middle' | 'end';
}

export interface ChartLayout {
  /** The plot area inside the axes. */
  left: number;
  right: number;
  top: number;
  bottom: number;
  start: number;
  end: number;
  bars: ChartBar[];
  xTicks: ChartTick[];
  yTicks: { y: number; label: string }[];
  /** Days without a fetch (the longest runs) and bursts of fetches, as x ranges. */
  gaps: { x: number; width: number }[];
  bursts: { x: number; width: number; fetches: number }[];
  xOf(seconds: number): number;
  secondsAt(x: number): number;
}

const MARGIN = { left: 44, right: 12, top: 14, bottom: 22 };
/** Room a tick label needs, so that labels never collide. */
const LABEL_WIDTH = { second: 130, minute: 110, day: 80, month: 60, year: 44 } as const;

/** The smallest of 1, 2, 2.5, 4, 5 or 8 × 10^k that is at least `max`: the top of the count axis. */
function niceMax(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 4, 5, 8, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

const group = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export function chartLayout(timeline: Timeline, size: ChartSize): ChartLayout {
  const left = MARGIN.left;
  const right = Math.max(left + 1, size.width - MARGIN.right);
  const top = MARGIN.top;
  const bottom = Math.max(top + 1, size.height - MARGIN.bottom);
  const { bins } = timeline;
  const start = bins[0]?.start ?? 0;
  const end = bins.at(-1)?.end ?? 1;
  const span = end - start || 1;
  const xOf = (t: number): number => left + ((t - start) / span) * (right - left);
  const secondsAt = (x: number): number => start + ((x - left) / (right - left)) * span;
  const yMax = niceMax(timeline.maxTotal);
  const yOf = (count: number): number => bottom - (count / yMax) * (bottom - top);

  const bars: ChartBar[] = bins.map((bin, index) => {
    const x0 = xOf(bin.start);
    const full = xOf(bin.end) - x0;
    // A hair of space between bars once they are wide enough to spare it.
    const inset = full >= 4 ? Math.min(1, full * 0.1) : 0;
    let base = 0;
    const segments: BarSegment[] = [];
    for (const series of TIMELINE_SERIES) {
      const count = bin.counts[series];
      if (count === 0) continue;
      const y = yOf(base + count);
      segments.push({ series, y, height: yOf(base) - y });
      base += count;
    }
    return { bin: index, x: x0 + inset / 2, width: Math.max(0.5, full - inset), segments };
  });

  const yTicks = [0, yMax / 2, yMax]
    .filter((v) => Number.isInteger(v))
    .map((v) => ({ y: yOf(v), label: group(v) }));

  const xTicks: ChartTick[] = [];
  if (timeline.unit) {
    const minIndex = BIN_UNITS.indexOf(timeline.unit);
    for (const unit of BIN_UNITS.slice(Math.max(0, minIndex))) {
      const room = Math.floor((right - left) / LABEL_WIDTH[unit.precision]);
      const first = unit.ordinal(start);
      const last = unit.ordinal(end);
      if (last - first + 1 > Math.max(2, room)) continue;
      for (let n = first; n <= last; n++) {
        const at = unit.startOf(n);
        if (at < start || at > end) continue;
        const x = xOf(at);
        const label = formatSeconds(at, unit.precision);
        const half = label.length * 3.3;
        const anchor = x - half < 0 ? 'start' : x + half > size.width ? 'end' : 'middle';
        xTicks.push({ x, label, anchor });
      }
      break;
    }
  }

  const dayX = (day: number) => xOf(day * 86_400);
  const clampRange = (x0: number, x1: number) => {
    const a = Math.max(left, Math.min(right, x0));
    const b = Math.max(left, Math.min(right, x1));
    return { x: a, width: b - a };
  };
  const gaps = timeline.gaps.map((gap) => clampRange(dayX(gap.firstDay), dayX(gap.lastDay + 1)));
  const bursts = timeline.bursts.map((burst) => ({
    ...clampRange(xOf(burst.start), Math.max(xOf(burst.end), xOf(burst.start) + 3)),
    fetches: burst.fetches,
  }));
  return {
    left,
    right,
    top,
    bottom,
    start,
    end,
    bars,
    xTicks,
    yTicks,
    gaps,
    bursts,
    xOf,
    secondsAt,
  };
}

const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const n = (value: number): string => String(Math.round(value * 10) / 10);

/**
 * The chart as a static SVG (no script, no style attribute: classes only, styled by the
 * report's CSS). `marker`: a time to mark on the axis, e.g. the selected tag's.
 */
export function timelineSvg(
  timeline: Timeline,
  size: ChartSize,
  marker: number | null = null,
): string {
  const layout = chartLayout(timeline, size);
  const { left, right, top, bottom } = layout;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="timeline-chart" viewBox="0 0 ${size.width} ${size.height}" width="${size.width}" height="${size.height}" role="img" aria-label="${escapeXml(timelineCaption(timeline))}">`,
  ];
  for (const gap of layout.gaps) {
    parts.push(
      `<rect class="tl-gap" x="${n(gap.x)}" y="${top}" width="${n(gap.width)}" height="${n(bottom - top)}"/>`,
    );
  }
  for (const bar of layout.bars) {
    for (const segment of bar.segments) {
      parts.push(
        `<rect class="tl-${segment.series}" x="${n(bar.x)}" y="${n(segment.y)}" width="${n(bar.width)}" height="${n(segment.height)}"/>`,
      );
    }
  }
  for (const burst of layout.bursts) {
    parts.push(
      `<rect class="tl-burst" x="${n(burst.x)}" y="${top - 8}" width="${n(burst.width)}" height="5"/>`,
    );
  }
  parts.push(
    `<line class="tl-axis" x1="${left}" y1="${n(bottom)}" x2="${n(right)}" y2="${n(bottom)}"/>`,
  );
  for (const tick of layout.yTicks) {
    parts.push(
      `<text class="tl-label" x="${left - 6}" y="${n(tick.y + 4)}" text-anchor="end">${escapeXml(tick.label)}</text>`,
    );
  }
  for (const tick of layout.xTicks) {
    parts.push(
      `<line class="tl-axis" x1="${n(tick.x)}" y1="${n(bottom)}" x2="${n(tick.x)}" y2="${n(bottom + 4)}"/>`,
    );
    parts.push(
      `<text class="tl-label" x="${n(tick.x)}" y="${n(bottom + 16)}" text-anchor="${tick.anchor}">${escapeXml(tick.label)}</text>`,
    );
  }
  if (marker !== null && marker >= layout.start && marker <= layout.end) {
    const x = layout.xOf(marker);
    parts.push(`<path class="tl-marker" d="M${n(x)} ${n(bottom)} l-5 8 h10 z"/>`);
  }
  parts.push('</svg>');
  return parts.join('');
}

/** One sentence of what the chart shows, for its label and for readers without it. */
export function timelineCaption(timeline: Timeline): string {
  if (!timeline.unit) return 'No tag has a valid timestamp, so there is nothing to chart.';
  const undated =
    timeline.undated > 0 ? `; ${group(timeline.undated)} with an invalid timestamp left off` : '';
  return `${group(timeline.dated)} tags in ${group(timeline.bins.length)} bars of ${timeline.unit.label}${undated}.`;
}
