import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/*
 * A stand-in for listmonk's two public, unauthenticated routes, answering as listmonk's code does
 * (knadh/listmonk cmd/public.go `PublicSubscription`, `processSubForm`, `GetPublicLists`;
 * cmd/handlers.go; internal/core/subscribers.go; queries/subscribers.sql; labstack/echo v4
 * bind.go and its default error handler), with listmonk's English messages. Simplified where
 * the site never goes: multipart and XML bodies, the exact byte offsets in JSON errors, domain
 * block/allow lists; addresses are checked by an approximation of Go's net/mail.ParseAddress.
 */

/** A list as listmonk stores it; by default public, double opt-in and active. */
export interface StandInList {
  uuid: string;
  name: string;
  type?: 'public' | 'private';
  optin?: 'single' | 'double';
  status?: 'active' | 'archived';
}

type SubscriptionStatus = 'unconfirmed' | 'confirmed' | 'unsubscribed';

/** A subscriber in the stand-in's database, with their status on each list (by list UUID). */
export interface StandInSubscriber {
  email: string;
  name: string;
  status: 'enabled' | 'blocklisted';
  lists: Map<string, SubscriptionStatus>;
}

/** One request to POST /api/public/subscription: what came in and what was answered. */
export interface Received {
  contentType: string | undefined;
  /** The body as sent: parsed JSON, form fields, or the raw text if neither. */
  body: unknown;
  status: number;
  answer: unknown;
}

/** Ways to break it: a 500 from listmonk, a 429 from a proxy in front, or no answer at all. */
export type FailMode = 500 | 429 | 'hang';

export interface StandIn {
  url: string;
  received: Received[];
  subscribers: Map<string, StandInSubscriber>;
  /** Addresses listmonk would have mailed its opt-in confirmation to, one entry per mail. */
  optinMails: string[];
  /** From now on every API request (or only that route's) fails that way; `null` heals it. */
  fail(mode: FailMode | null, only?: '/api/public/lists' | '/api/public/subscription'): void;
  /** The subscriber clicks the link in the opt-in mail. */
  confirm(email: string): void;
  close(): Promise<void>;
}

export interface StandInOptions {
  lists: StandInList[];
  /** Settings → "Enable public subscription page" (on by default, as in listmonk). */
  publicSubscription?: boolean;
}

/** listmonk's English messages (i18n/en.json) and echo's. */
const MESSAGES = {
  invalidFeature: 'That feature is not available.',
  noLists: 'No valid lists selected to subscribe.',
  invalidEmail: 'Invalid email.',
  invalidName: 'Invalid name.',
  invalidUUID: 'Invalid UUID(s)',
  processing: 'Error processing request. Please retry.',
  unsupported: 'Unsupported Media Type',
  notFound: 'Not Found',
  notAllowed: 'Method Not Allowed',
};

/** Postgres's `uuid` input: hex digits, optional braces, hyphens between groups of four. */
function pgUuid(text: string): string | undefined {
  const inner = /^\{.*\}$/.test(text) ? text.slice(1, -1) : text;
  if (!/^[0-9a-f]{4}(-?[0-9a-f]{4}){7}$/i.test(inner)) return undefined;
  const hex = inner.replace(/-/g, '').toLowerCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** utils.SanitizeEmail: trimmed, lower-cased, a bare RFC 5322 address (approximated). */
function sanitizeEmail(input: string): string | undefined {
  const email = input.trim().toLowerCase();
  const atom = /^[^\s"(),:;<>@[\\\].]+(\.[^\s"(),:;<>@[\\\].]+)*$/;
  const at = email.lastIndexOf('@');
  if (at < 1) return undefined;
  return atom.test(email.slice(0, at)) && atom.test(email.slice(at + 1)) ? email : undefined;
}

type Fields = { name: string; email: string; lists: string[] };
type Bound = { ok: true; fields: Fields } | { ok: false; status: number; message: string };

/** echo's DefaultBinder.BindBody into processSubForm's struct (json: name, email, list_uuids). */
function bind(contentType: string, raw: string): Bound {
  const fields: Fields = { name: '', email: '', lists: [] };
  if (raw.length === 0) return { ok: true, fields };
  if (contentType.startsWith('application/json')) {
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, status: 400, message: `Syntax error: offset=0, error=${reason}` };
    }
    const mismatch = (expected: string, got: unknown, field: string): Bound => ({
      ok: false,
      status: 400,
      message: `Unmarshal type error: expected=${expected}, got=${Array.isArray(got) ? 'array' : typeof got}, field=${field}, offset=0`,
    });
    if (body === null) return { ok: true, fields };
    if (typeof body !== 'object' || Array.isArray(body)) return mismatch('struct', body, '');
    // encoding/json: keys match the tags case-insensitively, unknown keys are ignored.
    for (const [key, value] of Object.entries(body)) {
      const tag = key.toLowerCase();
      if (value === null || !['name', 'email', 'list_uuids'].includes(tag)) continue;
      if (tag === 'list_uuids') {
        if (!Array.isArray(value)) return mismatch('[]string', value, 'list_uuids');
        if (!value.every((v) => v === null || typeof v === 'string'))
          return mismatch(
            'string',
            value.find((v) => typeof v !== 'string'),
            'list_uuids',
          );
        fields.lists = value.map((v: string | null) => v ?? '');
      } else {
        if (typeof value !== 'string') return mismatch('string', value, tag);
        fields[tag as 'name' | 'email'] = value;
      }
    }
    return { ok: true, fields };
  }
  if (contentType.startsWith('application/x-www-form-urlencoded')) {
    const form = new URLSearchParams(raw);
    return {
      ok: true,
      fields: {
        name: form.get('name') ?? '',
        email: form.get('email') ?? '',
        lists: form.getAll('l'),
      },
    };
  }
  if (
    contentType.startsWith('multipart/form-data') ||
    contentType.startsWith('application/xml') ||
    contentType.startsWith('text/xml')
  )
    throw new Error(`the listmonk stand-in does not parse ${contentType} bodies`);
  return { ok: false, status: 415, message: MESSAGES.unsupported };
}

/** Starts the stand-in on 127.0.0.1 at a free port. */
export async function startListmonk(options: StandInOptions): Promise<StandIn> {
  const lists = new Map(
    options.lists.map((l) => [
      pgUuid(l.uuid) ?? l.uuid,
      { type: 'public', optin: 'double', status: 'active', ...l },
    ]),
  );
  const publicSubscription = options.publicSubscription ?? true;
  const received: Received[] = [];
  const subscribers = new Map<string, StandInSubscriber>();
  const optinMails: string[] = [];
  let failing: { mode: FailMode; only: string | undefined } | null = null;

  function send(res: ServerResponse, status: number, body: unknown): unknown {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(`${JSON.stringify(body)}\n`);
    return body;
  }

  /** makeOptinNotifyHook: one mail if any of the subscriber's double opt-in lists is unconfirmed. */
  function optin(sub: StandInSubscriber): boolean {
    const pending = [...sub.lists].some(
      ([uuid, status]) => status === 'unconfirmed' && lists.get(uuid)?.optin === 'double',
    );
    if (pending) optinMails.push(sub.email);
    return pending;
  }

  /** processSubForm, after binding. */
  function subscribe(fields: Fields): { status: number; body: unknown } {
    const refuse = (status: number, message: string) => ({ status, body: { message } });
    if (fields.lists.length === 0) return refuse(400, MESSAGES.noLists);
    if (fields.email.length > 1000) return refuse(400, MESSAGES.invalidEmail);
    const email = sanitizeEmail(fields.email);
    if (email === undefined) return refuse(400, MESSAGES.invalidEmail);
    let name = fields.name.trim();
    if (name === '') name = email.split('@')[0] ?? '';
    else if (name.length > 2000) return refuse(400, MESSAGES.invalidName);

    // GetListTypes: one query casting every UUID; unknown ones simply match nothing.
    const uuids: string[] = [];
    for (const text of fields.lists) {
      const uuid = pgUuid(text);
      if (uuid === undefined)
        return refuse(
          500,
          `Error fetching list: pq: invalid input syntax for type uuid: ${JSON.stringify(text)}`,
        );
      uuids.push(uuid);
    }
    if (uuids.some((u) => lists.get(u)?.type === 'private'))
      return refuse(400, MESSAGES.invalidUUID);
    const found = uuids.filter((u) => lists.has(u));

    const existing = subscribers.get(email);
    if (existing === undefined) {
      // insert-subscriber: every subscription starts unconfirmed (the public form never preconfirms).
      const sub: StandInSubscriber = { email, name, status: 'enabled', lists: new Map() };
      for (const uuid of found) sub.lists.set(uuid, 'unconfirmed');
      subscribers.set(email, sub);
      return { status: 200, body: { data: { has_optin: optin(sub) } } };
    }
    // The 409 is caught: update-subscriber-with-lists, name and status untouched, resubscribe allowed.
    for (const uuid of found) {
      const now = existing.lists.get(uuid);
      existing.lists.set(
        uuid,
        existing.status === 'blocklisted'
          ? 'unsubscribed'
          : now === 'confirmed'
            ? 'confirmed'
            : 'unconfirmed',
      );
    }
    return { status: 200, body: { data: { has_optin: optin(existing) } } };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://stand-in').pathname;
    const routes: Record<string, string> = {
      '/api/public/lists': 'GET',
      '/api/public/subscription': 'POST',
    };
    const method = routes[path];
    if (method === undefined) return void send(res, 404, { message: MESSAGES.notFound });
    if (req.method !== method) return void send(res, 405, { message: MESSAGES.notAllowed });

    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');

    const mode = failing && (failing.only ?? path) === path ? failing.mode : null;
    if (mode === 'hang') return; // Never answers; close() drops the connection.
    if (mode === 429) {
      // listmonk has no rate limiter: this is what a proxy in front of it would say.
      res.writeHead(429, { 'content-type': 'text/plain', 'retry-after': '30' });
      return void res.end('Too Many Requests\n');
    }
    if (mode === 500) return void send(res, 500, { message: MESSAGES.processing });

    if (method === 'GET') {
      const active = [...lists.values()].filter(
        (l) => l.type === 'public' && l.status === 'active',
      );
      return void send(
        res,
        200,
        active.map((l) => ({ uuid: pgUuid(l.uuid) ?? l.uuid, name: l.name })),
      );
    }

    const contentType = req.headers['content-type'];
    const record = (status: number, answer: unknown) => {
      let body: unknown = raw;
      try {
        if (contentType?.startsWith('application/json')) body = JSON.parse(raw);
        else if (contentType?.startsWith('application/x-www-form-urlencoded'))
          body = Object.fromEntries(new URLSearchParams(raw));
      } catch {
        // Kept as text.
      }
      received.push({ contentType, body, status, answer });
    };

    if (!publicSubscription) {
      record(400, send(res, 400, { message: MESSAGES.invalidFeature }));
      return;
    }
    const bound = bind(contentType ?? '', raw);
    if (!bound.ok) {
      record(bound.status, send(res, bound.status, { message: bound.message }));
      return;
    }
    const result = subscribe(bound.fields);
    record(result.status, send(res, result.status, result.body));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`stand-in error: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    received,
    subscribers,
    optinMails,
    fail(mode, only) {
      failing = mode === null ? null : { mode, only };
    },
    confirm(email) {
      const sub = subscribers.get(email);
      if (sub === undefined) throw new Error(`no subscriber ${email}`);
      for (const [uuid, status] of sub.lists)
        if (status === 'unconfirmed' && lists.get(uuid)?.optin === 'double')
          sub.lists.set(uuid, 'confirmed');
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
