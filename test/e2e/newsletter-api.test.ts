/**
 * The newsletter's HTTP surface against the built server, a real SMTP server on loopback and a
 * real SQLite file: bad input, duplicates, origins, rate limits and headers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmToken, unsubscribeToken } from '../../src/server/newsletter/tokens.ts';
import { catchMail, type MailCatcher } from './mail.ts';
import { postSignup, startSite, type Site } from './site.ts';
import { signupBody } from '../support/signup.ts';

let site: Site;
let smtp: MailCatcher;
let client = 0;
/** A new client address per request, so per-client limits stay out of the way. */
const nextClient = () => `10.${(client >> 16) & 255}.${(client >> 8) & 255}.${client++ & 255}`;

const db = () => new DatabaseSync(join(site.dataDir, 'newsletter.db'), { readOnly: true });
const rows = (sql: string, ...args: (string | number)[]) => {
  const handle = db();
  try {
    return handle.prepare(sql).all(...args) as Record<string, unknown>[];
  } finally {
    handle.close();
  }
};
const secret = () => Buffer.from(readFileSync(join(site.dataDir, 'secret'), 'utf8').trim());
const settle = () => new Promise((r) => setTimeout(r, 1500));

beforeAll(async () => {
  smtp = await catchMail();
  site = await startSite({ SMTP_URL: smtp.url, TRUST_PROXY: '1' });
});
afterAll(async () => {
  await site?.kill('SIGTERM');
  await smtp?.close();
});

interface Bad {
  name: string;
  body?: BodyInit;
  type?: string;
  path?: string;
  method?: string;
  headers?: Record<string, string>;
}

/** The bad inputs, by family; each must get a 4xx with a message and send nothing. */
function badInputs(base: string): Bad[] {
  const form = (email: string, extra: Record<string, string> = {}) => ({
    name: `email ${JSON.stringify(email).slice(0, 60)}`,
    body: signupBody(email, extra),
  });
  const controls = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).concat(
    '\x7f',
    '\u0085',
    '\u2028',
  );
  const invalid = [
    'plainaddress',
    '@example.org',
    'ana@',
    'ana@example',
    'ana@@example.org',
    'ana..b@example.org',
    '.ana@example.org',
    'ana.@example.org',
    'ana@-example.org',
    'ana@example-.org',
    'ana@example..org',
    'ana@.example.org',
    'ana@example.org.',
    '<ana@example.org>',
    '"ana"@example.org',
    'ana(x)@example.org',
    'ana@[127.0.0.1]',
    'ana@localhost',
    'ana@example.1',
    'ana@exa mple.org',
    'an"a@example.org',
    'ana\\@example.org',
    'ana@example.o',
    'ana@ex_ample.org',
    `${'a'.repeat(65)}@example.org`,
    `ana@${'a'.repeat(64)}.org`,
    'ana@example.org>',
    'mailto:ana@example.org',
    'ana@xn--.org',
    '@',
  ];
  const several = [
    'a@example.org,b@example.org',
    'a@example.org;b@example.org',
    'a@example.org b@example.org',
    'a@example.org\tb@example.org',
    'a@b@example.org',
    'Ana <a@example.org>, b@example.org',
  ];
  const injections = [
    'ana@example.org\r\nBcc: victim@example.org',
    'ana@example.org\nBcc: victim@example.org',
    'ana@example.org\rSubject: spam',
    'ana@example.org%0d%0aBcc:victim@example.org',
    'ana@example.org\r\n\r\nbody',
    '\r\nana@example.org',
    'ana@example.org\u0000',
    'ana\r\n@example.org',
    'ana@exam\r\nple.org',
    'ana@example.org\r\nContent-Type: text/html',
  ];
  const oversize = (bytes: number) => signupBody(`ana@example.org`, { pad: 'x'.repeat(bytes) });
  const list: Bad[] = [
    form(''),
    form('   '),
    form('\t'),
    form('a'.repeat(255) + '@example.org'),
    form(`ana@${'a.'.repeat(200)}org`),
    form('x'.repeat(10_000)),
    ...controls.flatMap((c) => [form(`ana${c}@example.org`), form(`ana@example.org${c}`)]),
    ...invalid.map((e) => form(e)),
    ...several.map((e) => form(e)),
    ...injections.map((e) => form(e)),
    { name: 'two email fields', body: `${signupBody('a@example.org')}&email=b%40example.org` },
    { name: 'no consent', body: signupBody('ana@example.org', { consent: '' }) },
    { name: 'consent no', body: signupBody('ana@example.org', { consent: 'no' }) },
    { name: 'consent missing', body: 'email=ana%40example.org&lang=fr&source=%2F' },
    { name: 'language de', body: signupBody('ana@example.org', { lang: 'de' }) },
    { name: 'language missing', body: 'email=ana%40example.org&consent=yes&source=%2F' },
    {
      name: 'source elsewhere',
      body: signupBody('ana@example.org', { source: 'https://evil.example/' }),
    },
    {
      name: 'source protocol-relative',
      body: signupBody('ana@example.org', { source: '//evil.example/' }),
    },
    { name: 'source with a line break', body: signupBody('ana@example.org', { source: '/\r\nx' }) },
    {
      name: 'raw invalid UTF-8',
      body: Buffer.concat([
        Buffer.from('email=ana'),
        Buffer.from([0xff, 0xfe]),
        Buffer.from('%40example.org&consent=yes&lang=fr&source=%2F'),
      ]),
    },
    { name: 'encoded invalid UTF-8', body: signupBody('ana@example.org').replace('ana', 'ana%FF') },
    {
      name: 'encoded overlong UTF-8',
      body: signupBody('ana@example.org').replace('ana', '%C0%AF'),
    },
    {
      name: 'lone surrogate',
      body: 'email=%ED%A0%80%40example.org&consent=yes&lang=fr&source=%2F',
    },
    {
      name: 'JSON',
      type: 'application/json',
      body: JSON.stringify({ email: 'ana@example.org', consent: 'yes', lang: 'fr', source: '/' }),
    },
    { name: 'text/plain', type: 'text/plain', body: signupBody('ana@example.org') },
    {
      name: 'multipart',
      type: 'multipart/form-data; boundary=x',
      body: '--x\r\nContent-Disposition: form-data; name="email"\r\n\r\nana@example.org\r\n--x--\r\n',
    },
    { name: 'XML', type: 'application/xml', body: '<email>ana@example.org</email>' },
    { name: 'no content type', type: '', body: signupBody('ana@example.org') },
    { name: 'body 16 KB + 1', body: oversize(16 * 1024 + 1) },
    { name: 'body 64 KB', body: oversize(64 * 1024) },
    { name: 'body 1 MB', body: oversize(1024 * 1024) },
    { name: 'GET on the endpoint', method: 'GET' },
    { name: 'PUT on the endpoint', method: 'PUT', body: signupBody('ana@example.org') },
    {
      name: 'foreign origin',
      body: signupBody('ana@example.org'),
      headers: { Origin: 'https://evil.example' },
    },
    { name: 'null origin', body: signupBody('ana@example.org'), headers: { Origin: 'null' } },
    {
      name: 'origin on another port',
      body: signupBody('ana@example.org'),
      headers: { Origin: 'http://127.0.0.1:1' },
    },
  ];
  const forged = [
    '',
    'x',
    'a.b.c',
    '1.2.AAAAAAAAAAAAAAAAAAAAAA',
    '1.lo3.!!!!!!!!!!!!!!!!!!!!!!',
    `${'9'.repeat(40)}.1.x`,
    confirmToken(Buffer.from('not-the-site-secret-not-the-site-secret'), 1, Date.now()),
    '../../etc/passwd',
    '%00',
    'a'.repeat(5000),
  ];
  for (const token of forged) {
    const t = encodeURIComponent(token);
    list.push(
      {
        name: `confirm GET forged ${token.slice(0, 20)}`,
        method: 'GET',
        path: `/newsletter/confirmer/?t=${t}`,
      },
      {
        name: `confirm POST forged ${token.slice(0, 20)}`,
        path: `/newsletter/confirmer/?t=${t}`,
        body: '',
      },
      {
        name: `unsubscribe POST forged ${token.slice(0, 20)}`,
        path: `/en/newsletter/unsubscribe/?t=${t}`,
        body: 'List-Unsubscribe=One-Click',
        headers: { Origin: '' },
      },
    );
  }
  // Every address problem again as a form sent without JavaScript (an HTML page, never a 303).
  const noScript = list
    .filter((bad) => bad.name.startsWith('email '))
    .map((bad) => ({
      ...bad,
      name: `${bad.name} (no JavaScript)`,
      headers: { Accept: 'text/html' },
    }));
  list.push(...noScript);
  return list.map((bad) => ({
    ...bad,
    path: bad.path ?? '/api/newsletter/subscribe',
    headers: { Origin: base, ...bad.headers },
  }));
}

describe('newsletter API', () => {
  it('answers every bad input with a 4xx and a message, and sends nothing', async () => {
    const list = badInputs(site.base);
    expect(list.length).toBeGreaterThanOrEqual(200);
    const failures: string[] = [];
    for (const bad of list) {
      const headers: Record<string, string> = {
        Accept: 'application/json',
        'X-Forwarded-For': nextClient(),
        ...bad.headers,
      };
      if (headers.Origin === '') delete headers.Origin;
      if (bad.type !== '')
        headers['Content-Type'] = bad.type ?? 'application/x-www-form-urlencoded';
      const method = bad.method ?? 'POST';
      const response = await fetch(`${site.base}${bad.path}`, {
        method,
        redirect: 'manual',
        headers,
        ...(method !== 'GET' && bad.body !== undefined && { body: bad.body }),
      }).catch((error: Error) => ({ status: 0, text: async () => error.message }) as Response);
      const text = await response.text();
      if (response.status < 400 || response.status >= 500 || text.trim().length < 10)
        failures.push(`${bad.name}: ${response.status} ${text.slice(0, 80)}`);
    }
    expect(failures).toEqual([]);
    await settle();
    expect(rows('SELECT email FROM subscribers')).toEqual([]);
    expect(smtp.mails).toHaveLength(0);
    expect(site.log()).not.toMatch(/Could not render|Internal Server Error|\n\s+at /);
    console.log(`newsletter: ${list.length} bad inputs, all 4xx, 0 mails, 0 rows`);
  });

  it('answers a refused oversize chunked body with 413, not a server error', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(8192));
    let sent = 0;
    const body = new ReadableStream({
      pull(controller) {
        if (sent++ < 8) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await fetch(`${site.base}/api/newsletter/subscribe`, {
      method: 'POST',
      headers: {
        Origin: site.base,
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json',
        'X-Forwarded-For': nextClient(),
      },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect((await response.json()).problem).toBe('request.too-large');
  });

  it('keeps one row and sends at most one mail for 100 concurrent signups of one address', async () => {
    const spellings = [
      'Zoe@Example.org',
      'ZOE@EXAMPLE.ORG',
      'zoe@example.org',
      ' zoe@Example.ORG ',
      'zOe@eXample.org',
    ];
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        postSignup(site.base, signupBody(spellings[i % spellings.length]!), {
          client: nextClient(),
        }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.every((s) => s === 202 || s === 429)).toBe(true);
    await settle();
    expect(rows(`SELECT email FROM subscribers WHERE email = 'zoe@example.org'`)).toHaveLength(1);
    const toZoe = smtp.mails.filter((m) => m.to === 'zoe@example.org');
    expect(toZoe.length).toBeLessThanOrEqual(1);
    console.log(
      `newsletter: 100 concurrent signups of one address: ${statuses.filter((s) => s === 202).length} × 202, ${statuses.filter((s) => s === 429).length} × 429, 1 row, ${toZoe.length} mail`,
    );
  });

  it('answers the same whatever the address’s state, and treats a Unicode domain as its punycode', async () => {
    const ask = (email: string) =>
      postSignup(site.base, signupBody(email), { client: nextClient() }).then(async (r) => [
        r.status,
        await r.text(),
      ]);
    const fresh = await ask('new.person@example.org');
    await ask('elodie@école.fr');
    const pending = await ask('ELODIE@ÉCOLE.FR');
    expect(pending).toEqual(fresh);
    expect(rows(`SELECT email FROM subscribers WHERE email LIKE '%xn--cole-9oa.fr'`)).toEqual([
      { email: 'elodie@xn--cole-9oa.fr' },
    ]);
    // Confirmed and unsubscribed addresses get the very same answer.
    const [row] = rows(
      `SELECT id, consent_at FROM subscribers WHERE email = 'new.person@example.org'`,
    );
    const token = confirmToken(secret(), Number(row!.id), Number(row!.consent_at));
    const confirmed = await fetch(`${site.base}/newsletter/confirmer/?t=${token}`, {
      method: 'POST',
      headers: {
        Origin: site.base,
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Forwarded-For': nextClient(),
      },
      body: '',
    });
    expect(confirmed.status).toBe(200);
    expect(await ask('new.person@example.org')).toEqual(fresh);
  });

  it('drops honeypot and too-fast forms silently: a success answer, no row, no mail', async () => {
    const trap = await postSignup(
      site.base,
      signupBody('bot1@example.org', { website: 'http://spam' }),
      { client: nextClient() },
    );
    const fast = await postSignup(
      site.base,
      signupBody('bot2@example.org', { started: String(Date.now() - 300) }),
      { client: nextClient() },
    );
    const human = await postSignup(
      site.base,
      signupBody('human@example.org', { started: String(Date.now() - 5000) }),
      { client: nextClient() },
    );
    expect([trap.status, fast.status, human.status]).toEqual([202, 202, 202]);
    await settle();
    expect(rows(`SELECT email FROM subscribers WHERE email LIKE 'bot%'`)).toEqual([]);
    expect(rows(`SELECT email FROM subscribers WHERE email = 'human@example.org'`)).toHaveLength(1);
    expect(smtp.mails.filter((m) => m.to.startsWith('bot'))).toEqual([]);
  });

  it('refuses an expired confirmation link with 410 and changes nothing', async () => {
    await postSignup(site.base, signupBody('late@example.org'), { client: nextClient() });
    const [row] = rows(`SELECT id FROM subscribers WHERE email = 'late@example.org'`);
    const token = confirmToken(secret(), Number(row!.id), Date.now() - 49 * 3600_000);
    for (const method of ['GET', 'POST']) {
      const response = await fetch(`${site.base}/newsletter/confirmer/?t=${token}`, {
        method,
        headers: {
          Origin: site.base,
          'X-Forwarded-For': nextClient(),
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        ...(method === 'POST' && { body: '' }),
      });
      expect(response.status).toBe(410);
    }
    expect(rows(`SELECT status FROM subscribers WHERE email = 'late@example.org'`)).toEqual([
      { status: 'pending' },
    ]);
  });

  it('refuses cross-origin POSTs everywhere but accepts the bare one-click unsubscribe', async () => {
    await postSignup(site.base, signupBody('oneclick@example.org'), { client: nextClient() });
    const [row] = rows(`SELECT id FROM subscribers WHERE email = 'oneclick@example.org'`);
    const url = `${site.base}/newsletter/desinscription/?t=${unsubscribeToken(secret(), Number(row!.id))}`;
    const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
    const foreign = await fetch(url, {
      method: 'POST',
      headers: { ...form, Origin: 'https://evil.example' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(foreign.status).toBe(403);
    expect(rows(`SELECT status FROM subscribers WHERE id = ?`, Number(row!.id))).toEqual([
      { status: 'pending' },
    ]);
    const noOrigin = await postSignup(site.base, signupBody('x@example.org'), {
      headers: { Origin: '' },
    }).catch(() => undefined);
    expect(noOrigin?.status ?? 403).toBe(403);
    for (let i = 0; i < 2; i++) {
      const bare = new FormData();
      bare.set('List-Unsubscribe', 'One-Click');
      const response = await fetch(url, { method: 'POST', body: bare, redirect: 'manual' });
      expect(response.status).toBe(200);
      expect(response.headers.get('location')).toBeNull();
    }
    expect(rows(`SELECT status FROM subscribers WHERE id = ?`, Number(row!.id))).toEqual([
      { status: 'unsubscribed' },
    ]);
  });

  it('puts the security headers on every class of response', async () => {
    const classes: [string, RequestInit?][] = [
      ['/'],
      ['/newsletter/'],
      ['/favicon.svg'],
      ['/pagefind/pagefind-entry.json'],
      ['/no/such/page/'],
      ['/newsletter/confirmer/?t=forged'],
      [
        '/api/newsletter/subscribe',
        {
          method: 'POST',
          headers: {
            Origin: site.base,
            Accept: 'application/json',
            'Content-Type': 'application/x-www-form-urlencoded',
          },
          body: signupBody(''),
        },
      ],
      [
        '/api/newsletter/subscribe',
        { method: 'POST', headers: { Origin: 'https://evil.example' }, body: '' },
      ],
      [
        '/api/newsletter/subscribe',
        {
          method: 'POST',
          headers: { Origin: site.base, 'Content-Length': '99999' },
          body: 'x'.repeat(99999),
        },
      ],
    ];
    const statuses: number[] = [];
    for (const [path, init] of classes) {
      const response = await fetch(`${site.base}${path}`, { redirect: 'manual', ...init });
      statuses.push(response.status);
      const h = response.headers;
      expect(h.get('content-security-policy'), path).toMatch(
        /default-src 'none'.*frame-ancestors 'none'/,
      );
      expect(h.get('x-content-type-options'), path).toBe('nosniff');
      expect(h.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(h.get('permissions-policy'), path).toContain('camera=()');
      expect(h.get('x-frame-options'), path).toBe('DENY');
    }
    expect(new Set(statuses)).toEqual(new Set([200, 404, 400, 403, 413]));
  });
});
