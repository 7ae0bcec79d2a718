// Every route in every locale, on one demo server started with --pseudo-locale.
//
// 1. Route inventory. The GET routes are read from the router source (every `.route("…", …)`
//    in crates/web/src, see lib/routes.mjs); those that are not HTML pages are dropped by the
//    short list NOT_PAGES below, each entry with its reason. One concrete URL per remaining
//    route is found by crawling links (and GET forms) as three roles, each with its own browser
//    context: a visitor (pages reached by tokens from mails, after a registration and sign-in
//    requests made here, and the sign-in pages), a participant signed in by mail link who has
//    commented and proposed (crawling from `/`), and a staff admin (crawling from `/admin`).
//    A missing path stands for the 404 page. The test fails naming every route no URL matched,
//    so a new page without coverage fails the suite.
// 2. axe-core (WCAG 2.0/2.1 A and AA) and html-validate on every route URL in every language of
//    the language switch (the 8 of `LOCALES` in crates/domain/src/locale.rs): zero violations,
//    zero errors, `<html lang dir>` as the locale says (rtl for ar and fa), one <h1>. One
//    browser, one page per role; the HTML of each URL × locale is the navigation's own response,
//    fetched once. The back office and the public pages run side by side, one lane per core;
//    axe runs in legacy mode (lib/checks.mjs). The whole file, with its 400 axe runs, takes
//    about 4 minutes on two shared cores.
// 3. Pseudo-locale: every route URL with ?lang=qps-ploc (German with accented letters). No
//    visible text node and no user-facing attribute (aria-label, title, alt, placeholder, the
//    value of submit/button inputs, <title>) may contain an ASCII letter, except:
//    - inside an element whose closest [lang] differs from the page's (organiser content shown
//      in German, `Txt::attr()`; language names in the switch);
//    - inside data marked as not interface text: `translate="no"` (proper names, e-mail
//      addresses, codes, URLs) or `data-user-content` (text written by participants or staff);
//    - message arguments: the pseudo-locale wraps them in U+2068…U+2069 (Fluent's isolation
//      marks), and they are not transformed, so they are left out;
//    - <title> with the texts of such marked elements on the page taken out (a title cannot
//      mark a part of itself; it repeats the page's heading);
//    - text made only of digits, punctuation and symbols;
//    - the text of a <textarea>, which is its value (what was typed), like a text <input>'s.
//    Closed <details> are opened first, so that their text is checked too; <option> texts count
//    as visible when their <select> is.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { launchBrowser } from '../lib/browser.mjs';
import {
  DEMO_PROCESS_SLUG,
  REGISTER_LINK,
  discoverDemo,
  linkPaths,
  withLang,
} from '../lib/checks.mjs';
import { findingsCollector } from '../lib/findings.mjs';
import { waitForMail } from '../lib/mail.mjs';
import { readLocales, readRoutes, routeRegExp } from '../lib/routes.mjs';
import { startServer } from '../lib/server.mjs';

const run = promisify(execFile);

/** GET routes that are not HTML pages: [pattern over the route as declared, reason]. */
const NOT_PAGES = [
  [/^\/assets\//, 'static files: style sheets, fonts, icons'],
  [/^\/(healthz|readyz|metrics)$/, 'operations: health checks and Prometheus metrics, plain text'],
  [/^\/api\//, 'the JSON API, its CSV twins and its OpenAPI document'],
  [/\.(ics|pdf|json|csv|xlsx)$/, 'files: calendar entries, PDF, data exports and downloads'],
  [/^\/papers\/\{file\}$/, 'the download of an uploaded position paper (PDF)'],
  [/^\/accessibility\/feedback$/, 'target of the barrier report form, whose GET only leads back to the form'],
  [
    /^\/proposals\/\{id\}\/(support|withdraw|comments|delete)$/,
    'targets of POST forms whose GET only redirects to /proposals/{id}, so that a reload after posting lands there',
  ],
];

/** The 404 page is no declared route: the router's fallback answers a missing path. */
const NOT_FOUND = { path: '(fallback: a missing path)', re: /^\/this-page-does-not-exist$/, status: 404 };
const MISSING_PATH = '/this-page-does-not-exist';

const PSEUDO = 'qps-ploc';
const PROCESS = `/processes/${DEMO_PROCESS_SLUG}`;
const ANALYSIS = `${PROCESS}/fields/spracherwerb`;
const PROPOSALS = `${ANALYSIS}/proposals`;
const TOKEN = '[0-9a-f]{64}';
const STAMP = Date.now();
const ADMIN = { email: 'admin@example.org', name: 'Admin', password: 'correct horse battery staple' };
const PARTICIPANT = { email: `e2e-routes-${STAMP}@example.org`, name: 'Nadia E2E' };
const SIGNIN_ONLY = `e2e-routes-link-${STAMP}@example.org`;

// Crawl limits: URLs fetched per route (deeper pages hang off some instances only), and overall.
const PER_ROUTE = 8;
const MAX_FETCHES = 600;

/** Clicks `locator` and waits for the navigation it causes; returns its (final) response. */
async function clickAndWait(page, locator) {
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), locator.click()]);
  return response;
}

/** `path + search` without `lang` and without a fragment; null for another host. */
function normalise(href, baseURL) {
  let u;
  try {
    u = new URL(href, baseURL);
  } catch {
    return null;
  }
  if (u.origin !== new URL(baseURL).origin) return null;
  u.searchParams.delete('lang');
  return u.pathname + u.search;
}

function decodeEntities(s) {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The targets of a page's links and of its GET forms (a form without method is a GET form). */
function pageLinks(html) {
  const out = [];
  for (const [, tag, attrs] of html.matchAll(/<(a|form)\b([^>]*)>/gi)) {
    const attr = (name) => attrs.match(new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i'))?.[1];
    if (tag.toLowerCase() === 'a') {
      const href = attr('href');
      if (href) out.push(decodeEntities(href));
    } else if ((attr('method') ?? 'get').toLowerCase() === 'get' && attr('action')) {
      out.push(decodeEntities(attr('action')));
    }
  }
  return out;
}

/**
 * In the page: every visible text node and user-facing attribute with an ASCII letter that is
 * neither in another language, nor marked as data, nor a message argument. Runs in Chromium.
 */
function plainLetters() {
  const pageLang = document.documentElement.getAttribute('lang');
  const LETTER = /[A-Za-z]/;
  const stripArguments = (s) => {
    let prev;
    do {
      prev = s;
      s = s.replace(/\u2068[^\u2068\u2069]*\u2069/g, '');
    } while (s !== prev);
    return s;
  };
  const exempt = (el) => {
    const langEl = el.closest('[lang]');
    if (langEl && langEl.getAttribute('lang') !== pageLang) return true;
    return el.closest('[translate="no"], [data-user-content]') !== null;
  };
  const cssPath = (el) => {
    const parts = [];
    for (let e = el; e && e.nodeType === 1 && e !== document.documentElement; e = e.parentElement) {
      let part = e.localName;
      if (e.id) {
        parts.unshift(`${part}#${CSS.escape(e.id)}`);
        break;
      }
      const classes = [...e.classList].slice(0, 2).map((c) => `.${CSS.escape(c)}`).join('');
      part += classes;
      const parent = e.parentElement;
      if (parent) {
        const same = [...parent.children].filter((c) => c.localName === e.localName);
        if (same.length > 1) part += `:nth-of-type(${same.indexOf(e) + 1})`;
      }
      parts.unshift(part);
    }
    return parts.join(' > ');
  };
  const visible = (el) =>
    el.closest('select') ? el.closest('select').checkVisibility() : el.checkVisibility({ visibilityProperty: true });

  for (const d of document.querySelectorAll('details')) d.open = true;

  const found = [];
  const report = (el, what, text) => {
    if (LETTER.test(stripArguments(text))) found.push({ what, text: text.replace(/\s+/g, ' ').trim(), path: cssPath(el) });
  };

  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    // A <textarea>'s text is its value, what was typed, like the value of a text <input>.
    if (!el || ['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TEXTAREA'].includes(el.tagName)) continue;
    if (!node.data.trim() || exempt(el) || !visible(el)) continue;
    report(el, 'text', node.data);
  }
  const ATTRS = ['aria-label', 'title', 'alt', 'placeholder'];
  for (const el of document.body.querySelectorAll(ATTRS.map((a) => `[${a}]`).join(','))) {
    if (exempt(el) || !visible(el)) continue;
    for (const a of ATTRS) if (el.hasAttribute(a)) report(el, a, el.getAttribute(a));
  }
  for (const el of document.body.querySelectorAll('input[type=submit][value], input[type=button][value], input[type=reset][value]')) {
    if (!exempt(el) && visible(el)) report(el, 'value', el.value);
  }

  let title = document.title;
  const marked = [...document.body.querySelectorAll('[lang], [translate="no"], [data-user-content]')]
    .filter((el) => exempt(el))
    .map((el) => el.textContent.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  for (const text of marked) title = title.split(text).join('');
  if (LETTER.test(stripArguments(title))) found.push({ what: '<title>', text: document.title, path: 'head > title' });
  return found;
}

describe('every route in every locale', () => {
  let server;
  let browser;
  const roles = {}; // role → page, one browser context each
  const routes = readRoutes();
  const locales = readLocales();
  /** Route path → { url, role, status } of the first URL found for it. */
  const covered = new Map();
  let pages = []; // [{ route, re, status }]
  const timings = {};
  const started = Date.now();

  const url = (p) => new URL(p, server.baseURL).href;

  before(async () => {
    server = await startServer({ pseudoLocale: true });
    const bin = process.env.MITWIRKEN_BIN;
    const args = ['admin', 'create-user', '--data-dir', server.dataDir, '--email', ADMIN.email, '--name', ADMIN.name, '--admin'];
    try {
      await run(bin, args, { env: { ...process.env, MITWIRKEN_PASSWORD: ADMIN.password }, timeout: 30_000 });
    } catch (err) {
      throw new Error(`${bin} ${args.join(' ')} failed (exit ${err.code}):\n${err.stderr}\n${err.stdout}`);
    }
    browser = await launchBrowser();
    for (const role of ['visitor', 'participant', 'admin']) {
      roles[role] = await (await browser.newContext()).newPage();
    }
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    const total = ((Date.now() - started) / 1000).toFixed(1);
    const parts = Object.entries(timings)
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`)
      .join(', ');
    console.log(`all-routes: ${total} s in all (${parts})`);
  });

  const routeOf = (p) => {
    const pathname = new URL(p, 'http://127.0.0.1/').pathname;
    return pages.find((r) => r.re.test(pathname));
  };

  /** Records `p` for its route (the first URL found wins). */
  const record = (p, role) => {
    const r = routeOf(p);
    if (r && !covered.has(r.route)) covered.set(r.route, { url: p, role, status: r.status });
    return r;
  };

  /**
   * Breadth-first over links from `seeds` with the role's cookies (the context's request API).
   * Each page that answers 200 with HTML is recorded for its route; redirects are followed.
   */
  async function crawl(role, seeds) {
    const request = roles[role].context().request;
    const queue = [...seeds];
    const seen = new Set();
    const perRoute = new Map();
    let fetches = 0;
    while (queue.length > 0 && fetches < MAX_FETCHES && covered.size < pages.length) {
      const p = normalise(queue.shift(), server.baseURL);
      if (!p || seen.has(p)) continue;
      seen.add(p);
      const r = routeOf(p);
      if (!r || r.status !== 200) continue;
      const n = perRoute.get(r.route) ?? 0;
      if (n >= PER_ROUTE) continue;
      perRoute.set(r.route, n + 1);
      fetches++;
      const res = await request.get(url(p), { maxRedirects: 0 });
      if (res.status() >= 300 && res.status() < 400) {
        const location = res.headers().location;
        if (location) queue.unshift(location);
        continue;
      }
      if (res.status() !== 200 || !(res.headers()['content-type'] ?? '').startsWith('text/html')) continue;
      record(p, role);
      queue.push(...pageLinks(await res.text()));
    }
  }

  test('route inventory: every HTML page route has a URL', async (t) => {
    const t0 = Date.now();
    const gets = routes.filter((r) => r.methods.includes('GET'));
    assert.ok(gets.length > 20, `read only ${gets.length} GET routes from crates/web/src`);
    const unused = NOT_PAGES.filter(([re]) => !gets.some((r) => re.test(r.path)));
    assert.deepEqual(unused.map(([re]) => String(re)), [], 'exclusions that match no GET route any more');
    pages = gets
      .filter((r) => !NOT_PAGES.some(([re]) => re.test(r.path)))
      .map((r) => ({ route: r.path, where: `${r.file}:${r.line}`, re: routeRegExp(r.path), status: 200 }));
    pages.push({ route: NOT_FOUND.path, where: 'router fallback', re: NOT_FOUND.re, status: 404 });

    const { visitor, participant, admin } = roles;
    const port = new URL(server.baseURL).port;
    const mailLink = (email, what) =>
      waitForMail(server.dataDir, email, new RegExp(`http://127\\.0\\.0\\.1:${port}/${what}/(${TOKEN})`));

    // The visitor registers twice for the first demo event: one registration stays
    // unconfirmed (its confirm page), the other is confirmed (its manage page).
    const { eventPaths } = await discoverDemo(visitor, server.baseURL, 'de');
    await visitor.goto(url(withLang(eventPaths[0], 'de')));
    const [registerPath] = await linkPaths(visitor, REGISTER_LINK);
    assert.ok(registerPath, `${eventPaths[0]} links no registration form`);
    const register = async (email) => {
      await visitor.goto(url(withLang(registerPath, 'de')));
      await visitor.fill('#given_name', 'Erika');
      await visitor.fill('#family_name', 'Mustermann');
      await visitor.fill('#email', email);
      await visitor.check('#consent');
      const res = await clickAndWait(visitor, visitor.locator('form.registration-form button[type=submit]'));
      assert.equal(res?.status(), 200, `registering ${email}`);
      record(normalise(visitor.url(), server.baseURL), 'visitor');
      return mailLink(email, 'confirm');
    };
    const [, unconfirmed] = await register(`e2e-routes-a-${STAMP}@example.org`);
    record(`/confirm/${unconfirmed}`, 'visitor');
    const [, confirmed] = await register(`e2e-routes-b-${STAMP}@example.org`);
    await visitor.goto(url(`/confirm/${confirmed}?lang=de`));
    await clickAndWait(visitor, visitor.locator(`form[action="/confirm/${confirmed}"] button[type=submit]`));
    assert.match(new URL(visitor.url()).pathname, new RegExp(`^/manage/${TOKEN}$`), `after confirming (${visitor.url()})`);
    record(normalise(visitor.url(), server.baseURL), 'visitor');

    // Sign-in links: one stays unused (its page), the participant uses the other.
    const requestLink = async (email) => {
      await visitor.goto(url('/signin?lang=de'));
      await visitor.fill('#email', email);
      const res = await clickAndWait(visitor, visitor.locator('form[action="/signin"] button[type=submit]'));
      assert.equal(res?.status(), 200, `requesting a sign-in link for ${email}`);
      return (await mailLink(email, 'signin'))[1];
    };
    record('/signin', 'visitor');
    record(`/signin/${await requestLink(SIGNIN_ONLY)}`, 'visitor');
    record('/admin/login', 'visitor');
    record(MISSING_PATH, 'visitor');

    // A report of a barrier leads to its thank-you page (and gives the back office a report).
    await visitor.goto(url('/accessibility?lang=de'));
    await visitor.fill('#message', 'Die Tabelle auf der Planseite ist mit der Lupe schwer zu lesen.');
    await clickAndWait(visitor, visitor.locator('form#feedback-form button[type=submit]'));
    assert.equal(new URL(visitor.url()).pathname, '/accessibility/feedback/sent', `after reporting (${visitor.url()})`);
    record('/accessibility/feedback/sent', 'visitor');

    const link = await requestLink(PARTICIPANT.email);
    await participant.goto(url(`/signin/${link}?lang=de`));
    await clickAndWait(participant, participant.locator(`form[action="/signin/${link}"] button[type=submit]`));
    assert.equal(new URL(participant.url()).pathname, '/me', `after using the sign-in link (${participant.url()})`);
    await participant.fill('#display_name', PARTICIPANT.name);
    await clickAndWait(participant, participant.locator('form[action="/me/profile"] button[type=submit]'));

    // The participant's own comment and proposal, whose edit pages only their author sees.
    await participant.goto(url(withLang(ANALYSIS, 'de')));
    const form = participant.locator('li.analysis__item').nth(2).locator('details.comment-form:not(.comment-form--reply)');
    await form.locator('summary').click();
    await form.locator('textarea[name=body]').fill('Ein Kurs am Samstagvormittag mit Kinderbetreuung würde mir helfen.');
    await clickAndWait(participant, form.locator('button[type=submit]'));
    const commentedAt = normalise(participant.url(), server.baseURL);
    await participant.goto(url(withLang(PROPOSALS, 'de')));
    await participant.check('#kind-measure');
    await participant.fill('#title', 'Deutschkurse am Wochenende mit Kinderbetreuung');
    await participant.fill('#body', 'Viele Eltern arbeiten unter der Woche. Kurse am Samstag mit Kinderbetreuung helfen.');
    await clickAndWait(participant, participant.locator(`form[action="${PROPOSALS}"] button[type=submit]`));
    const proposal = new URL(participant.url()).pathname;
    assert.match(proposal, /^\/proposals\/\d+$/, `after proposing (${participant.url()})`);

    // Crawl as the participant from the pages just made and from the home page; a search
    // with a query first, so that its page shows results.
    await crawl('participant', [proposal, commentedAt, `${PROCESS}/search?q=sprache`, '/']);

    await admin.goto(url('/admin/login?lang=de'));
    await admin.fill('#email', ADMIN.email);
    await admin.fill('#password', ADMIN.password);
    const dash = await clickAndWait(admin, admin.locator('form[action="/admin/login"] button[type=submit]'));
    assert.equal(dash?.status(), 200, 'after the admin signs in');
    assert.equal(new URL(admin.url()).pathname, '/admin', `after the admin signs in (${admin.url()})`);
    await crawl('admin', ['/admin']);
    timings.inventory = Date.now() - t0;
    for (const [route, { url: p, role }] of covered) t.diagnostic(`${route} ← ${p} (${role})`);

    const missing = pages.filter((r) => !covered.has(r.route));
    assert.equal(
      missing.length,
      0,
      `${missing.length} page route(s) that no visited URL matched (add a way to reach them, or, if ` +
        `they are no HTML pages, an entry with its reason to NOT_PAGES):\n  ` +
        missing.map((r) => `${r.route}  (${r.where})`).join('\n  '),
    );
  });

  test('the language switch offers every interface language', async () => {
    assert.equal(locales.length, 8, `LOCALES in crates/domain/src/locale.rs: ${JSON.stringify(locales)}`);
    const page = roles.visitor;
    await page.goto(url('/?lang=de'));
    const offered = await page.locator('nav.lang-switch a[hreflang]').evaluateAll((as) => as.map((a) => a.hreflang));
    assert.deepEqual(offered, locales.map((l) => l.tag), 'the language switch on /');
    assert.ok(!offered.includes(PSEUDO), 'the pseudo-locale is never offered');
  });

  test('axe-core and html-validate on every route in every locale', async () => {
    const t0 = Date.now();
    assert.ok(covered.size > 0, 'the route inventory found no URLs');
    const { findings, checkHtml } = findingsCollector();
    const entries = [...covered.entries()].sort(([a], [b]) => a.localeCompare(b));
    const checkLane = async (lane) => {
      for (const { tag, dir } of locales) {
        for (const [route, { url: p, role, status }] of lane) {
          const page = roles[role];
          const target = withLang(p, tag);
          const name = `${route} as ${role}: ${target}`;
          const res = await page.goto(url(target), { waitUntil: 'load' });
          assert.equal(res?.status(), status, `${name}: status`);
          const root = page.locator('html');
          assert.equal(await root.getAttribute('lang'), tag, `<html lang> on ${name}`);
          assert.equal(await root.getAttribute('dir'), dir, `<html dir> on ${name}`);
          const h1s = await page.locator('h1').count();
          if (h1s !== 1) findings.push(`${name}: ${h1s} <h1> elements, expected exactly one`);
          await checkHtml(page, () => res.text(), name);
        }
      }
    };
    // Two lanes side by side, one per core: the back office, and the public pages of the visitor
    // and the participant. Each role's page stays in one lane.
    const lanes = await Promise.allSettled([
      checkLane(entries.filter(([, e]) => e.role === 'admin')),
      checkLane(entries.filter(([, e]) => e.role !== 'admin')),
    ]);
    for (const lane of lanes) if (lane.status === 'rejected') throw lane.reason;
    findings.sort();
    timings[`axe-core and html-validate on ${entries.length} URLs × ${locales.length} locales`] = Date.now() - t0;
    browser.assertNoForeignRequests();
    assert.equal(findings.length, 0, `${findings.length} finding(s):\n\n${findings.join('\n\n')}`);
  });

  test('pseudo-locale: no text outside a message', async () => {
    const t0 = Date.now();
    assert.ok(covered.size > 0, 'the route inventory found no URLs');
    const findings = [];
    for (const [route, { url: p, role, status }] of [...covered.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      const page = roles[role];
      const target = withLang(p, PSEUDO);
      const res = await page.goto(url(target), { waitUntil: 'load' });
      assert.equal(res?.status(), status, `${target}: status`);
      assert.equal(await page.locator('html').getAttribute('lang'), PSEUDO, `<html lang> on ${target}`);
      for (const f of await page.evaluate(plainLetters)) {
        findings.push(`${route} (${target}): ${f.what} ${JSON.stringify(f.text.slice(0, 160))}\n    at ${f.path}`);
      }
    }
    timings.pseudo = Date.now() - t0;
    assert.equal(findings.length, 0, `${findings.length} text(s) with plain letters in the pseudo-locale:\n  ${findings.join('\n  ')}`);
  });
});
