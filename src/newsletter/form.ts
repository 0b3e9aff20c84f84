/**
 * The newsletter form's contract, shared by the static form, its island and the server, so the
 * three never disagree on a field name, a problem code or the consent text's version.
 */

/** The form's field names, as posted to `/api/newsletter/subscribe`. */
export const FIELDS = {
  email: 'email',
  /** The consent checkbox; its value is `yes` when ticked. */
  consent: 'consent',
  /** The newsletter's language, `fr` or `en` (not always the page's). */
  lang: 'lang',
  /** The path of the page the form was sent from, for the consent record. */
  source: 'source',
  /** The honeypot: hidden from people, filled by naive bots. Named like a real field on purpose. */
  trap: 'website',
  /** When the form was shown (ms since the epoch), set by the island; absent without JavaScript. */
  started: 'started',
} as const;

/**
 * The version of the consent text (`newsletter.consent` in both languages). Change it whenever
 * that text changes: every consent record stores the version the reader saw.
 */
export const CONSENT_VERSION = '2026-11-22';

/** A form sent faster than this after it was shown is a bot's, answered as a success and dropped. */
export const MIN_FILL_MS = 2000;

/** Why a signup was refused; each has a message `newsletter.problem.<code>` in both languages. */
export type Problem =
  | 'email.empty'
  | 'email.too-long'
  | 'email.control'
  | 'email.several'
  | 'email.invalid'
  | 'consent.missing'
  | 'lang.invalid'
  | 'request.type'
  | 'request.malformed'
  | 'request.too-large'
  | 'request.origin'
  | 'request.rate'
  | 'server.unavailable';

/** The field a problem belongs to, so the form can mark it and move focus there. */
export function fieldOf(problem: Problem): 'email' | 'consent' | 'lang' | undefined {
  const head = problem.split('.')[0];
  return head === 'email' || head === 'consent' || head === 'lang' ? head : undefined;
}

/** The JSON answer to a signup sent with `Accept: application/json`. */
export type Answer =
  | { ok: true; message: string }
  | { ok: false; problem: Problem; field?: 'email' | 'consent' | 'lang'; message: string };

/**
 * A wait of `seconds` (a `Retry-After`) told in whole minutes, at least one, a minute when it is
 * unknown: `max(1, ⌈seconds / 60⌉)`, so `waitMinutes(61)` → 2.
 */
export function waitMinutes(seconds = 60): number {
  return Math.max(1, Math.ceil(seconds / 60));
}
