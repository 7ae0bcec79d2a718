// The admin's back-office pages not covered elsewhere, in German and Arabic:
// outbox and audit log (after one demo registration), the process edit form
// (and its 422 with `title_de` emptied), the venue page (and its 422 with an
// empty street), the event edit page after adding a question, the security
// page after starting the TOTP set-up (QR code and key), planning and
// check-in. Every state: HTTP status, <html dir>, one <h1>, axe-core and
// html-validate.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { launchBrowser } from '../lib/browser.mjs';
import {
  DEMO_PROCESS_SLUG,
  withLang,
} from '../lib/checks.mjs';
import { findingsCollector } from '../lib/findings.mjs';
import { startServer } from '../lib/server.mjs';

const run = promisify(execFile);

const ADMIN = { email: 'admin@example.org', name: 'Admin', password: 'correct horse battery staple' };
const LOCALES = ['de', 'ar'];
const EVENT_ID = '1';
const PROCESS_EDIT = `/admin/processes/${DEMO_PROCESS_SLUG}/edit`;
const EVENT_EDIT = `/admin/events/${EVENT_ID}/edit`;

// The last test fails listing every axe-core and html-validate finding.
const { findings, check, checkHtml } = findingsCollector();

/** After a form submission: status, <html lang/dir>, one <h1>, axe-core, html-validate. */
async function checkState(page, response, status, name, locale) {
  assert.equal(response?.status(), status, `${name}: status`);
  const root = page.locator('html');
  assert.equal(await root.getAttribute('lang'), locale, `<html lang> on ${name}`);
  assert.equal(await root.getAttribute('dir'), locale === 'ar' ? 'rtl' : 'ltr', `<html dir> on ${name}`);
  const h1s = await page.locator('h1').allInnerTexts();
  assert.equal(h1s.length, 1, `expected exactly one <h1> on ${name}, found ${h1s.length}: ${JSON.stringify(h1s)}`);
  await checkHtml(page, () => response.text(), name, locale);
}

/** Clicks `locator` and waits for the navigation it causes; returns its response. */
async function clickAndWait(page, locator) {
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), locator.click()]);
  return response;
}

/** Submits `form` (a selector) by its submit button without the browser's own checks. */
async function submitUnchecked(page, form) {
  await page.locator(form).evaluate((f) => {
    f.noValidate = true;
  });
  return clickAndWait(page, page.locator(`${form} button[type=submit]`));
}

describe('admin pages (de, ar)', () => {
  let server;
  let browser;
  let page;
  let venuePath;

  const url = (p) => new URL(p, server.baseURL).href;
  const checkDir = async (path, locale) =>
    assert.equal(await page.locator('html').getAttribute('dir'), locale === 'ar' ? 'rtl' : 'ltr', `<html dir> on ${path}`);

  before(async () => {
    server = await startServer();
    const bin = process.env.MITWIRKEN_BIN;
    const args = ['admin', 'create-user', '--data-dir', server.dataDir, '--email', ADMIN.email, '--name', ADMIN.name, '--admin'];
    try {
      await run(bin, args, { env: { ...process.env, MITWIRKEN_PASSWORD: ADMIN.password }, timeout: 30_000 });
    } catch (err) {
      throw new Error(`${bin} ${args.join(' ')} failed (exit ${err.code}):\n${err.stderr}\n${err.stdout}`);
    }
    browser = await launchBrowser();
    const context = await browser.newContext();
    page = await context.newPage();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('a demo registration, then the admin signs in', async () => {
    const registrant = await browser.newContext();
    const p = await registrant.newPage();
    try {
      const registerPath = `/events/${EVENT_ID}/register?lang=de`;
      assert.equal((await p.goto(url(registerPath)))?.status(), 200, registerPath);
      await p.fill('#given_name', 'Erika');
      await p.fill('#family_name', 'Mustermann');
      await p.fill('#email', `e2e-admin-pages-${Date.now()}@example.org`);
      await p.check('#consent');
      const sent = await clickAndWait(p, p.locator('form.registration-form button[type=submit]'));
      assert.equal(sent?.status(), 200, `POST ${registerPath}`);
      assert.match(new URL(p.url()).pathname, /\/register\/sent$/, `after registering (${p.url()})`);
    } finally {
      await registrant.close();
    }

    await page.goto(url('/admin/login?lang=de'));
    await page.fill('#email', ADMIN.email);
    await page.fill('#password', ADMIN.password);
    const dash = await clickAndWait(page, page.locator('form[action="/admin/login"] button[type=submit]'));
    assert.equal(dash?.status(), 200, 'after signing in');
    assert.equal(new URL(page.url()).pathname, '/admin', `after signing in (${page.url()})`);
  });

  for (const locale of LOCALES) {
    test(`outbox and audit log list rows (${locale})`, async () => {
      for (const path of ['/admin/outbox', '/admin/audit']) {
        const p = withLang(path, locale);
        await check(page, server.baseURL, p, locale);
        await checkDir(p, locale);
        assert.ok((await page.locator('tbody tr, table tr:has(td)').count()) > 0, `${p} lists at least one row`);
      }
    });

    test(`process edit form, and 422 with title_de emptied (${locale})`, async () => {
      const p = withLang(PROCESS_EDIT, locale);
      await check(page, server.baseURL, p, locale);
      await checkDir(p, locale);
      const form = 'form:has(#title_de)';
      assert.equal(await page.locator(form).count(), 1, `${p}: one form with #title_de`);
      await page.fill('#title_de', '');
      const failed = await submitUnchecked(page, form);
      await checkState(page, failed, 422, `${PROCESS_EDIT} with title_de emptied (${locale})`, locale);
      assert.equal(await page.locator('#error-summary').count(), 1, `${PROCESS_EDIT} with errors: #error-summary`);
    });

    test(`venue page, and 422 with an empty street (${locale})`, async () => {
      const edit = await page.goto(url(withLang(EVENT_EDIT, locale)));
      assert.equal(edit?.status(), 200, EVENT_EDIT);
      const href = await page.locator('a[href^="/admin/venues/"]').first().getAttribute('href');
      assert.ok(href, `${EVENT_EDIT} links no /admin/venues/<id>`);
      venuePath = new URL(href, server.baseURL).pathname;

      const p = withLang(venuePath, locale);
      await check(page, server.baseURL, p, locale);
      await checkDir(p, locale);
      assert.equal(await page.locator('#street').getAttribute('required'), '', `${p}: #street is required`);
      await page.fill('#street', '');
      const failed = await submitUnchecked(page, `form[action="${venuePath}"]`);
      await checkState(page, failed, 422, `${venuePath} with an empty street (${locale})`, locale);
    });
  }

  test('add a question to the event (de)', async () => {
    await page.goto(url(withLang(EVENT_EDIT, 'de')));
    const form = `form[action="/admin/events/${EVENT_ID}/questions"]`;
    const before = await page.locator('section[aria-labelledby="questions"] li').count();
    await page.locator(`${form} [name="question_de"]`).fill('Welche Sprache sprechen Sie zu Hause?');
    await page.check('#question_required');
    const res = await clickAndWait(page, page.locator(`${form} button[type=submit]`));
    assert.ok(res && res.status() < 400, `adding a question answered ${res?.status()}`);
    await page.goto(url(withLang(EVENT_EDIT, 'de')));
    assert.equal(
      await page.locator('section[aria-labelledby="questions"] li').count(),
      before + 1,
      `${EVENT_EDIT} lists the new question`,
    );
  });

  for (const locale of LOCALES) {
    test(`event edit page with the extra question (${locale})`, async () => {
      const p = withLang(EVENT_EDIT, locale);
      await check(page, server.baseURL, p, locale);
      await checkDir(p, locale);
      assert.match(
        await page.locator('section[aria-labelledby="questions"]').innerText(),
        /Welche Sprache sprechen Sie zu Hause\?/,
        `${p} shows the new question`,
      );
    });

    test(`security page with a TOTP set-up (${locale})`, async () => {
      const p = withLang('/admin/security', locale);
      await check(page, server.baseURL, p, locale);
      await checkDir(p, locale);
      const start = page.locator('form[action="/admin/security/totp"] button');
      // The first locale starts the set-up; the second finds it pending.
      if ((await start.count()) > 0) {
        const res = await clickAndWait(page, start);
        await checkState(page, res, 200, `/admin/security after pressing the set-up button (${locale})`, locale);
      }
      assert.equal(await page.locator('form[action="/admin/security/totp"]').count(), 0, `${p}: the set-up is pending`);
      assert.ok((await page.locator('figure svg').count()) > 0, `${p} shows a QR code (svg)`);
      const key = (await page.locator('code').first().innerText()).trim();
      assert.ok(key.length >= 16, `${p} shows a key in <code>: ${JSON.stringify(key)}`);
    });

    test(`planning and check-in (${locale})`, async () => {
      for (const path of [`/admin/events/${EVENT_ID}/planning`, `/admin/events/${EVENT_ID}/checkin`]) {
        const p = withLang(path, locale);
        await check(page, server.baseURL, p, locale);
        await checkDir(p, locale);
      }
      browser.assertNoForeignRequests();
    });
  }

  test('axe-core and html-validate found nothing on the admin pages', () => {
    assert.equal(findings.length, 0, `${findings.length} page(s) with findings:\n\n${findings.join('\n\n')}`);
  });
});
