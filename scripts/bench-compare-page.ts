// `npm run bench:compare:page`: the server comparison on the built page in headless
// Chromium. Opens the 65,535-tag history, then drops listings of 65,535 and 1,000,000
// lines on the Compare box and prints, per listing:
//   - drop → verdict counts shown
//   - the longest main-thread task from the drop until then (target ≤ 50 ms), from a
//     'longtask' PerformanceObserver registered before the drop
// and for the 1,000,000 lines, the longest task of a filter click and of scrolling the
// comparison to its middle and end. Listings are made in the page before the clock starts,
// so the harness's own transfer of megabytes is not counted. Builds into
// dist-bench-compare first. RUNS sets the number of runs (default 3).
import path from 'node:path';
import type { Page } from '@playwright/test';
import { launchBenchBrowser, median, openBuiltPage } from './benchBrowser';
import { build } from 'vite';
import { makeLargeHistory } from '../src/decoder/testing/generate';
import { decodeUidlHistory, uidOf } from '../src/decoder/index';

const TAGS = 65_535;
const runs = Number(process.env.RUNS ?? 3);
const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'dist-bench-compare');
await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });

const blob = makeLargeHistory(TAGS, 1);
const history = decodeUidlHistory(blob);
// Half the history's UIDs, then UIDs it never saw, up to the line count.
const knownUids = Array.from({ length: TAGS >> 1 }, (_, i) => uidOf(history, i * 2));

interface Timing {
  shownMs: number;
  longestTaskMs: number;
}

async function dropListing(page: Page, lines: number): Promise<Timing> {
  await page.evaluate(
    ({ known, count }) => {
      const text: string[] = ['+OK'];
      for (let n = 1; n <= count; n++)
        text.push(`${n} ${n <= known.length ? known[n - 1] : `server-only-${n}`}`);
      text.push('.');
      const w = window as { benchListing?: File };
      w.benchListing = new File([text.join('\r\n')], `uidl-${count}.txt`, { type: 'text/plain' });
    },
    { known: knownUids, count: lines },
  );
  return page.evaluate(async (count) => {
    const tasks: { start: number; duration: number }[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        tasks.push({ start: entry.startTime, duration: entry.duration });
    });
    observer.observe({ type: 'longtask' });
    const file = (window as { benchListing?: File }).benchListing!;
    const dataTransfer = new DataTransfer();
    dataTransfer.items.add(file);
    const expected = `${count.toLocaleString('en-US')} server messages`;
    const shown = (): boolean =>
      document.querySelector('.compare__summary-text')?.textContent?.includes(expected) === true &&
      document.querySelector('.compare__filters') !== null;
    const box = document.querySelector('.compare__input')!;
    const start = performance.now();
    for (const type of ['dragenter', 'dragover', 'drop'])
      box.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer }));
    await new Promise<void>((resolve) => {
      const check = (): void => (shown() ? resolve() : void requestAnimationFrame(check));
      check();
    });
    const shownAt = performance.now();
    // A task still running when the observer is read is reported a little later.
    await new Promise((resolve) => setTimeout(resolve, 200));
    observer.disconnect();
    const during = tasks.filter((t) => t.start + t.duration >= start && t.start <= shownAt);
    return {
      shownMs: shownAt - start,
      longestTaskMs: Math.max(0, ...during.map((t) => t.duration)),
    };
  }, lines);
}

/** The longest task of `action` and the 300 ms after it. */
async function longestTaskOf(page: Page, action: string): Promise<number> {
  return page.evaluate(async (what) => {
    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const scroller = document.querySelector<HTMLElement>('.compare__scroller')!;
    if (what === 'filter')
      document
        .querySelector<HTMLButtonElement>('.compare__filter[data-verdict="fetched"]')!
        .click();
    if (what === 'all')
      document.querySelector<HTMLButtonElement>('.compare__filter:not([data-verdict])')!.click();
    if (what === 'middle') scroller.scrollTop = scroller.scrollHeight / 2;
    if (what === 'end') scroller.scrollTop = scroller.scrollHeight;
    await new Promise((resolve) => setTimeout(resolve, 300));
    observer.disconnect();
    return Math.max(0, ...tasks);
  }, action);
}

const browser = await launchBenchBrowser();
const results = new Map<string, number[]>();
const record = (label: string, value: number): void => {
  results.set(label, [...(results.get(label) ?? []), value]);
};
try {
  for (let run = 0; run < runs; run++) {
    const { context, page } = await openBuiltPage(browser, outDir);
    await page.setInputFiles('[data-testid="file-input"]', {
      name: 'large.bin',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(blob),
    });
    await page.waitForSelector('[data-testid="summary-tags-found"]');
    await page.getByRole('tab', { name: /^Compare with server/ }).click();
    for (const lines of [65_535, 1_000_000]) {
      if (lines !== 65_535) {
        await page.getByRole('button', { name: 'Edit listing' }).click();
        await page.getByRole('button', { name: 'Clear listing' }).click();
      }
      const timing = await dropListing(page, lines);
      const label = `${lines.toLocaleString('en-US')} lines`;
      record(`${label}: drop → verdicts shown, ms`, timing.shownMs);
      record(`${label}: longest task until shown, ms`, timing.longestTaskMs);
      console.log(
        `run ${run + 1}, ${label}: shown ${timing.shownMs.toFixed(0)} ms, longest task ${timing.longestTaskMs.toFixed(0)} ms`,
      );
    }
    for (const action of ['filter', 'all', 'middle', 'end']) {
      const longest = await longestTaskOf(page, action);
      record(`1,000,000 lines: longest task of ${action}, ms`, longest);
    }
    await context.close();
  }
} finally {
  await browser.close();
}

for (const [label, values] of results) {
  const target = label.includes('longest task') ? ' (target ≤ 50)' : '';
  console.log(
    `${label}: median ${median(values).toFixed(0)}, worst ${Math.max(...values).toFixed(0)}${target}`,
  );
}
