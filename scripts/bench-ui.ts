// `npm run bench:ui`: the page with the largest history Count can announce (65,535 tags).
// Drops it on the built page in headless Chromium and prints:
//   - drop → the tag table and the hex view showing it, the hex view's rows included (they
//     come a frame after the table) (target ≤ 150 ms)
//   - the longest main-thread task from the drop until then (target ≤ 50 ms), and in the
//     second after, from a 'longtask' PerformanceObserver registered before the drop
//   - DOM elements with both views scrolled to the middle (target < 5,000)
//   - the page's JS heap with the largest history open (65,535 tags of 70 escaped
//     characters, 14.2 MiB) against the empty page, after a garbage collection each
//     (target ≤ 2× the file's size)
//   - the timeline: drop → its bars drawn, the longest task until then, and the longest
//     task of a click on a bar (which filters the 65,535-row table to it) (target ≤ 50 ms)
//   - the longest task of each table action on the 65,535 rows: sorting by UID and by
//     timestamp (a header click), typing in the search box, choosing an operation filter
//     (target ≤ 50 ms each; a 'longtask' entry is a task of 50 ms or more, so 0 is none)
// Builds into dist-bench-ui first, so it measures the sources as they are. RUNS sets the
// number of runs (default 5); each run is a fresh browser context, at 1440×900 or the
// VIEWPORT given (VIEWPORT=1920x1080).
import path from 'node:path';
import type { Page } from '@playwright/test';
import { benchViewport, launchBenchBrowser, median, openBuiltPage } from './benchBrowser';
import { build } from 'vite';
import { makeLargeHistory } from '../src/decoder/testing/generate';
import { largestHistory } from '../src/export/testing';

const TAGS = 65_535;
const runs = Number(process.env.RUNS ?? 5);
const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'dist-bench-ui');
await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });

const blob = Buffer.from(makeLargeHistory(TAGS, 1));
console.log(
  `history: ${TAGS.toLocaleString('en-US')} tags, ${blob.length.toLocaleString('en-US')} bytes`,
);

/** The table actions measured after the drop, by the label they are reported under. */
const TABLE_ACTIONS: ReadonlyArray<[string, (page: Page) => Promise<void>]> = [
  ['sort by UID', (page) => page.locator('.tag-cell--head.tag-cell--uid button').click()],
  [
    'sort by timestamp',
    (page) => page.locator('.tag-cell--head.tag-cell--timestamp button').click(),
  ],
  [
    'type in the search box',
    (page) => page.getByLabel('Search UIDs').pressSequentially('a1', { delay: 100 }),
  ],
  [
    'choose an operation filter',
    async (page) => {
      await page.getByLabel('Operation').selectOption('43');
    },
  ],
  [
    'open Fix the history',
    async (page) => {
      await page.getByRole('tab', { name: /^Fix the history/ }).click();
      await page.getByRole('button', { name: /^Download edited/ }).waitFor();
    },
  ],
  [
    'forget a tag in Fix the history',
    async (page) => {
      await page
        .locator('[role="table"][aria-label="Tags"] [role="rowgroup"] [role="row"]')
        .first()
        .click();
      await page.getByRole('button', { name: 'Forget selected tag' }).click();
      await page.getByRole('button', { name: 'Undo' }).waitFor();
    },
  ],
];

/** The longest main-thread task that starts while `act` runs or in the half second after. */
async function longestTaskOf(page: Page, act: () => Promise<unknown>): Promise<number> {
  const from = await page.evaluate(() => performance.now());
  await act();
  return page.evaluate(async (since) => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const tasks = (window as { benchTasks?: { start: number; duration: number }[] }).benchTasks;
    return Math.max(0, ...(tasks ?? []).filter((t) => t.start >= since).map((t) => t.duration));
  }, from);
}

interface RunResult {
  timelineShownMs: number;
  longestTaskUntilTimelineMs: number;
  timelineBinningMs: number;
  longestTaskBarClickMs: number;
  longestTaskTableMs: number[];
  shownMs: number;
  longestTaskUntilShownMs: number;
  longestTaskAfterMs: number;
  elementsScrolledToMiddle: number;
}

/** Everything timed runs in the page, by its own clock: polling from here would add delay. */
async function measure(page: Page, base64: string, tags: number): Promise<RunResult> {
  await page.evaluate((data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    (window as { benchFile?: File }).benchFile = new File([bytes], 'large.bin');
  }, base64);
  const timing = await page.evaluate(async (tagCount) => {
    const tasks: { start: number; duration: number }[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        tasks.push({ start: entry.startTime, duration: entry.duration });
    });
    observer.observe({ type: 'longtask' });
    const file = (window as { benchFile?: File }).benchFile!;
    const dataTransfer = new DataTransfer();
    dataTransfer.items.add(file);
    const expectedFound = tagCount.toLocaleString('en-US');
    const shown = (): boolean =>
      document.querySelector('[data-testid="summary-tags-found"]')?.textContent === expectedFound &&
      document.querySelector(
        '[role="table"][aria-label="Tags"] [role="rowgroup"] [role="cell"]',
      ) !== null &&
      document.querySelector('.hex-view [role="row"]') !== null;
    const timelineDrawn = (): boolean =>
      document.querySelector('[aria-label="Timeline"] svg .tl-get') !== null;
    let timelineAt = 0;
    let shownAt = 0;
    const start = performance.now();
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(
        new DragEvent(type, { dataTransfer, bubbles: true, cancelable: true }),
      );
    }
    const end = await new Promise<number>((resolve) => {
      const poll = (): void => {
        if (timelineAt === 0 && timelineDrawn()) timelineAt = performance.now();
        if (shownAt === 0 && shown()) shownAt = performance.now();
        if (shownAt !== 0 && timelineAt !== 0) resolve(shownAt);
        else requestAnimationFrame(poll);
      };
      poll();
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // The click on a timeline bar comes from outside (a real pointer); its tasks are read after.
    (window as { benchTasks?: typeof tasks }).benchTasks = tasks;
    (window as { benchObserver?: PerformanceObserver }).benchObserver = observer;
    const longest = (from: number, to: number): number =>
      Math.max(0, ...tasks.filter((t) => t.start >= from && t.start < to).map((t) => t.duration));
    return {
      timelineShownMs: timelineAt - start,
      // The timeline is binned and drawn in tasks of its own once the views are shown.
      longestTaskUntilTimelineMs: longest(Math.min(shownAt, timelineAt), timelineAt),
      timelineBinningMs: Math.max(
        0,
        ...performance.getEntriesByName('timeline-binning').map((entry) => entry.duration),
      ),
      shownMs: end - start,
      longestTaskUntilShownMs: longest(start, end),
      longestTaskAfterMs: longest(Math.max(end, timelineAt), Infinity),
    };
  }, tags);
  // A click on a bar in the middle of the timeline filters the table to that bar.
  const bars = page.locator('[aria-label="Timeline"] svg [data-bin] .tl-hit');
  const bar = bars.nth(Math.floor((await bars.count()) / 2));
  const longestTaskBarClickMs = await longestTaskOf(page, async () => {
    // In a small window the timeline can be below the fold.
    await bar.scrollIntoViewIfNeeded();
    const box = await bar.boundingBox();
    if (box) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForSelector('[data-testid="time-filter"]');
  });
  await page.getByRole('button', { name: 'Remove the time filter' }).click();
  const longestTaskTableMs: number[] = [];
  for (const [, act] of TABLE_ACTIONS)
    longestTaskTableMs.push(await longestTaskOf(page, () => act(page)));
  await page.evaluate(() =>
    (window as { benchObserver?: PerformanceObserver }).benchObserver?.disconnect(),
  );
  const elementsScrolledToMiddle = await page.evaluate(async () => {
    // Every scrolled box in the hex view and the table, to its middle.
    for (const pane of document.querySelectorAll('.workspace__hex, .workspace__tags')) {
      for (const element of pane.querySelectorAll<HTMLElement>('*')) {
        if (element.scrollHeight > element.clientHeight * 2) {
          element.scrollTop = (element.scrollHeight - element.clientHeight) / 2;
        }
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return document.querySelectorAll('*').length;
  });
  return { ...timing, longestTaskBarClickMs, longestTaskTableMs, elementsScrolledToMiddle };
}

interface HeapResult {
  emptyUsed: number;
  openUsed: number;
  /** ArrayBuffer contents, outside the JS heap proper (the bytes, the typed columns). */
  emptyBackingStores: number;
  openBackingStores: number;
}

/** The main thread's JS heap after a full garbage collection, by Chromium's DevTools protocol. */
async function heapUsage(page: Page): Promise<{ used: number; backingStores: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as {
    usedSize: number;
    backingStorageSize?: number;
  };
  await cdp.detach();
  return { used: usage.usedSize, backingStores: usage.backingStorageSize ?? 0 };
}

/** Drops the file and waits until the table shows its tags, measuring the heap before and after. */
async function measureHeap(page: Page, base64: string, tags: number): Promise<HeapResult> {
  // The File is made before the empty page is measured: its bytes are the browser's, not
  // the heap's, and the base64 text it is made from is garbage by then.
  await page.evaluate((data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    (window as { benchFile?: File }).benchFile = new File([bytes], 'largest.bin');
  }, base64);
  const empty = await heapUsage(page);
  await page.evaluate(async (tagCount) => {
    const w = window as { benchFile?: File };
    const dataTransfer = new DataTransfer();
    dataTransfer.items.add(w.benchFile!);
    delete w.benchFile;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(
        new DragEvent(type, { dataTransfer, bubbles: true, cancelable: true }),
      );
    }
    const expectedFound = tagCount.toLocaleString('en-US');
    await new Promise<void>((resolve) => {
      const poll = (): void => {
        const shown =
          document.querySelector('[data-testid="summary-tags-found"]')?.textContent ===
            expectedFound &&
          document.querySelector(
            '[role="table"][aria-label="Tags"] [role="rowgroup"] [role="cell"]',
          ) !== null;
        if (shown) resolve();
        else requestAnimationFrame(poll);
      };
      poll();
    });
    // What the views do once shown (the timeline's binning) is part of the open page.
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }, tags);
  const open = await heapUsage(page);
  return {
    emptyUsed: empty.used,
    openUsed: open.used,
    emptyBackingStores: empty.backingStores,
    openBackingStores: open.backingStores,
  };
}

const viewport = benchViewport();
console.log(`window: ${viewport.width}×${viewport.height}`);
const browser = await launchBenchBrowser();
/**
 * The page opened empty, then left for a second, as a person takes at least that long to
 * bring a file: meanwhile the page rehearses its views (src/app/Rehearsal.tsx) and the
 * decode worker warms up (src/worker/warmUp.ts), as they would for that person.
 */
const openPage = async () => {
  const opened = await openBuiltPage(browser, outDir);
  await opened.page.waitForTimeout(1000);
  return opened;
};

const results: RunResult[] = [];
const largest = largestHistory(TAGS);
let heap: HeapResult | undefined;
try {
  for (let run = 0; run < runs; run++) {
    const { context, page } = await openPage();
    const result = await measure(page, blob.toString('base64'), TAGS);
    results.push(result);
    console.log(
      `run ${run + 1}: timeline drawn ${result.timelineShownMs.toFixed(0)} ms (longest task ${result.longestTaskUntilTimelineMs.toFixed(0)} ms, longest binning slice ${result.timelineBinningMs.toFixed(0)} ms), bar click longest task ${result.longestTaskBarClickMs.toFixed(0)} ms`,
    );
    console.log(
      `run ${run + 1}: longest task of ${TABLE_ACTIONS.map(([label], i) => `${label} ${result.longestTaskTableMs[i]?.toFixed(0)} ms`).join(', ')}`,
    );
    console.log(
      `run ${run + 1}: shown ${result.shownMs.toFixed(0)} ms, longest task ${result.longestTaskUntilShownMs.toFixed(0)} ms (then ${result.longestTaskAfterMs.toFixed(0)} ms), ${result.elementsScrolledToMiddle} elements`,
    );
    await context.close();
  }
  const { context, page } = await openPage();
  heap = await measureHeap(page, Buffer.from(largest).toString('base64'), TAGS);
  await context.close();
} finally {
  await browser.close();
}

const worst = (values: number[]): number => Math.max(...values);
const report = (label: string, values: number[], target: string): void =>
  console.log(
    `${label}: median ${median(values).toFixed(0)}, worst ${worst(values).toFixed(0)} (target ${target})`,
  );
report(
  'drop → table and hex view shown, ms',
  results.map((r) => r.shownMs),
  '<= 150',
);
report(
  'longest main-thread task until shown, ms',
  results.map((r) => r.longestTaskUntilShownMs),
  '<= 50',
);
report(
  'longest main-thread task in the second after, ms',
  results.map((r) => r.longestTaskAfterMs),
  '< 100',
);
report(
  'drop → timeline drawn, ms',
  results.map((r) => r.timelineShownMs),
  '< 500',
);
report(
  'longest main-thread task from the views shown to the timeline drawn, ms',
  results.map((r) => r.longestTaskUntilTimelineMs),
  '< 50',
);
report(
  'longest slice of the timeline binning, ms',
  results.map((r) => r.timelineBinningMs),
  '< 50',
);
report(
  'longest main-thread task of a click on a timeline bar, ms',
  results.map((r) => r.longestTaskBarClickMs),
  '<= 50',
);
TABLE_ACTIONS.forEach(([label], i) =>
  report(
    `longest main-thread task to ${label} in the 65,535-row table, ms`,
    results.map((r) => r.longestTaskTableMs[i] ?? NaN),
    '<= 50',
  ),
);
report(
  'DOM elements scrolled to the middle',
  results.map((r) => r.elementsScrolledToMiddle),
  '< 5000',
);
if (heap) {
  const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  const used = heap.openUsed - heap.emptyUsed;
  const stores = heap.openBackingStores - heap.emptyBackingStores;
  console.log(
    `JS heap with the largest history (${mb(largest.length)}) open: ${mb(heap.openUsed)}, empty page ${mb(heap.emptyUsed)}; ` +
      `the history takes ${mb(used)}, ${(used / largest.length).toFixed(2)}× the file (target ≤ 2×)`,
  );
  console.log(
    `ArrayBuffer contents besides: ${mb(heap.openBackingStores)}, empty page ${mb(heap.emptyBackingStores)}; ` +
      `the history's ${mb(stores)}, ${(stores / largest.length).toFixed(2)}× the file`,
  );
}
