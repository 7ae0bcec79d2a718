// Reporting a barrier, German and Arabic, by keyboard only: the footer link
// "Barriere melden" opens the form in the accessibility statement with the
// page's address filled in; Tab leads into the form. A first
// try without a description and with a bad address answers 422 with the error
// summary focused and everything typed kept; the summary's link leads to the
// description, and Enter sends the corrected report to the thank-you page. The
// organiser's mail (site.contact_email) names the page and the text; the
// organiser sees the report in the back office and marks it handled.
// axe-core and html-validate on the form, its error state, the thank-you page
// and the back-office list, in de and ar.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { launchBrowser } from '../lib/browser.mjs';
import { DEMO_PROCESS_SLUG, visibleText } from '../lib/checks.mjs';
import { findingsCollector } from '../lib/findings.mjs';
import { waitForMail } from '../lib/mail.mjs';
import { startServer } from '../lib/server.mjs';

const run = promisify(execFile);

const CONTACT = 'barrierefreiheit@example.org';
const STAFF = {
  email: 'organiser@example.org',
  name: 'Kristina W.',
  password: 'correct horse battery staple',
  role: `organiser:${DEMO_PROCESS_SLUG}`,
};

const REPORTS = {
  de: {
    from: `/processes/${DEMO_PROCESS_SLUG}`,
    message: 'Die Karte mit dem Veranstaltungsort hat keinen Textersatz.',
    email: 'jana.beispiel@example.org',
    name: 'Jana Beispiel',
    required: 'Bitte füllen Sie dieses Feld aus.',
    thanks: /Danke für Ihre Meldung/,
  },
  ar: {
    from: '/',
    message: 'لا يمكن الوصول إلى زر التسجيل بلوحة المفاتيح.',
    email: 'omar@example.org',
    name: 'عمر',
    required: 'يُرجى ملء هذا الحقل.',
    thanks: /شكرًا على بلاغك/,
  },
};

// The last test fails listing every axe-core and html-validate finding.
const { findings, check, checkHtml: checkState } = findingsCollector();

/** The id (or tag and name) of the focused element. */
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el?.id || `${el?.tagName?.toLowerCase()}${el?.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : ''}`;
  });

/** Waits (a fragment navigation moves the focus asynchronously) until `#id` has the focus. */
async function expectFocus(page, id, what) {
  try {
    await page.waitForFunction((want) => document.activeElement?.id === want, id, { timeout: 5_000 });
  } catch {
    assert.fail(`${what}: the focus is on ${await focused(page)}, not on #${id}`);
  }
}

/** Presses Tab until the element with `id` has focus; fails after `max` presses. */
async function tabTo(page, id, max = 6) {
  const passed = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now === id) return passed;
    passed.push(now);
  }
  assert.fail(`Tab did not reach #${id} within ${max} presses; passed ${JSON.stringify(passed)}`);
}

/** Presses `key` and waits for the navigation it causes; returns its response. */
async function pressAndWait(page, key) {
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press(key)]);
  return response;
}

describe('reporting a barrier', () => {
  let server;
  let browser;
  const previousContact = process.env.MITWIRKEN_SITE__CONTACT_EMAIL;

  const url = (p) => new URL(p, server.baseURL).href;

  before(async () => {
    process.env.MITWIRKEN_SITE__CONTACT_EMAIL = CONTACT;
    server = await startServer();
    const bin = process.env.MITWIRKEN_BIN;
    const args = ['admin', 'create-user', '--data-dir', server.dataDir, '--email', STAFF.email, '--name', STAFF.name, '--role', STAFF.role];
    try {
      await run(bin, args, { env: { ...process.env, MITWIRKEN_PASSWORD: STAFF.password }, timeout: 30_000 });
    } catch (err) {
      throw new Error(`${bin} ${args.join(' ')} failed (exit ${err.code}):\n${err.stderr}\n${err.stdout}`);
    }
    browser = await launchBrowser();
  });

  after(async () => {
    if (previousContact === undefined) delete process.env.MITWIRKEN_SITE__CONTACT_EMAIL;
    else process.env.MITWIRKEN_SITE__CONTACT_EMAIL = previousContact;
    await browser?.close();
    await server?.stop();
  });

  for (const locale of ['de', 'ar']) {
    const r = REPORTS[locale];

    test(`${locale}: the footer link opens the form, a wrong try keeps everything, Enter sends`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      try {
        const start = `${r.from}${r.from.includes('?') ? '&' : '?'}lang=${locale}`;
        assert.equal((await page.goto(url(start)))?.status(), 200, start);
        const footerLink = page.locator('footer a[href*="#feedback"]');
        assert.equal(await footerLink.count(), 1, `${start}: one footer link to the feedback form`);
        const href = await footerLink.getAttribute('href');
        assert.equal(href, `/accessibility?page=${r.from}#feedback`, `${start}: footer link`);

        // The form, as the footer link opens it: checks on the whole page.
        await check(page, server.baseURL, href, locale);
        assert.equal(await page.inputValue('#page'), r.from, 'the page address is filled in');

        // Keyboard only: Tab leads (past the header's links, or straight from the feedback
        // heading the link scrolled to) into the description, the form's first field.
        await page.goto('about:blank');
        await page.goto(url(href));
        const before = await tabTo(page, 'message', 20);
        assert.ok(!before.some((id) => ['page', 'email', 'name'].includes(id)), `fields before the description: ${before}`);
        // Nothing typed into the description; the rest typed.
        await tabTo(page, 'page', 1);
        await tabTo(page, 'email', 1);
        await page.keyboard.type('kein-at-zeichen.example.org');
        await tabTo(page, 'name', 1);
        await page.keyboard.type(r.name);
        const refused = await pressAndWait(page, 'Enter');
        assert.equal(refused?.status(), 422, 'an empty description and a bad address are refused');
        assert.equal(await page.locator('html').getAttribute('dir'), locale === 'ar' ? 'rtl' : 'ltr');
        await expectFocus(page, 'error-summary', 'after the refused report');
        const summary = page.locator('#error-summary');
        assert.match(await summary.innerText(), new RegExp(r.required));
        assert.equal(await summary.locator('a[href="#message"]').count(), 1, 'the summary links the description');
        assert.equal(await summary.locator('a[href="#email"]').count(), 1, 'the summary links the address');
        assert.equal(await page.inputValue('#page'), r.from, 'page kept');
        assert.equal(await page.inputValue('#email'), 'kein-at-zeichen.example.org', 'address kept');
        assert.equal(await page.inputValue('#name'), r.name, 'name kept');
        assert.equal(await page.locator('#message').getAttribute('aria-invalid'), 'true');
        assert.equal(await page.locator('h1').count(), 1, 'one <h1> on the refused form');
        await checkState(page, await refused.text(), `/accessibility/feedback with errors (${locale})`);

        // The summary's first link leads to the description; then the address is corrected.
        await tabTo(page, 'a', 1);
        await page.keyboard.press('Enter');
        await expectFocus(page, 'message', 'after following the summary link');
        await page.keyboard.type(r.message);
        await tabTo(page, 'page', 1);
        await tabTo(page, 'email', 1);
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.type(r.email);
        const sent = await pressAndWait(page, 'Enter');
        assert.equal(sent?.status(), 200, 'the corrected report is sent');
        assert.equal(new URL(page.url()).pathname, '/accessibility/feedback/sent', `after sending (${page.url()})`);
        assert.match(await visibleText(page), r.thanks);
        assert.equal(await page.locator('h1').count(), 1, 'one <h1> on the thank-you page');
        await checkState(page, await sent.text(), `/accessibility/feedback/sent (${locale})`);

        // The organiser's mail, always in German, names the page and the text.
        const [mailText] = await waitForMail(server.dataDir, CONTACT, new RegExp(`[\\s\\S]*${r.message}[\\s\\S]*`));
        assert.ok(mailText.includes(r.from), `the mail names the page ${r.from}`);
        assert.ok(mailText.includes(r.email), `the mail names the address ${r.email}`);
        await waitForMail(server.dataDir, CONTACT, /Barriere gemeldet/, { in: 'subject' });
      } finally {
        await context.close();
      }
    });
  }

  test('the organiser sees both reports and marks one handled, in de and ar', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await check(page, server.baseURL, '/admin/login?lang=de', 'de');
      await page.fill('#email', STAFF.email);
      await page.fill('#password', STAFF.password);
      const [dash] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator('form button[type=submit]').first().click()]);
      assert.equal(dash?.status(), 200, 'after signing in');
      assert.equal(await page.locator('nav.admin-nav a[href="/admin/feedback"]').count(), 1, 'the navigation links the reports');

      await check(page, server.baseURL, '/admin/feedback', 'de');
      const text = await visibleText(page);
      for (const r of Object.values(REPORTS)) {
        assert.ok(text.includes(r.message), `the list shows “${r.message}”`);
        assert.ok(text.includes(r.email), `the list shows ${r.email}`);
      }
      assert.match(text, /Offen: 2 Meldungen/);

      const first = page.locator('form[action^="/admin/feedback/"] button').first();
      await first.focus();
      const handled = await pressAndWait(page, 'Enter');
      assert.equal(handled?.status(), 200, 'after marking handled');
      assert.match(await visibleText(page), /Offen: 1 Meldung/);
      assert.match(await visibleText(page), /Erledigt: 1 Meldung/);
      await checkState(page, await handled.text(), '/admin/feedback after marking handled (de)');

      await check(page, server.baseURL, '/admin/feedback?lang=ar', 'ar');
      assert.ok((await visibleText(page)).includes(REPORTS.ar.message), 'the Arabic list shows the Arabic report');
      browser.assertNoForeignRequests();
    } finally {
      await context.close();
    }
  });

  test('axe-core and html-validate found nothing on the feedback pages', () => {
    assert.equal(findings.length, 0, `${findings.length} page(s) with findings:\n\n${findings.join('\n\n')}`);
  });
});
