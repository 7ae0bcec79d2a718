// Full-page screenshots of the home page, the process page, the first event
// and its registration form, in de, ar and de-x-ls (Leichte Sprache), at
// 320×800 and 1280×900, named <page>-<locale>-<width>.png, under
// e2e/test-results/screenshots/, or under docs/screenshots/ (the README's
// pictures) with UPDATE_SCREENSHOTS=1. A locale the server does not offer in
// its header language switch (hreflang links) is skipped, with a note.
//
// Each page is also checked in the DOM: no horizontal scrolling at 320 px and
// at 200 % zoom (640 px wide, device scale factor 2); <html lang dir>; the
// header and the form labels sit on the reading side (right in Arabic, left
// otherwise); e-mail and phone fields run left to right in every language.
// And the stylesheet holds no rule nested inside another by a missing brace.

import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { launchBrowser } from '../lib/browser.mjs';
import { REGISTER_LINK, discoverDemo, linkPaths, withLang } from '../lib/checks.mjs';
import { startServer } from '../lib/server.mjs';

const SCREENSHOT_DIR = fileURLToPath(
  new URL(process.env.UPDATE_SCREENSHOTS === '1' ? '../../docs/screenshots/' : '../test-results/screenshots/', import.meta.url),
);
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const LOCALES = ['de', 'ar', 'de-x-ls'];
const SIZES = [
  { width: 320, height: 800 },
  { width: 1280, height: 900 },
];
const RTL = new Set(['ar', 'fa']);
// Edges that should meet may differ by sub-pixel rounding.
const SLACK = 2;

/** Fails if the page scrolls sideways: its content is wider than the viewport. */
async function assertNoHorizontalScroll(page, where) {
  const m = await page.evaluate(() => {
    const s = document.scrollingElement;
    const wide = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > s.clientWidth + 1 || e.getBoundingClientRect().left < -1)
      .slice(0, 5)
      .map((e) => `<${e.tagName.toLowerCase()} class="${e.className}"> ${Math.round(e.getBoundingClientRect().left)}…${Math.round(e.getBoundingClientRect().right)}`);
    return { scrollWidth: s.scrollWidth, clientWidth: s.clientWidth, innerWidth: window.innerWidth, wide };
  });
  assert.ok(
    m.scrollWidth <= m.clientWidth && m.scrollWidth <= m.innerWidth,
    `${where} scrolls sideways: scrollWidth ${m.scrollWidth} > ${m.clientWidth} (innerWidth ${m.innerWidth}); too wide:\n  ${m.wide.join('\n  ')}`,
  );
}

/**
 * The header and the form labels start on the reading side: in RTL the
 * site name, the page heading and the first language link end at the same
 * right edge and the languages run right to left, a field's label ends where
 * its field ends and a box's label stands left of the box; in LTR the mirror
 * image.
 */
async function assertReadingSide(page, rtl, where) {
  const layout = await page.evaluate(() => {
    const box = (e) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, right: r.right };
    };
    const textBox = (e) => {
      const range = document.createRange();
      range.selectNodeContents(e);
      return box(range);
    };
    // Links, or buttons where the page has a form to carry along; each names its language.
    const links = [...document.querySelectorAll('header li > :is(a, button)[lang]')];
    const labels = [...document.querySelectorAll('main form label[for]')]
      .map((label) => ({ label, control: document.getElementById(label.htmlFor) }))
      .filter(({ control }) => control && control.type !== 'hidden' && control.getClientRects().length > 0)
      .map(({ label, control }) => ({
        id: control.id,
        box: ['checkbox', 'radio'].includes(control.type),
        text: textBox(label),
        control: box(control),
      }));
    return {
      brand: box(document.querySelector('.site-header__brand')),
      h1: box(document.querySelector('main h1')),
      first: links.length ? box(links[0]) : null,
      last: links.length ? box(links[links.length - 1]) : null,
      labels,
    };
  });
  const side = rtl ? 'right' : 'left';
  assert.ok(
    Math.abs(layout.brand[side] - layout.h1[side]) <= SLACK,
    `${where}: the site name should line up with the page heading on the ${side} (site name ${layout.brand[side]}, <h1> ${layout.h1[side]})`,
  );
  assert.ok(layout.first, `${where}: no language links in the header`);
  assert.ok(
    Math.abs(layout.first[side] - layout.brand[side]) <= SLACK,
    `${where}: the language switch should start at the ${side} edge of the header, with the site name (first link ${side} ${layout.first[side]}, site name ${layout.brand[side]})`,
  );
  assert.ok(
    rtl ? layout.first.left >= layout.last.right - SLACK : layout.first.right <= layout.last.left + SLACK,
    `${where}: the languages should run ${rtl ? 'right to left' : 'left to right'} (first ${JSON.stringify(layout.first)}, last ${JSON.stringify(layout.last)})`,
  );
  for (const l of layout.labels) {
    if (l.box) {
      assert.ok(
        rtl ? l.text.right <= l.control.left + SLACK : l.text.left >= l.control.right - SLACK,
        `${where}: the label of #${l.id} should stand ${rtl ? 'left' : 'right'} of its box (label ${JSON.stringify(l.text)}, box ${JSON.stringify(l.control)})`,
      );
    } else {
      assert.ok(
        Math.abs(l.text[side] - l.control[side]) <= SLACK,
        `${where}: the label of #${l.id} should be ${side}-aligned with its field (label ${side} ${l.text[side]}, field ${side} ${l.control[side]})`,
      );
    }
  }
}

/** E-mail addresses and phone numbers read left to right, also in RTL pages. */
async function assertAddressesLeftToRight(page, where) {
  const fields = await page.locator('input[type=email], input[type=tel]').evaluateAll((es) =>
    es.map((e) => ({ id: e.id, direction: getComputedStyle(e).direction })),
  );
  for (const f of fields) assert.equal(f.direction, 'ltr', `${where}: #${f.id} should run left to right`);
  return fields.length;
}

describe('screenshots and layout', () => {
  let server;
  let browser;
  let offered;
  let pages;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const { processPath, eventPaths } = await discoverDemo(page, server.baseURL, 'de');
      assert.equal((await page.goto(new URL(eventPaths[0], server.baseURL).href))?.status(), 200, eventPaths[0]);
      const [registerPath] = await linkPaths(page, REGISTER_LINK);
      assert.ok(registerPath, `${eventPaths[0]} links no registration form`);
      pages = [
        ['home', '/'],
        ['process', processPath],
        ['event', eventPaths[0]],
        ['register', new URL(registerPath, server.baseURL).pathname],
      ];
      assert.equal((await page.goto(new URL('/', server.baseURL).href))?.status(), 200, '/');
      offered = await page.locator('header a[hreflang]').evaluateAll((as) => as.map((a) => a.getAttribute('hreflang')));
      assert.ok(offered.includes('de'), `the header offers no German: ${JSON.stringify(offered)}`);
    } finally {
      await context.close();
    }
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Marks the test skipped (with a note in the output) when `locale` is not offered. */
  function notOffered(t, locale) {
    if (offered.includes(locale)) return false;
    const note = `${locale} is not offered in the header language switch (hreflang: ${offered.join(', ')}); skipped until it is`;
    t.diagnostic(note);
    t.skip(note);
    return true;
  }

  for (const locale of LOCALES) {
    test(`${locale}: screenshots at 320 and 1280 px; no sideways scrolling, reading side, addresses left to right`, async (t) => {
      if (notOffered(t, locale)) return;
      const rtl = RTL.has(locale);
      for (const { width, height } of SIZES) {
        const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
        try {
          const page = await context.newPage();
          for (const [name, path] of pages) {
            const where = `${name} (${locale}, ${width} px)`;
            const res = await page.goto(new URL(withLang(path, locale), server.baseURL).href, { waitUntil: 'load' });
            assert.equal(res?.status(), 200, where);
            const root = page.locator('html');
            assert.equal(await root.getAttribute('lang'), locale, `<html lang> on ${where}`);
            assert.equal(await root.getAttribute('dir'), rtl ? 'rtl' : 'ltr', `<html dir> on ${where}`);
            await page.evaluate(() => document.fonts.ready);

            if (width <= 320) await assertNoHorizontalScroll(page, where);
            await assertReadingSide(page, rtl, where);
            const addresses = await assertAddressesLeftToRight(page, where);
            if (name === 'register') assert.ok(addresses >= 2, `${where}: an e-mail and a phone field`);

            const file = `${SCREENSHOT_DIR}${name}-${locale}-${width}.png`;
            await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
            const png = await readFile(file);
            assert.ok(png.subarray(0, 8).equals(PNG_SIGNATURE), `${file} is not a PNG`);
            assert.equal(png.readUInt32BE(16), width, `${file} should be ${width} px wide`);
            assert.ok(png.readUInt32BE(20) >= height, `${file} should be at least ${height} px high`);
          }
          browser.assertNoForeignRequests();
        } finally {
          await context.close();
        }
      }
    });

    test(`${locale}: at 200 % zoom (640 px, device scale factor 2) no page scrolls sideways`, async (t) => {
      if (notOffered(t, locale)) return;
      const context = await browser.newContext({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
      try {
        const page = await context.newPage();
        for (const [name, path] of pages) {
          const res = await page.goto(new URL(withLang(path, locale), server.baseURL).href, { waitUntil: 'load' });
          assert.equal(res?.status(), 200, `${name} (${locale}, 200 %)`);
          await page.evaluate(() => document.fonts.ready);
          await assertNoHorizontalScroll(page, `${name} (${locale}, 200 %)`);
        }
      } finally {
        await context.close();
      }
    });
  }

  test('the stylesheet has no rule nested inside another (a missing closing brace)', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      assert.equal((await page.goto(new URL('/', server.baseURL).href))?.status(), 200, '/');
      const nested = await page.evaluate(() => {
        const out = [];
        for (const sheet of document.styleSheets) {
          if (!/\/css\/app\.[^/]*css/.test(sheet.href ?? '')) continue;
          const walk = (rules) => {
            for (const rule of rules) {
              if (rule instanceof CSSStyleRule && rule.cssRules?.length) {
                out.push(`${rule.selectorText} { … ${[...rule.cssRules].slice(0, 3).map((r) => r.cssText.split('{')[0].trim()).join(', ')} … }`);
              } else if (rule.cssRules) {
                walk(rule.cssRules);
              }
            }
          };
          walk(sheet.cssRules);
          out.unshift(`(read ${sheet.href})`);
        }
        return out;
      });
      assert.ok(nested.length > 0, 'app.css is not among the page\'s stylesheets');
      assert.deepEqual(nested.slice(1), [], `rules nested inside other rules in app.css:\n  ${nested.join('\n  ')}`);
    } finally {
      await context.close();
    }
  });
});
