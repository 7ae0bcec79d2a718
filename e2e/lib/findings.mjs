// axe-core and html-validate findings, collected so that one finding does not
// hide the rest of a flow; the flow's last test fails listing all of them.

import { assertNoAxeViolations, assertValidHtml, checkPage } from './checks.mjs';

const FINDING = /^(axe-core|html-validate) found /;

/**
 * A fresh collector. `findings` is the list the last test asserts empty; every
 * other failure (status, lang/dir, <h1>, a broken page) still throws at once.
 */
export function findingsCollector() {
  const findings = [];

  /** Runs `fn`; records (rather than throws) an axe-core or html-validate failure. */
  async function collect(fn, label = '') {
    try {
      return await fn();
    } catch (err) {
      if (!FINDING.test(err.message ?? '')) throw err;
      findings.push(label ? `[${label}] ${err.message}` : err.message);
      return undefined;
    }
  }

  /** checkPage (status, lang/dir, one <h1>, axe-core, html-validate), findings collected. */
  const check = (page, baseURL, path, locale) => collect(() => checkPage(page, baseURL, path, locale), locale);

  /**
   * axe-core on the current page and html-validate on its HTML, findings collected. `html` is
   * the text, or a function that reads it (e.g. `() => response.text()`) once axe-core is done.
   */
  async function checkHtml(page, html, name, label = '') {
    await collect(() => assertNoAxeViolations(page, name), label);
    await collect(async () => assertValidHtml(typeof html === 'function' ? await html() : html, name), label);
  }

  return { findings, collect, check, checkHtml };
}
