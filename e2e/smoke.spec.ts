import { expect, test } from './test';

// Like every test, this one fails on any console error or uncaught error (e2e/test.ts).
test('the page loads with no console error', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('POP3 UIDL History Viewer');
});
