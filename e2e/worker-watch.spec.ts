import { fixture, openFile } from './helpers';
import { expect, test, type Page } from './test';

const notices = (page: Page) => page.locator('.notices');
const summary = (page: Page) => page.getByRole('region', { name: 'Summary' });

test('when no worker can be started the page still loads, says why, and shows files as bytes', async ({
  page,
}) => {
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
});

test('a decode worker that goes silent ends in a notice with Try again, not an endless spinner', async ({
  page,
}) => {
  await page.clock.install();
  await page.addInitScript(() => {
    // A worker that takes requests and never answers, as one terminated from outside would.
    const Real = window.Worker;
    let silent = true;
    (window as unknown as { wakeWorkers: () => void }).wakeWorkers = () => (silent = false);
    window.Worker = class extends Real {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        const post = Real.prototype.postMessage.bind(this) as (message: unknown) => void;
        Object.defineProperty(this, 'postMessage', {
          value: (message: unknown) => {
            if (!silent) post(message);
          },
        });
      }
    };
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
});
