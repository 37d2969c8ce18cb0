import { readdirSync } from 'node:fs';
import { expect, test, type Page } from './test';
import { decodeUidlHistory, type Diagnostic } from '../src/decoder';
import { fixture, fixturesDir, openFile } from './helpers';

const diagFixtures = readdirSync(fixturesDir).filter((name) => /^diag-.+\.bin$/.test(name));

const hex = (offset: number): string => `0x${offset.toString(16).toUpperCase().padStart(4, '0')}`;

/** The status line's words, spelled out here independently of the page's code. */
function expectedStatus(d: Diagnostic): string {
  const length = d.end - d.start;
  const bytes = length === 1 ? '1 byte' : `${length} bytes`;
  return `Selected ${hex(d.start)}–${hex(d.end)} (${bytes})${d.tag === null ? '' : `, tag ${d.tag}`}`;
}

const list = (page: Page) => page.getByRole('list', { name: 'Diagnostics' });
const status = (page: Page) => page.getByTestId('selection-status');

test('there are diagnostic fixtures to open', () => {
  expect(diagFixtures.length).toBeGreaterThan(0);
});

for (const name of diagFixtures) {
  const code = name.slice('diag-'.length, -'.bin'.length);
  test(`${name} lists ${code}, and clicking it selects its bytes`, async ({ page }) => {
    const bytes = fixture(name);
    const expected = decodeUidlHistory(bytes).diagnostics.find((d) => d.code === code);
    expect(expected, `the decoder finds ${code} in ${name}`).toBeDefined();
    await page.goto('./');
    await openFile(page, name, bytes);
    const item = list(page).locator(`button[data-code="${code}"]`).first();
    await expect(item).toBeVisible();
    await expect(item).toContainText(`${hex(expected!.start)}–${hex(expected!.end)}`);
    await item.click();
    await expect(status(page)).toHaveText(expectedStatus(expected!));
    await expect(item).toHaveAttribute('aria-current', 'true');
    if (expected!.end > expected!.start) {
      await expect(page.locator('.hex-view .selected').first()).toBeVisible();
    }
  });
}

test('diagnostics are reachable and chosen from the keyboard', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Open example' }).click();
  const items = list(page).getByRole('button');
  await expect(items.first()).toBeVisible();
  await items.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(items.nth(1)).toHaveAttribute('aria-current', 'true');
  await expect(status(page)).toHaveText(/^Selected 0x[0-9A-F]{4,}–0x[0-9A-F]{4,} \(\d+ bytes?\)/);
  await page.keyboard.press('Escape');
  await expect(status(page)).toHaveText(/^Nothing selected/);
});
