import { domainToASCII } from 'node:url';

/** Why an address was refused, for a message in the reader's language. */
export type EmailProblem = 'empty' | 'too-long' | 'control' | 'several' | 'invalid';

/** An address ready to store, or why it cannot be. */
export type EmailCheck = { ok: true; email: string } | { ok: false; problem: EmailProblem };

/** RFC 5321's limits: 254 characters in all, 64 before the `@`, 63 per domain label. */
const MAX = 254;
const MAX_LOCAL = 64;
const MAX_LABEL = 63;

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
  // Spaces around the address are trimmed; any other control character, even at an end, is
  // refused (a browser strips line breaks from the field itself, so only a forged request has one).
  const text = input.normalize('NFC').replace(/^ +| +$/g, '');
  if (text === '') return { ok: false, problem: 'empty' };
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(text))
    return { ok: false, problem: 'control' };
  if (text.length > MAX) return { ok: false, problem: 'too-long' };
  if (/[,;\s]/.test(text) || text.split('@').length > 2) return { ok: false, problem: 'several' };
  const at = text.lastIndexOf('@');
  if (at < 1) return { ok: false, problem: 'invalid' };
  const local = text.slice(0, at).toLowerCase();
  const domain = domainToASCII(text.slice(at + 1).toLowerCase());
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
