// Building the Dresden 2021 process through the back office, on a server
// WITHOUT the demo: an admin (made with `mitwirken admin create-user --admin`)
// signs in, creates the process by keyboard (typing into focused fields,
// Space on the checkbox, Enter on the submit button), then its three events
// (two open Sundays, one reserved Saturday; dates in the future with the
// 2021 weekdays). The public pages show them. axe-core and html-validate on
// every form, empty and with errors, in `de` and (event forms) `ar`.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { launchBrowser } from '../lib/browser.mjs';
import {
  EVENT_LINK,
  linkPaths,
  visibleText,
} from '../lib/checks.mjs';
import { findingsCollector } from '../lib/findings.mjs';
import { startServer } from '../lib/server.mjs';

const run = promisify(execFile);

const ADMIN = { email: 'admin@example.org', name: 'Admin', password: 'correct horse battery staple' };
const SLUG = 'integrationskonzept-dresden';
const NEW_EVENT = `/admin/processes/${SLUG}/events/new`;

const PROCESS = {
  title_de: 'Fortschreibung des Dresdner Integrationskonzeptes',
  title_ar: 'تحديث مفهوم الاندماج في دريسدن',
  motto_de: 'Gemeinsam. Verantwortung. Leben.',
  organiser_de: 'Integrations- und Ausländerbeauftragte',
  analysis_title_de: 'Analyse der kommunalen Handlungsfelder',
  plan_title_de: 'Aktionsplan Integration 2021 bis 2026',
  phases: [
    'participation | 2021-06-11 | 2021-07-18 | Beteiligung',
    'implementation | 2022-06-24 | 2026-12-31 | Umsetzung',
  ].join('\n'),
  fields: [
    'spracherwerb | Spracherwerb und Sprachförderung',
    'bildung | Bildung, Ausbildung und Arbeit',
    'zusammenleben | Zusammenleben und Teilhabe',
  ].join('\n'),
};

const GROUPS = [
  'Mitglieder des Dresdner Integrations- und Ausländerbeirats',
  'Mitglieder von Migrantenorganisationen',
  'Mitglieder des Dachverbandes Sächsischer Migrantenorganisationen',
  'Vertreterinnen und Vertreter von Vereinen und Stadtteilnetzwerken im Thema Integration/Migration',
  'Interessierte Mitglieder von Integrations- und Ausländerbeiräten in Sachsen',
];
const WORKING_GROUPS = [
  'Sprache, Bildung und Arbeit | 17',
  'Gesundheit, Wohnen und Soziales | 17',
  'Zusammenleben, Kultur und Teilhabe | 16',
].join('\n');
const ON_SITE = 'Zu beachten sind vor Ort die geltenden Hygienevorschriften.';

/** yyyy-mm-dd of a local Date. */
const iso = (d) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const addDays = (d, n) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);

// The 2021 weekdays, in the future: the next Sunday at least three weeks
// ahead, the Saturday six days later, the Sunday after that.
const today = new Date();
let first = addDays(today, 21);
while (first.getDay() !== 0) first = addDays(first, 1);
const DEADLINE = iso(addDays(first, -12));
const EVENTS = [
  { slug: 'auftakt', title: 'Auftaktveranstaltung Integrationskonzept', date: iso(first), weekday: 'Sonntag', access: 'open' },
  { slug: 'beiraete-migrantenorganisationen', title: 'Werkstatt für Beiräte und Migrantenorganisationen', date: iso(addDays(first, 6)), weekday: 'Samstag', access: 'reserved' },
  { slug: 'abschluss', title: 'Abschlussveranstaltung Integrationskonzept', date: iso(addDays(first, 7)), weekday: 'Sonntag', access: 'open' },
];

// The last test fails listing every axe-core and html-validate finding.
const { findings, check, checkHtml: checkState } = findingsCollector();

/** Focuses `selector` and types `text` (newlines as Enter, which a textarea takes as a line break). */
async function typeInto(page, selector, text) {
  await page.locator(selector).focus();
  await page.keyboard.type(text);
}

/** Focuses the form's submit button and presses Enter; returns the navigation's response. */
async function submitByKeyboard(page, form) {
  await page.locator(`${form} button[type=submit]`).focus();
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
  return response;
}

/** Submits `form` without the browser's own checks, to get the server's error page. */
async function submitUnchecked(page, form) {
  await page.locator(form).evaluate((f) => {
    f.noValidate = true;
  });
  return submitByKeyboard(page, form);
}

/** Asserts a 422 answer with an error summary that links `field`. */
async function assertErrorState(page, response, field, name) {
  assert.equal(response?.status(), 422, `${name}: status`);
  const summary = page.locator('#error-summary');
  assert.equal(await summary.count(), 1, `${name}: #error-summary`);
  assert.ok((await summary.locator(`a[href="#${field}"]`).count()) > 0, `${name}: the summary links #${field}`);
}

describe('building the Dresden process in the back office', () => {
  let server;
  let browser;
  let page;
  const eventIds = [];

  const url = (p) => new URL(p, server.baseURL).href;
  const PROCESS_FORM = 'form[action="/admin/processes/new"]';
  const EVENT_FORM = `form[action="${NEW_EVENT}"]`;

  before(async () => {
    server = await startServer({ demo: false });
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

  test('without the demo there is no process; the admin signs in', async () => {
    const missing = await page.goto(url(`/processes/${SLUG}?lang=de`));
    assert.equal(missing?.status(), 404, `/processes/${SLUG} before it is built`);

    await page.goto(url('/admin/login?lang=de'));
    await typeInto(page, '#email', ADMIN.email);
    await typeInto(page, '#password', ADMIN.password);
    const dash = await submitByKeyboard(page, 'form[action="/admin/login"]');
    assert.equal(dash?.status(), 200, 'after signing in');
    assert.equal(new URL(page.url()).pathname, '/admin', `after signing in (${page.url()})`);
    assert.equal(await page.locator('a[href="/admin/processes/new"]').count(), 1, 'the dashboard links /admin/processes/new');
    await check(page, server.baseURL, '/admin/security', 'de');
  });

  test('create the process by keyboard (first with an empty slug: 422)', async () => {
    await check(page, server.baseURL, '/admin/processes/new', 'de');
    assert.equal(await page.inputValue('#time_zone'), 'Europe/Berlin', '#time_zone default');

    for (const [id, text] of Object.entries(PROCESS)) await typeInto(page, `#${id}`, text);
    await page.locator('#published').focus();
    await page.keyboard.press('Space');
    assert.ok(await page.isChecked('#published'), '#published after Space');

    const failed = await submitUnchecked(page, PROCESS_FORM);
    await assertErrorState(page, failed, 'process_slug', 'process form without a slug');
    await checkState(page, await failed.text(), '/admin/processes/new with errors (de)');
    // The other answers are kept.
    assert.equal(await page.inputValue('#title_de'), PROCESS.title_de, '#title_de kept');
    assert.equal((await page.inputValue('#phases')).trim(), PROCESS.phases, '#phases kept');
    assert.ok(await page.isChecked('#published'), '#published kept');

    await typeInto(page, '#process_slug', SLUG);
    const created = await submitByKeyboard(page, PROCESS_FORM);
    assert.equal(created?.status(), 200, 'after creating the process');
    assert.equal(new URL(page.url()).pathname, NEW_EVENT, `after creating the process (${page.url()})`);
  });

  test('the new-event form, empty and with errors (de)', async () => {
    await check(page, server.baseURL, NEW_EVENT, 'de');
    const failed = await submitUnchecked(page, EVENT_FORM);
    await assertErrorState(page, failed, 'event_slug', 'event form left empty');
    await checkState(page, await failed.text(), `${NEW_EVENT} with errors (de)`);
  });

  test('create the three events', async () => {
    for (const [i, ev] of EVENTS.entries()) {
      const res = await page.goto(url(NEW_EVENT));
      assert.equal(res?.status(), 200, NEW_EVENT);
      await typeInto(page, '#event_slug', ev.slug);
      await typeInto(page, '#title_de', ev.title);
      await page.fill('#date', ev.date);
      await page.fill('#starts', '10:00');
      await page.fill('#ends', '16:00');
      if (i === 0) {
        await page.selectOption('#venue', 'new');
        await typeInto(page, '#venue_name_de', 'Dresdner Rathaus');
        await typeInto(page, '#venue_street', 'Rathausplatz 1');
        await typeInto(page, '#venue_postal_code', '01067');
        await typeInto(page, '#venue_city', 'Dresden');
        await typeInto(page, '#venue_entrance_de', 'Eingang Goldene Pforte');
      } else {
        const existing = await page.locator('#venue option').evaluateAll((os) =>
          os.filter((o) => o.value !== 'new').map((o) => ({ value: o.value, label: o.textContent })),
        );
        assert.equal(existing.length, 1, `one existing venue offered: ${JSON.stringify(existing)}`);
        assert.match(existing[0].label, /Rathausplatz 1/);
        await page.selectOption('#venue', existing[0].value);
      }
      await page.fill('#capacity', '50');
      await page.fill('#deadline', DEADLINE);
      await page.selectOption('#access', ev.access);
      if (ev.access === 'reserved') await typeInto(page, '#eligible_groups', GROUPS.join('\n'));
      await typeInto(page, '#working_groups', WORKING_GROUPS);
      await typeInto(page, '#on_site_notes_de', ON_SITE);
      await page.check('#waiting_list');
      await page.check('#published');

      const created = await submitByKeyboard(page, EVENT_FORM);
      const where = new URL(page.url()).pathname;
      if (created?.status() !== 200 || !/^\/admin\/events\/[^/]+\/edit$/.test(where)) {
        const errors = (await page.locator('#error-summary').count()) ? await page.locator('#error-summary').innerText() : '';
        assert.fail(`creating ${ev.slug}: ${created?.status()} at ${where}\n${errors}`);
      }
      eventIds.push(where.split('/')[3]);
    }
    assert.equal(new Set(eventIds).size, 3, `three distinct events: ${JSON.stringify(eventIds)}`);
  });

  test('the event edit page (de)', async () => {
    await check(page, server.baseURL, `/admin/events/${eventIds[1]}/edit`, 'de');
    assert.equal(await page.inputValue('#title_de'), EVENTS[1].title, 'edit page: #title_de');
  });

  test('the public side lists the three events with their facts', async () => {
    const processPath = `/processes/${SLUG}?lang=de`;
    assert.equal((await page.goto(url(processPath)))?.status(), 200, processPath);
    assert.match(await visibleText(page), /Fortschreibung des Dresdner Integrationskonzeptes/, processPath);
    const eventPaths = (await linkPaths(page, EVENT_LINK)).map((p) => new URL(p, server.baseURL).pathname);
    assert.deepEqual(
      [...eventPaths].sort(),
      eventIds.map((id) => `/events/${id}`).sort(),
      `${processPath} links the three events`,
    );

    for (const [i, ev] of EVENTS.entries()) {
      const path = `/events/${eventIds[i]}?lang=de`;
      assert.equal((await page.goto(url(path)))?.status(), 200, path);
      const text = await visibleText(page);
      for (const fact of [ev.title, ev.weekday, '10:00–16:00 Uhr', 'Rathausplatz 1', 'Goldene Pforte', 'Noch 50 von 50 Plätzen frei', 'kostenlos']) {
        assert.ok(text.includes(fact), `${path} (${ev.slug}) shows ${JSON.stringify(fact)}`);
      }
      if (ev.access === 'reserved') {
        assert.ok(text.includes('Dachverbandes Sächsischer Migrantenorganisationen'), `${path} lists the eligible groups`);
      }
    }
  });

  test('Arabic: the new-event form (empty and with errors) and the edit page are right to left', async () => {
    await check(page, server.baseURL, `${NEW_EVENT}?lang=ar`, 'ar');
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl', `dir on ${NEW_EVENT}`);
    const failed = await submitUnchecked(page, EVENT_FORM);
    await assertErrorState(page, failed, 'event_slug', 'event form left empty (ar)');
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl', `dir on ${NEW_EVENT} with errors`);
    await checkState(page, await failed.text(), `${NEW_EVENT} with errors (ar)`);

    const edit = `/admin/events/${eventIds[0]}/edit?lang=ar`;
    await check(page, server.baseURL, edit, 'ar');
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl', `dir on ${edit}`);
    browser.assertNoForeignRequests();
  });

  test('axe-core and html-validate found nothing on these pages', () => {
    assert.equal(findings.length, 0, `${findings.length} page(s) with findings:\n\n${findings.join('\n\n')}`);
  });
});
