// The language switch: a <nav> with hreflang links. Choosing Arabic on a
// German event page shows the same page in Arabic (rtl), and the choice
// sticks (server-set cookie) for the next page visited without ?lang.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchBrowser } from '../lib/browser.mjs';
import { discoverDemo, withLang } from '../lib/checks.mjs';
import { startServer } from '../lib/server.mjs';

async function htmlLangDir(page) {
  const root = page.locator('html');
  return { lang: await root.getAttribute('lang'), dir: await root.getAttribute('dir') };
}

describe('language switch', () => {
  let server;
  let browser;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('switching an event page from German to Arabic sticks', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const { baseURL } = server;
    try {
      const { eventPaths } = await discoverDemo(page, baseURL, 'de');
      const eventPath = eventPaths[0];

      const res = await page.goto(new URL(withLang(eventPath, 'de'), baseURL).href);
      assert.equal(res?.status(), 200, eventPath);
      assert.deepEqual(await htmlLangDir(page), { lang: 'de', dir: 'ltr' }, 'event page before switching');

      const switcher = page.locator('nav').filter({ has: page.locator('a[hreflang]') });
      assert.ok((await switcher.count()) >= 1, 'no <nav> containing links with hreflang (the language switch)');
      const arabic = switcher.first().locator('a[hreflang="ar"]');
      assert.equal(await arabic.count(), 1, 'the language switch should have exactly one link with hreflang="ar"');

      await Promise.all([page.waitForEvent('load'), arabic.click()]);

      const shown = new URL(page.url());
      assert.equal(shown.pathname, eventPath, `after switching, the same page should be shown (got ${page.url()})`);
      assert.deepEqual(await htmlLangDir(page), { lang: 'ar', dir: 'rtl' }, `${page.url()} after choosing Arabic`);

      const cookies = await context.cookies(baseURL);
      assert.ok(cookies.length > 0, 'the server set no cookie to remember the language');

      const home = await page.goto(new URL('/', baseURL).href);
      assert.equal(home?.status(), 200, '/');
      assert.deepEqual(
        await htmlLangDir(page),
        { lang: 'ar', dir: 'rtl' },
        'GET / without ?lang after choosing Arabic should still be Arabic',
      );

      browser.assertNoForeignRequests();
    } finally {
      await context.close();
    }
  });
});
