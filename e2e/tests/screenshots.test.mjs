// Full-page screenshots of the first demo event, German and Arabic, at
// 1280×900, saved as event-de.png and event-ar.png under e2e/test-results/screenshots/,
// or under docs/screenshots/ (the README's pictures) with UPDATE_SCREENSHOTS=1.

import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { launchBrowser } from '../lib/browser.mjs';
import { discoverDemo, withLang } from '../lib/checks.mjs';
import { startServer } from '../lib/server.mjs';

const SCREENSHOT_DIR = fileURLToPath(
  new URL(process.env.UPDATE_SCREENSHOTS === '1' ? '../../docs/screenshots/' : '../test-results/screenshots/', import.meta.url),
);
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('screenshots', () => {
  let server;
  let browser;
  let eventPath;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    await mkdir(SCREENSHOT_DIR, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const locale of ['de', 'ar']) {
    test(`first event page in ${locale}`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      const { baseURL } = server;
      try {
        if (!eventPath) eventPath = (await discoverDemo(page, baseURL, 'de')).eventPaths[0];
        const res = await page.goto(new URL(withLang(eventPath, locale), baseURL).href, { waitUntil: 'load' });
        assert.equal(res?.status(), 200, eventPath);
        assert.equal(await page.locator('html').getAttribute('lang'), locale);
        await page.evaluate(() => document.fonts.ready);

        const file = `${SCREENSHOT_DIR}event-${locale}.png`;
        await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
        const png = await readFile(file);
        assert.ok(png.subarray(0, 8).equals(PNG_SIGNATURE), `${file} is not a PNG`);
        assert.equal(png.readUInt32BE(16), 1280, `${file} should be 1280 px wide`);
        assert.ok(png.readUInt32BE(20) >= 900, `${file} should be at least 900 px high`);
        browser.assertNoForeignRequests();
      } finally {
        await context.close();
      }
    });
  }
});
