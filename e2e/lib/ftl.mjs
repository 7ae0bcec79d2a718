// The translated texts of crates/i18n/locales/<locale>/*.ftl, so that a test
// can find a control by the name a reader sees in that language.
//
//   const t = messages('ar');
//   t('form-submit')                               // "إرسال التسجيل"
//   t('checkin-mark', { name: 'Jana Beispiel' })   // "Jana Beispiel ist da" (de)
//
// Reads simple messages only: `key = value`, with indented continuation lines
// joined by a space, and `{ $arg }` placeables; selectors and terms are left
// as written.

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const LOCALES_DIR = fileURLToPath(new URL('../../crates/i18n/locales/', import.meta.url));

function parse(text) {
  const out = new Map();
  let key = null;
  for (const line of text.split(/\r?\n/)) {
    const start = line.match(/^([a-zA-Z][\w-]*)\s*=\s?(.*)$/);
    if (start) {
      key = start[1];
      out.set(key, start[2]);
    } else if (key && /^\s+\S/.test(line) && !/^\s*[.*[]/.test(line)) {
      out.set(key, `${out.get(key)} ${line.trim()}`.trim());
    } else if (!/^\s/.test(line)) {
      key = null;
    }
  }
  return out;
}

/** The message lookup for `locale`; unknown keys fail loudly. */
export function messages(locale) {
  const dir = `${LOCALES_DIR}${locale}/`;
  const all = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl')).sort()) {
    for (const [k, v] of parse(readFileSync(`${dir}${file}`, 'utf8'))) all.set(k, v);
  }
  return (key, args = {}) => {
    const value = all.get(key);
    if (value === undefined) throw new Error(`no message ${key} in ${dir}*.ftl`);
    return value.replace(/\{\s*\$([\w-]+)\s*\}/g, (m, name) => (name in args ? String(args[name]) : m)).replace(/\s+/g, ' ').trim();
  };
}
