/**
 * `test` and `expect` for every spec. `test` fails any test during which a page of its
 * browser context (or a worker of one) logs a console error or throws an uncaught
 * error, with those errors in the failure. A test that provokes one on purpose names it,
 * saying why:
 *
 *   test.use({ allowedConsoleErrors: { 'the refused image': /example\.com\/pixel\.png/ } });
 *
 * Each pattern is matched against the error's text alone, and must match at least one
 * error of the test, so an allowance cannot outlive the error it was written for. (A
 * record rather than an array: Playwright would read a two-element array given to
 * `test.use` as a value and its fixture options.)
 */
import {
  test as base,
  expect,
  type BrowserContext,
  type ConsoleMessage,
  type WebError,
} from '@playwright/test';

export { expect };
export type { BrowserContext, Locator, Page } from '@playwright/test';

export interface PageError {
  /** 'console.error' for a console message, 'uncaught' for an error nothing caught. */
  kind: 'console.error' | 'uncaught';
  text: string;
  /** Where it came from: the page's address and, for console messages, the source line. */
  where: string;
}

/** Records the console errors and uncaught errors of every page of one browser context. */
export class PageErrors {
  readonly seen: PageError[] = [];
  private readonly context: BrowserContext;

  constructor(context: BrowserContext) {
    this.context = context;
    context.on('console', this.onConsole);
    context.on('weberror', this.onError);
  }

  stop(): void {
    this.context.off('console', this.onConsole);
    this.context.off('weberror', this.onError);
  }

  /** The errors no pattern allows, and the allowances that matched none, as readable lines. */
  problems(allowed: AllowedErrors): string[] {
    const patterns = Object.entries(allowed);
    const isAllowed = (error: PageError) => patterns.some(([, re]) => re.test(error.text));
    const unused = patterns.filter(([, re]) => !this.seen.some((error) => re.test(error.text)));
    return [
      ...this.seen
        .filter((error) => !isAllowed(error))
        .map((error) => `${error.kind} at ${error.where}: ${error.text}`),
      ...unused.map(([why, re]) => `allowed "${why}" (${String(re)}) matched no error; remove it`),
    ];
  }

  private readonly onConsole = (message: ConsoleMessage): void => {
    // A failed console.assert is an error too; Chromium gives it a type of its own.
    if (message.type() !== 'error' && message.type() !== 'assert') return;
    const { url, lineNumber, columnNumber } = message.location();
    const worker = message.worker();
    const from = worker ? `worker ${worker.url()}` : (message.page()?.url() ?? 'unknown page');
    const where = url ? `${from} (${url}:${lineNumber}:${columnNumber})` : from;
    this.seen.push({ kind: 'console.error', text: message.text(), where });
  };

  private readonly onError = (error: WebError): void => {
    const thrown = error.error();
    this.seen.push({
      kind: 'uncaught',
      text: thrown.message,
      where: error.page()?.url() ?? 'unknown page',
    });
  };
}

/** Errors a test provokes on purpose: why, and a pattern for their text. */
export type AllowedErrors = Readonly<Record<string, RegExp>>;

export const test = base.extend<{ allowedConsoleErrors: AllowedErrors; failOnPageErrors: void }>({
  allowedConsoleErrors: [{}, { option: true }],

  failOnPageErrors: [
    async ({ context, allowedConsoleErrors }, use) => {
      const errors = new PageErrors(context);
      await use();
      errors.stop();
      expect(
        errors.problems(allowedConsoleErrors),
        'console errors and uncaught errors in the pages of the test',
      ).toEqual([]);
    },
    { auto: true },
  ],
});
