// The back office, German and Arabic: a staff account (made with
// `mitwirken admin create-user`) signs in; a registrant registers for the
// reserved (approval) event and confirms by mail; the organiser approves
// (notice + approval mail), downloads the CSV and XLSX exports, checks the
// person in by ticket code using the keyboard only (again: "schon"), finds
// them by name, and signs out. axe-core and html-validate on every page.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { launchBrowser } from '../lib/browser.mjs';
import {
  DEMO_PROCESS_SLUG,
  EVENT_LINK,
  REGISTER_LINK,
  linkPaths,
  visibleText,
} from '../lib/checks.mjs';
import { findingsCollector } from '../lib/findings.mjs';
import { waitForMail } from '../lib/mail.mjs';
import { startServer } from '../lib/server.mjs';

const run = promisify(execFile);

const STAFF = {
  email: 'organiser@example.org',
  name: 'Kristina W.',
  password: 'correct horse battery staple',
  role: `organiser:${DEMO_PROCESS_SLUG}`,
};
const REGISTRANT = {
  given: 'Jana',
  family: 'Beispiel',
  email: `e2e-back-office-${Date.now()}@example.org`,
  organisation: 'Ausländerrat Dresden e. V.',
};
const TOKEN = '[0-9a-f]{64}';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// The last test fails listing every axe-core and html-validate finding.
const { findings, check, checkHtml: checkState } = findingsCollector();

/** Clicks `locator` and waits for the navigation it causes; returns its response. */
async function clickAndWait(page, locator) {
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), locator.click()]);
  return response;
}

describe('back office', () => {
  let server;
  let browser;
  let context; // the organiser's browser
  let page;
  let eventId;
  let eventPath;
  let ticket;

  const url = (p) => new URL(p, server.baseURL).href;
  const adminPaths = () => ({
    registrations: `/admin/events/${eventId}`,
    planning: `/admin/events/${eventId}/planning`,
    checkin: `/admin/events/${eventId}/checkin`,
  });

  before(async () => {
    server = await startServer();
    const bin = process.env.MITWIRKEN_BIN;
    const args = ['admin', 'create-user', '--data-dir', server.dataDir, '--email', STAFF.email, '--name', STAFF.name, '--role', STAFF.role];
    try {
      await run(bin, args, { env: { ...process.env, MITWIRKEN_PASSWORD: STAFF.password }, timeout: 30_000 });
    } catch (err) {
      throw new Error(`${bin} ${args.join(' ')} failed (exit ${err.code}):\n${err.stderr}\n${err.stdout}`);
    }
    browser = await launchBrowser();
    context = await browser.newContext();
    page = await context.newPage();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('a registrant registers for the reserved event and confirms by mail', async () => {
    const registrant = await browser.newContext();
    const p = await registrant.newPage();
    try {
      const processPath = `/processes/${DEMO_PROCESS_SLUG}?lang=de`;
      assert.equal((await p.goto(url(processPath)))?.status(), 200, processPath);
      const events = await linkPaths(p, EVENT_LINK);
      assert.ok(events.length >= 2, `${processPath} links fewer than two events: ${JSON.stringify(events)}`);
      eventPath = new URL(events[1], server.baseURL).pathname;
      eventId = eventPath.split('/')[2];

      assert.equal((await p.goto(url(eventPath)))?.status(), 200, eventPath);
      const [registerPath] = await linkPaths(p, REGISTER_LINK);
      assert.ok(registerPath, `${eventPath} links no /events/<id>/register`);
      assert.equal((await p.goto(url(registerPath)))?.status(), 200, registerPath);

      await p.fill('#given_name', REGISTRANT.given);
      await p.fill('#family_name', REGISTRANT.family);
      await p.fill('#email', REGISTRANT.email);
      const group = await p.locator('select#eligible_group option').evaluateAll((os) => os.map((o) => o.value).find((v) => v !== ''));
      assert.ok(group, `${registerPath} offers no eligible group`);
      await p.selectOption('select#eligible_group', group);
      await p.fill('#organisation', REGISTRANT.organisation);
      await p.check('#consent');
      const sent = await clickAndWait(p, p.locator('form.registration-form button[type=submit]'));
      assert.equal(sent?.status(), 200, `POST ${registerPath}`);
      assert.match(new URL(p.url()).pathname, /\/register\/sent$/, `after registering (${p.url()})`);

      const port = new URL(server.baseURL).port;
      const [confirmURL, confirmToken] = await waitForMail(
        server.dataDir,
        REGISTRANT.email,
        new RegExp(`http://127\\.0\\.0\\.1:${port}/confirm/(${TOKEN})`),
      );
      assert.equal((await p.goto(url(new URL(confirmURL).pathname)))?.status(), 200, 'GET /confirm/<token>');
      const managed = await clickAndWait(p, p.locator(`form[action="/confirm/${confirmToken}"] button[type=submit]`));
      assert.equal(managed?.status(), 200, 'after confirming');
      assert.match(new URL(p.url()).pathname, new RegExp(`^/manage/${TOKEN}$`), `after confirming (${p.url()})`);
      assert.match(await visibleText(p), /Wird geprüft/, `${p.url()} after confirming`);
      const code = p.locator('.ticket-code');
      if ((await code.count()) > 0) ticket = (await code.innerText()).trim();
    } finally {
      await registrant.close();
    }
  });

  test('sign in; the dashboard links every event', async () => {
    await check(page, server.baseURL, '/admin/login?lang=de', 'de');
    await page.fill('#email', STAFF.email);
    await page.fill('#password', STAFF.password);
    const dash = await clickAndWait(page, page.locator('form button[type=submit]').first());
    assert.equal(dash?.status(), 200, 'after signing in');
    assert.equal(new URL(page.url()).pathname, '/admin', `after signing in (${page.url()})`);

    await check(page, server.baseURL, '/admin', 'de');
    const regs = await linkPaths(page, /^\/admin\/events\/[^/]+$/);
    const plans = await linkPaths(page, /^\/admin\/events\/[^/]+\/planning$/);
    const checkins = await linkPaths(page, /^\/admin\/events\/[^/]+\/checkin$/);
    assert.equal(regs.length, 3, `dashboard links three registration lists: ${JSON.stringify(regs)}`);
    assert.equal(plans.length, 3, `dashboard links three planning pages: ${JSON.stringify(plans)}`);
    assert.equal(checkins.length, 3, `dashboard links three check-in pages: ${JSON.stringify(checkins)}`);
    assert.ok(regs.includes(adminPaths().registrations), `dashboard links ${adminPaths().registrations}`);
  });

  test('approve the registration: notice and approval mail', async () => {
    const { registrations } = adminPaths();
    const list = `${registrations}?status=awaiting_approval`;
    await check(page, server.baseURL, list, 'de');
    const row = page.locator('tr', { hasText: REGISTRANT.email });
    assert.equal(await row.count(), 1, `${list} lists ${REGISTRANT.email}`);
    const approved = await clickAndWait(page, row.locator('form[action$="/approve"] button'));
    assert.ok(approved && approved.status() < 400, `approving answered ${approved?.status()}`);
    const notice = page.locator('.kern-alert');
    assert.ok((await notice.count()) > 0, `no .kern-alert notice after approving (${page.url()})`);
    assert.match(await notice.first().innerText(), /angenommen/);
    await checkState(page, await approved.text(), `${registrations} after approving (de)`);

    const [subject] = await waitForMail(server.dataDir, REGISTRANT.email, /.*angenommen.*/, { in: 'subject' });
    assert.ok(subject);
    if (!ticket) {
      // Not shown while awaiting approval: take it from the manage page now.
      const [manageURL] = await waitForMail(server.dataDir, REGISTRANT.email, new RegExp(`/manage/${TOKEN}`));
      const r = await browser.newContext();
      try {
        const p = await r.newPage();
        assert.equal((await p.goto(url(manageURL)))?.status(), 200, 'GET /manage/<token>');
        ticket = (await p.locator('.ticket-code').innerText()).trim();
      } finally {
        await r.close();
      }
    }
    assert.ok(ticket, 'the registrant has a ticket code');

    await check(page, server.baseURL, registrations, 'de');
    await check(page, server.baseURL, adminPaths().planning, 'de');
  });

  test('CSV and XLSX exports', async () => {
    const { registrations } = adminPaths();
    const csv = await page.context().request.get(url(`${registrations}/export.csv`));
    assert.equal(csv.status(), 200, 'export.csv');
    const bytes = await csv.body();
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'export.csv starts with a UTF-8 BOM');
    const text = bytes.subarray(3).toString('utf8');
    assert.match(text.split(/\r?\n/)[0], /^Vorname;Nachname;E-Mail/, 'export.csv header');
    assert.ok(text.includes(REGISTRANT.email), `export.csv contains ${REGISTRANT.email}`);

    const xlsx = await page.context().request.get(url(`${registrations}/export.xlsx`));
    assert.equal(xlsx.status(), 200, 'export.xlsx');
    assert.equal(xlsx.headers()['content-type'], XLSX_TYPE, 'export.xlsx content-type');
    assert.equal((await xlsx.body()).subarray(0, 2).toString('latin1'), 'PK', 'export.xlsx is a zip');
  });

  test('check in by ticket code (keyboard only), again, and by name', async () => {
    const { checkin } = adminPaths();
    await check(page, server.baseURL, checkin, 'de');

    const submitCode = async () => {
      await page.locator('#code').focus();
      await page.keyboard.type(ticket);
      const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
      assert.ok(response && response.status() < 400, `check-in answered ${response?.status()}`);
      return response;
    };

    const first = await submitCode();
    assert.match(await visibleText(page), /ist eingelassen/, 'after the first check-in');
    await checkState(page, await first.text(), `${checkin} after a check-in (de)`);

    const second = await submitCode();
    assert.match(await visibleText(page), /schon/, 'after checking in again');
    await checkState(page, await second.text(), `${checkin} after a repeated check-in (de)`);

    await page.fill('#q', REGISTRANT.family);
    const found = await clickAndWait(page, page.locator('form[role=search] button[type=submit]'));
    assert.equal(found?.status(), 200, 'check-in search');
    const card = page.locator('.event-card', { hasText: `${REGISTRANT.given} ${REGISTRANT.family}` });
    assert.equal(await card.count(), 1, `search finds ${REGISTRANT.given} ${REGISTRANT.family}`);
    assert.match(await card.innerText(), /anwesend/, 'the person is shown as present');
    assert.match(await page.locator('#counts').innerText(), /\b1 anwesend/, '#counts');
    await checkState(page, await found.text(), `${checkin} search (de)`);
  });

  test('Arabic back office pages are right to left and pass the checks', async () => {
    const { registrations, planning, checkin } = adminPaths();
    await check(page, server.baseURL, '/admin?lang=ar', 'ar');
    // The cookie keeps the choice: the other pages without ?lang.
    for (const p of [registrations, planning, checkin]) {
      await check(page, server.baseURL, p, 'ar');
      assert.equal(await page.locator('html').getAttribute('dir'), 'rtl', `dir on ${p}`);
    }
    await page.locator('#code').focus();
    await page.keyboard.type(ticket);
    const [res] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
    assert.ok(res && res.status() < 400, `check-in (ar) answered ${res?.status()}`);
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl', `dir on ${checkin} after a check-in`);
    await checkState(page, await res.text(), `${checkin} after a check-in (ar)`);
  });

  test('sign out', async () => {
    const out = await clickAndWait(page, page.locator('form[action="/admin/logout"] button'));
    assert.ok(out && out.status() < 400, `signing out answered ${out?.status()}`);
    assert.equal(new URL(page.url()).pathname, '/admin/login', `after signing out (${page.url()})`);
    await page.goto(url('/admin'));
    assert.equal(new URL(page.url()).pathname, '/admin/login', `/admin after signing out (${page.url()})`);
    browser.assertNoForeignRequests();
  });

  test('axe-core and html-validate found nothing on the back-office pages', () => {
    assert.equal(findings.length, 0, `${findings.length} page(s) with findings:\n\n${findings.join('\n\n')}`);
  });
});
