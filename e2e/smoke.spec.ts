import { expect, test } from '@playwright/test';

test('the page loads with no console error', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('POP3 UIDL History Viewer');
  expect(errors).toEqual([]);
});
