// Shared page checks: HTTP status, <html lang/dir>, one <h1>, axe-core and
// html-validate, plus helpers to find the demo's process and event pages.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { HtmlValidate, formatterFactory } from 'html-validate';

export const LOCALES = ['de', 'en', 'ar'];
export const DEMO_PROCESS_SLUG = 'integrationskonzept-dresden';
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// e2e/.htmlvalidate.json, minus its documentation key ("//"), which
// html-validate's own schema would reject.
const htmlValidateConfig = (() => {
  const raw = JSON.parse(readFileSync(new URL('../.htmlvalidate.json', import.meta.url), 'utf8'));
  const { '//': _docs, ...config } = raw;
  return { ...config, root: true };
})();
const htmlvalidate = new HtmlValidate(htmlValidateConfig);
const formatHtmlReport = formatterFactory('text');

/** Returns `pathname + search` of an absolute or relative URL. */
export function pathOf(url, base = 'http://127.0.0.1/') {
  const u = new URL(url, base);
  return u.pathname + u.search;
}

/** Adds (or replaces) ?lang=<locale> on a path. */
export function withLang(path, locale) {
  const u = new URL(path, 'http://127.0.0.1/');
  u.searchParams.set('lang', locale);
  return u.pathname + u.search;
}

/** Validates a page's HTML; fails with html-validate's text report. */
export async function assertValidHtml(html, name) {
  const report = await htmlvalidate.validateString(html, name);
  if (!report.valid) {
    assert.fail(`html-validate found ${report.errorCount} error(s) in ${name}:\n${formatHtmlReport(report.results)}`);
  }
}

function formatAxeViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => {
          const summary = (n.failureSummary || '').replace(/\n/g, '\n        ');
          return `    - ${n.target.join(' ')}\n      ${n.html.slice(0, 300)}\n        ${summary}`;
        })
        .join('\n');
      return `  [${v.impact}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}`;
    })
    .join('\n');
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA) on the page; fails listing violations. Legacy mode runs
 * axe.run() in the page itself instead of per-frame partial runs finished in an extra blank
 * page: the same rules and results, a third faster, and our pages have no frames to miss.
 */
export async function assertNoAxeViolations(page, name) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).analyze();
  if (results.violations.length > 0) {
    assert.fail(
      `axe-core found ${results.violations.length} violation(s) on ${name}:\n${formatAxeViolations(results.violations)}`,
    );
  }
}

/**
 * Opens `path` in `page` and checks everything every public page must meet.
 * Returns the response's raw HTML.
 */
export async function checkPage(page, baseURL, path, locale) {
  const foreign = page.context().foreignRequests ?? [];
  const foreignBefore = foreign.length;
  const response = await page.goto(new URL(path, baseURL).href, { waitUntil: 'load' });
  assert.ok(response, `no response for ${path}`);
  assert.equal(response.status(), 200, `GET ${path} answered ${response.status()}`);
  const html = await response.text();
  assert.deepEqual(
    foreign.slice(foreignBefore),
    [],
    `${path} tried to reach hosts other than 127.0.0.1`,
  );

  const root = page.locator('html');
  assert.equal(await root.getAttribute('lang'), locale, `<html lang> on ${path}`);
  assert.equal(await root.getAttribute('dir'), locale === 'ar' ? 'rtl' : 'ltr', `<html dir> on ${path}`);

  const h1s = await page.locator('h1').allInnerTexts();
  assert.equal(h1s.length, 1, `expected exactly one <h1> on ${path}, found ${h1s.length}: ${JSON.stringify(h1s)}`);

  await assertNoAxeViolations(page, path);
  await assertValidHtml(html, path);

  return html;
}

/** Unique hrefs (as path+search) of links in the page whose path matches `re`. */
export async function linkPaths(page, re) {
  const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.href));
  const seen = new Set();
  const out = [];
  for (const href of hrefs) {
    const u = new URL(href);
    if (u.hostname !== '127.0.0.1' || !re.test(u.pathname)) continue;
    const p = u.pathname + u.search;
    if (!seen.has(u.pathname)) {
      seen.add(u.pathname);
      out.push(p);
    }
  }
  return out;
}

export const PROCESS_LINK = /^\/processes\/[^/]+\/?$/;
export const EVENT_LINK = /^\/events\/[^/.]+\/?$/;
export const REGISTER_LINK = /^\/events\/[^/.]+\/register\/?$/;

/**
 * From the home page, finds the demo process and its events (in page order).
 * Uses `page`; returns { processPath, eventPaths } as paths without ?lang.
 */
export async function discoverDemo(page, baseURL, locale) {
  const home = await page.goto(new URL(withLang('/', locale), baseURL).href);
  assert.equal(home?.status(), 200, 'home page');
  const processes = await linkPaths(page, PROCESS_LINK);
  const processPath = processes.find((p) => p.includes(`/processes/${DEMO_PROCESS_SLUG}`));
  assert.ok(processPath, `home page links no /processes/${DEMO_PROCESS_SLUG}; process links: ${JSON.stringify(processes)}`);

  const proc = await page.goto(new URL(processPath, baseURL).href);
  assert.equal(proc?.status(), 200, processPath);
  const eventPaths = await linkPaths(page, EVENT_LINK);
  assert.ok(eventPaths.length > 0, `process page ${processPath} links no /events/<id>`);
  return {
    processPath: new URL(processPath, baseURL).pathname,
    eventPaths: eventPaths.map((p) => new URL(p, baseURL).pathname),
  };
}

/** The page's visible text with whitespace (incl. no-break spaces) collapsed. */
export async function visibleText(page) {
  return (await page.locator('body').innerText()).replace(/\s+/g, ' ');
}
