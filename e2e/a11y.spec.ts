import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './test';
import { tagRows } from './helpers';

async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

for (const theme of ['light', 'dark'] as const) {
  test(`the empty page has no accessibility violations in the ${theme} theme`, async ({ page }) => {
    await page.goto('./');
    await page.getByLabel('Theme').selectOption(theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expectNoViolations(page);
  });

  test(`the loaded example has no accessibility violations in the ${theme} theme`, async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByLabel('Theme').selectOption(theme);
    await page.getByRole('button', { name: 'Open example' }).click();
    await expect(page.getByRole('table', { name: 'Tags' })).toBeVisible();
    await page.getByRole('list', { name: 'Diagnostics' }).getByRole('button').first().click();
    await expect(page.getByTestId('selection-status')).toHaveText(/^Selected/);
    await expectNoViolations(page);
  });

  test(`the Fix the history tab has no accessibility violations in the ${theme} theme`, async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByLabel('Theme').selectOption(theme);
    await page.getByRole('button', { name: 'Open example' }).click();
    await tagRows(page).first().click();
    await page.getByRole('tab', { name: /^Fix the history/ }).click();
    const edit = page.getByRole('region', { name: 'Fix the history' });
    await edit.getByRole('button', { name: 'Forget selected tag' }).click();
    await expect(edit.locator('.edit__summary')).toContainText('1 forgotten');
    await expectNoViolations(page);
  });
}
