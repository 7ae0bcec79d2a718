// The action plan by keyboard and mouse, then its pages in every language: on the demo server an
// admin adds a goal (first without a German title: 422) and a measure, fills in the measure,
// adds a progress update (first without a date: 422), records a workshop result for the first
// event (first empty: 422) and links it to the measure. Then the public plan, progress table and
// results page in de, en and ar, and the back-office plan pages in de and ar: status,
// <html lang/dir>, one <h1>, axe-core and html-validate on every page and state.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { launchBrowser } from '../lib/browser.mjs';
import {
  DEMO_PROCESS_SLUG,
  LOCALES,
  checkPage,
  visibleText,
  withLang,
} from '../lib/checks.mjs';
import { findingsCollector } from '../lib/findings.mjs';
import { startServer } from '../lib/server.mjs';

const run = promisify(execFile);

const ADMIN = { email: 'admin@example.org', name: 'Admin', password: 'correct horse battery staple' };
const EVENT_ID = '1';
const PLAN_ADMIN = `/admin/processes/${DEMO_PROCESS_SLUG}/plan`;

// The last test fails listing every axe-core and html-validate finding.
const { findings, collect, checkHtml } = findingsCollector();

/** After a form submission: status, one <h1>, axe-core, html-validate. */
async function checkState(page, response, status, name) {
  assert.equal(response?.status(), status, `${name}: status`);
  const h1s = await page.locator('h1').allInnerTexts();
  assert.equal(h1s.length, 1, `expected exactly one <h1> on ${name}, found ${h1s.length}`);
  await checkHtml(page, () => response.text(), name);
}

async function clickAndWait(page, locator) {
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), locator.click()]);
  return response;
}

/** Submits the form that `button` belongs to, without the browser's own checks. */
async function submitUnchecked(page, button) {
  await button.evaluate((b) => {
    b.form.noValidate = true;
  });
  return clickAndWait(page, button);
}

describe('action plan pages', () => {
  let server;
  let browser;
  let page;
  let measurePath;
  let goalPath;

  const url = (p) => new URL(p, server.baseURL).href;

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
    await page.goto(url('/admin/login?lang=de'));
    await page.fill('#email', ADMIN.email);
    await page.fill('#password', ADMIN.password);
    const dash = await clickAndWait(page, page.locator('form[action="/admin/login"] button[type=submit]'));
    assert.equal(dash?.status(), 200, 'after signing in');
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the admin builds a goal and a measure with progress', async () => {
    await collect(() => checkPage(page, server.baseURL, withLang(PLAN_ADMIN, 'de'), 'de'));
    const field = page.locator('section.plan-admin-field').first();
    const addGoal = field.locator('details.plan-admin-add').last();
    await addGoal.locator('summary').click();
    const goalButton = addGoal.locator('button[type=submit]');
    await addGoal.locator('input[name="title_en"]').fill('Everyone can learn German');
    let response = await submitUnchecked(page, goalButton);
    await checkState(page, response, 422, 'goal without a German title');
    assert.equal(await page.locator('#error-summary').count(), 1);

    const again = page.locator('section.plan-admin-field').first().locator('details.plan-admin-add').last();
    assert.equal(await again.getAttribute('open'), '', 'the form with the error stays open');
    await again.locator('input[name="title_de"]').fill('Alle können Deutsch lernen');
    response = await submitUnchecked(page, again.locator('button[type=submit]'));
    await checkState(page, response, 200, 'goal added');

    const goal = page.locator('div.plan-admin-goal').first();
    goalPath = new URL(await goal.locator('a[href^="/admin/goals/"]').getAttribute('href'), server.baseURL).pathname;
    await goal.locator('details summary').click();
    await goal.locator('input[name="title_de"]').fill('Sprachcafés in den Stadtteilen');
    response = await submitUnchecked(page, goal.locator('button[type=submit]'));
    await checkState(page, response, 200, 'measure added');
    measurePath = new URL(page.url()).pathname;
    assert.match(measurePath, /^\/admin\/measures\/\d+$/);

    await page.fill('#lead_unit_de', 'Amt für Integration');
    await page.fill('#timeframe_de', '2022 bis 2024');
    await page.selectOption('#status', 'in_progress');
    response = await submitUnchecked(page, page.locator(`form[action="${measurePath}"] button[type=submit]`));
    await checkState(page, response, 200, 'measure saved');

    await page.fill('#on_date', '');
    await page.fill('#note_de', 'Zwei Sprachcafés laufen.');
    response = await submitUnchecked(page, page.locator(`form[action="${measurePath}/updates"] button[type=submit]`));
    await checkState(page, response, 422, 'update without a date');
    assert.equal(await page.inputValue('#note_de'), 'Zwei Sprachcafés laufen.');
    await page.fill('#on_date', '2023-03-01');
    response = await submitUnchecked(page, page.locator(`form[action="${measurePath}/updates"] button[type=submit]`));
    await checkState(page, response, 200, 'update added');
  });

  test('the admin records a workshop result and links it to the measure', async () => {
    const results = `/admin/events/${EVENT_ID}/results`;
    await collect(() => checkPage(page, server.baseURL, withLang(results, 'de'), 'de'));
    let response = await submitUnchecked(page, page.locator(`form[action="${results}"] button[type=submit]`));
    await checkState(page, response, 422, 'empty workshop result');
    await page.selectOption('#group', { index: 1 });
    await page.selectOption('#field', { index: 1 });
    await page.fill('#body', 'Mehr Sprachcafés\nAm besten abends.');
    await page.fill('#dot_votes', '9');
    response = await submitUnchecked(page, page.locator(`form[action="${results}"] button[type=submit]`));
    await checkState(page, response, 200, 'workshop result recorded');

    await page.goto(url(withLang(measurePath, 'de')));
    await page.selectOption('#origin-workshop', { index: 1 });
    response = await submitUnchecked(page, page.locator('#origin-workshop').locator('xpath=ancestor::form').locator('button[type=submit]'));
    await checkState(page, response, 200, 'origin linked');
  });

  for (const locale of LOCALES) {
    test(`public plan, progress and results (${locale})`, async () => {
      const plan = `/processes/${DEMO_PROCESS_SLUG}/plan`;
      await collect(() => checkPage(page, server.baseURL, withLang(plan, locale), locale), locale);
      const text = await visibleText(page);
      if (locale === 'de') {
        assert.match(text, /Sprachcafés in den Stadtteilen/);
        assert.match(text, /in Arbeit/);
        assert.match(text, /Grundlage: 1 Ergebnis aus den Veranstaltungen\./);
        assert.match(text, /Mittwoch, 1\. März 2023/);
      }
      if (locale === 'ar') {
        assert.match(text, /قيد التنفيذ/);
        assert.match(text, /يستند إلى نتيجة واحدة من الفعاليات/);
      }
      // The progress updates open by keyboard.
      await page.locator('details.measure__updates summary').first().focus();
      await page.keyboard.press('Enter');
      assert.equal(await page.locator('details.measure__updates').first().getAttribute('open'), '');

      await collect(() => checkPage(page, server.baseURL, withLang(`${plan}/progress`, locale), locale), locale);
      await collect(
        () => checkPage(page, server.baseURL, withLang(`/processes/${DEMO_PROCESS_SLUG}/results`, locale), locale),
        locale,
      );
      assert.match(await visibleText(page), locale === 'de' ? /9 Klebepunkte/ : /9/);
    });
  }

  for (const locale of ['de', 'ar']) {
    test(`back-office plan pages (${locale})`, async () => {
      for (const path of ['/admin/plan', PLAN_ADMIN, goalPath, measurePath, `/admin/events/${EVENT_ID}/results`]) {
        await collect(() => checkPage(page, server.baseURL, withLang(path, locale), locale), locale);
      }
    });
  }

  test('no axe-core or html-validate findings', () => {
    assert.deepEqual(findings, [], findings.join('\n\n'));
  });
});
