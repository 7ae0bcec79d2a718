// The registration flow in German and Arabic: process page → first event →
// registration form; the empty form is rejected (422, error summary linking
// the fields); a filled form leads to the "sent" page; the confirmation mail
// (written as .eml into <dataDir>/mail/) carries the /confirm/<token> link;
// confirming leads to /manage/<token> with the ticket code; cancelling
// removes the cancel button. axe-core and html-validate on every state.

import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
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
import { startServer } from '../lib/server.mjs';

const MAIL_TIMEOUT_MS = 10_000;
const TOKEN = '[0-9a-f]{64}';

/** Decodes quoted-printable: soft line breaks and =XX escapes (as UTF-8). */
function decodeQuotedPrintable(text) {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * The decoded text of every part of a MIME message (quoted-printable or
 * base64 transfer encoding; others as is), joined by newlines.
 */
function mailText(raw) {
  const out = [];
  // Each part: its header block, a blank line, then the body up to the next
  // boundary line ("--...") or the end.
  const partRe = /(?:^|\r?\n)((?:[A-Za-z-]+:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*\r?\n)+)\r?\n([\s\S]*?)(?=\r?\n--|$)/g;
  for (const [, headers, body] of raw.matchAll(partRe)) {
    const cte = headers.match(/^Content-Transfer-Encoding:\s*([^\s;]+)/im)?.[1]?.toLowerCase();
    if (cte === 'base64') out.push(Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8'));
    else if (cte === 'quoted-printable') out.push(decodeQuotedPrintable(body));
    else out.push(body);
  }
  return out.join('\n');
}

/** Polls <dataDir>/mail/ for an .eml addressed to `email` containing `re`. */
async function waitForMail(dataDir, email, re) {
  const dir = path.join(dataDir, 'mail');
  const deadline = Date.now() + MAIL_TIMEOUT_MS;
  let seen = [];
  let bodies = [];
  for (;;) {
    let names = [];
    try {
      names = (await readdir(dir)).filter((n) => n.endsWith('.eml'));
    } catch (err) {
      if (err.code !== 'ENOENT') throw err;
    }
    seen = names;
    bodies = [];
    for (const name of names) {
      const raw = await readFile(path.join(dir, name), 'utf8');
      const headerEnd = raw.search(/\r?\n\r?\n/);
      const headers = raw.slice(0, headerEnd).replace(/\r?\n[ \t]+/g, ' ');
      const to = headers.match(/^To:(.*)$/im)?.[1] ?? '';
      if (!to.toLowerCase().includes(email.toLowerCase())) continue;
      bodies.push(`--- ${name} (decoded) ---\n${mailText(raw).slice(0, 2000)}`);
      const match = mailText(raw).match(re);
      if (match) return match;
    }
    if (Date.now() > deadline) {
      assert.fail(
        `no mail to ${email} matching ${re} in ${dir} within ${MAIL_TIMEOUT_MS / 1000} s; files: ${JSON.stringify(seen)}\n${bodies.join('\n')}`,
      );
    }
    await sleep(250);
  }
}

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
