/**
 * The newsletter form's contract, shared by the static form, its island and the server, so the
 * three never disagree on a field name, a problem code or the consent text's version.
 */
import type { Lang } from '../i18n/lang.ts';

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

/**
 * Every reason a signup can be refused, the one list the server, the form and the messages share;
 * each has a message `newsletter.problem.<code>` in both languages.
 */
export const PROBLEM_CODES = [
  'email.empty',
  'email.too-long',
  'email.control',
  'email.several',
  'email.invalid',
  'consent.missing',
  'lang.invalid',
  'request.type',
  'request.malformed',
  'request.too-large',
  'request.origin',
  'request.rate',
  'server.unavailable',
] as const;

/** Why a signup was refused. */
export type Problem = (typeof PROBLEM_CODES)[number];

/** Why: a code in a JSON body is data from the network, checked before it picks a message. */
export function isProblem(value: unknown): value is Problem {
  return (PROBLEM_CODES as readonly unknown[]).includes(value);
}

/**
 * A signup as the server accepts it: the address checked and normalized (see `checkEmail`), the
 * newsletter's language, the page it was sent from and the version of the consent text the
 * reader saw. The one shape the subscriber list, the outbox and a mailing engine all take.
 */
export interface Signup {
  email: string;
  lang: Lang;
  source: string;
  consentVersion: string;
}

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
