// Keyboard-only navigation: press Tab (or Shift+Tab) until the focused
// element is the one wanted, and check at every stop that focus is visible.
//
//   await tabTo(page, { role: 'link', name: 'Jetzt anmelden' });
//   await tabTo(page, { role: 'link', href: /^#main$/ }, { max: 1 });
//   await tabTo(page, (f) => f.role === 'radio' && f.checked, { reverse: true });
//   const response = await pressAndWait(page, 'Enter');   // follows a link or submits
//
// A target is either a function of the focused element's description (see
// `focused`) or an object whose keys must all match it: strings compare
// exactly (whitespace collapsed), regular expressions test.

import assert from 'node:assert/strict';

/**
 * Describes document.activeElement: tag, id, role, accessible name (a simple
 * reading of aria-labelledby, aria-label, <label>, text content, value,
 * title), href (as written), type, value, checked, the text of the closest
 * .event-card, and what the focus check needs (outline, box-shadow, box,
 * read once any scrolling has come to rest).
 * `body` is true when nothing in the page has focus.
 */
export async function focused(page) {
  return page.evaluate(async () => {
    const el = document.activeElement;
    const squash = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
    if (!el || el === document.body || el === document.documentElement) {
      return { body: true, tag: el?.tagName.toLowerCase() ?? '', role: '', name: '' };
    }
    const tag = el.tagName.toLowerCase();
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    const implicitRole = () => {
      if (tag === 'a' && el.hasAttribute('href')) return 'link';
      if (tag === 'button' || (tag === 'input' && ['submit', 'button', 'reset'].includes(type))) return 'button';
      if (tag === 'input' && type === 'checkbox') return 'checkbox';
      if (tag === 'input' && type === 'radio') return 'radio';
      if (tag === 'input' && type === 'search') return 'searchbox';
      if (tag === 'input' && type === 'number') return 'spinbutton';
      if (tag === 'input' || tag === 'textarea') return 'textbox';
      if (tag === 'select') return el.multiple || el.size > 1 ? 'listbox' : 'combobox';
      if (tag === 'summary') return 'button';
      if (tag === 'main') return 'main';
      return '';
    };
    const name = () => {
      const labelledby = el.getAttribute('aria-labelledby');
      if (labelledby) {
        return labelledby
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ');
      }
      if (el.hasAttribute('aria-label')) return el.getAttribute('aria-label');
      if (el.labels && el.labels.length > 0) return [...el.labels].map((l) => l.textContent).join(' ');
      if (['a', 'button', 'summary'].includes(tag)) return el.textContent;
      if (tag === 'input' && ['submit', 'button'].includes(type)) return el.value;
      return el.getAttribute('title') ?? '';
    };
    // KERN scrolls smoothly: wait until the scroll that focus started has
    // ended (the box stays put for three frames), at most 1.5 s.
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const deadline = performance.now() + 1500;
    let last = '';
    let still = 0;
    while (still < 3 && performance.now() < deadline) {
      await frame();
      const b = el.getBoundingClientRect();
      const now = `${b.left},${b.top}`;
      still = now === last ? still + 1 : 0;
      last = now;
    }
    const cs = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return {
      body: false,
      tag,
      id: el.id,
      role: el.getAttribute('role') || implicitRole(),
      name: squash(name()),
      text: squash(el.innerText),
      href: el.getAttribute('href') ?? '',
      hreflang: el.getAttribute('hreflang') ?? '',
      type,
      value: 'value' in el ? String(el.value) : '',
      checked: 'checked' in el ? Boolean(el.checked) : false,
      card: squash(el.closest('.event-card')?.innerText),
      outlineStyle: cs.outlineStyle,
      outlineWidth: parseFloat(cs.outlineWidth) || 0,
      boxShadow: cs.boxShadow,
      rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height },
      viewport: { width: window.innerWidth, height: window.innerHeight },
    };
  });
}

/** One line per focus stop, for failure messages. */
export function describe(f) {
  if (f.body) return '(nothing focused: <body>)';
  const bits = [`<${f.tag}${f.id ? `#${f.id}` : ''}>`, f.role || '(no role)', JSON.stringify(f.name.slice(0, 80))];
  if (f.href) bits.push(`href=${f.href}`);
  return bits.join(' ');
}

function matches(f, target) {
  if (typeof target === 'function') return Boolean(target(f));
  return Object.entries(target).every(([key, want]) => {
    const have = f[key];
    if (want instanceof RegExp) return want.test(String(have ?? ''));
    if (typeof want === 'string') return String(have ?? '').replace(/\s+/g, ' ').trim() === want.replace(/\s+/g, ' ').trim();
    return have === want;
  });
}

function describeTarget(target) {
  if (typeof target === 'function') return target.toString();
  return JSON.stringify(Object.fromEntries(Object.entries(target).map(([k, v]) => [k, v instanceof RegExp ? String(v) : v])));
}

/**
 * Fails unless the focused element shows a focus indicator (an outline that
 * is not 'none' and wider than 0, or a box-shadow) and lies, at least in
 * part, inside the viewport (the browser scrolls focus into view).
 */
export function assertFocusShown(f, where = '') {
  if (f.body) return;
  const at = `${describe(f)}${where ? ` (${where})` : ''}`;
  const outline = f.outlineStyle !== 'none' && f.outlineWidth > 0;
  const shadow = Boolean(f.boxShadow) && f.boxShadow !== 'none';
  assert.ok(
    outline || shadow,
    `no visible focus indicator on ${at}: outline-style ${f.outlineStyle}, outline-width ${f.outlineWidth}px, box-shadow ${f.boxShadow}`,
  );
  const { rect: r, viewport: v } = f;
  assert.ok(r.width > 0 && r.height > 0, `focused element ${at} has no size (${r.width}×${r.height})`);
  assert.ok(
    r.right > 0 && r.bottom > 0 && r.left < v.width && r.top < v.height,
    `focused element ${at} is outside the ${v.width}×${v.height} viewport: ${JSON.stringify(r)}`,
  );
}

/**
 * Presses Tab (Shift+Tab with { reverse: true }) until the focused element
 * matches `target`; checks the focus indicator at every stop. Fails after
 * `max` presses, listing the stops. Returns the matching description.
 */
export async function tabTo(page, target, { max = 60, reverse = false } = {}) {
  const key = reverse ? 'Shift+Tab' : 'Tab';
  const stops = [];
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    stops.push(describe(f));
    assertFocusShown(f, `${key} #${i} on ${page.url()}`);
    if (!f.body && matches(f, target)) return f;
  }
  assert.fail(
    `${max} × ${key} on ${page.url()} never reached ${describeTarget(target)}; the stops were:\n  ` +
      stops.map((s, i) => `${i + 1}. ${s}`).join('\n  '),
  );
}

/** Presses `key` and waits for the navigation it causes; returns its response. */
export async function pressAndWait(page, key = 'Enter') {
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press(key)]);
  return response;
}
