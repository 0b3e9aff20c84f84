/**
 * What the newsletter form does with the server's reply, free of Preact and the DOM so it is
 * tested on its own: the request body, the checks worth making before sending, the reading of
 * the JSON `Answer` (or of whatever came back instead), and the message to show.
 */
import type { Lang } from '../i18n/lang.ts';
import { fieldOf, isProblem, waitMinutes, type Answer, type Problem } from './form.ts';

/** A field the form can mark as wrong. */
export type Field = NonNullable<ReturnType<typeof fieldOf>>;

/**
 * How a signup ended, as the form shows it: sent, or refused for a reason. `network` is the one
 * reason the server never gives: the request or its answer got lost on the way.
 */
export type Outcome =
  { ok: true } | { ok: false; problem: Problem | 'network'; field?: Field; minutes?: number };

/**
 * What the server's HTML error page hands back to the form after a signup sent without
 * JavaScript was refused, so the reader finds what they typed and the reason next to the field.
 */
export interface Prefill {
  email?: string | undefined;
  problem?: Problem | undefined;
  /** The newsletter language chosen, which may differ from the page's. */
  newsletterLang?: Lang | undefined;
  consent?: boolean | undefined;
  /** With `request.rate`: how long to wait, from the `Retry-After` the page is sent with. */
  minutes?: number | undefined;
}

/**
 * The wait a `Retry-After` header asks for, in whole minutes (at least 1), from a number of
 * seconds or an HTTP date; undefined when it is missing or unreadable.
 * Example: `retryMinutes('600')` → 10; `retryMinutes('61')` → 2.
 */
export function retryMinutes(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const text = header.trim();
  const seconds = /^\d+$/.test(text) ? Number(text) : (Date.parse(text) - now) / 1000;
  return Number.isFinite(seconds) ? waitMinutes(seconds) : undefined;
}

/** Problems told by a status alone, for answers that are not the form's JSON (a proxy's page). */
function problemOfStatus(status: number): Problem {
  if (status === 403) return 'request.origin';
  if (status === 413) return 'request.too-large';
  if (status === 415) return 'request.type';
  if (status === 429) return 'request.rate';
  return status >= 500 ? 'server.unavailable' : 'request.malformed';
}

/**
 * Reads a reply to the form's `fetch`: the server's JSON `Answer` when there is one, otherwise
 * what the status says (any 2xx is a success: the signup was accepted). The field to mark is the
 * answer's, or the one the problem belongs to; a rate limit carries its wait in minutes.
 */
export function readAnswer(
  status: number,
  body: unknown,
  retryAfter: string | null = null,
  now = Date.now(),
): Outcome {
  if (status >= 200 && status < 300) return { ok: true };
  const answer = typeof body === 'object' && body !== null ? (body as Partial<Answer>) : null;
  const problem =
    answer && answer.ok === false && isProblem(answer.problem)
      ? answer.problem
      : problemOfStatus(status);
  const given = answer && 'field' in answer ? answer.field : undefined;
  const field =
    given === 'email' || given === 'consent' || given === 'lang' ? given : fieldOf(problem);
  const minutes = problem === 'request.rate' ? retryMinutes(retryAfter, now) : undefined;
  return {
    ok: false,
    problem,
    ...(field && { field }),
    ...(minutes !== undefined && { minutes }),
  };
}

/** The form's fields as the urlencoded body a plain form post would send (text fields only). */
export function formBody(data: FormData): URLSearchParams {
  const body = new URLSearchParams();
  for (const [name, value] of data) if (typeof value === 'string') body.append(name, value);
  return body;
}

/**
 * Sends the signup as the island does: the same fields as the plain form, asking for JSON.
 * A lost request or an unreadable reply becomes an outcome too, never an exception.
 */
export async function send(
  url: string,
  body: URLSearchParams,
  fetcher: typeof fetch = fetch,
): Promise<Outcome> {
  try {
    const response = await fetcher(url, {
      method: 'POST',
      headers: { Accept: 'application/json' },
      body,
    });
    const data: unknown = await response.json().catch(() => null);
    return readAnswer(response.status, data, response.headers.get('Retry-After'));
  } catch {
    return { ok: false, problem: 'network' };
  }
}

/**
 * The two mistakes worth catching before a round trip, in the order the fields come: no
 * address, or the box not ticked. Everything else about an address is the server's to judge.
 */
export function precheck(email: string, consent: boolean): Problem | null {
  if (email.trim() === '') return 'email.empty';
  return consent ? null : 'consent.missing';
}

/**
 * The prefill among a component's props, or undefined when there is none, so a page without a
 * problem ships no prefill at all. Picked by name: a rest spread would also catch the style
 * scope attribute Astro adds to a component's props.
 */
export function prefillOf(props: Prefill): Prefill | undefined {
  const { email, problem, newsletterLang, consent, minutes } = props;
  const entries = Object.entries({ email, problem, newsletterLang, consent, minutes });
  const defined = entries.filter(([, value]) => value !== undefined);
  return defined.length ? Object.fromEntries(defined) : undefined;
}

/** The outcome the form starts with: the problem the server's error page reported, if any. */
export function initialOutcome(prefill: Prefill): Outcome | null {
  const { problem, minutes } = prefill;
  if (!problem) return null;
  const field = fieldOf(problem);
  return {
    ok: false,
    problem,
    ...(field && { field }),
    ...(problem === 'request.rate' && minutes !== undefined && { minutes }),
  };
}

/** The messages an outcome can show: one per problem, and the one for a lost connection. */
export interface ProblemText {
  problems: Record<Problem, string>;
  failed: string;
}

/**
 * The message for a refused signup, in the language of `text`: the one wording the form's island
 * shows and the server's JSON answers and error pages carry. A rate limit without a known wait
 * says an hour, the longest a reader should have to expect.
 */
export function problemMessage(outcome: Outcome, text: ProblemText): string {
  if (outcome.ok) return '';
  if (outcome.problem === 'network') return text.failed;
  return text.problems[outcome.problem].replace('{minutes}', String(outcome.minutes ?? 60));
}
