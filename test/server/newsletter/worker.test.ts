import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../../scripts/serve.ts';
import { smtpTransport } from '../../../src/server/newsletter/mail.ts';
import { openStore } from '../../../src/server/newsletter/store.ts';
import { confirm, signup, subscriberByEmail } from '../../../src/server/newsletter/subscribers.ts';
import { readConfirmToken } from '../../../src/server/newsletter/tokens.ts';
import { createWorker } from '../../../src/server/newsletter/worker.ts';
import { catchMail } from '../../e2e/mail.ts';

const secret = Buffer.from('a-test-secret-that-is-long-enough-123');
const site = new URL('https://lelien.example/');
const form = {
  email: 'ana@example.org',
  lang: 'en' as const,
  source: '/en/',
  consentVersion: 'v1',
  mailbox: 'mailbox:ana',
};

describe('outbox worker', () => {
  it('sends queued mail over real SMTP, with a confirm link that names the subscriber', async () => {
    const smtp = await catchMail();
    const db = openStore(join(mkdtempSync(join(tmpdir(), 'lelien-w-')), 'n.db'));
    const transport = smtpTransport(smtp.url, 'Le Lien <lettre@lelien.example>');
    const worker = createWorker({ db, secret, site, transport });
    signup(db, form, Date.now());
    expect(await worker.drain()).toEqual({ sent: 1, skipped: 0, failed: 0 });
    const [mail] = await smtp.waitFor(1);
    const token = new URL(mail!.text.match(/https:\/\/\S+confirm\/\S+/)![0]).searchParams.get('t')!;
    expect(readConfirmToken(secret, token)?.id).toBe(subscriberByEmail(db, form.email)!.id);
    expect(await worker.drain()).toEqual({ sent: 0, skipped: 0, failed: 0 });
    transport.close();
    await smtp.close();
  });

  it('waits out an SMTP outage without spending retries, then sends everything', async () => {
    const port = await freePort();
    const db = openStore(':memory:');
    const transport = smtpTransport(`smtp://127.0.0.1:${port}`, 'lettre@lelien.example');
    let now = Date.now();
    const worker = createWorker(
      { db, secret, site, transport },
      () => now,
      () => undefined,
    );
    for (let i = 0; i < 5; i++)
      signup(db, { ...form, email: `r${i}@example.org`, mailbox: `r${i}` }, now);
    expect(await worker.drain()).toEqual({ sent: 0, skipped: 0, failed: 0 });
    const attempts = db.prepare('SELECT max(attempts) AS n FROM outbox').get() as { n: number };
    expect(attempts.n).toBe(0);
    const smtp = await catchMail(port);
    now += 60_000;
    expect((await worker.drain()).sent).toBe(5);
    expect(new Set(smtp.mails.map((m) => m.to)).size).toBe(5);
    transport.close();
    await smtp.close();
  });

  it('skips mail for someone who left before it went out', async () => {
    const smtp = await catchMail();
    const db = openStore(':memory:');
    const transport = smtpTransport(smtp.url, 'lettre@lelien.example');
    const worker = createWorker({ db, secret, site, transport });
    signup(db, form, 0);
    const { id } = subscriberByEmail(db, form.email)!;
    confirm(db, id, 0, 1);
    db.prepare(`UPDATE subscribers SET status = 'unsubscribed'`).run();
    expect(await worker.drain()).toEqual({ sent: 0, skipped: 2, failed: 0 });
    expect(smtp.mails).toHaveLength(0);
    transport.close();
    await smtp.close();
  });
});
