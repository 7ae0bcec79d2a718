// The main flows with the keyboard only: Tab, Shift+Tab, Enter, Space, arrow
// keys and typing. No clicks, no fill(), no focus() calls; the browser opens a
// URL only at the start of a flow and for the links that arrive by mail.
// At every Tab stop the focused element must show a focus indicator and lie
// inside the viewport (lib/keyboard.mjs).
//
// Resident, in German and in Arabic (switched to with the header's language
// links): home → skip link → process → open event → form; the empty form puts
// focus on the error summary, whose links lead to the fields; the filled form
// (radio by arrow key, checkboxes by Space) is sent; the mailed confirmation
// link and its button; the mailed manage link, cancelling, the cancelled state.
//
// Organiser, in German: signs in, opens the check-in of the event with the
// registration, finds the person by name and checks them in (the count goes
// up), enters the ticket code (already in), and adds a walk-in (up again).

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchBrowser } from '../lib/browser.mjs';
import { DEMO_PROCESS_SLUG, EVENT_LINK } from '../lib/checks.mjs';
import { messages } from '../lib/ftl.mjs';
import { focused, pressAndWait, tabTo, assertFocusShown, describe as describeFocus } from '../lib/keyboard.mjs';
import { waitForMail } from '../lib/mail.mjs';
import { createStaffUser, startServer } from '../lib/server.mjs';

const TOKEN = '[0-9a-f]{64}';
const STAFF = {
  email: 'einlass@example.org',
  name: 'Kristina W.',
  password: 'correct horse battery staple',
  role: `organiser:${DEMO_PROCESS_SLUG}`,
};

/** Waits (briefly) until document.activeElement has `id`; returns the focus description. */
async function focusSettles(page, id) {
  await page.waitForFunction((want) => document.activeElement?.id === want, id, { timeout: 2_000 }).catch(() => {});
  return focused(page);
}

async function assertLangDir(page, locale, where) {
  const root = page.locator('html');
  assert.equal(await root.getAttribute('lang'), locale, `<html lang> on ${where}`);
  assert.equal(await root.getAttribute('dir'), locale === 'ar' ? 'rtl' : 'ltr', `<html dir> on ${where}`);
}

/** The first Tab stop of a fresh page is the skip link; Enter moves focus to <main>. */
async function skipToMain(page, t) {
  const link = await tabTo(page, { role: 'link', href: '#main' }, { max: 1 });
  assert.equal(link.name, t('skip-to-content'), `skip link text on ${page.url()}`);
  await page.keyboard.press('Enter');
  const main = await focusSettles(page, 'main');
  assert.equal(main.tag, 'main', `after the skip link, focus is on ${describeFocus(main)} (${page.url()})`);
}

/** Tab to a form control by its label and type `text` into it. */
async function typeInto(page, role, name, text) {
  await tabTo(page, { role, name });
  await page.keyboard.type(text);
}

/**
 * From the home page (already open, in German): optionally switch the
 * language with the header links, then reach the first open event's form and
 * send it; with `emptyFirst`, send it empty first and walk the error summary.
 * Returns the event's path.
 */
async function registerByKeyboard(page, { locale, person, emptyFirst }) {
  await assertLangDir(page, 'de', '/');
  await skipToMain(page, messages('de'));
  if (locale !== 'de') {
    // From <main> back up to the language switch in the header.
    await tabTo(page, { role: 'link', hreflang: locale }, { reverse: true, max: 10 });
    const res = await pressAndWait(page, 'Enter');
    assert.equal(res?.status(), 200, `language link to ${locale}`);
    await assertLangDir(page, locale, page.url());
    await skipToMain(page, messages(locale));
  }
  const t = messages(locale);

  await tabTo(page, { role: 'link', href: new RegExp(`^/processes/${DEMO_PROCESS_SLUG}$`) });
  assert.equal((await pressAndWait(page, 'Enter'))?.status(), 200, 'process page');
  await assertLangDir(page, locale, page.url());

  await skipToMain(page, t);
  const event = await tabTo(
    page,
    (f) => f.role === 'link' && EVENT_LINK.test(f.href) && f.card.includes(t('access-open')) && f.card.includes(t('registration-open')),
  );
  assert.equal((await pressAndWait(page, 'Enter'))?.status(), 200, `event page ${event.href}`);
  const eventPath = new URL(page.url()).pathname;

  await tabTo(page, { role: 'link', name: t('event-register') });
  assert.equal((await pressAndWait(page, 'Enter'))?.status(), 200, 'registration form');
  assert.match(new URL(page.url()).pathname, /^\/events\/[^/]+\/register$/);
  await assertLangDir(page, locale, page.url());

  if (emptyFirst) {
    await tabTo(page, { role: 'button', name: t('form-submit') });
    const rejected = await pressAndWait(page, 'Enter');
    assert.equal(rejected?.status(), 422, 'the empty form is refused');
    const summary = await focusSettles(page, 'error-summary');
    assert.equal(summary.id, 'error-summary', `after the refused form, focus is on ${describeFocus(summary)}, not #error-summary`);

    const targets = await page.locator('#error-summary a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const field of ['given_name', 'family_name', 'email', 'consent']) {
      assert.ok(targets.includes(`#${field}`), `the error summary links #${field}: ${JSON.stringify(targets)}`);
    }
    // First link forwards from the summary, the others backwards from the field.
    for (const [i, href] of targets.entries()) {
      await tabTo(page, { role: 'link', href }, { reverse: i > 0, max: 40 });
      await page.keyboard.press('Enter');
      const field = await focusSettles(page, href.slice(1));
      assert.equal(field.id, href.slice(1), `the summary link ${href} moved focus to ${describeFocus(field)}`);
      assertFocusShown(field, `after following ${href}`);
    }
  }

  await typeInto(page, 'textbox', t('form-given-name'), person.given);
  await typeInto(page, 'textbox', t('form-family-name'), person.family);
  await typeInto(page, 'textbox', t('form-email'), person.email);

  // Radio group: Tab lands on the checked radio ("none yet"), an arrow key picks the next.
  const none = await tabTo(page, { role: 'radio' });
  assert.ok(none.checked && none.value === '', `the first radio reached is the checked "none": ${describeFocus(none)}`);
  await page.keyboard.press('ArrowDown');
  const group = await focused(page);
  assert.ok(group.role === 'radio' && group.checked && group.value !== '', `ArrowDown chose a working group: ${describeFocus(group)}`);
  assertFocusShown(group, 'after ArrowDown in the working groups');

  await tabTo(page, { role: 'checkbox', name: t('form-sign-language') });
  await page.keyboard.press('Space');
  assert.ok((await focused(page)).checked, 'Space ticks the sign-language box');
  await tabTo(page, { role: 'checkbox', name: t('form-consent') });
  await page.keyboard.press('Space');
  assert.ok((await focused(page)).checked, 'Space ticks the consent box');

  await tabTo(page, { role: 'button', name: t('form-submit') });
  const sent = await pressAndWait(page, 'Enter');
  assert.equal(sent?.status(), 200, 'sending the filled form');
  assert.match(new URL(page.url()).pathname, /\/register\/sent$/, `after sending (${page.url()})`);
  await assertLangDir(page, locale, page.url());
  return eventPath;
}

/** Opens the mailed confirmation link and presses its button; returns the ticket code. */
async function confirmByMail(page, server, { locale, person }) {
  const t = messages(locale);
  const port = new URL(server.baseURL).port;
  const [confirmURL] = await waitForMail(server.dataDir, person.email, new RegExp(`http://127\\.0\\.0\\.1:${port}/confirm/${TOKEN}`));
  assert.equal((await page.goto(confirmURL))?.status(), 200, 'the mailed confirmation link');
  await assertLangDir(page, locale, '/confirm/<token>');
  await tabTo(page, { role: 'button', name: t('confirm-button') });
  assert.equal((await pressAndWait(page, 'Enter'))?.status(), 200, 'confirming');
  assert.match(new URL(page.url()).pathname, new RegExp(`^/manage/${TOKEN}$`), `after confirming (${page.url()})`);
  assert.equal((await page.locator('.badge').first().innerText()).trim(), t('status-confirmed'), 'status after confirming');
  const ticket = (await page.locator('.ticket-code').innerText()).trim();
  assert.ok(ticket, 'the manage page shows a ticket code');
  return ticket;
}

describe('keyboard only', () => {
  let server;
  let browser;

  before(async () => {
    server = await startServer();
    await createStaffUser(server, STAFF);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const locale of ['de', 'ar']) {
    test(`resident registers, confirms and cancels by keyboard (${locale})`, async () => {
      const t = messages(locale);
      const person = {
        given: locale === 'ar' ? 'ليلى' : 'Erika',
        family: locale === 'ar' ? 'حداد' : 'Mustermann',
        email: `kb-${locale}-${Date.now()}@example.org`,
      };
      const context = await browser.newContext({ locale: 'de-DE' });
      const page = await context.newPage();
      try {
        assert.equal((await page.goto(new URL('/', server.baseURL).href))?.status(), 200, '/');
        await registerByKeyboard(page, { locale, person, emptyFirst: true });
        await confirmByMail(page, server, { locale, person });

        const [manageURL] = await waitForMail(server.dataDir, person.email, new RegExp(`http://127\\.0\\.0\\.1:\\d+/manage/${TOKEN}`));
        assert.equal((await page.goto(manageURL))?.status(), 200, 'the mailed manage link');
        await tabTo(page, { role: 'button', name: t('manage-cancel-button') });
        assert.equal((await pressAndWait(page, 'Enter'))?.status(), 200, 'cancelling');
        assert.equal(new URL(page.url()).pathname, new URL(manageURL).pathname, `after cancelling (${page.url()})`);
        await assertLangDir(page, locale, '/manage/<token> (cancelled)');
        assert.equal((await page.locator('.badge').first().innerText()).trim(), t('status-cancelled'), 'status after cancelling');
        assert.equal(await page.locator('form[action$="/cancel"]').count(), 0, 'no cancel button once cancelled');
        browser.assertNoForeignRequests();
      } finally {
        await context.close();
      }
    });
  }

  test('organiser checks people in by keyboard: by name, by code, a walk-in (de)', async () => {
    const t = messages('de');
    const person = { given: 'Jana', family: 'Tastatur', email: `kb-door-${Date.now()}@example.org` };

    const resident = await browser.newContext({ locale: 'de-DE' });
    let eventPath;
    let ticket;
    try {
      const page = await resident.newPage();
      assert.equal((await page.goto(new URL('/', server.baseURL).href))?.status(), 200, '/');
      eventPath = await registerByKeyboard(page, { locale: 'de', person, emptyFirst: false });
      ticket = await confirmByMail(page, server, { locale: 'de', person });
    } finally {
      await resident.close();
    }
    const eventId = eventPath.split('/')[2];

    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    try {
      assert.equal((await page.goto(new URL('/admin/login', server.baseURL).href))?.status(), 200, '/admin/login');
      await skipToMain(page, t);
      await typeInto(page, 'textbox', t('form-email'), STAFF.email);
      await typeInto(page, 'textbox', t('admin-password'), STAFF.password);
      const dash = await pressAndWait(page, 'Enter');
      assert.equal(dash?.status(), 200, 'signing in');
      assert.equal(new URL(page.url()).pathname, '/admin', `after signing in (${page.url()})`);

      await skipToMain(page, t);
      await tabTo(page, { role: 'link', name: t('admin-checkin'), href: `/admin/events/${eventId}/checkin` });
      assert.equal((await pressAndWait(page, 'Enter'))?.status(), 200, 'check-in page');

      const present = async () => {
        const counts = await page.locator('#counts').innerText();
        const n = counts.match(/^\s*(\d+)/);
        assert.ok(n, `#counts starts with the number present: ${JSON.stringify(counts)}`);
        return Number(n[1]);
      };
      const before = await present();
      // The code field has focus as the page opens, ready for a scanner.
      assert.equal((await focused(page)).id, 'code', 'the check-in page opens with focus in the code field');

      // By name: search, then the button "<name> ist da".
      const fullName = `${person.given} ${person.family}`;
      await typeInto(page, 'searchbox', t('checkin-search'), person.family);
      assert.equal((await pressAndWait(page, 'Enter'))?.status(), 200, 'searching by name');
      await tabTo(page, { role: 'button', name: t('checkin-mark', { name: fullName }) });
      assert.equal((await pressAndWait(page, 'Enter'))?.status(), 200, 'checking in by name');
      assert.equal(await present(), before + 1, 'one more present after checking in by name');
      assert.match(await page.locator('.kern-alert').first().innerText(), new RegExp(t('checkin-done', { name: fullName }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));

      // By code: the field has focus again; the same person is already in.
      assert.equal((await focused(page)).id, 'code', 'after a check-in, focus is back in the code field');
      await page.keyboard.type(ticket);
      assert.equal((await pressAndWait(page, 'Enter'))?.status(), 200, 'checking in by code');
      const already = t('checkin-already', { name: fullName }).split('{')[0].trim();
      assert.ok((await page.locator('.kern-alert').first().innerText()).includes(already), `"${already}" after entering the code again`);
      assert.equal(await present(), before + 1, 'no more present after the same code again');

      // Walk-in: given and family name, Enter.
      await typeInto(page, 'textbox', t('form-given-name'), 'Tür');
      await typeInto(page, 'textbox', t('form-family-name'), 'Gast');
      assert.equal((await pressAndWait(page, 'Enter'))?.status(), 200, 'adding a walk-in');
      assert.equal(new URL(page.url()).pathname, `/admin/events/${eventId}/checkin`, `after the walk-in (${page.url()})`);
      assert.match(await page.locator('main').innerText(), new RegExp(t('admin-done-walk-in').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      assert.equal(await present(), before + 2, 'one more present after the walk-in');
      browser.assertNoForeignRequests();
    } finally {
      await context.close();
    }
  });
});
