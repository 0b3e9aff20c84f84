/*
 * Hands newsletter signups to a self-hosted listmonk (https://listmonk.app) through its public,
 * unauthenticated subscription API, instead of keeping them in the site's own database.
 *
 * What listmonk does, read in knadh/listmonk (snapshot 911e0b77, July 2026, after v6.2.0):
 * - docs/docs/content/apis/subscribers.md, "POST /api/public/subscription": JSON or form body,
 *   `email` (required), `name` (optional), `list_uuids` (required; `l` in a form body).
 * - docs/docs/content/apis/lists.md, "GET /api/public/lists": unauthenticated, a bare JSON array
 *   `[{uuid, name}]` of the lists that are `type: public` and `status: active`.
 * - docs/docs/content/apis/apis.md: success is `{"data": …}`, failure `{"message": "…"}` with a
 *   4xx/5xx status; 429 is listed among the common codes.
 * - cmd/handlers.go: both routes are in the public group (no auth middleware, no rate limiter;
 *   a 429 can only come from a proxy in front); `okResp{Data}`; echo's default error handler.
 * - cmd/public.go, `PublicSubscription` and `processSubForm` (the code the docs lag behind):
 *   - 400 "That feature is not available." when Settings → "Enable public subscription page" is
 *     off (since v5); the body is bound by echo (labstack/echo bind.go, v4.13.4): JSON or form by
 *     Content-Type, 415 "Unsupported Media Type" otherwise, 400 "Syntax error: …" on bad JSON;
 *     unknown JSON fields are ignored, so no attributes (no language) can be passed;
 *   - 400 "No valid lists selected to subscribe." without list UUIDs;
 *   - 400 "Invalid email." (or "The e-mail domain is blocklisted.") from `SanitizeEmail`
 *     (internal/subimporter/importer.go, internal/utils/utils.go: trim, lower-case,
 *     net/mail.ParseAddress);
 *   - an empty name becomes the part of the address before `@`; a name over 2,000 → 400;
 *   - 400 "Invalid UUID(s)" for a private list (since v5); a malformed UUID is a Postgres cast
 *     error, 500 "Error fetching list: pq: invalid input syntax for type uuid: …";
 *   - a well-formed UUID of no list is NOT an error (internal/core/lists.go `GetListTypes`,
 *     queries/subscribers.sql `insert-subscriber` just skip it): 200, and the subscriber is
 *     created on no list at all. This adapter therefore checks the list against
 *     GET /api/public/lists before subscribing;
 *   - an address already known is not an error either: the 409 from `InsertSubscriber`
 *     (internal/core/subscribers.go) is caught and `UpdateSubscriberWithLists` adds the lists
 *     (queries/subscribers.sql `update-subscriber-with-lists`: a confirmed subscription stays
 *     confirmed, an unsubscribed one becomes unconfirmed again, a blocklisted subscriber stays
 *     unsubscribed), then 200;
 *   - success is 200 `{"data": {"has_optin": bool}}` (the docs still show `{"data": true}`,
 *     docs/swagger/collections.yaml `{has_optin}`): `has_optin` says listmonk mailed its own
 *     double opt-in confirmation (cmd/subscribers.go `makeOptinNotifyHook`: for every
 *     unconfirmed subscription to a double opt-in list, so again on a repeated signup); if that
 *     mail cannot be sent, 500 "Error processing request. Please retry.";
 *   - messages are in the language listmonk is configured in (i18n/*.json), so only status codes
 *     are interpreted here; a database failure while updating a known subscriber comes back as a
 *     400 too, which this adapter cannot tell from a refusal.
 */

import { ConfigError, type ListmonkSettings } from '../../config.ts';
import type { Signup } from '../../newsletter/form.ts';

/**
 * A mailing engine the site hands subscribers to instead of keeping them, so the signup route and
 * the durable queue that retries it do not depend on which engine is configured.
 */
export interface Provider {
  name: string;
  forward(signup: Signup): Promise<void>;
}

/**
 * Why a provider did not take a signup. `retryable` tells the queue whether to try again later
 * (listmonk unreachable, slow, overloaded or failing: nothing is lost) or to stop and report
 * (listmonk refused this address or is misconfigured: trying again would get the same answer).
 * `status` is the HTTP status listmonk answered with, if it answered.
 */
export class ProviderError extends Error {
  /** Tells it from a mail server's `DeliveryError` (see `verdictOf` in worker.ts). */
  readonly kind = 'provider';
  readonly retryable: boolean;
  readonly status: number | undefined;

  constructor(message: string, options: { retryable: boolean; status?: number; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.name = 'ProviderError';
    this.retryable = options.retryable;
    this.status = options.status;
  }
}

/** The UUID form listmonk gives its lists (cmd/handlers.go `reUUID`). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const DEFAULT_TIMEOUT_MS = 10_000;

/** How long an answer's text may be quoted in an error. */
const QUOTE = 200;

type Names = { url: string; fr: string; en: string };

/** The base URL with a trailing slash, so a listmonk under a sub-path keeps it. */
function baseUrl(value: string, name: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} is not a URL: ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`${name} must be an http:// or https:// URL, not ${url.protocol}`);
  if (url.username !== '' || url.password !== '')
    throw new Error(`${name} must not contain credentials: listmonk's public API needs none`);
  if (url.search !== '' || url.hash !== '')
    throw new Error(`${name} must be listmonk's base address, without ? or #`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

function listUuid(value: string | undefined, name: string): string {
  const uuid = value?.trim() ?? '';
  if (uuid === '')
    throw new Error(`${name} is not set: give the UUID of a public listmonk list (Lists → list)`);
  if (!UUID.test(uuid))
    throw new Error(`${name} must be a listmonk list UUID, not ${JSON.stringify(uuid)}`);
  return uuid.toLowerCase();
}

/** The status codes worth another try later: listmonk or a proxy overloaded, down or slow. */
function transient(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

type Answer = { status: number; location: string | null; text: string };

/** listmonk's `{"message": …}`, or the start of whatever else answered. */
function said(text: string): string {
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body === 'object' && body !== null && 'message' in body) {
      const message = body.message;
      if (typeof message === 'string') return message;
    }
  } catch {
    // Not JSON: a proxy's page, quoted below.
  }
  const plain = text.replace(/\s+/g, ' ').trim();
  return plain.length > QUOTE ? `${plain.slice(0, QUOTE)}…` : plain;
}

function json(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * One request, its whole answer read within `signal`. Redirects are not followed: a POST turned
 * into a GET would fail obscurely, so a redirect is reported as the misconfiguration it is.
 */
async function call(
  what: string,
  url: URL,
  init: RequestInit,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<Answer> {
  try {
    const res = await fetch(url, { ...init, signal, redirect: 'manual' });
    return { status: res.status, location: res.headers.get('location'), text: await res.text() };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'TimeoutError' || name === 'AbortError')
      throw new ProviderError(
        `listmonk ${what}: no answer from ${url.origin} within ${timeoutMs} ms`,
        { retryable: true, cause: error },
      );
    const cause = error instanceof Error ? error.cause : undefined;
    const code =
      typeof cause === 'object' &&
      cause !== null &&
      'code' in cause &&
      typeof cause.code === 'string'
        ? cause.code
        : error instanceof Error
          ? error.message
          : String(error);
    throw new ProviderError(`listmonk ${what}: cannot reach ${url.origin} (${code})`, {
      retryable: true,
      cause: error,
    });
  }
}

/** A non-2xx answer as an error: redirects and refusals are final, overload and outages are not. */
function failure(
  what: string,
  answer: Answer,
  urlName: string,
  alsoTransient = false,
): ProviderError {
  const { status } = answer;
  if (status >= 300 && status < 400)
    return new ProviderError(
      `listmonk ${what}: redirected (${status}) to ${answer.location ?? '?'}; set ${urlName} to the address listmonk answers at`,
      { retryable: false, status },
    );
  const message = said(answer.text);
  return new ProviderError(`listmonk ${what}: ${status}${message === '' ? '' : ` ${message}`}`, {
    retryable: transient(status) || alsoTransient,
    status,
  });
}

/**
 * A provider that subscribes each signup to listmonk's list for its language, through the public
 * subscription API: no API key to keep on the web server, and listmonk then sends its own opt-in
 * mail for a double opt-in list. Only the address and the list are sent: listmonk names the
 * subscriber after the part of the address before `@` itself, and the signup's source stays with
 * the site. Each forward first checks that the list is one of listmonk's active public lists,
 * because listmonk answers 200 for an unknown list UUID and files the address on no list. The
 * whole forward is bounded by `timeoutMs` (10 s by default).
 */
export function listmonk(options: {
  url: string;
  lists: { fr: string; en: string };
  timeoutMs?: number;
}): Provider {
  return create(options, { url: 'url', fr: 'lists.fr', en: 'lists.en' });
}

function create(
  options: { url: string; lists: { fr: string; en: string }; timeoutMs?: number },
  names: Names,
): Provider {
  const base = baseUrl(options.url, names.url);
  const lists = {
    fr: listUuid(options.lists.fr, names.fr),
    en: listUuid(options.lists.en, names.en),
  };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0)
    throw new Error(`timeoutMs must be a positive number of milliseconds, not ${timeoutMs}`);
  const listsUrl = new URL('api/public/lists', base);
  const subscribeUrl = new URL('api/public/subscription', base);

  return {
    name: 'listmonk',
    async forward(signup) {
      const list = lists[signup.lang];
      const signal = AbortSignal.timeout(timeoutMs);

      const what = 'GET /api/public/lists';
      const known = await call(
        what,
        listsUrl,
        { headers: { accept: 'application/json' } },
        signal,
        timeoutMs,
      );
      // This route's only 400 is listmonk failing to read its own database ("Please retry").
      if (known.status < 200 || known.status > 299)
        throw failure(what, known, names.url, known.status === 400);
      const body = json(known.text);
      if (!Array.isArray(body))
        throw new ProviderError(
          `listmonk ${what}: not a list of lists; is ${names.url} listmonk?`,
          {
            retryable: false,
            status: known.status,
          },
        );
      const found = body.some(
        (l: unknown) =>
          typeof l === 'object' &&
          l !== null &&
          'uuid' in l &&
          typeof l.uuid === 'string' &&
          l.uuid.toLowerCase() === list,
      );
      if (!found)
        throw new ProviderError(
          `listmonk has no active public list ${list} (the ${signup.lang} list): check ${names[signup.lang]} and that the list is public`,
          { retryable: false },
        );

      const post = 'POST /api/public/subscription';
      const answer = await call(
        post,
        subscribeUrl,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ email: signup.email, list_uuids: [list] }),
        },
        signal,
        timeoutMs,
      );
      if (answer.status < 200 || answer.status > 299) throw failure(post, answer, names.url);
      const result = json(answer.text);
      if (typeof result !== 'object' || result === null)
        throw new ProviderError(
          `listmonk ${post}: ${answer.status} but no JSON; is ${names.url} listmonk?`,
          {
            retryable: false,
            status: answer.status,
          },
        );
    },
  };
}

/**
 * The listmonk provider the settings ask for (see `readListmonk` in src/config.ts), so a
 * deployment switches from the site's own list to listmonk by configuration alone:
 * `LISTMONK_URL` (listmonk's base address), `LISTMONK_LIST_FR` and `LISTMONK_LIST_EN` (the UUIDs
 * of the public lists for each language). Undefined without `LISTMONK_URL`; throws a
 * `ConfigError` at start-up, naming the variable, when the URL is not http(s) or a list is
 * missing or not a UUID, rather than failing on the first signup.
 */
export function listmonkFromConfig(settings: ListmonkSettings | undefined): Provider | undefined {
  if (settings === undefined) return undefined;
  try {
    return create(settings, {
      url: 'LISTMONK_URL',
      fr: 'LISTMONK_LIST_FR',
      en: 'LISTMONK_LIST_EN',
    });
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
}
