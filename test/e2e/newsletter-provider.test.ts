/**
 * Signups handed to listmonk (LISTMONK_URL set), through the built server, against the local
 * stand-in that follows listmonk's documented public API: the list per language, and an outage
 * that delays the hand-over without losing it.
 */
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startListmonk, type StandIn } from '../support/listmonk.ts';
import { postSignup, startSite, type Site } from './site.ts';
import { signupBody } from '../support/signup.ts';

const FR = '6f1e9a57-3b7c-4d0a-9c8e-2a1b3c4d5e6f';
const EN = '0c2d4e6f-8a1b-4c3d-9e5f-7a8b9c0d1e2f';
let listmonk: StandIn;
let site: Site;

beforeAll(async () => {
  listmonk = await startListmonk({
    lists: [
      { uuid: FR, name: 'Le Lien (fr)' },
      { uuid: EN, name: 'Le Lien (en)' },
    ],
  });
  site = await startSite({
    TRUST_PROXY: '1',
    LISTMONK_URL: listmonk.url,
    LISTMONK_LIST_FR: FR,
    LISTMONK_LIST_EN: EN,
  });
});
afterAll(async () => {
  await site?.kill('SIGTERM');
  await listmonk?.close();
});

async function until(check: () => boolean, what: string): Promise<void> {
  const end = Date.now() + 20_000;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('newsletter handed to listmonk', () => {
  it('subscribes each reader to the list of their language, keeping no subscriber here', async () => {
    const fr = await postSignup(site.base, signupBody('Lea@Example.org'), { client: '10.1.0.1' });
    const en = await postSignup(site.base, signupBody('sam@example.org', { lang: 'en' }), {
      client: '10.1.0.2',
    });
    expect([fr.status, en.status]).toEqual([202, 202]);
    await until(() => listmonk.subscribers.size === 2, 'two subscribers in listmonk');
    expect([...listmonk.subscribers.get('lea@example.org')!.lists.keys()]).toEqual([FR]);
    expect([...listmonk.subscribers.get('sam@example.org')!.lists.keys()]).toEqual([EN]);
    expect(listmonk.optinMails.sort()).toEqual(['lea@example.org', 'sam@example.org']);
    // listmonk has the subscriber as soon as it answers; the worker forgets the address only once
    // it has read that answer, so wait for that state rather than checking at once.
    const addressesLeft = () => {
      const db = new DatabaseSync(join(site.dataDir, 'newsletter.db'), { readOnly: true });
      try {
        expect(db.prepare('SELECT count(*) AS n FROM subscribers').get()).toEqual({ n: 0 });
        return db.prepare(`SELECT payload FROM outbox WHERE payload LIKE '%@%'`).all().length;
      } finally {
        db.close();
      }
    };
    await until(() => addressesLeft() === 0, 'the outbox to keep no address');
  });

  it('hands one inbox over once, however often and however spelt it signs up', async () => {
    const providerRows = () => {
      const db = new DatabaseSync(join(site.dataDir, 'newsletter.db'), { readOnly: true });
      try {
        return db.prepare(`SELECT sent_at FROM outbox WHERE kind = 'provider'`).all();
      } finally {
        db.close();
      }
    };
    const before = providerRows().length;
    const spellings = ['re.peat@gmail.com', 'Repeat@gmail.com', 'repeat+news@googlemail.com'];
    for (let i = 0; i < 5; i++) {
      const answer = await postSignup(site.base, signupBody(spellings[i % 3]!), {
        client: `10.1.1.${i}`,
      });
      expect(answer.status).toBe(202);
    }
    await until(() => listmonk.subscribers.has('re.peat@gmail.com'), 'the hand-over');
    // listmonk has the subscriber before the worker has read its answer and marked the row sent.
    await until(
      () => providerRows().every((r) => r.sent_at !== null),
      'the worker to mark the hand-over sent',
    );
    const rows = providerRows();
    expect(rows.length - before).toBe(1);
    expect(rows.every((r) => r.sent_at !== null)).toBe(true);
    expect(listmonk.optinMails.filter((m) => /peat/.test(m))).toEqual(['re.peat@gmail.com']);
  });

  it('keeps a signup while listmonk is down and hands it over once it is back', async () => {
    listmonk.fail(500);
    const answer = await postSignup(site.base, signupBody('later@example.org'), {
      client: '10.1.0.3',
    });
    expect(answer.status).toBe(202);
    await new Promise((r) => setTimeout(r, 1500));
    expect(listmonk.subscribers.has('later@example.org')).toBe(false);
    listmonk.fail(null);
    await until(() => listmonk.subscribers.has('later@example.org'), 'the delayed hand-over');
  });
});
