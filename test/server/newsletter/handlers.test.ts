/**
 * The newsletter's handlers in process: plain `Request`s, a real SQLite file in a temporary
 * folder, and, where mail goes out, the real outbox worker sending to a real SMTP server on
 * loopback. What test/e2e/newsletter-api.test.ts checks through the built server and that needs
 * no browser, without building or starting anything.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { networkOf } from '../../../src/server/http/origin.ts';
import {
  answer,
  confirmPage,
  subscribe,
  unsubscribePage,
  unsubscribeRoute,
  type Newsletter,
} from '../../../src/server/newsletter/handlers.ts';
import { smtpTransport, type Transport } from '../../../src/server/newsletter/mail.ts';
import { openStore, type Store } from '../../../src/server/newsletter/store.ts';
import {
  confirmToken,
  readConfirmToken,
  unsubscribeToken,
} from '../../../src/server/newsletter/tokens.ts';
import { createWorker, type Worker } from '../../../src/server/newsletter/worker.ts';
import { catchMail, linkIn, type MailCatcher } from '../../e2e/mail.ts';
import { signupBody } from '../../support/signup.ts';

const SITE = new URL('https://lelien.example/');
const secret = Buffer.from('a-test-secret-that-is-long-enough-123');
/** Half a minute into a minute, so the per-minute windows never turn during a test. */
const START = Date.UTC(2026, 5, 15, 12, 0, 30);

let smtp: MailCatcher;
let transport: Transport;
let db: Store;
let worker: Worker;
let nl: Newsletter;
let now = START;
let client = 0;
/** A new client network per request, so per-client limits stay out of the way. */
const nextClient = () => `10.0.${(client >> 8) & 255}.${client++ & 255}`;

beforeAll(async () => {
  smtp = await catchMail();
  transport = smtpTransport(smtp.url, 'Le Lien <lettre@lelien.example>');
});
afterAll(async () => {
  transport?.close();
  await smtp?.close();
});
beforeEach(() => {
  // A fresh database file and clock for each test; mails are told apart by address.
  db = openStore(join(mkdtempSync(join(tmpdir(), 'lelien-handlers-')), 'newsletter.db'));
  now = START;
  const clock = () => now;
  worker = createWorker({ db, secret, site: SITE, transport }, clock, () => undefined);
  nl = { db, secret, site: SITE, clock, wake: () => undefined };
});

/** `POST /api/newsletter/subscribe` as a `Request`. */
function signupRequest(body: string, type = 'application/x-www-form-urlencoded'): Request {
  return new Request('http://127.0.0.1:4321/api/newsletter/subscribe', {
    method: 'POST',
    headers: { 'Content-Type': type, Accept: 'application/json' },
    body,
  });
}

/** A signup from `from` (a client network), answered as the route answers it. */
async function signUp(body: string, from = nextClient()) {
  return answer(await subscribe(signupRequest(body), nl, from));
}

/** The mails to addresses `to` matches, once `count` of them have arrived (parsing lags a send). */
async function mailsTo(to: RegExp, count: number) {
  const end = Date.now() + 10_000;
  const matching = () => smtp.mails.filter((m) => to.test(m.to));
  while (matching().length < count) {
    if (Date.now() > end)
      throw new Error(`expected ${count} mails to ${to}, got ${matching().length}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return matching();
}

const rows = (sql: string, ...args: (string | number)[]) =>
  db.prepare(sql).all(...args) as Record<string, unknown>[];

/** A page's request: GET, or a POST of `body` (the page's button, or a mail provider's). */
function pageRequest(path: string, method = 'GET', body?: string): Request {
  return new Request(new URL(path, 'http://127.0.0.1:4321'), {
    method,
    ...(body !== undefined && {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body,
    }),
  });
}

describe('newsletter handlers, in process', () => {
  it('accepts a signup: 202, a pending row, and one confirmation mail whose link confirms', async () => {
    const reply = await signUp(signupBody('Ana.Martin@Example.org'));
    expect(reply).toMatchObject({ status: 202, body: { ok: true } });
    expect(reply.body.message.length).toBeGreaterThan(10);
    expect(rows('SELECT email, status, lang, source FROM subscribers')).toEqual([
      { email: 'ana.martin@example.org', status: 'pending', lang: 'fr', source: '/' },
    ]);
    expect(await worker.drain()).toEqual({ sent: 1, skipped: 0, failed: 0 });
    const [mail] = await mailsTo(/^ana\.martin@/, 1);
    const token = new URL(linkIn(mail!, /\/newsletter\/confirmer\//)).searchParams.get('t')!;
    expect(readConfirmToken(secret, token)?.id).toBe(
      rows('SELECT id FROM subscribers')[0]?.id as number,
    );
  });

  it('refuses an invalid address with 400 and a message, storing and sending nothing', async () => {
    const cases: [string, string][] = [
      ['plainaddress', 'email.invalid'],
      ['ana@localhost', 'email.invalid'],
      ['ana..b@example.org', 'email.invalid'],
      ['', 'email.empty'],
      ['a@example.org,b@example.org', 'email.several'],
      ['ana@example.org\r\nBcc: victim@example.org', 'email.control'],
      ['x'.repeat(10_000), 'email.too-long'],
    ];
    for (const [email, problem] of cases) {
      const reply = await signUp(signupBody(email));
      expect(reply.status, email).toBe(400);
      expect(reply.body, email).toMatchObject({ ok: false, problem, field: 'email' });
      expect(reply.body.message.trim().length, email).toBeGreaterThan(10);
    }
    const mixed = await signUp(`${signupBody('a@example.org')}&email=b%40example.org`);
    expect(mixed.body).toMatchObject({ ok: false, problem: 'email.several' });
    const json = await subscribe(signupRequest('{}', 'application/json'), nl, nextClient());
    expect(answer(json).status).toBe(415);
    expect(rows('SELECT email FROM subscribers')).toEqual([]);
    expect(await worker.drain()).toEqual({ sent: 0, skipped: 0, failed: 0 });
  });

  it('refuses a signup without consent, pointing at the box', async () => {
    for (const body of [
      signupBody('ana@example.org', { consent: '' }),
      signupBody('ana@example.org', { consent: 'no' }),
      'email=ana%40example.org&lang=fr&source=%2F',
    ]) {
      const reply = await signUp(body);
      expect(reply.status).toBe(400);
      expect(reply.body).toMatchObject({ ok: false, problem: 'consent.missing', field: 'consent' });
    }
    expect(rows('SELECT email FROM subscribers')).toEqual([]);
  });

  it('drops honeypot and too-fast forms silently: a success answer, no row, no mail', async () => {
    const trap = await signUp(signupBody('bot1@example.org', { website: 'http://spam' }));
    const fast = await signUp(signupBody('bot2@example.org', { started: String(now - 300) }));
    const human = await signUp(signupBody('human@example.org', { started: String(now - 5000) }));
    expect([trap.status, fast.status, human.status]).toEqual([202, 202, 202]);
    expect(rows('SELECT email FROM subscribers')).toEqual([{ email: 'human@example.org' }]);
  });

  it('counts a whole IPv6 /64 as one client, and lets another /64 in', async () => {
    const statuses: number[] = [];
    let retryAfter: string | undefined;
    for (let i = 0; i < 30; i++) {
      const peer = `2001:db8:77:1:${((i * 7919) & 0xffff).toString(16)}::${i + 1}`;
      const reply = await signUp(signupBody(`net6-${i}@example.org`), networkOf(peer));
      statuses.push(reply.status);
      retryAfter ??= reply.headers['Retry-After'];
    }
    // 5 a minute per client, and the clock stands still: the first 5, then only refusals.
    expect(statuses).toEqual([...Array(5).fill(202), ...Array(25).fill(429)]);
    expect(Number(retryAfter)).toBe(30);
    const other = await signUp(signupBody('net6-other@example.org'), networkOf('2001:db8:77:2::1'));
    expect(other.status).toBe(202);
  });

  it('mails one Gmail inbox once, however its address is spelt, and stores what was typed', async () => {
    const spellings = [
      'flood.target@gmail.com',
      'floodtarget@gmail.com',
      'f.l.o.o.d.target@gmail.com',
      'floodtarget+1@gmail.com',
      'flood.target+x@googlemail.com',
      'FloodTarget@gmail.com',
    ];
    const statuses = [];
    for (const email of spellings) statuses.push((await signUp(signupBody(email))).status);
    // The address limit (5 an hour) counts the inbox: the sixth spelling is refused.
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    expect(rows('SELECT email FROM subscribers ORDER BY email').map((r) => r.email)).toEqual(
      spellings
        .slice(0, 5)
        .map((e) => e.toLowerCase())
        .sort(),
    );
    expect((await worker.drain()).sent).toBe(1);
    expect((await mailsTo(/target/, 1)).map((m) => m.to)).toEqual(['flood.target@gmail.com']);
  });

  it('answers the same whatever the address’s state, and stores a Unicode domain as punycode', async () => {
    const fresh = await signUp(signupBody('new.person@example.org'));
    await signUp(signupBody('elodie@école.fr'));
    expect(await signUp(signupBody('ELODIE@ÉCOLE.FR'))).toEqual(fresh);
    expect(rows(`SELECT email FROM subscribers WHERE email LIKE '%xn--%'`)).toEqual([
      { email: 'elodie@xn--cole-9oa.fr' },
    ]);
    const [row] = rows(`SELECT id FROM subscribers WHERE email = 'new.person@example.org'`);
    const token = confirmToken(secret, Number(row!.id), now);
    const path = `/newsletter/confirmer/?t=${token}`;
    expect((await confirmPage(pageRequest(path, 'POST', ''), nl, nextClient())).state).toBe('done');
    expect(await signUp(signupBody('new.person@example.org'))).toEqual(fresh);
  });

  it('confirms by the page’s POST only, welcomes once, and refuses forged or expired links', async () => {
    await signUp(signupBody('ana@example.org'));
    expect((await worker.drain()).sent).toBe(1);
    const [row] = rows(`SELECT id FROM subscribers`);
    const id = Number(row!.id);
    const path = (token: string) => `/newsletter/confirmer/?t=${encodeURIComponent(token)}`;
    const good = path(confirmToken(secret, id, now));
    // Opening the link (a mail scanner does) changes nothing.
    expect(await confirmPage(pageRequest(good), nl, nextClient())).toMatchObject({
      state: 'ask',
      status: 200,
    });
    expect(rows('SELECT status FROM subscribers')).toEqual([{ status: 'pending' }]);
    now += 60_000;
    for (let i = 0; i < 2; i++)
      expect(await confirmPage(pageRequest(good, 'POST', ''), nl, nextClient())).toMatchObject({
        state: 'done',
        status: 200,
      });
    expect(rows('SELECT status FROM subscribers')).toEqual([{ status: 'confirmed' }]);
    // One welcome, however often the button was pressed.
    expect(await worker.drain()).toEqual({ sent: 1, skipped: 0, failed: 0 });
    expect((await mailsTo(/^ana@example\.org$/, 2)).map((m) => m.subject)).toEqual([
      'Confirmez votre inscription au Lien',
      'Bienvenue dans la lettre du Lien',
    ]);

    await signUp(signupBody('late@example.org'));
    const [late] = rows(`SELECT id FROM subscribers WHERE email = 'late@example.org'`);
    const expired = path(confirmToken(secret, Number(late!.id), now - 49 * 3600_000));
    for (const method of ['GET', 'POST'])
      expect(
        await confirmPage(
          pageRequest(expired, method, method === 'POST' ? '' : undefined),
          nl,
          '1',
        ),
      ).toMatchObject({ state: 'expired', status: 410 });
    const forged = [
      '',
      'a.b.c',
      confirmToken(Buffer.from('not-the-site-secret-not-the-site-secret'), id, now),
      `${'9'.repeat(40)}.1.x`,
    ];
    for (const token of forged)
      for (const method of ['GET', 'POST'])
        expect(
          await confirmPage(
            pageRequest(path(token), method, method === 'POST' ? '' : undefined),
            nl,
            nextClient(),
          ),
          token,
        ).toMatchObject({ state: 'invalid', status: 400 });
    expect(rows(`SELECT status FROM subscribers WHERE email = 'late@example.org'`)).toEqual([
      { status: 'pending' },
    ]);
  });

  it('unsubscribes by one-click POST or the button, the same every time, and knows no forged link', async () => {
    await signUp(signupBody('oneclick@example.org'));
    const id = Number(rows('SELECT id FROM subscribers')[0]!.id);
    const path = `/newsletter/desinscription/?t=${unsubscribeToken(secret, id)}`;
    expect(await unsubscribePage(pageRequest(path), nl)).toMatchObject({
      state: 'ask',
      status: 200,
    });
    expect(rows('SELECT status FROM subscribers')).toEqual([{ status: 'pending' }]);
    const locals = { newsletter: nl, clientNetwork: nextClient() };
    for (let i = 0; i < 2; i++) {
      const reply = await unsubscribeRoute(
        pageRequest(path, 'POST', 'List-Unsubscribe=One-Click'),
        locals,
      );
      expect(reply).toBeInstanceOf(Response);
      expect((reply as Response).status).toBe(200);
      expect(await (reply as Response).text()).toBe('Unsubscribed.\n');
    }
    expect(rows('SELECT status FROM subscribers')).toEqual([{ status: 'unsubscribed' }]);
    // The page's own button: a POST without the one-click field gets the page's outcome.
    expect(await unsubscribeRoute(pageRequest(path, 'POST', ''), locals)).toMatchObject({
      state: 'done',
      status: 200,
    });
    const forged = `/en/newsletter/unsubscribe/?t=${id}.AAAAAAAAAAAAAAAAAAAAAA`;
    const refused = await unsubscribeRoute(
      pageRequest(forged, 'POST', 'List-Unsubscribe=One-Click'),
      locals,
    );
    expect((refused as Response).status).toBe(400);
    expect(await (refused as Response).text()).toBe('Unknown link.\n');
  });

  it('keeps one row and queues one mail for 100 signups of one address at once', async () => {
    const spellings = [
      'Zoe@Example.org',
      'ZOE@EXAMPLE.ORG',
      'zoe@example.org',
      ' zoe@Example.ORG ',
    ];
    const replies = await Promise.all(
      Array.from({ length: 100 }, (_, i) => signUp(signupBody(spellings[i % spellings.length]!))),
    );
    expect(replies.every((r) => r.status === 202 || r.status === 429)).toBe(true);
    expect(rows(`SELECT email FROM subscribers`)).toEqual([{ email: 'zoe@example.org' }]);
    expect(await worker.drain()).toEqual({ sent: 1, skipped: 0, failed: 0 });
    expect(await mailsTo(/^zoe@/, 1)).toHaveLength(1);
  });
});
