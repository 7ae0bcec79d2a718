// The routes of the web crate, read from its source, and the interface languages, read from
// the domain crate: what the browser tests must cover, as the code declares it.
//
//   const routes = readRoutes();          // [{ path: '/events/{id}', methods: ['GET'], file, line }]
//   const re = routeRegExp('/events/{id}'); // /^\/events\/[^/]+$/
//   const locales = readLocales();        // [{ tag: 'de', dir: 'ltr' }, ...] without the pseudo-locale

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WEB_SRC = path.join(REPO_ROOT, 'crates/web/src');
const LOCALE_RS = path.join(REPO_ROOT, 'crates/domain/src/locale.rs');

function rustFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...rustFiles(full));
    else if (entry.name.endsWith('.rs')) out.push(full);
  }
  return out.sort();
}

/** The text from `open` (index of a '(') to its matching ')', skipping string literals and comments. */
function balanced(src, open) {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '"') {
      for (i++; i < src.length && src[i] !== '"'; i++) if (src[i] === '\\') i++;
    } else if (c === '/' && src[i + 1] === '/') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === '(') {
      depth++;
    } else if (c === ')') {
      depth--;
      if (depth === 0) return src.slice(open + 1, i);
    }
  }
  throw new Error(`unbalanced parentheses after offset ${open}`);
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'any'];

/**
 * Every `.route("<path>", <method router>)` in crates/web/src (test modules left out), with the
 * HTTP methods its method router names. Fails on `.nest(`, whose prefix this reader would miss.
 */
export function readRoutes(srcDir = WEB_SRC) {
  const routes = [];
  for (const file of rustFiles(srcDir)) {
    let src = readFileSync(file, 'utf8');
    const tests = src.indexOf('#[cfg(test)]');
    if (tests >= 0) src = src.slice(0, tests);
    const rel = path.relative(REPO_ROOT, file);
    if (/\.nest(_service)?\(/.test(src)) {
      throw new Error(`${rel} nests a router; teach e2e/lib/routes.mjs its prefix`);
    }
    for (const m of src.matchAll(/\.route\(/g)) {
      const args = balanced(src, m.index + m[0].length - 1);
      const lit = args.match(/^\s*"([^"]+)"\s*,([\s\S]*)$/);
      if (!lit) throw new Error(`${rel}: a .route( whose first argument is not a string literal: ${args.slice(0, 80)}`);
      const [, routePath, handler] = lit;
      const methods = METHODS.filter((name) => new RegExp(`(?:^|[\\s.:])${name}\\s*\\(`).test(handler)).map((x) =>
        x.toUpperCase(),
      );
      const line = src.slice(0, m.index).split('\n').length;
      routes.push({ path: routePath, methods, file: rel, line });
    }
  }
  return routes;
}

/** An anchored RegExp for a route path: `{param}` is one segment, `{*rest}` the rest of the path. */
export function routeRegExp(routePath) {
  const parts = routePath.split(/(\{\*?[A-Za-z_][A-Za-z0-9_]*\})/);
  const source = parts
    .map((part) => {
      if (/^\{\*/.test(part)) return '.+';
      if (/^\{/.test(part)) return '[^/]+';
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`);
}

/** The listed interface languages in the order of `LOCALES` in locale.rs, with their direction. */
export function readLocales(file = LOCALE_RS) {
  const src = readFileSync(file, 'utf8');
  const start = src.indexOf('const LOCALES');
  const end = src.indexOf('];', start);
  const table = src.slice(start, end);
  return [...table.matchAll(/\b(?:full|partial)\(\s*"([^"]+)"\s*,\s*(Ltr|Rtl)\b/g)].map(([, tag, dir]) => ({
    tag,
    dir: dir.toLowerCase(),
  }));
}
