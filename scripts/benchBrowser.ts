// What the page benchmarks share: headless Chromium (Debian's when it is there), the
// built page opened empty in a fresh context, and the median of a run's figures.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({
    ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
    args: ['--no-sandbox', '--disable-gpu'],
  });
}

/**
 * The window the page benchmarks use: 1440×900, or `VIEWPORT=1920x1080` (at that width
 * the hex view stands beside the tag table, in the first screen).
 */
export function benchViewport(): { width: number; height: number } {
  const [width, height] = (process.env.VIEWPORT ?? '1440x900').split('x').map(Number);
  if (!width || !height)
    throw new Error(`VIEWPORT must be WIDTHxHEIGHT, not ${process.env.VIEWPORT}`);
  return { width, height };
}

/** The page built into `outDir`, empty, from file://, in a fresh context (`benchViewport`). */
export async function openBuiltPage(browser: Browser, outDir: string) {
  const context = await browser.newContext({ viewport: benchViewport() });
  // tsx keeps function names by wrapping them in __name(), which the page lacks.
  await context.addInitScript('globalThis.__name = (fn) => fn');
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`file://${path.join(outDir, 'index.html')}`);
  await page.waitForSelector('[data-testid="file-input"]', { state: 'attached' });
  return { context, page };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}
