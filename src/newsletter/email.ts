/**
 * The signup address's checks and normalization, pure (the WHATWG URL parser, no Node module) so
 * the server, the CLI's import and the configuration's sender check share one rule, and the
 * browser could run it too.
 */
import type { Problem } from './form.ts';

/** Why an address was refused, for a message in the reader's language (`email.<problem>`). */
export type EmailProblem = SuffixOf<Problem, 'email.'>;

/** The members of `T` that start with `prefix`, without it. */
type SuffixOf<T, Prefix extends string> = T extends `${Prefix}${infer Rest}` ? Rest : never;

/** An address ready to store, or why it cannot be. */
export type EmailCheck = { ok: true; email: string } | { ok: false; problem: EmailProblem };

/** RFC 5321's limits: 254 characters in all, 64 before the `@`, 63 per domain label. */
const MAX = 254;
const MAX_LOCAL = 64;
const MAX_LABEL = 63;
/** The longest input looked at: a full-length address with room for spaces around it. */
const MAX_INPUT = 320;

/**
 * `text` without the spaces at its ends, in one pass from each end. A regex such as
 * `/^ +| +$/g` is quadratic on a long run of inner spaces (16 KB of them stalled the server
 * for a third of a second).
 */
function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 32) start += 1;
  while (end > start && text.charCodeAt(end - 1) === 32) end -= 1;
  return text.slice(start, end);
}

/**
 * A domain in punycode (`école.fr` → `xn--cole-9oa.fr`), or `''` when it cannot be a host name:
 * what Node's `url.domainToASCII` does (it sets a URL's host name), done with the URL parser every
 * runtime has. A host name the parser refuses leaves each URL's own one in place, so two URLs
 * that disagree afterwards mean a refusal.
 */
export function domainToAscii(domain: string): string {
  const a = new URL('ws://a');
  const b = new URL('ws://b');
  a.hostname = domain;
  b.hostname = domain;
  return a.hostname === b.hostname ? a.hostname : '';
}

/** A dot-atom local part (RFC 5322 `atext`), without quoted strings or comments. */
const LOCAL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^(?!-)[a-z0-9-]+(?<!-)$/;
const TLD = /^([a-z]{2,}|xn--[a-z0-9-]+)$/;

/**
 * Checks and normalizes one email address as typed in the signup form: Unicode NFC, trimmed,
 * lower-cased, the domain in punycode (`Élodie@École.fr` → `elodie@xn--cole-bpa.fr`), so one
 * person is one row whatever the case or script of the domain. Refuses what could not be a
 * single deliverable address, and anything that could smuggle a header (control characters,
 * line breaks) or a second recipient (`,`, `;`, spaces).
 */
export function checkEmail(input: string): EmailCheck {
  // The length first, so nothing below ever looks at a long hostile input.
  if (input.length > MAX_INPUT) return { ok: false, problem: 'too-long' };
  // Spaces around the address are trimmed; any other control character, even at an end, is
  // refused (a browser strips line breaks from the field itself, so only a forged request has one).
  const text = trimSpaces(input.normalize('NFC'));
  if (text === '') return { ok: false, problem: 'empty' };
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(text))
    return { ok: false, problem: 'control' };
  if (text.length > MAX) return { ok: false, problem: 'too-long' };
  if (/[,;\s]/.test(text) || text.split('@').length > 2) return { ok: false, problem: 'several' };
  const at = text.lastIndexOf('@');
  if (at < 1) return { ok: false, problem: 'invalid' };
  const local = text.slice(0, at).toLowerCase();
  const domain = domainToAscii(text.slice(at + 1).toLowerCase());
  const labels = domain.split('.');
  const valid =
    local.length <= MAX_LOCAL &&
    LOCAL.test(local) &&
    labels.length >= 2 &&
    labels.every((l) => l.length <= MAX_LABEL && LABEL.test(l)) &&
    TLD.test(labels.at(-1) ?? '');
  if (!valid) return { ok: false, problem: 'invalid' };
  const email = `${local}@${domain}`;
  return email.length > MAX ? { ok: false, problem: 'too-long' } : { ok: true, email };
}

/**
 * Providers whose own help documents `+` subaddressing (`name+tag@` reaches `name@`; RFC 5233
 * calls the tag "detail"): Gmail (with dots ignored too, support.google.com/mail/answer/7436150),
 * Fastmail (fastmail.help/hc/en-us/articles/360060591053), Proton
 * (proton.me/support/addresses-and-aliases), mailbox.org
 * (kb.mailbox.org/en/business/account-article/what-is-an-alias-and-how-do-i-use-it). Others,
 * Outlook.com, iCloud, Yahoo (whose `-` addresses hang off a chosen base name, not the mailbox),
 * document no such rule, so their addresses are taken as written.
 */
const SUBADDRESSED = new Set([
  'gmail.com',
  'fastmail.com',
  'fastmail.fm',
  'proton.me',
  'protonmail.com',
  'protonmail.ch',
  'pm.me',
  'mailbox.org',
]);

/**
 * The mailbox a checked address delivers to, for counting mails and signups per real inbox:
 * lower case; `googlemail.com` is `gmail.com`, whose dots do not count; a `+tag` is dropped
 * where the provider documents it (see `SUBADDRESSED`). Only a key: the address stored and
 * mailed stays as `checkEmail` gave it.
 * Example: `Jo.Ann+news@googlemail.com` → `joann@gmail.com`; `jo+x@example.org` unchanged.
 */
export function mailboxOf(email: string): string {
  const at = email.lastIndexOf('@');
  let local = email.slice(0, at).toLowerCase();
  let domain = email.slice(at + 1).toLowerCase();
  if (domain === 'googlemail.com') domain = 'gmail.com';
  if (SUBADDRESSED.has(domain)) {
    const plus = local.indexOf('+');
    if (plus > 0) local = local.slice(0, plus);
  }
  if (domain === 'gmail.com') local = local.replaceAll('.', '');
  return `${local}@${domain}`;
}
