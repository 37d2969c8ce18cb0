import { expect, test, type Page } from './test';

const summary = (page: Page) => page.getByRole('region', { name: 'Summary' });
const notices = (page: Page) => page.locator('.notices');

test('a 20 MB random file leaves the page responsive and is shown as bytes', async ({ page }) => {
  await page.goto('./');
  // Made in the page: sending 20 MB through the test protocol would take longer than decoding it.
  await page.evaluate(() => {
    const size = 20 * 1024 * 1024;
    const bytes = new Uint8Array(size);
    for (let at = 0; at < size; at += 65536) crypto.getRandomValues(bytes.subarray(at, at + 65536));
    const dataTransfer = new DataTransfer();
    dataTransfer.items.add(new File([bytes], 'random.bin'));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(
        new DragEvent(type, { dataTransfer, bubbles: true, cancelable: true }),
      );
    }
  });
  // The page answers input while the worker reads and decodes.
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(summary(page).getByTestId('summary-name')).toHaveText('random.bin', {
    timeout: 30_000,
  });
  await expect(summary(page)).toContainText('20 MiB');
  await expect(notices(page)).toContainText('does not look like a POP3 UIDL history');
  await expect(page.getByRole('region', { name: 'Hex view' })).toBeVisible();
});

test('when the decoder dies the page says so and Try again opens the file again', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Open example' }).click();
  await expect(summary(page).getByTestId('summary-name')).toHaveText('example.bin');
  const [worker] = page.workers();
  expect(worker).toBeDefined();
  // An uncaught error inside the worker, as a crash in the decoder would raise.
  await worker!.evaluate(() => {
    setTimeout(() => {
      throw new Error('simulated decoder crash');
    });
  });
  await expect(notices(page)).toContainText('The decoder stopped unexpectedly');
  await expect(notices(page)).toContainText('simulated decoder crash');
  // Try again opens the example afresh, in a new worker.
  const freshWorker = page.waitForEvent('worker');
  await page.getByRole('button', { name: 'Try again' }).click();
  await freshWorker;
  await expect(notices(page).getByText('The decoder stopped unexpectedly')).toBeHidden();
  await expect(summary(page).getByTestId('summary-name')).toHaveText('example.bin');
  await expect(summary(page).getByTestId('summary-count')).not.toBeEmpty();
});
