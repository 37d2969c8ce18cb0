// `npm run bench:offline`: how big the single-file build is, and how long the page takes
// from opening file://…/index.html to being ready in headless Chromium. "Ready" is the
// moment the file input is in the page (the app has rendered and can take a BLOB);
// READY_SELECTOR picks another element, RUNS the number of runs (default 15).
// Builds into dist-bench first, so it measures the sources as they are.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchBenchBrowser } from './benchBrowser';
import { build } from 'vite';
import { formatKilobytes, summarise } from './offlineHtml.ts';

const runs = Number(process.env.RUNS ?? 15);
const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'dist-bench');
await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });

const page = path.join(outDir, 'index.html');
const summary = summarise(readFileSync(page));
console.log(
  `index.html: ${formatKilobytes(summary.bytes)} raw, ${formatKilobytes(summary.gzipBytes)} gzipped (target < 250 KiB)`,
);

const browser = await launchBenchBrowser();
const ready = process.env.READY_SELECTOR ?? '[data-testid="file-input"]';
const timings: number[] = [];
try {
  for (let run = 0; run < runs; run++) {
    // A new context each time: nothing parsed or compiled is reused between runs.
    const context = await browser.newContext();
    // The page notes the moment itself: polling from here would add its own delay.
    await context.addInitScript((selector) => {
      new MutationObserver((_records, observer) => {
        if (!document.querySelector(selector)) return;
        (window as { readyAt?: number }).readyAt = performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    }, ready);
    const tab = await context.newPage();
    await tab.goto(`file://${page}`, { waitUntil: 'commit' });
    await tab.waitForSelector(ready, { state: 'attached' });
    // Milliseconds since the navigation started, by the page's own clock.
    timings.push(await tab.evaluate(() => (window as { readyAt?: number }).readyAt ?? NaN));
    await context.close();
  }
} finally {
  await browser.close();
}

timings.sort((a, b) => a - b);
const at = (q: number) =>
  timings[Math.min(timings.length - 1, Math.floor(q * timings.length))] ?? NaN;
console.log(
  `file:// open → ready (${runs} runs): median ${at(0.5).toFixed(0)} ms, min ${at(0).toFixed(0)} ms, p90 ${at(0.9).toFixed(0)} ms`,
);
