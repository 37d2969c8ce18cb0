/**
 * The Chromium part of `npm run bench`: the decoder where the page runs it, in a worker
 * of headless Chromium (Debian's when it is there): the warm median against a plain loop
 * over the same bytes in the same worker, and the first decode of a fresh worker, cold
 * and after the page's warm-up. Returns null when no browser can be started.
 */
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { launchBenchBrowser } from './benchBrowser';

export interface ChromiumFigures {
  decode: number;
  loop: number;
  first: number;
  firstAfterWarmUp: number;
}

const FRESH_WORKERS = 5;

export async function benchChromium(
  bytes: Uint8Array,
  runs: number,
): Promise<ChromiumFigures | null> {
  const built = buildSync({
    entryPoints: [join(import.meta.dirname, 'benchChromiumWorker.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
  });
  const script = built.outputFiles[0]?.text ?? '';
  let browser;
  try {
    browser = await launchBenchBrowser();
  } catch (error) {
    console.log(`Chromium part skipped: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
  try {
    const page = await browser.newPage();
    // tsx keeps function names by wrapping them in __name(), which the page lacks.
    await page.addInitScript('globalThis.__name = (fn) => fn');
    await page.goto('about:blank');
    const data = Buffer.from(bytes).toString('base64');
    return await page.evaluate(
      async ({ script, data, runs, fresh }) => {
        const url = URL.createObjectURL(new Blob([script], { type: 'text/javascript' }));
        const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
        const ask = async (
          name: string,
          runs: number,
          wait: number,
        ): Promise<Record<string, number>> => {
          const worker = new Worker(url, { name });
          // As a person takes a while to bring a file, the warm-up has time to run.
          await new Promise((resolve) => setTimeout(resolve, wait));
          const answer = new Promise<Record<string, number>>((resolve) => {
            worker.onmessage = (event: MessageEvent<Record<string, number>>) => resolve(event.data);
          });
          worker.postMessage({ bytes, runs });
          const figures = await answer;
          worker.terminate();
          return figures;
        };
        const middle = (values: number[]): number =>
          values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
        const firsts: number[] = [];
        const warmFirsts: number[] = [];
        for (let i = 0; i < fresh; i++) {
          firsts.push((await ask('cold', 0, 300)).first ?? NaN);
          warmFirsts.push((await ask('warm', 0, 1000)).first ?? NaN);
        }
        const warm = await ask('cold', runs, 0);
        return {
          decode: warm.decode ?? NaN,
          loop: warm.loop ?? NaN,
          first: middle(firsts),
          firstAfterWarmUp: middle(warmFirsts),
        };
      },
      { script, data, runs, fresh: FRESH_WORKERS },
    );
  } finally {
    await browser.close();
  }
}
