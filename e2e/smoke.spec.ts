import { expect, test } from './test';

// Like every test, this one fails on any console error or uncaught error (e2e/test.ts).
test('the page loads with no console error', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('POP3 UIDL History Viewer');
});

test('while idle the page draws its views once out of sight, then takes them away', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const seen = { drawn: false, hidden: false };
    (window as { rehearsal?: typeof seen }).rehearsal = seen;
    new MutationObserver(() => {
      const stage = document.querySelector('.rehearsal');
      if (!stage) return;
      seen.drawn = seen.drawn || stage.querySelector('[role="table"]') !== null;
      seen.hidden = stage.getAttribute('aria-hidden') === 'true' && stage.hasAttribute('inert');
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('./');
  await expect
    .poll(() => page.evaluate(() => (window as { rehearsal?: object }).rehearsal))
    .toEqual({ drawn: true, hidden: true });
  await expect(page.locator('.rehearsal')).toHaveCount(0);
  // Nothing of it is left to a person: the page is the empty page, ready for a file.
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Open example/ })).toBeVisible();
});
