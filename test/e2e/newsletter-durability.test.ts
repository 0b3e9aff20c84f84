/**
 * What must survive a crash: acknowledged signups (SIGKILL during a stream), their mail (SMTP down
 * then back), rate limits (a restart), and `send` (killed halfway, then run again).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/serve.ts';
import { openStore } from '../../src/server/newsletter/store.ts';
import { catchMail, type MailCatcher } from './mail.ts';
import { freshDataDir, postSignup, startSite, type Site } from './site.ts';
import { signupBody } from '../support/signup.ts';

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0)) await step();
});

function read<T>(dataDir: string, sql: string): T[] {
  const db = new DatabaseSync(join(dataDir, 'newsletter.db'), { readOnly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// Ten restarts of the server, or a send to 1,000 subscribers, outlast Vitest's 60 s on a busy
// machine: these tests wait for states, and get three minutes to reach them.
describe('newsletter durability', () => {
  it('keeps every acknowledged signup through 10 SIGKILLs, then mails each once SMTP is up', async () => {
    const smtpPort = await freePort();
    const site: Site = await startSite({
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      TRUST_PROXY: '1',
    });
    cleanup.push(() => site.kill('SIGTERM'));
    const acknowledged = new Set<string>();
    let refused = 0;
    let kills = 0;
    const total = 500;
    const killEvery = Math.floor(total / 11);
    let next = 0;
    const worker = async () => {
      while (next < total) {
        const i = next++;
        const email = `durable${i}@example.org`;
        // Like a reader whose page failed to send, try again until the server answers.
        for (;;) {
          try {
            const r = await postSignup(site.base, signupBody(email), {
              client: `10.9.${i >> 8}.${i & 255}`,
            });
            if (r.status === 202) acknowledged.add(email);
            break;
          } catch {
            refused += 1; // the server was down: not acknowledged
            await new Promise((r) => setTimeout(r, 20));
          }
        }
      }
    };
    const stream = Promise.all(Array.from({ length: 8 }, worker));
    while (kills < 10) {
      await until(() => next >= (kills + 1) * killEvery, 60_000, 'signups');
      await site.kill('SIGKILL');
      kills += 1;
      await site.restart();
    }
    await stream;
    const stored = new Set(
      read<{ email: string }>(site.dataDir, 'SELECT email FROM subscribers').map((r) => r.email),
    );
    const lost = [...acknowledged].filter((e) => !stored.has(e));
    expect(lost).toEqual([]);
    expect(read(site.dataDir, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);

    const smtp: MailCatcher = await catchMail(smtpPort);
    cleanup.push(() => smtp.close());
    await until(
      () => new Set(smtp.mails.map((m) => m.to)).size >= stored.size,
      60_000,
      'confirmation mails',
    );
    const perAddress = new Map<string, number>();
    for (const m of smtp.mails) perAddress.set(m.to, (perAddress.get(m.to) ?? 0) + 1);
    expect([...stored].filter((e) => !perAddress.has(e))).toEqual([]);
    console.log(
      `newsletter: ${total} signups, ${kills} SIGKILLs, ${acknowledged.size} acknowledged, ${refused} requests refused while it was down (and sent again), ${stored.size} stored, 0 lost, integrity ok; ${smtp.mails.length} mails to ${perAddress.size} addresses once SMTP came up`,
    );
  }, 180_000);

  it('holds rate limits under a burst of 400 concurrent requests, and across a restart', async () => {
    const site = await startSite({ TRUST_PROXY: '1' });
    cleanup.push(() => site.kill('SIGTERM'));
    const burst = async (count: number, client: string) => {
      const started = performance.now();
      const answers = await Promise.all(
        Array.from({ length: count }, (_, i) =>
          postSignup(site.base, signupBody(`burst${Math.random()}${i}@example.org`), { client }),
        ),
      );
      const seconds = (performance.now() - started) / 1000;
      return { answers, rate: count / seconds };
    };
    // The limits count in fixed one-minute windows: the burst, the restart and the second burst
    // (a few seconds) must fall inside one. A run that crossed into the next minute proves
    // nothing, so it is run again from another client, now at the start of a window.
    const minute = () => Math.floor(Date.now() / 60_000);
    let run;
    for (const client of ['203.0.113.7', '203.0.113.8']) {
      const start = minute();
      const first = await burst(400, client);
      await site.kill('SIGKILL');
      await site.restart();
      const after = await burst(50, client);
      run = { first, after };
      if (minute() === start) break;
      run = undefined;
    }
    if (!run) throw new Error('both runs crossed into another minute');
    const { first, after } = run;
    const accepted = first.answers.filter((a) => a.status === 202).length;
    const limited = first.answers.filter((a) => a.status === 429);
    expect(accepted).toBe(5);
    expect(limited.length).toBe(395);
    expect(Number(limited[0]!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(after.answers.filter((a) => a.status === 202).length).toBe(0);
    // Another client is not held back by the first one's limit.
    const other = await postSignup(site.base, signupBody('someone.else@example.org'), {
      client: '198.51.100.1',
    });
    expect(other.status).toBe(202);
    console.log(
      `newsletter: burst of 400 at ${Math.round(first.rate)} req/s from one client: ${accepted} accepted, ${limited.length} × 429; after a restart: ${after.answers.filter((a) => a.status === 429).length}/50 × 429`,
    );
  }, 120_000);
});

/** Runs the CLI with the given data and mail settings; resolves with its output and exit code. */
function cli(args: string[], env: Record<string, string>, onSpawn?: (kill: () => void) => void) {
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(process.execPath, ['src/server/cli/main.ts', ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    onSpawn?.(() => child.kill('SIGKILL'));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

/** A data folder with `count` confirmed French subscribers, as if they had signed up. */
function seed(count: number): string {
  const dataDir = freshDataDir();
  const db = openStore(join(dataDir, 'newsletter.db'));
  const add = db.prepare(
    `INSERT INTO subscribers (email, lang, status, created_at, consent_at, consent_version, source, confirmed_at)
     VALUES (?, 'fr', 'confirmed', 0, 0, 'test', '/', 1)`,
  );
  db.exec('BEGIN');
  for (let i = 0; i < count; i++) add.run(`reader${i}@example.org`);
  db.exec('COMMIT');
  db.close();
  return dataDir;
}

const ARTICLE = 'fr/ce-que-coute-un-depart';

describe('newsletter send', () => {
  it('sends an article to 1,000 subscribers once, and a second run sends none', async () => {
    const smtp = await catchMail();
    cleanup.push(() => smtp.close());
    const env = { DATA_DIR: seed(1000), SMTP_URL: smtp.url };
    const started = performance.now();
    const first = await cli(['send', ARTICLE], env);
    const seconds = (performance.now() - started) / 1000;
    expect(first.code, first.out).toBe(0);
    expect(smtp.mails).toHaveLength(1000);
    expect(new Set(smtp.mails.map((m) => m.to)).size).toBe(1000);
    const second = await cli(['send', ARTICLE], env);
    expect(second.code, second.out).toBe(0);
    expect(second.out).toMatch(/0 newly queued/);
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.mails).toHaveLength(1000);
    const dry = await cli(['send', ARTICLE, '--dry-run'], env);
    expect(dry.out).toMatch(/0 new recipient/);
    console.log(`newsletter: send to 1,000 in ${seconds.toFixed(1)} s: 1,000 mails; second run: 0`);
  }, 180_000);

  it('resumes after being killed halfway: everyone gets the article, once', async () => {
    const smtp = await catchMail();
    cleanup.push(() => smtp.close());
    const env = { DATA_DIR: seed(1000), SMTP_URL: smtp.url };
    let kill = () => undefined as void;
    const run = cli(['send', ARTICLE], env, (k) => (kill = k));
    await until(() => smtp.mails.length >= 500, 60_000, '500 mails');
    kill();
    const killed = await run;
    const atKill = smtp.mails.length;
    expect(killed.code).toBeNull();
    const rerun = await cli(['send', ARTICLE], env);
    expect(rerun.code, rerun.out).toBe(0);
    const byAddress = new Map<string, Set<string>>();
    for (const m of smtp.mails)
      byAddress.set(m.to, (byAddress.get(m.to) ?? new Set()).add(m.messageId));
    expect(byAddress.size).toBe(1000);
    expect([...byAddress.values()].every((ids) => ids.size === 1)).toBe(true);
    const duplicates = smtp.mails.length - 1000;
    expect(duplicates).toBeLessThanOrEqual(1);
    console.log(
      `newsletter: send killed after ${atKill} mails, rerun: 1,000 addresses, each one Message-ID; ${duplicates} raw duplicate(s) (the mail in flight at the kill)`,
    );
  }, 180_000);
});
