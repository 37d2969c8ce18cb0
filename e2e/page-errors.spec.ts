import { expect, PageErrors, test } from './test';

// The guard of e2e/test.ts itself: every test fails on a console error or an uncaught
// error in its pages, unless the test names that error.

test('a console error in the page fails the test', async ({ page }) => {
  test.fail();
  await page.goto('./');
  await page.evaluate(() => console.error('deliberate console error'));
});

test('an uncaught error in the page fails the test', async ({ page }) => {
  test.fail();
  await page.goto('./');
  await Promise.all([
    page.waitForEvent('pageerror'),
    page.evaluate(() => {
      setTimeout(() => {
        throw new Error('deliberate uncaught error');
      });
    }),
  ]);
});

test.describe('with the errors allowed by name', () => {
  test.use({
    allowedConsoleErrors: {
      'the deliberate console error': /^deliberate allowed error$/,
      'the deliberate uncaught error': /^deliberate allowed throw$/,
    },
  });

  test('the test passes', async ({ page }) => {
    await page.goto('./');
    await page.evaluate(() => console.error('deliberate allowed error'));
    await Promise.all([
      page.waitForEvent('pageerror'),
      page.evaluate(() => {
        setTimeout(() => {
          throw new Error('deliberate allowed throw');
        });
      }),
    ]);
  });

  test('any other error still fails it', async ({ page }) => {
    test.fail();
    await page.goto('./');
    await page.evaluate(() => {
      console.error('deliberate allowed error');
      console.error('another error');
    });
    await Promise.all([
      page.waitForEvent('pageerror'),
      page.evaluate(() => {
        setTimeout(() => {
          throw new Error('deliberate allowed throw');
        });
      }),
    ]);
  });
});

test.describe('with an allowance for an error that does not occur', () => {
  test.use({ allowedConsoleErrors: { 'a stale one': /^an error this test never provokes$/ } });

  test('the test fails, so that the allowance is removed', async ({ page }) => {
    test.fail();
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});

test('the record names each error, from every page of the context, and nothing else', async ({
  browser,
  baseURL,
}) => {
  // A context of its own, so that the errors made here do not fail this test.
  const context = await browser.newContext({ baseURL });
  try {
    const errors = new PageErrors(context);
    const first = await context.newPage();
    await first.goto('./');
    const second = await context.newPage();
    await second.goto('./');
    for (const [page, log] of [
      [first, () => console.error('error in the first page')],
      [first, () => console.warn('a warning is not an error')],
      [second, () => console.assert(false, 'failed assertion in the second page')],
    ] as const) {
      await Promise.all([page.waitForEvent('console'), page.evaluate(log)]);
    }
    await Promise.all([
      second.waitForEvent('pageerror'),
      second.evaluate(() => {
        setTimeout(() => {
          throw new Error('uncaught in the second page');
        });
      }),
    ]);
    errors.stop();

    expect(errors.seen.map((error) => [error.kind, error.text])).toEqual([
      ['console.error', 'error in the first page'],
      ['console.error', 'failed assertion in the second page'],
      ['uncaught', 'uncaught in the second page'],
    ]);
    expect(
      errors.problems({ first: /^error in the first page$/, 'stale one': /^never seen$/ }),
    ).toEqual([
      expect.stringMatching(/^console\.error at .*: failed assertion in the second page$/),
      expect.stringMatching(/^uncaught at .*: uncaught in the second page$/),
      'allowed "stale one" (/^never seen$/) matched no error; remove it',
    ]);
  } finally {
    await context.close();
  }
});
