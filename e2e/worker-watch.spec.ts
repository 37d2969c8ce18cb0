import { expect, test, type Page } from '@playwright/test';
import { fixture, openFile, watchConsole } from './helpers';

const notices = (page: Page) => page.locator('.notices');
const summary = (page: Page) => page.getByRole('region', { name: 'Summary' });

test('when no worker can be started the page still loads, says why, and shows files as bytes', async ({
  page,
}) => {
  const console = watchConsole(page);
  await page.addInitScript(() => {
    // As in a browser that refuses workers for this page.
    window.Worker = class {
      constructor() {
        throw new DOMException('Workers are not allowed here', 'SecurityError');
      }
    } as unknown as typeof Worker;
  });
  await page.goto('./');
  await expect(notices(page)).toContainText('Decoding is unavailable in this browser');
  await expect(notices(page)).toContainText('Workers are not allowed here');
  await openFile(page, 'worked-example.bin', fixture('worked-example.bin'));
  await expect(summary(page).getByTestId('summary-name')).toHaveText('worked-example.bin');
  await expect(notices(page)).toContainText('the bytes are shown as they are');
  const hex = page.getByRole('region', { name: 'Hex view' });
  await expect(hex).toBeVisible();
  await expect(hex).toContainText('2B62323031');
  console.expectNone();
});

test('a decode worker that goes silent ends in a notice with Try again, not an endless spinner', async ({
  page,
}) => {
  const console = watchConsole(page);
  await page.clock.install();
  await page.addInitScript(() => {
    // A worker that takes requests and never answers, as one terminated from outside would.
    const Real = window.Worker;
    let silent = true;
    (window as unknown as { wakeWorkers: () => void }).wakeWorkers = () => (silent = false);
    window.Worker = class extends Real {
      override postMessage(message: unknown, transfer?: Transferable[]): void {
        if (!silent) super.postMessage(message, transfer ?? []);
      }
    } as typeof Worker;
  });
  await page.goto('./');
  await openFile(page, 'worked-example.bin', fixture('worked-example.bin'));
  await expect(page.getByTestId('loading')).toBeAttached();
  await page.clock.fastForward(31_000);
  await expect(notices(page)).toContainText('gave no sign of life');
  await page.evaluate(() => (window as unknown as { wakeWorkers: () => void }).wakeWorkers());
  await notices(page).getByRole('button', { name: 'Try again' }).click();
  await expect(summary(page).getByTestId('summary-name')).toHaveText('worked-example.bin');
  await expect(page.getByRole('table', { name: 'Tags' })).toBeVisible();
  console.expectNone();
});
