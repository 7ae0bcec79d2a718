// Co-creation from a resident's sentence to a measure of the action plan, in Chromium: a
// participant signs in by a link from the mail and chooses a name; comments on paragraph 3 of
// the analysis of "Spracherwerb" (the comment appears under that paragraph, whose count goes up
// by one); reports a demo comment; proposes a measure and supports an open demo proposal of
// another field. The organiser (`organiser:<process>`, made with `mitwirken admin create-user`)
// answers the new proposal in the back office: adopted into a demo measure of the same field.
// The public plan shows the measure based on one proposal, linking to it; the proposal's answer
// links back to the measure; the participant gets the answer by mail. Then the participation
// pages and the back-office co-creation pages in de and ar: status, <html lang/dir>, one <h1>,
// axe-core and html-validate, as on every page and state of the flow.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { launchBrowser } from '../lib/browser.mjs';
import {
  DEMO_PROCESS_SLUG,
  visibleText,
  withLang,
} from '../lib/checks.mjs';
import { findingsCollector } from '../lib/findings.mjs';
import { waitForMail } from '../lib/mail.mjs';
import { startServer } from '../lib/server.mjs';

const run = promisify(execFile);

const PROCESS = `/processes/${DEMO_PROCESS_SLUG}`;
const FIELD = 'spracherwerb';
const ANALYSIS = `${PROCESS}/fields/${FIELD}`;
const PROPOSALS = `${ANALYSIS}/proposals`;
// A field whose demo proposals are still open (not yet answered).
const OTHER_PROPOSALS = `${PROCESS}/fields/schulische-bildung/proposals`;
const PLAN = `${PROCESS}/plan`;
// A demo measure of "Spracherwerb" that no contribution has led to yet.
const MEASURE_TITLE = 'Sprachcafés und Tandems verlässlich fördern';

const STAFF = {
  email: 'organiserin@example.org',
  name: 'Kristina W.',
  password: 'correct horse battery staple',
  role: `organiser:${DEMO_PROCESS_SLUG}`,
};
const PARTICIPANT = {
  email: `e2e-cocreation-${Date.now()}@example.org`,
  name: 'Nadia E2E',
};
const COMMENT = 'Ein Kurs am Samstagvormittag mit Kinderbetreuung würde mir sehr helfen. Unter der Woche arbeite ich im Schichtdienst.';
const PROPOSAL = {
  title: 'Deutschkurse am Wochenende mit Kinderbetreuung',
  body: 'Viele Eltern arbeiten unter der Woche. Die Volkshochschule und andere Träger sollen Kurse am Samstag anbieten, mit Kinderbetreuung im selben Haus.',
};
const ANSWER = 'Vielen Dank. Wochenendkurse mit Kinderbetreuung nehmen wir in die Förderung der Sprachcafés und Tandems auf.';
const TOKEN = '[0-9a-f]{64}';

// The last test fails listing every axe-core and html-validate finding.
const { findings, check, checkHtml } = findingsCollector();

/** After a click or form submission: status, <html lang/dir>, one <h1>, axe-core, html-validate. */
async function checkState(page, response, name, { status = 200, locale = 'de' } = {}) {
  assert.equal(response?.status(), status, `${name}: status`);
  const root = page.locator('html');
  assert.equal(await root.getAttribute('lang'), locale, `<html lang> on ${name}`);
  assert.equal(await root.getAttribute('dir'), locale === 'ar' ? 'rtl' : 'ltr', `<html dir> on ${name}`);
  const h1s = await page.locator('h1').allInnerTexts();
  assert.equal(h1s.length, 1, `expected exactly one <h1> on ${name}, found ${h1s.length}: ${JSON.stringify(h1s)}`);
  await checkHtml(page, () => response.text(), name);
}

/** Clicks `locator` and waits for the navigation it causes; returns its (final) response. */
async function clickAndWait(page, locator) {
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), locator.click()]);
  return response;
}

/** The first number in a text, 0 if there is none ("Noch keine Kommentare"). */
function countIn(text) {
  const m = text.match(/\d+/);
  return m ? Number(m[0]) : 0;
}

describe('co-creation: from a sentence to a measure', () => {
  let server;
  let browser;
  let resident; // the participant's page
  let organiser; // the organiser's page, in a second browser context
  let proposalId;
  let supportedPath;
  let measureId;
  let reportedComment;

  const url = (p) => new URL(p, server.baseURL).href;

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
    resident = await (await browser.newContext()).newPage();
    organiser = await (await browser.newContext()).newPage();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('a participant signs in by link and chooses a display name', async () => {
    await check(resident, server.baseURL, withLang(ANALYSIS, 'de'), 'de');
    const header = resident.locator('header a[href="/signin"]');
    assert.equal(await header.count(), 1, 'the header links /signin');
    let response = await clickAndWait(resident, header);
    assert.equal(new URL(resident.url()).pathname, '/signin');
    await checkState(resident, response, '/signin');

    await resident.fill('#email', PARTICIPANT.email);
    response = await clickAndWait(resident, resident.locator('form[action="/signin"] button[type=submit]'));
    await checkState(resident, response, '/signin sent');
    assert.equal(await resident.locator('.kern-alert--success').count(), 1, 'the page says the link is on its way');

    const port = new URL(server.baseURL).port;
    const [, token] = await waitForMail(server.dataDir, PARTICIPANT.email, new RegExp(`http://127\\.0\\.0\\.1:${port}/signin/(${TOKEN})`));
    const link = `/signin/${token}`;
    // The link page in both languages before it is used (it works once).
    await check(resident, server.baseURL, withLang(link, 'ar'), 'ar');
    assert.ok((await visibleText(resident)).includes(PARTICIPANT.email), `the link page names ${PARTICIPANT.email}`);
    await check(resident, server.baseURL, withLang(link, 'de'), 'de');
    assert.ok((await visibleText(resident)).includes(PARTICIPANT.email), `the link page names ${PARTICIPANT.email}`);

    response = await clickAndWait(resident, resident.locator(`form[action="${link}"] button[type=submit]`));
    assert.equal(new URL(resident.url()).pathname, '/me', `after using the link (${resident.url()})`);
    await checkState(resident, response, '/me before choosing a name');
    assert.equal(await resident.inputValue('#display_name'), '');
    assert.equal(await resident.locator('header a[href="/me"]').count(), 1, 'the header links "my page" once signed in');

    await resident.fill('#display_name', PARTICIPANT.name);
    assert.equal(await resident.inputValue('#locale'), 'de', 'German is preselected');
    await resident.selectOption('#locale', 'de');
    response = await clickAndWait(resident, resident.locator('form[action="/me/profile"] button[type=submit]'));
    await checkState(resident, response, `${new URL(resident.url()).pathname} after saving the profile`);

    await check(resident, server.baseURL, withLang('/me', 'de'), 'de');
    assert.equal(await resident.inputValue('#display_name'), PARTICIPANT.name);
    assert.equal(await resident.inputValue('#locale'), 'de');
  });

  test('the participant comments on paragraph 3 of the analysis', async () => {
    await check(resident, server.baseURL, withLang(ANALYSIS, 'de'), 'de');
    const paragraph = resident.locator('li.analysis__item').nth(2);
    assert.equal(await paragraph.locator('.analysis__number').innerText(), '3', 'the third item is paragraph 3');
    const paragraphId = await paragraph.getAttribute('id');
    const before = countIn(await paragraph.locator('.analysis__margin a').innerText());

    const form = paragraph.locator('details.comment-form:not(.comment-form--reply)');
    await form.locator('summary').click();
    await form.locator('textarea[name=body]').fill(COMMENT);
    const response = await clickAndWait(resident, form.locator('button[type=submit]'));
    await checkState(resident, response, `${ANALYSIS} after commenting`);

    const hash = new URL(resident.url()).hash;
    assert.match(hash, /^#c-\d+$/, `after commenting (${resident.url()})`);
    const again = resident.locator(`li#${paragraphId}`);
    const comment = again.locator(`li${hash}`);
    assert.equal(await comment.count(), 1, `${hash} stands under paragraph 3 (${paragraphId})`);
    assert.match(await comment.innerText(), new RegExp(PARTICIPANT.name));
    assert.match(await comment.innerText(), /Samstagvormittag mit Kinderbetreuung/);
    assert.equal(countIn(await again.locator('.analysis__margin a').innerText()), before + 1, 'the margin counts one comment more');

    // Report another person's comment on this paragraph, so that moderation has work.
    const report = again.locator('a[href^="/report/comment/"]').first();
    assert.equal(await report.count(), 1, 'a demo comment on paragraph 3 can be reported');
    reportedComment = (await report.getAttribute('href')).split('/').pop();
    let res = await clickAndWait(resident, report);
    await checkState(resident, res, `/report/comment/${reportedComment}`);
    await resident.fill('#reason', 'Bitte prüfen: Test der Moderation.');
    res = await clickAndWait(resident, resident.locator('form button[type=submit]').last());
    await checkState(resident, res, `/report/comment/${reportedComment} sent`);
    assert.equal(await resident.locator('.kern-alert--success').count(), 1, 'the report is confirmed');
  });

  test('the participant proposes a measure and supports an open demo proposal', async () => {
    await check(resident, server.baseURL, withLang(PROPOSALS, 'de'), 'de');
    await resident.check('#kind-measure');
    await resident.fill('#title', PROPOSAL.title);
    await resident.fill('#body', PROPOSAL.body);
    let response = await clickAndWait(resident, resident.locator(`form[action="${PROPOSALS}"] button[type=submit]`));
    await checkState(resident, response, 'new proposal');
    const m = new URL(resident.url()).pathname.match(/^\/proposals\/(\d+)$/);
    assert.ok(m, `after proposing (${resident.url()})`);
    proposalId = m[1];
    assert.equal((await resident.locator('h1').innerText()).trim(), PROPOSAL.title);
    const text = await visibleText(resident);
    assert.match(text, /Maßnahme · von Nadia E2E/);
    assert.match(text, /Noch nicht beantwortet/);
    assert.match(text, /Das ist Ihr eigener Vorschlag/);

    await check(resident, server.baseURL, withLang(OTHER_PROPOSALS, 'de'), 'de');
    const open = resident.locator('li.proposal-card', { has: resident.locator('.badge--pending') }).first();
    assert.equal(await open.count(), 1, `${OTHER_PROPOSALS} lists an open proposal`);
    response = await clickAndWait(resident, open.locator('h3 a'));
    supportedPath = new URL(resident.url()).pathname;
    await checkState(resident, response, supportedPath);
    const supportCount = async () => countIn(await resident.locator('.proposal > p', { has: resident.locator('.badge') }).innerText());
    const supports = await supportCount();
    assert.ok(supports > 0, `${supportedPath} has demo supports`);
    assert.equal(await resident.locator(`form[action="${supportedPath}/withdraw"]`).count(), 0);

    response = await clickAndWait(resident, resident.locator(`form[action="${supportedPath}/support"] button`));
    await checkState(resident, response, `${supportedPath} after supporting`);
    assert.equal(new URL(resident.url()).pathname, supportedPath);
    assert.equal(await supportCount(), supports + 1, 'one support more');
    assert.equal(await resident.locator(`form[action="${supportedPath}/support"]`).count(), 0, 'no support button any more');
    assert.equal(await resident.locator(`form[action="${supportedPath}/withdraw"] button`).count(), 1, 'a withdraw button instead');
    assert.match(await visibleText(resident), /Sie unterstützen diesen Vorschlag\./);
  });

  test('the organiser adopts the proposal into a demo measure of the field', async () => {
    // Before the answer: the measure comes from the administration alone.
    await check(resident, server.baseURL, withLang(PLAN, 'de'), 'de');
    const measure = resident.locator('article.measure', { hasText: MEASURE_TITLE });
    assert.equal(await measure.count(), 1, `${PLAN} shows "${MEASURE_TITLE}"`);
    measureId = (await measure.getAttribute('id')).replace(/^m-/, '');
    assert.equal((await measure.locator('.measure__origin-line').innerText()).trim(), 'Diese Maßnahme kommt von der Stadtverwaltung.');

    await check(organiser, server.baseURL, '/admin/login?lang=de', 'de');
    await organiser.fill('#email', STAFF.email);
    await organiser.fill('#password', STAFF.password);
    let response = await clickAndWait(organiser, organiser.locator('form[action="/admin/login"] button[type=submit]'));
    assert.equal(response?.status(), 200, 'after signing in');
    assert.equal(new URL(organiser.url()).pathname, '/admin');

    response = await clickAndWait(organiser, organiser.locator('nav.admin-nav a[href="/admin/proposals"]'));
    await checkState(organiser, response, '/admin/proposals');
    response = await clickAndWait(organiser, organiser.locator(`main a[href="/admin/processes/${DEMO_PROCESS_SLUG}/proposals"]`));
    await checkState(organiser, response, `/admin/processes/${DEMO_PROCESS_SLUG}/proposals`);
    const row = organiser.locator('tr', { hasText: PROPOSAL.title });
    assert.equal(await row.count(), 1, 'the list shows the new proposal');
    assert.match(await row.innerText(), /Nadia E2E/);
    response = await clickAndWait(organiser, row.locator(`a[href="/admin/proposals/${proposalId}"]`));
    await checkState(organiser, response, `/admin/proposals/${proposalId}`);

    await organiser.check('#state-adopted');
    await organiser.fill('#answer', ANSWER);
    const box = organiser.locator(`#measure-${measureId}`);
    assert.equal(await box.count(), 1, `the answer form offers measure ${measureId}`);
    assert.match(await organiser.locator(`label[for="measure-${measureId}"]`).innerText(), new RegExp(MEASURE_TITLE));
    await box.check();
    response = await clickAndWait(organiser, organiser.locator(`form[action="/admin/proposals/${proposalId}"] button[type=submit]`));
    await checkState(organiser, response, `/admin/proposals/${proposalId} saved`);
    assert.equal(await organiser.locator('.kern-alert--success').count(), 1, 'the answer is published');
    assert.ok(await organiser.isChecked('#state-adopted'));
    assert.ok(await box.isChecked());
  });

  test('the plan shows the measure based on the proposal, whose answer links back; the answer mail', async () => {
    await check(resident, server.baseURL, withLang(PLAN, 'de'), 'de');
    const measure = resident.locator(`article#m-${measureId}`);
    assert.equal((await measure.locator('.measure__origin-line').innerText()).trim(), 'Grundlage: 1 Vorschlag.');
    const origin = measure.locator(`.origin-list a[href="/proposals/${proposalId}"]`);
    assert.equal(await origin.count(), 1, `measure ${measureId} links /proposals/${proposalId}`);
    assert.equal((await origin.innerText()).trim(), PROPOSAL.title);

    let response = await clickAndWait(resident, origin);
    await checkState(resident, response, `/proposals/${proposalId} answered`);
    const text = await visibleText(resident);
    assert.match(text, /Angenommen/);
    assert.match(text, /Der Vorschlag wurde angenommen\. Er ist jetzt Teil des Aktionsplans als:/);
    assert.ok(text.includes(ANSWER), 'the answer stands on the proposal page');
    const back = resident.locator(`.proposal__answer a[href="${PLAN}#m-${measureId}"]`);
    assert.equal(await back.count(), 1, `the answer links ${PLAN}#m-${measureId}`);
    assert.equal((await back.innerText()).trim(), MEASURE_TITLE);
    response = await clickAndWait(resident, back);
    assert.equal(response?.status(), 200);
    assert.equal(new URL(resident.url()).hash, `#m-${measureId}`);

    const [subject] = await waitForMail(server.dataDir, PARTICIPANT.email, new RegExp(`Antwort auf den Vorschlag „${PROPOSAL.title}“`), { in: 'subject' });
    assert.ok(subject);
    const port = new URL(server.baseURL).port;
    await waitForMail(server.dataDir, PARTICIPANT.email, /Die Veranstalterin hat auf Ihren Vorschlag „[^“]+“ geantwortet\. Der Vorschlag wurde angenommen/);
    await waitForMail(server.dataDir, PARTICIPANT.email, /Wochenendkurse mit Kinderbetreuung/);
    await waitForMail(server.dataDir, PARTICIPANT.email, new RegExp(`http://127\\.0\\.0\\.1:${port}/proposals/${proposalId}\\b`));
  });

  for (const locale of ['de', 'ar']) {
    test(`participation pages (${locale})`, async () => {
      const pages = [
        '/signin',
        '/me',
        ANALYSIS,
        PROPOSALS,
        `/proposals/${proposalId}`,
        supportedPath,
        `/report/comment/${reportedComment}`,
        `${PROCESS}/papers`,
        PLAN,
        `${PLAN}/progress`,
        `${PROCESS}/results`,
        `${PROCESS}/search?q=sprache`,
      ];
      for (const p of pages) await check(resident, server.baseURL, withLang(p, locale), locale);
      // The last page: the search finds the demo's texts about language.
      assert.ok((await resident.locator('ol.search-results > li').count()) > 0, `${PROCESS}/search?q=sprache finds something`);
    });
  }

  for (const locale of ['de', 'ar']) {
    test(`back-office co-creation pages (${locale})`, async () => {
      const pages = [
        '/admin/proposals',
        `/admin/processes/${DEMO_PROCESS_SLUG}/proposals`,
        `/admin/proposals/${proposalId}`,
        '/admin/cocreation',
        `/admin/processes/${DEMO_PROCESS_SLUG}/moderation`,
        '/admin/plan',
        `/admin/processes/${DEMO_PROCESS_SLUG}/plan`,
      ];
      for (const p of pages) await check(organiser, server.baseURL, withLang(p, locale), locale);
      if (locale === 'de') {
        await organiser.goto(url(`/admin/processes/${DEMO_PROCESS_SLUG}/moderation?lang=de`));
        assert.match(await visibleText(organiser), /Bitte prüfen: Test der Moderation\./, 'moderation lists the report');
      }
    });
  }

  test('no axe-core or html-validate findings, no requests to other hosts', () => {
    browser.assertNoForeignRequests();
    assert.equal(findings.length, 0, `${findings.length} page(s) with findings:\n\n${findings.join('\n\n')}`);
  });
});
