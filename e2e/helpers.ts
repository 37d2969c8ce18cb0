import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page } from './test';

export const fixturesDir = path.resolve(import.meta.dirname, '..', 'fixtures');

/** The rows of a table that hold cells: its data rows, not its header row. */
export function dataRows(table: Locator): Locator {
  return table.getByRole('row').filter({ has: table.page().getByRole('cell') });
}

/** The data rows of the tag table, as drawn. */
export function tagRows(page: Page): Locator {
  return dataRows(page.getByRole('table', { name: 'Tags' }));
}

export function fixture(name: string): Buffer {
  return readFileSync(path.join(fixturesDir, name));
}

/** Opens a file through the "Open file…" button's file input, as the file picker would. */
export async function openFile(
  page: Page,
  name: string,
  buffer: Buffer,
  mimeType = 'application/octet-stream',
): Promise<void> {
  await page.getByTestId('file-input').setInputFiles({ name, mimeType, buffer });
}

/** Drops files on the window the way a drag from the desktop does. */
export async function dropFiles(
  page: Page,
  files: { name: string; buffer: Buffer; mimeType?: string }[],
): Promise<void> {
  const payload = files.map((f) => ({
    name: f.name,
    type: f.mimeType ?? 'application/octet-stream',
    data: [...f.buffer],
  }));
  const dataTransfer = await page.evaluateHandle((items) => {
    const dt = new DataTransfer();
    for (const item of items)
      dt.items.add(new File([new Uint8Array(item.data)], item.name, { type: item.type }));
    return dt;
  }, payload);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
}

/** Pastes text as Ctrl/Cmd+V would. */
export async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((value) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', value);
    document.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }),
    );
  }, text);
}

/** The built page as a file:// address: the build Playwright's web server made (E2E_OUT). */
export function builtPageFileUrl(): string {
  const outDir = path.resolve(import.meta.dirname, '..', process.env.E2E_OUT ?? 'dist');
  return new URL(`file://${path.join(outDir, 'index.html')}`).href;
}

/**
 * The main scenario, the same over http and from file://: open the worked example, select
 * the first tag in the table, read its escapes.
 */
export async function exploreWorkedExample(page: Page): Promise<void> {
  await openFile(page, 'worked-example.bin', fixture('worked-example.bin'));
  await tagRows(page).first().click();
  await expect(page.getByRole('region', { name: 'UID escapes' })).toContainText('$2d');
}

/** Brings one of the views that share the details area (Diagnostics, Compare with server, Fix the history) to the front. */
export async function showDetailsTab(
  page: Page,
  name: 'Diagnostics' | 'Compare with server' | 'Fix the history',
): Promise<void> {
  const tab = page.getByRole('tab', { name: new RegExp(`^${name}`) });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}
