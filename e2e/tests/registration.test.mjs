// The registration flow in German and Arabic: process page → first event →
// registration form; the empty form is rejected (422, error summary linking
// the fields); a filled form leads to the "sent" page; the confirmation mail
// (written as .eml into <dataDir>/mail/) carries the /confirm/<token> link;
// confirming leads to /manage/<token> with the ticket code; cancelling
// removes the cancel button. axe-core and html-validate on every state.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchBrowser } from '../lib/browser.mjs';
import {
  DEMO_PROCESS_SLUG,
  EVENT_LINK,
  REGISTER_LINK,
  assertNoAxeViolations,
  assertValidHtml,
  linkPaths,
  withLang,
} from '../lib/checks.mjs';
import { waitForMail } from '../lib/mail.mjs';
import { startServer } from '../lib/server.mjs';

const TOKEN = '[0-9a-f]{64}';

async function assertLangDir(page, locale, where) {
  const root = page.locator('html');
  assert.equal(await root.getAttribute('lang'), locale, `<html lang> on ${where}`);
  assert.equal(await root.getAttribute('dir'), locale === 'ar' ? 'rtl' : 'ltr', `<html dir> on ${where}`);
}

describe('registration', () => {
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

  for (const locale of ['de', 'ar']) {
    test(`register, confirm by mail and cancel (${locale})`, async () => {
      const { baseURL, dataDir } = server;
      const context = await browser.newContext();
      const page = await context.newPage();
      try {
        // 1. Process page → first event → registration form.
        const processPath = withLang(`/processes/${DEMO_PROCESS_SLUG}`, locale);
        const proc = await page.goto(new URL(processPath, baseURL).href);
        assert.equal(proc?.status(), 200, processPath);
        const [eventPath] = await linkPaths(page, EVENT_LINK);
        assert.ok(eventPath, `${processPath} links no /events/<id>`);

        const ev = await page.goto(new URL(eventPath, baseURL).href);
        assert.equal(ev?.status(), 200, eventPath);
        const [registerPath] = await linkPaths(page, REGISTER_LINK);
        assert.ok(registerPath, `${eventPath} links no /events/<id>/register`);

        const form = await page.goto(new URL(registerPath, baseURL).href);
        assert.equal(form?.status(), 200, registerPath);
        await assertLangDir(page, locale, registerPath);
        await assertNoAxeViolations(page, `${registerPath} (empty form, ${locale})`);
        await assertValidHtml(await form.text(), `${registerPath} (empty form, ${locale})`);

        const submit = page.locator('form.registration-form button[type=submit]');
        assert.equal(await submit.count(), 1, `one submit button in the registration form on ${registerPath}`);

        // 2. Empty submission: 422 with an error summary linking the fields.
        const [rejected] = await Promise.all([
          page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === new URL(registerPath, baseURL).pathname),
          submit.click(),
        ]);
        await page.waitForLoadState('load');
        assert.equal(rejected.status(), 422, `empty POST ${registerPath}`);
        const summary = page.locator('#error-summary');
        assert.equal(await summary.count(), 1, 'error summary #error-summary after an empty submission');
        for (const field of ['given_name', 'family_name', 'email', 'consent']) {
          assert.equal(
            await summary.locator(`a[href="#${field}"]`).count(),
            1,
            `error summary links to #${field}`,
          );
        }
        await assertLangDir(page, locale, `${registerPath} (errors)`);
        await assertNoAxeViolations(page, `${registerPath} (error state, ${locale})`);
        await assertValidHtml(await rejected.text(), `${registerPath} (error state, ${locale})`);

        // 3. Filled form → "sent" page.
        const email = `e2e-${locale}-${Date.now()}@example.org`;
        await page.fill('#given_name', locale === 'ar' ? 'ليلى' : 'Erika');
        await page.fill('#family_name', locale === 'ar' ? 'حداد' : 'Mustermann');
        await page.fill('#email', email);
        await page.check('#consent');
        const [sent] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), submit.click()]);
        assert.equal(sent?.status(), 200, `POST ${registerPath} with valid data`);
        assert.match(new URL(page.url()).pathname, /\/register\/sent$/, `after registering (${page.url()})`);
        await assertLangDir(page, locale, page.url());
        await assertNoAxeViolations(page, `${new URL(page.url()).pathname} (${locale})`);

        // 4. Confirmation mail → confirm page (button, not yet confirmed) → manage page.
        const port = new URL(baseURL).port;
        const [confirmURL, confirmToken] = await waitForMail(
          dataDir,
          email,
          new RegExp(`http://127\\.0\\.0\\.1:${port}/confirm/(${TOKEN})`),
        );
        const confirmPath = new URL(confirmURL).pathname;
        const confirm = await page.goto(new URL(confirmPath, baseURL).href);
        assert.equal(confirm?.status(), 200, `GET ${confirmPath}`);
        await assertLangDir(page, locale, '/confirm/<token>');
        const confirmButton = page.locator(`form[action="/confirm/${confirmToken}"] button[type=submit]`);
        assert.equal(await confirmButton.count(), 1, 'GET /confirm/<token> shows a confirm button (nothing confirmed yet)');
        await assertNoAxeViolations(page, `/confirm/<token> (${locale})`);
        await assertValidHtml(await confirm.text(), `/confirm/<token> (${locale})`);

        const [managed] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), confirmButton.click()]);
        assert.equal(managed?.status(), 200, 'after confirming');
        assert.match(new URL(page.url()).pathname, new RegExp(`^/manage/${TOKEN}$`), `after confirming (${page.url()})`);
        const managePath = new URL(page.url()).pathname;
        const ticket = (await page.locator('.ticket-code').innerText()).trim();
        assert.ok(ticket.length > 0, `${managePath} shows a ticket code`);
        const cancelButton = page.locator('form[action$="/cancel"] button[type=submit]');
        assert.equal(await cancelButton.count(), 1, `${managePath} shows a cancel button`);
        await assertLangDir(page, locale, '/manage/<token>');
        await assertNoAxeViolations(page, `/manage/<token> (${locale})`);
        await assertValidHtml(await managed.text(), `/manage/<token> (${locale})`);

        // 5. Cancel: the manage page no longer offers cancelling.
        const [cancelled] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), cancelButton.click()]);
        assert.ok(cancelled && cancelled.status() < 400, `cancelling answered ${cancelled?.status()}`);
        const again = await page.goto(new URL(managePath, baseURL).href);
        assert.equal(again?.status(), 200, `GET ${managePath} after cancelling`);
        assert.equal(await cancelButton.count(), 0, `${managePath} still shows a cancel button after cancelling`);
        await assertLangDir(page, locale, '/manage/<token> (cancelled)');
        await assertNoAxeViolations(page, `/manage/<token> after cancelling (${locale})`);

        browser.assertNoForeignRequests();
      } finally {
        await context.close();
      }
    });
  }
});
