// Launches Debian's Chromium through playwright-core (no browser download).
//
//   const browser = await launchBrowser();
//   const context = await browser.newContext();   // requests to hosts other
//   const page = await context.newPage();          // than 127.0.0.1 are blocked
//   ...
//   browser.assertNoForeignRequests();             // fails if any were tried
//   await browser.close();

import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const ALLOWED_HOST = '127.0.0.1';

/** True if the page may load this URL: loopback 127.0.0.1 or an inline scheme. */
export function isAllowedURL(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (['data:', 'blob:', 'about:'].includes(url.protocol)) return true;
  return url.hostname === ALLOWED_HOST;
}

export async function launchBrowser() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });

  /** Every URL a page tried to load on another host, in order. */
  const foreignRequests = [];

  async function newContext(options = {}) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      deviceScaleFactor: 1,
      ...options,
    });
    // Per-context list too, so a check can tell which page tried it.
    context.foreignRequests = [];
    const record = (url) => {
      foreignRequests.push(url);
      context.foreignRequests.push(url);
    };
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (isAllowedURL(url)) return route.continue();
      record(url);
      return route.abort('blockedbyclient');
    });
    if (typeof context.routeWebSocket === 'function') {
      await context.routeWebSocket(/.*/, (ws) => {
        const url = ws.url();
        if (isAllowedURL(url.replace(/^ws/, 'http'))) return ws.connectToServer();
        record(url);
        return ws.close();
      });
    }
    return context;
  }

  function assertNoForeignRequests(where = '') {
    assert.deepEqual(
      foreignRequests,
      [],
      `pages tried to reach hosts other than ${ALLOWED_HOST}${where ? ` (${where})` : ''}:\n  ` +
        foreignRequests.join('\n  '),
    );
  }

  return {
    browser,
    newContext,
    foreignRequests,
    assertNoForeignRequests,
    close: () => browser.close(),
  };
}
