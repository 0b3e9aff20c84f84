import { describe, expect, it } from 'vitest';
import { claim } from '../../../src/server/newsletter/outbox.ts';
import { openStore, type Store } from '../../../src/server/newsletter/store.ts';
import { CONFIRM_MAILS } from '../../../src/server/newsletter/limits.ts';
import {
  confirm,
  confirmState,
  erase,
  isSuppressed,
  purge,
  signup,
  subscriberByEmail,
  unsubscribe,
} from '../../../src/server/newsletter/subscribers.ts';

const HOUR = 3600_000;
const form = {
  email: 'ana@example.org',
  lang: 'fr' as const,
  source: '/',
  consentVersion: 'v1',
  mailbox: 'mailbox:ana',
};
const mails = (db: Store, kind: string) =>
  (db.prepare('SELECT count(*) AS n FROM outbox WHERE kind = ?').get(kind) as { n: number }).n;

describe('subscribers', () => {
  it('takes a signup through confirmation, with its consent record and mails', () => {
    const db = openStore(':memory:');
    expect(signup(db, { ...form, source: '/articles/x/' }, 1000)).toBe(true);
    const row = subscriberByEmail(db, form.email)!;
    expect(row).toMatchObject({
      status: 'pending',
      consent_at: 1000,
      consent_version: 'v1',
      source: '/articles/x/',
    });
    expect(confirmState(db, row.id, 1000, 2000)).toBe('ask');
    expect(subscriberByEmail(db, form.email)!.status).toBe('pending');
    expect(confirm(db, row.id, 1000, 3000)).toBe('done');
    expect(subscriberByEmail(db, form.email)).toMatchObject({
      status: 'confirmed',
      confirmed_at: 3000,
    });
    expect(confirm(db, row.id, 1000, 4000)).toBe('done');
    expect([mails(db, 'confirm'), mails(db, 'welcome')]).toEqual([1, 1]);
  });

  it('expires links after 48 hours and ignores links sent before the reader left', () => {
    const db = openStore(':memory:');
    signup(db, form, 0);
    const { id } = subscriberByEmail(db, form.email)!;
    expect(confirm(db, id, 0, 48 * HOUR + 1)).toBe('expired');
    unsubscribe(db, id, 49 * HOUR);
    signup(db, form, 50 * HOUR);
    expect(confirmState(db, id, 0, 50 * HOUR)).toBe('invalid');
    expect(confirmState(db, id, 50 * HOUR, 51 * HOUR)).toBe('ask');
  });

  it('sends one confirmation per 10 minutes and 3 a day, however many signups', () => {
    const db = openStore(':memory:');
    let queued = 0;
    for (let minute = 0; minute < 24 * 60; minute += 1) {
      if (signup(db, form, minute * 60_000)) queued += 1;
    }
    expect(queued).toBe(CONFIRM_MAILS.perDay);
    expect(signup(db, form, 24 * HOUR + 1)).toBe(true);
  });

  it('leaves a confirmed subscriber alone when someone signs their address up again', () => {
    const db = openStore(':memory:');
    signup(db, form, 0);
    const { id } = subscriberByEmail(db, form.email)!;
    confirm(db, id, 0, 1);
    expect(signup(db, { ...form, lang: 'en', source: '/en/' }, HOUR)).toBe(false);
    expect(subscriberByEmail(db, form.email)).toMatchObject({ status: 'confirmed', lang: 'fr' });
  });

  it('unsubscribes at once and drops the mail still queued', () => {
    const db = openStore(':memory:');
    signup(db, form, 0);
    const { id } = subscriberByEmail(db, form.email)!;
    unsubscribe(db, id, 1);
    unsubscribe(db, id, 2);
    expect(subscriberByEmail(db, form.email)).toMatchObject({
      status: 'unsubscribed',
      unsubscribed_at: 1,
    });
    expect(claim(db, { limit: 10, now: 5, pid: process.pid })).toEqual([]);
  });

  it('erases a person and keeps only a fingerprint; confirming again lifts it', () => {
    const db = openStore(':memory:');
    signup(db, form, 0);
    expect(erase(db, form.email, 1)).toBe(true);
    expect(subscriberByEmail(db, form.email)).toBeUndefined();
    expect(isSuppressed(db, form.email)).toBe(true);
    expect((db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n).toBe(0);
    const dump = JSON.stringify(db.prepare('SELECT * FROM suppressed').all());
    expect(dump).not.toContain('ana');
    signup(db, form, 2);
    const { id } = subscriberByEmail(db, form.email)!;
    confirm(db, id, 2, 3);
    expect(isSuppressed(db, form.email)).toBe(false);
  });

  it('purges signups unconfirmed and addresses unsubscribed for 30 days, nothing younger', () => {
    const db = openStore(':memory:');
    const day = 24 * HOUR;
    signup(db, { ...form, email: 'old@example.org' }, 0);
    signup(db, { ...form, email: 'new@example.org' }, 20 * day);
    signup(db, { ...form, email: 'left@example.org' }, 0);
    unsubscribe(db, subscriberByEmail(db, 'left@example.org')!.id, 2 * day);
    expect(purge(db, 31 * day + 1)).toEqual({ pending: 1, unsubscribed: 0 });
    expect(purge(db, 32 * day + 1)).toEqual({ pending: 0, unsubscribed: 1 });
    expect(subscriberByEmail(db, 'new@example.org')).toBeDefined();
    expect(isSuppressed(db, 'left@example.org')).toBe(true);
    expect(isSuppressed(db, 'old@example.org')).toBe(false);
  });
});
