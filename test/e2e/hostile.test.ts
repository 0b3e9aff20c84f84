/**
 * The built server against the requests that once broke it (issue 14), each as a hostile client
 * would send it: ranges that ended the process, a malformed Host, TRACE, one client over a whole
 * IPv6 /64 (IPv4-mapped addresses: see test/server/origin.test.ts), one Gmail inbox spelt six ways, oversized bodies, slow sockets, a bad data folder or
 * key, and a stop in the middle of a stream of signups.
 */
import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchange, parseResponse } from '../../scripts/fuzz/client.ts';
import { catchMail, type MailCatcher } from './mail.ts';
import { freshDataDir, postSignup, startRefused, startSite, type Site } from './site.ts';
import { signupBody } from '../support/signup.ts';

let site: Site;
let smtp: MailCatcher;
let port: number;

beforeAll(async () => {
  smtp = await catchMail();
  site = await startSite({ SMTP_URL: smtp.url, TRUST_PROXY: '1' });
  port = Number(new URL(site.base).port);
});
afterAll(async () => {
  await site?.kill('SIGTERM');
  await smtp?.close();
});

const rows = (dataDir: string, sql: string) => {
  const db = new DatabaseSync(join(dataDir, 'newsletter.db'), { readOnly: true });
  try {
    return db.prepare(sql).all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
};

/** Sends raw bytes and reads the answer, which must be a well-formed response. */
async function raw(request: string) {
  const answer = await exchange(port, Buffer.from(request, 'latin1'));
  const response = parseResponse(answer.bytes, request.split(' ')[0] ?? 'GET');
  expect(
    response,
    `no well-formed answer to ${JSON.stringify(request.slice(0, 60))}`,
  ).toBeDefined();
  expect(response!.headers['content-security-policy']).toContain("default-src 'none'");
  expect(response!.headers['x-content-type-options']).toBe('nosniff');
  return response!;
}

describe('requests that ended or confused the server', () => {
  it('ignores a Range it cannot serve instead of ending the process, and still serves good ones', async () => {
    const whole = await (await fetch(`${site.base}/robots.txt`)).text();
    for (const range of [
      'bytes=20-10',
      'bytes=0-99999999999999999999',
      'bytes=1-9007199254740992',
    ]) {
      const response = await fetch(`${site.base}/robots.txt`, { headers: { Range: range } });
      expect(response.status, range).toBe(200);
      expect(await response.text()).toBe(whole);
    }
    const part = await fetch(`${site.base}/robots.txt`, { headers: { Range: 'bytes=0-4' } });
    expect(part.status).toBe(206);
    expect(await part.text()).toBe(whole.slice(0, 5));
    const past = await fetch(`${site.base}/robots.txt`, { headers: { Range: 'bytes=99999-' } });
    expect(past.status).toBe(416);
    expect((await fetch(`${site.base}/`)).status).toBe(200);
  });

  it('answers a malformed Host with 400 and TRACE with 405, each with a status line and the headers', async () => {
    const badHost = await raw('GET /nope HTTP/1.1\r\nHost: a@b\r\nConnection: close\r\n\r\n');
    expect(badHost.status).toBe(400);
    const noHost = await raw('GET / HTTP/1.1\r\nConnection: close\r\n\r\n');
    expect(noHost.status).toBe(400);
    const trace = await raw(
      `TRACE / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: ${site.base}\r\nConnection: close\r\n\r\n`,
    );
    expect(trace.status).toBe(405);
    expect(trace.headers.allow).toBe('GET, HEAD, POST, OPTIONS');
    const connectMethod = await raw(
      'CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example\r\n\r\n',
    );
    expect(connectMethod.status).toBe(405);
    const huge = await raw(`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'x'.repeat(65_536)}\r\n\r\n`);
    expect(huge.status).toBe(431);
    expect(site.log()).not.toMatch(/\n\s+at |uncaught|unhandled/);
  });

  it('serves nothing meant for static hosts only', async () => {
    for (const path of [
      '/_headers',
      '/_header%73',
      '/404.html',
      '/%34%30%34.html',
      '/404',
      '/en/404.html',
      '/en/404/',
    ]) {
      const response = await fetch(site.base + path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toContain('Content-Security-Policy:');
    }
  });

  it('answers 413 to every oversized body, even while the client is still sending it', async () => {
    const body = signupBody('ana@example.org', { pad: 'x'.repeat(1024 * 1024) });
    const send = () =>
      postSignup(site.base, body, { client: '192.0.2.200' }).then(
        (r) => r.status,
        (error: Error) => error.message,
      );
    const statuses: (number | string)[] = [];
    for (let i = 0; i < 10; i++) statuses.push(await send());
    statuses.push(...(await Promise.all(Array.from({ length: 10 }, send))));
    expect(statuses).toEqual(Array(20).fill(413));
  });
});

describe('limits that hold', () => {
  it('counts a whole IPv6 /64 as one client', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      const client = `2001:db8:77:1:${((i * 7919) & 0xffff).toString(16)}::${i + 1}`;
      const answer = await postSignup(site.base, signupBody(`net6-${i}@example.org`), { client });
      statuses.push(answer.status);
    }
    // 5 a minute per client, in fixed windows: 30 quick requests span at most two of them.
    expect(statuses.filter((s) => s === 202).length).toBeLessThanOrEqual(10);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(20);
    const other = await postSignup(site.base, signupBody('net6-other@example.org'), {
      client: '2001:db8:77:2::1',
    });
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
    for (const [i, email] of spellings.entries())
      statuses.push(
        (await postSignup(site.base, signupBody(email), { client: `198.51.100.${100 + i}` }))
          .status,
      );
    // The address limit (5 an hour) counts the inbox too: the sixth spelling is refused.
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    const stored = rows(site.dataDir, `SELECT email FROM subscribers WHERE email LIKE 'f%target%'`);
    expect(stored.map((r) => r.email).sort()).toEqual(
      spellings
        .slice(0, 5)
        .map((e) => e.toLowerCase())
        .sort(),
    );
    // Wait for the outbox to be empty, then count: one mail for the inbox, to the first spelling.
    await until(
      () => rows(site.dataDir, 'SELECT 1 FROM outbox WHERE sent_at IS NULL').length === 0,
    );
    const toInbox = smtp.mails.filter((m) => /target/.test(m.to));
    expect(toInbox.map((m) => m.to)).toEqual(['flood.target@gmail.com']);
  });
});

async function until(check: () => boolean, what = 'a state', ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('slow clients', () => {
  // A server of their own with REQUEST_TIMEOUT=4: the headers get a third of it (1.3 s), the
  // whole request 4 s; the default 30 s would only make the test wait longer.
  let own: Site;
  beforeAll(async () => {
    own = await startSite({ REQUEST_TIMEOUT: '4' });
  });
  afterAll(async () => {
    await own?.kill('SIGTERM');
  });

  /** Opens a socket that sends `head` then one more byte of `drip` a second; resolves with what came back once the server closes it. */
  function slow(head: string, drip: string): Promise<string> {
    return new Promise((resolve) => {
      const socket = connect(Number(new URL(own.base).port), '127.0.0.1');
      let got = '';
      let at = 0;
      const timer = setInterval(
        () => socket.writable && socket.write(drip[at++ % drip.length]!),
        1000,
      );
      socket.on('data', (d) => (got += d.toString('latin1')));
      socket.on('error', () => undefined);
      socket.on('close', () => {
        clearInterval(timer);
        resolve(got);
      });
      socket.write(head);
    });
  }

  it('closes a socket that drips its headers or its body, and goes on answering others', async () => {
    const headers = slow(`GET / HTTP/1.1\r\nHost: ${new URL(own.base).host}\r\n`, 'X-Slow: y\r\n');
    const body = slow(
      `POST /newsletter/desinscription/?t=x HTTP/1.1\r\nHost: ${new URL(own.base).host}\r\n` +
        'Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n',
      'List-Unsubscribe=One-Click&',
    );
    expect((await fetch(`${own.base}/`)).status).toBe(200);
    const [afterHeaders, afterBody] = await Promise.all([headers, body]);
    expect(afterHeaders).toMatch(/^HTTP\/1\.1 408 /);
    expect(afterBody).toMatch(/^HTTP\/1\.1 408 /);
    expect((await fetch(`${own.base}/`)).status).toBe(200);
  });
});

describe('start-up', () => {
  const oneLine = (output: string) => output.trim().split('\n');

  it('refuses an empty or short key file with one line saying what to do', async () => {
    for (const key of ['', 'short']) {
      const dataDir = freshDataDir();
      writeFileSync(join(dataDir, 'secret'), key, { mode: 0o600 });
      const { code, output } = await startRefused({ DATA_DIR: dataDir });
      expect(code).toBe(1);
      expect(oneLine(output)).toHaveLength(1);
      expect(output).toContain(join(dataDir, 'secret'));
      expect(output).toMatch(/at least 32/);
    }
  });

  it('refuses a data folder it cannot use, naming it, without a stack trace', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'lelien-parent-'));
    const file = join(parent, 'a-file');
    writeFileSync(file, '');
    for (const dataDir of [join(parent, 'missing', 'data'), file, '/proc/1']) {
      const { code, output } = await startRefused({ DATA_DIR: dataDir });
      expect(code, dataDir).toBe(1);
      expect(oneLine(output), output).toHaveLength(1);
      expect(output).toContain(dataDir);
      expect(output).toMatch(/DATA_DIR/);
    }
  });

  it('keeps the data private: folders 700, database, journal, key and mails 600', async () => {
    const dataDir = freshDataDir();
    mkdirSync(join(dataDir, 'outbox'), { mode: 0o755 });
    const own = await startSite({ DATA_DIR: dataDir, TRUST_PROXY: '1' });
    try {
      expect(
        (await postSignup(own.base, signupBody('private@example.org'), { client: '192.0.2.9' }))
          .status,
      ).toBe(202);
      await until(
        () => readdirSync(join(dataDir, 'outbox')).some((f) => f.endsWith('.eml')),
        'the mail file',
      );
      const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);
      expect(mode(dataDir)).toBe('700');
      expect(mode(join(dataDir, 'outbox'))).toBe('700');
      for (const name of ['newsletter.db', 'newsletter.db-wal', 'newsletter.db-shm', 'secret'])
        expect(mode(join(dataDir, name)), name).toBe('600');
      for (const name of readdirSync(join(dataDir, 'outbox')))
        expect(mode(join(dataDir, 'outbox', name)), name).toBe('600');
    } finally {
      await own.kill('SIGTERM');
    }
  });
});

describe('stopping', () => {
  it('on SIGTERM during 200 signups, keeps every one it answered and exits 0', async () => {
    const own = await startSite({ TRUST_PROXY: '1' });
    const acknowledged: string[] = [];
    let answered = 0;
    const sends = Array.from({ length: 200 }, (_, i) => {
      const email = `stop${i}@example.org`;
      return postSignup(own.base, signupBody(email), { client: `10.77.${i >> 8}.${i & 255}` }).then(
        (r) => {
          answered += 1;
          if (r.status === 202) acknowledged.push(email);
        },
        () => undefined, // refused once the server stopped listening: never acknowledged
      );
    });
    await until(() => answered >= 20, 'the first answers');
    const code = await own.kill('SIGTERM');
    await Promise.all(sends);
    expect(code).toBe(0);
    expect(own.log()).toMatch(/SIGTERM, stopping/);
    const stored = new Set(rows(own.dataDir, 'SELECT email FROM subscribers').map((r) => r.email));
    expect(acknowledged.filter((e) => !stored.has(e))).toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(20);
    expect(rows(own.dataDir, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  });
});
