import { expect, test, type Page } from './test';
import { toHex } from '../src/decoder';
import { workedExampleBytes } from '../src/decoder/testing/workedExample';
import { dropFiles, fixture, openFile, pasteText } from './helpers';

const workedExample = (): Buffer => fixture('worked-example.bin');
const summary = (page: Page) => page.getByRole('region', { name: 'Summary' });
const notices = (page: Page) => page.locator('.notices');
const hexView = (page: Page) => page.getByRole('region', { name: 'Hex view' });

async function expectWorkedExample(page: Page, name: string): Promise<void> {
  await expect(summary(page).getByTestId('summary-name')).toHaveText(name);
  await expect(summary(page).getByTestId('summary-version')).toHaveText('3');
  await expect(summary(page).getByTestId('summary-count')).toHaveText('23');
  await expect(summary(page).getByTestId('summary-tags-found')).toHaveText('23');
  await expect(summary(page).getByTestId('summary-earliest')).toHaveText('2012-09-06 13:11:30');
  await expect(page.getByRole('table', { name: 'Tags' })).toBeVisible();
  await expect(hexView(page)).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
});

test('the empty page says what the tool reads and how to open it', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('POP3 UIDL History Viewer');
  await expect(page.getByText('IPM.MessageManager')).toBeVisible();
  await expect(page.getByText('PidTagAttachDataBinary')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open file…' })).toBeVisible();
});

test('opens the worked example with the Open file button', async ({ page }) => {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'worked-example.bin',
    mimeType: 'application/octet-stream',
    buffer: workedExample(),
  });
  await expectWorkedExample(page, 'worked-example.bin');
});

test('opens a dropped file, with an overlay while dragging', async ({ page }) => {
  await page.evaluate(() => {
    const dataTransfer = new DataTransfer();
    dataTransfer.items.add(new File(['x'], 'x.bin'));
    document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer, bubbles: true }));
  });
  await expect(page.getByText('Drop the BLOB file to open it')).toBeVisible();
  await page.evaluate(() => {
    const dataTransfer = new DataTransfer();
    dataTransfer.items.add(new File(['x'], 'x.bin'));
    document.body.dispatchEvent(new DragEvent('dragleave', { dataTransfer, bubbles: true }));
  });
  await expect(page.getByText('Drop the BLOB file to open it')).toBeHidden();
  await dropFiles(page, [{ name: 'history.bin', buffer: workedExample() }]);
  await expectWorkedExample(page, 'history.bin');
  await expect(page.getByText('Drop the BLOB file to open it')).toBeHidden();
});

test('opens pasted hex text', async ({ page }) => {
  await pasteText(page, toHex(workedExampleBytes()));
  await expectWorkedExample(page, 'pasted hex text');
  await expect(summary(page)).toContainText('hex');
});

test('leaves a paste into a text field to the field', async ({ page }) => {
  await page.getByRole('button', { name: 'Open example' }).click();
  await expect(summary(page).getByTestId('summary-name')).toHaveText('example.bin');
  // The page takes a paste by cancelling its default; a field's paste must keep it.
  const pasteInto = (selector: string | null, text: string) =>
    page.evaluate(
      ([target, value]) => {
        const dataTransfer = new DataTransfer();
        dataTransfer.setData('text/plain', value);
        const element = target === null ? document.body : document.querySelector(target)!;
        const event = new ClipboardEvent('paste', {
          clipboardData: dataTransfer,
          bubbles: true,
          cancelable: true,
        });
        element.dispatchEvent(event);
        return event.defaultPrevented;
      },
      [selector, text] as const,
    );
  const hex = toHex(workedExampleBytes());
  expect(await pasteInto('.hex-view input[type="text"], .hex-view input:not([type])', hex)).toBe(
    false,
  );
  expect(await pasteInto(null, hex)).toBe(true);
  await expect(summary(page).getByTestId('summary-name')).toHaveText('pasted hex text');
});

test('opens the built-in example and says it is one', async ({ page }) => {
  await page.getByRole('button', { name: 'Open example' }).click();
  await expect(summary(page).getByTestId('summary-name')).toHaveText('example.bin');
  await expect(summary(page).getByText('Example', { exact: true })).toBeVisible();
  await expect(notices(page)).toContainText('built-in example');
  await expect(
    page.getByRole('list', { name: 'Diagnostics' }).getByRole('listitem').first(),
  ).toBeVisible();
});

test('opens the first of several dropped files and says so', async ({ page }) => {
  await dropFiles(page, [
    { name: 'first.bin', buffer: workedExample() },
    { name: 'second.bin', buffer: Buffer.from([3, 0, 0, 0]) },
  ]);
  await expectWorkedExample(page, 'first.bin');
  await expect(notices(page)).toContainText(
    '2 items were dropped; opened the first file, first.bin',
  );
});

test('says an empty file is empty and stays usable', async ({ page }) => {
  await openFile(page, 'empty.bin', Buffer.alloc(0));
  await expect(notices(page)).toContainText('empty.bin is empty: there is nothing to decode.');
  await page.getByRole('button', { name: 'Open example' }).click();
  await expect(summary(page).getByTestId('summary-name')).toHaveText('example.bin');
});

test('says a PNG is not a history and still shows its bytes', async ({ page }) => {
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  await openFile(page, 'picture.png', png, 'image/png');
  await expect(notices(page)).toContainText(
    'does not look like a POP3 UIDL history but like a PNG image',
  );
  await expect(summary(page).getByTestId('summary-version')).toContainText('expected 3');
  await expect(hexView(page)).toContainText(/89\s*50\s*4E\s*47/i);
});

test('keeps the theme chosen across visits', async ({ page }) => {
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByLabel('Theme').selectOption('system');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
});
