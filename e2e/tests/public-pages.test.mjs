// Every public page in every locale: HTTP 200, <html lang/dir>, one <h1>,
// no axe-core WCAG 2.1 A/AA violations, valid HTML (html-validate), and no
// request to any host but 127.0.0.1. Plus German facts of the demo events.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchBrowser } from '../lib/browser.mjs';
import {
  DEMO_PROCESS_SLUG,
  EVENT_LINK,
  LOCALES,
  PROCESS_LINK,
  REGISTER_LINK,
  checkPage,
  discoverDemo,
  linkPaths,
  visibleText,
  withLang,
} from '../lib/checks.mjs';
import { startServer } from '../lib/server.mjs';

const STATIC_PAGES = ['/imprint', '/privacy', '/accessibility'];

/**
 * Follows links from /?lang=<locale> to the demo process, its events and
 * their registration pages. Returns the links as found (path + query).
 * The first event's /events/<id>/register is included even if not linked.
 */
async function crawl(page, baseURL, locale) {
  const open = async (path) => {
    const res = await page.goto(new URL(path, baseURL).href);
    assert.equal(res?.status(), 200, `GET ${path} answered ${res?.status()}`);
  };

  await open(withLang('/', locale));
  const processes = await linkPaths(page, PROCESS_LINK);
  const processLink = processes.find((p) => p.startsWith(`/processes/${DEMO_PROCESS_SLUG}`));
  assert.ok(
    processLink,
    `home page has no link to /processes/${DEMO_PROCESS_SLUG}; process links: ${JSON.stringify(processes)}`,
  );

  await open(processLink);
  const eventLinks = await linkPaths(page, EVENT_LINK);
  assert.ok(eventLinks.length > 0, `process page ${processLink} links no /events/<id>`);

  const registerLinks = [];
  for (const [i, eventLink] of eventLinks.entries()) {
    await open(eventLink);
    const found = await linkPaths(page, REGISTER_LINK);
    if (i === 0) {
      const path = `${new URL(eventLink, baseURL).pathname.replace(/\/$/, '')}/register`;
      if (!found.some((l) => new URL(l, baseURL).pathname === path)) registerLinks.push(withLang(path, locale));
    }
    for (const link of found) if (!registerLinks.includes(link)) registerLinks.push(link);
  }
  return { processLink, eventLinks, registerLinks };
}

describe('public pages', () => {
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

  for (const locale of LOCALES) {
    test(`all public pages in ${locale}`, async (t) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const { baseURL } = server;
      try {
        // First follow the links (home -> process -> events -> registration)
        // without checking, so that one failing page doesn't hide the rest.
        let site = { processLink: null, eventLinks: [], registerLinks: [] };
        await t.test('find the pages by following links', async () => {
          site = await crawl(page, baseURL, locale);
        });

        await t.test(`home /?lang=${locale}`, async () => {
          await checkPage(page, baseURL, withLang('/', locale), locale);
        });
        if (site.processLink) {
          await t.test(`process page ${site.processLink} (followed from home)`, async () => {
            await checkPage(page, baseURL, site.processLink, locale);
          });
        }
        for (const link of site.eventLinks) {
          await t.test(`event page ${link} (followed from process)`, async () => {
            await checkPage(page, baseURL, link, locale);
          });
        }
        for (const link of site.registerLinks) {
          await t.test(`registration page ${link}`, async () => {
            await checkPage(page, baseURL, link, locale);
          });
        }
        for (const path of STATIC_PAGES) {
          await t.test(`${path}?lang=${locale}`, async () => {
            await checkPage(page, baseURL, withLang(path, locale), locale);
          });
        }
      } finally {
        await context.close();
      }
    });
  }

  test('German event pages show the demo facts', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const { baseURL } = server;
    try {
      const { eventPaths } = await discoverDemo(page, baseURL, 'de');
      assert.equal(eventPaths.length, 3, `expected the 3 demo events, process page links ${JSON.stringify(eventPaths)}`);

      const texts = [];
      for (const path of eventPaths) {
        const res = await page.goto(new URL(withLang(path, 'de'), baseURL).href);
        assert.equal(res?.status(), 200, path);
        texts.push(await visibleText(page));
      }

      // The demo shifts its dates by whole weeks, so weekdays are stable.
      const weekdays = [/\bSonntag\b/, /\b(Samstag|Sonnabend)\b/, /\bSonntag\b/];
      weekdays.forEach((re, i) => {
        assert.match(texts[i], re, `event ${i + 1} (${eventPaths[i]}) should show ${re}; it shows:\n${texts[i]}`);
      });

      const all = texts.join('\n');
      const facts = [
        ['10:00', /\b10:00\b/],
        ['16:00', /\b16:00\b/],
        ['Rathausplatz 1', /Rathausplatz 1\b/],
        ['Goldene Pforte', /Goldene Pforte/],
        ['50', /\b50\b/],
        ['kostenlos', /kostenlos/i],
      ];
      const missing = facts.filter(([, re]) => !re.test(all)).map(([label]) => label);
      assert.deepEqual(missing, [], `German event pages lack ${JSON.stringify(missing)}; they show:\n${texts.join('\n---\n')}`);

      const reserved = texts.findIndex((t) => t.includes('Dachverbandes Sächsischer Migrantenorganisationen'));
      assert.notEqual(
        reserved,
        -1,
        `no event page lists "Dachverbandes Sächsischer Migrantenorganisationen" (the reserved event); they show:\n${texts.join('\n---\n')}`,
      );
    } finally {
      await context.close();
    }
  });

  test('no page tried to reach another host', () => {
    browser.assertNoForeignRequests();
  });
});
