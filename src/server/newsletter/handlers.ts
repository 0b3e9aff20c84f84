/**
 * The newsletter's request handlers: a signup, the confirmation page and the unsubscribe page,
 * each a function of a plain `Request` and the newsletter's parts, so Astro's on-demand routes
 * call them and tests run them in process.
 */
import { langOfPath } from '../../i18n/routes.ts';
import type { Lang } from '../../i18n/lang.ts';
import { ui } from '../../i18n/ui.ts';
import { checkEmail, mailboxOf } from '../../newsletter/email.ts';
import {
  CONSENT_VERSION,
  FIELDS,
  fieldOf,
  MIN_FILL_MS,
  waitMinutes,
  type Answer,
  type Problem,
  type Signup,
} from '../../newsletter/form.ts';
import { problemMessage } from '../../newsletter/reply.ts';
import { newsletterText } from '../../newsletter/text.ts';
import { hit, LIMITS, takeMail } from './limits.ts';
import type { Provider } from './listmonk.ts';
import { enqueue } from './outbox.ts';
import { transaction, type Store } from './store.ts';
import {
  confirm,
  confirmState,
  signup,
  subscriberById,
  unsubscribe,
  type ConfirmState,
} from './subscribers.ts';
import { counterKey, readConfirmToken, readUnsubscribeToken } from './tokens.ts';

/** What the newsletter's handlers need, passed in so tests use real parts of their choosing. */
export interface Newsletter {
  db: Store;
  secret: Buffer;
  site: URL;
  clock: () => number;
  /** Set when signups are handed to a mailing engine instead of kept here. */
  provider?: Provider | undefined;
  /** Called after a change queued mail, so the worker sends it now rather than at its next tick. */
  wake: () => void;
}

/** The largest request body the newsletter reads: 16 KB (a signup is a few hundred bytes). */
export const BODY_LIMIT = 16 * 1024;

/** What the form sent, echoed back on an error page so nothing typed is lost. */
export interface FormValues {
  email: string;
  lang: Lang | undefined;
  consent: boolean;
  source: string;
}

/** A signup's outcome: accepted (bots included, silently), or refused with a status and why. */
export type SubscribeOutcome =
  | { ok: true; lang: Lang }
  | {
      ok: false;
      lang: Lang;
      status: number;
      problem: Problem;
      retryAfter?: number;
      values?: FormValues;
    };

/** The language to answer in: the page the form was on, else the browser's preference. */
function answerLang(request: Request, source: string | null): Lang {
  if (source?.startsWith('/')) return langOfPath(source);
  return preferredLang(request.headers.get('accept-language') ?? undefined);
}

/** The browser's preferred language (`Accept-Language`): English if it comes first, else French. */
function preferredLang(acceptLanguage: string | undefined): Lang {
  return /^\s*en\b/i.test(acceptLanguage ?? '') ? 'en' : 'fr';
}

/**
 * A refusal the server makes before the newsletter's handlers read a request (another site's
 * POST, a body over the limit), as the JSON the form's island reads, in the browser's language.
 */
export function refusalAnswer(problem: Problem, acceptLanguage: string | undefined): Answer {
  return { ok: false, problem, message: messageFor(preferredLang(acceptLanguage), problem) };
}

/**
 * Reads a `application/x-www-form-urlencoded` body strictly: other types are refused (415), a
 * body over `BODY_LIMIT` too (413), and so is anything that is not valid UTF-8 (400), raw or
 * percent-encoded, rather than silently turned into U+FFFD.
 */
async function readForm(
  request: Request,
): Promise<{ ok: true; form: URLSearchParams } | { ok: false; status: number; problem: Problem }> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded')
    return { ok: false, status: 415, problem: 'request.type' };
  if (Number(request.headers.get('content-length') ?? 0) > BODY_LIMIT)
    return { ok: false, status: 413, problem: 'request.too-large' };
  let bytes: ArrayBuffer;
  try {
    bytes = await request.arrayBuffer();
  } catch {
    return { ok: false, status: 413, problem: 'request.too-large' };
  }
  if (bytes.byteLength > BODY_LIMIT)
    return { ok: false, status: 413, problem: 'request.too-large' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, status: 400, problem: 'request.malformed' };
  }
  const form = new URLSearchParams(text);
  for (const [key, value] of form) {
    if (key.includes('\ufffd') || value.includes('\ufffd'))
      return { ok: false, status: 400, problem: 'request.malformed' };
  }
  return { ok: true, form };
}

/** A source path worth recording: a site path of printable ASCII, not another host's URL. */
function sourcePath(value: string | null): string | undefined {
  return value !== null && /^\/(?!\/)[\x21-\x7e]{0,299}$/.test(value) ? value : undefined;
}

/**
 * Handles a signup (`POST /api/newsletter/subscribe`): per-client limits, a strict body, the
 * honeypot and the minimum fill time (both answered as a success, storing and sending nothing),
 * the checks, the per-address limit, then the signup and its mail in one transaction.
 */
export async function subscribe(
  request: Request,
  nl: Newsletter,
  client: string,
): Promise<SubscribeOutcome> {
  const now = nl.clock();
  let lang = answerLang(request, null);
  const perClient = hit(
    nl.db,
    [
      [counterKey(nl.secret, 'signup', client), LIMITS.signupPerMinute],
      [counterKey(nl.secret, 'signup-hour', client), LIMITS.signupPerHour],
    ],
    now,
  );
  if (!perClient.ok)
    return {
      ok: false,
      lang,
      status: 429,
      problem: 'request.rate',
      retryAfter: perClient.retryAfter,
    };
  const read = await readForm(request);
  if (!read.ok) return { ok: false, lang, status: read.status, problem: read.problem };
  const form = read.form;
  const source = sourcePath(form.get(FIELDS.source));
  lang = answerLang(request, source ?? null);
  const rawLang = form.get(FIELDS.lang);
  const values: FormValues = {
    email: (form.get(FIELDS.email) ?? '').slice(0, 320),
    lang: rawLang === 'fr' || rawLang === 'en' ? rawLang : undefined,
    consent: form.get(FIELDS.consent) === 'yes',
    source: source ?? '/',
  };
  const refuse = (problem: Problem, status = 400): SubscribeOutcome => ({
    ok: false,
    lang,
    status,
    problem,
    values,
  });

  if ((form.get(FIELDS.trap) ?? '') !== '') return { ok: true, lang };
  const started = form.get(FIELDS.started);
  if (started !== null && !(now - Number(started) >= MIN_FILL_MS)) return { ok: true, lang };

  if (form.getAll(FIELDS.email).length > 1) return refuse('email.several');
  const email = checkEmail(form.get(FIELDS.email) ?? '');
  if (!email.ok) return refuse(`email.${email.problem}`);
  if (!values.consent) return refuse('consent.missing');
  if (!values.lang) return refuse('lang.invalid');
  if (source === undefined) return refuse('request.malformed');

  // Limits and caps count the inbox, whatever the spelling (see `mailboxOf`).
  const inbox = mailboxOf(email.email);
  const perEmail = hit(nl.db, [[counterKey(nl.secret, 'email', inbox), LIMITS.emailPerHour]], now);
  if (!perEmail.ok)
    return { ...refuse('request.rate', 429), retryAfter: perEmail.retryAfter } as SubscribeOutcome;

  const record: Signup = {
    email: email.email,
    lang: values.lang,
    source,
    consentVersion: CONSENT_VERSION,
  };
  const mailbox = counterKey(nl.secret, 'mailbox', inbox);
  if (nl.provider) {
    // The engine mails its own confirmation: a hand-off counts as one, under the same cap.
    transaction(nl.db, () => {
      if (takeMail(nl.db, mailbox, now)) enqueue(nl.db, { kind: 'provider', payload: record, now });
    });
  } else {
    signup(nl.db, { ...record, mailbox }, now);
  }
  nl.wake();
  return { ok: true, lang };
}

/** A confirm or unsubscribe page's state, with the token to carry in its button's form. */
export interface PageOutcome<S extends string> {
  state: S;
  status: number;
  token: string;
  retryAfter?: number;
}

function clicksAllowed(nl: Newsletter, client: string, now: number) {
  return hit(nl.db, [[counterKey(nl.secret, 'click', client), LIMITS.clicksPerMinute]], now);
}

async function tokenOf(request: Request): Promise<string> {
  const fromQuery = new URL(request.url).searchParams.get('t');
  if (fromQuery !== null || request.method !== 'POST') return fromQuery ?? '';
  const read = await readForm(request);
  return read.ok ? (read.form.get('t') ?? '') : '';
}

const STATUS: Record<ConfirmState, number> = { ask: 200, done: 200, expired: 410, invalid: 400 };

/**
 * The confirmation page: GET (or HEAD) only tells what the link can do, so a mail scanner that
 * opens it changes nothing; the POST behind the page's button confirms.
 */
export async function confirmPage(
  request: Request,
  nl: Newsletter,
  client: string,
): Promise<PageOutcome<ConfirmState | 'rate'>> {
  const now = nl.clock();
  const token = await tokenOf(request);
  const read = readConfirmToken(nl.secret, token);
  if (!read) return { state: 'invalid', status: 400, token };
  if (request.method !== 'POST') {
    const state = confirmState(nl.db, read.id, read.issuedAt, now);
    return { state, status: STATUS[state], token };
  }
  const allowed = clicksAllowed(nl, client, now);
  if (!allowed.ok) return { state: 'rate', status: 429, token, retryAfter: allowed.retryAfter };
  const state = confirm(nl.db, read.id, read.issuedAt, now);
  nl.wake();
  return { state, status: STATUS[state], token };
}

/** What a page answers when the server runs without the newsletter (`astro dev`). */
const UNAVAILABLE: PageOutcome<'unavailable'> = {
  state: 'unavailable',
  status: 503,
  token: '',
};

/** What an unsubscribe link leads to: the button, done, or a link that names nobody. */
export type LeaveState = 'ask' | 'done' | 'invalid';

/** Whether a POST is RFC 8058's one-click unsubscribe (`List-Unsubscribe=One-Click`). */
async function isOneClick(request: Request): Promise<boolean> {
  try {
    const form = await request.clone().formData();
    return form.get('List-Unsubscribe') === 'One-Click';
  } catch {
    return false;
  }
}

/**
 * The unsubscribe page, which is also the `List-Unsubscribe` URL: GET shows a button, any POST
 * with a valid token unsubscribes at once (RFC 8058's one-click POST from a mail provider, or the
 * button). An erased or already unsubscribed reader gets the same `done`.
 */
export async function unsubscribePage(
  request: Request,
  nl: Newsletter,
): Promise<PageOutcome<LeaveState>> {
  const token = await tokenOf(request);
  const id = readUnsubscribeToken(nl.secret, token);
  if (id === undefined) return { state: 'invalid', status: 400, token };
  if (request.method !== 'POST') {
    const known = subscriberById(nl.db, id);
    return { state: known?.status === 'unsubscribed' ? 'done' : 'ask', status: 200, token };
  }
  unsubscribe(nl.db, id, nl.clock());
  return { state: 'done', status: 200, token };
}

/**
 * A signup's outcome as the JSON the form's island reads (`Answer`), with its status and, for
 * 429, `Retry-After`; the message is in the page's language.
 */
export function answer(outcome: SubscribeOutcome): {
  status: number;
  body: Answer;
  headers: Record<string, string>;
} {
  const t = ui(outcome.lang);
  if (outcome.ok)
    return { status: 202, body: { ok: true, message: t('newsletter.success') }, headers: {} };
  const field = fieldOf(outcome.problem);
  return {
    status: outcome.status,
    body: {
      ok: false,
      problem: outcome.problem,
      ...(field && { field }),
      message: messageFor(outcome.lang, outcome.problem, outcome.retryAfter),
    },
    headers: outcome.retryAfter === undefined ? {} : { 'Retry-After': String(outcome.retryAfter) },
  };
}

/**
 * A problem's message in one language, worded as the form words it (see `problemMessage`); a wait
 * (`Retry-After`, in seconds) is told in whole minutes, at least one.
 */
function messageFor(lang: Lang, problem: Problem, retryAfter?: number): string {
  const minutes = retryAfter === undefined ? {} : { minutes: waitMinutes(retryAfter) };
  return problemMessage({ ok: false, problem, ...minutes }, newsletterText(lang));
}

/** What the server hands an on-demand page (see `App.Locals`). */
interface PageLocals {
  newsletter?: Newsletter | undefined;
  clientNetwork?: string | undefined;
}

/** The confirmation page's outcome, or `unavailable` when the server runs no newsletter. */
export function confirmRoute(
  request: Request,
  locals: PageLocals,
): Promise<PageOutcome<ConfirmState | 'rate' | 'unavailable'>> {
  const nl = locals.newsletter;
  return nl
    ? confirmPage(request, nl, locals.clientNetwork ?? 'unknown')
    : Promise.resolve(UNAVAILABLE);
}

/**
 * The unsubscribe page's outcome; RFC 8058's one-click POST gets its whole answer instead: 200
 * (400 for a link naming nobody), plain text, never a redirect.
 */
export async function unsubscribeRoute(
  request: Request,
  locals: PageLocals,
): Promise<Response | PageOutcome<LeaveState | 'unavailable'>> {
  const oneClick = request.method === 'POST' && (await isOneClick(request));
  const outcome = locals.newsletter
    ? await unsubscribePage(request, locals.newsletter)
    : UNAVAILABLE;
  if (!oneClick) return outcome;
  return new Response(outcome.state === 'done' ? 'Unsubscribed.\n' : 'Unknown link.\n', {
    status: outcome.status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
