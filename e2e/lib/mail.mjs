// Reads the mails mitwirken writes as .eml files into <dataDir>/mail/.
//
//   const [url, token] = await waitForMail(dataDir, email, /\/confirm\/(\w+)/);
//   const [subject] = await waitForMail(dataDir, email, /angenommen/, { in: 'subject' });

import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const MAIL_TIMEOUT_MS = 10_000;

/** Decodes quoted-printable: soft line breaks and =XX escapes (as UTF-8). */
export function decodeQuotedPrintable(text) {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Decodes RFC 2047 encoded words (=?utf-8?B?...?= / =?utf-8?Q?...?=) in a header value. */
export function decodeHeader(value) {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, _charset, enc, data) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    )
    .trim();
}

/**
 * The decoded text of every part of a MIME message (quoted-printable or
 * base64 transfer encoding; others as is), joined by newlines.
 */
export function mailText(raw) {
  const out = [];
  // Each part: its header block, a blank line, then the body up to the next
  // boundary line ("--...") or the end.
  const partRe = /(?:^|\r?\n)((?:[A-Za-z-]+:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*\r?\n)+)\r?\n([\s\S]*?)(?=\r?\n--|$)/g;
  for (const [, headers, body] of raw.matchAll(partRe)) {
    const cte = headers.match(/^Content-Transfer-Encoding:\s*([^\s;]+)/im)?.[1]?.toLowerCase();
    if (cte === 'base64') out.push(Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8'));
    else if (cte === 'quoted-printable') out.push(decodeQuotedPrintable(body));
    else out.push(body);
  }
  return out.join('\n');
}

/** Every .eml in <dataDir>/mail/ addressed to `email`: { name, subject, text }. */
export async function mailsTo(dataDir, email) {
  const dir = path.join(dataDir, 'mail');
  let names = [];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.eml')).sort();
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
  }
  const out = [];
  for (const name of names) {
    const raw = await readFile(path.join(dir, name), 'utf8');
    const headerEnd = raw.search(/\r?\n\r?\n/);
    const headers = raw.slice(0, headerEnd).replace(/\r?\n[ \t]+/g, ' ');
    const to = headers.match(/^To:(.*)$/im)?.[1] ?? '';
    if (!to.toLowerCase().includes(email.toLowerCase())) continue;
    const subject = decodeHeader(headers.match(/^Subject:(.*)$/im)?.[1] ?? '');
    out.push({ name, subject, text: mailText(raw) });
  }
  return out;
}

/**
 * Polls <dataDir>/mail/ for an .eml addressed to `email` whose decoded body
 * (or, with { in: 'subject' }, decoded subject) matches `re`; returns the match.
 */
export async function waitForMail(dataDir, email, re, { in: where = 'text', timeoutMs = MAIL_TIMEOUT_MS } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = await mailsTo(dataDir, email);
    for (const mail of mails) {
      const match = mail[where].match(re);
      if (match) return match;
    }
    if (Date.now() > deadline) {
      const bodies = mails.map((m) => `--- ${m.name}: ${m.subject} (decoded) ---\n${m.text.slice(0, 2000)}`);
      assert.fail(
        `no mail to ${email} whose ${where} matches ${re} in ${path.join(dataDir, 'mail')} within ${timeoutMs / 1000} s\n${bodies.join('\n')}`,
      );
    }
    await sleep(250);
  }
}
