import type { Lang } from '../../i18n/lang.ts';
import type { Signup } from '../../newsletter/form.ts';
import { takeMail } from './limits.ts';
import { enqueue } from './outbox.ts';
import { transaction, type Store } from './store.ts';
import { CONFIRM_TTL_MS, suppressionHash } from './tokens.ts';

/** A subscriber as stored. */
export interface Subscriber {
  id: number;
  email: string;
  lang: Lang;
  status: 'pending' | 'confirmed' | 'unsubscribed';
  created_at: number;
  consent_at: number;
  consent_version: string;
  source: string;
  confirmed_at: number | null;
  unsubscribed_at: number | null;
}

/**
 * A signup to record, with `mailbox`: the key its confirmation mails are counted under, one per
 * real inbox (see `takeMail`).
 */
export type CountedSignup = Signup & { mailbox: string };

/** Days after which an unconfirmed signup, or an unsubscribed address, is erased by `purge`. */
const KEEP_DAYS = 30;

const DAY = 24 * 3600 * 1000;

/** The subscriber with this id, if any. */
export function subscriberById(db: Store, id: number): Subscriber | undefined {
  return db.prepare('SELECT * FROM subscribers WHERE id = ?').get(id) as Subscriber | undefined;
}

/** The subscriber with this (normalized) address, if any. */
export function subscriberByEmail(db: Store, email: string): Subscriber | undefined {
  return db.prepare('SELECT * FROM subscribers WHERE email = ?').get(email) as
    Subscriber | undefined;
}

/** Every subscriber, oldest first (the CLI's `list`). */
export function allSubscribers(db: Store): Subscriber[] {
  return db.prepare('SELECT * FROM subscribers ORDER BY id').all() as unknown as Subscriber[];
}

/** The confirmed subscribers with their consent record, oldest first (the CLI's `export`). */
export function confirmedSubscribers(db: Store): Subscriber[] {
  return db
    .prepare(`SELECT * FROM subscribers WHERE status = 'confirmed' ORDER BY id`)
    .all() as unknown as Subscriber[];
}

/** The first confirmed subscriber of a language, whose mail a dry run shows, if there is one. */
export function firstConfirmed(db: Store, lang: Lang): Subscriber | undefined {
  return db
    .prepare(
      `SELECT * FROM subscribers WHERE status = 'confirmed' AND lang = ? ORDER BY id LIMIT 1`,
    )
    .get(lang) as Subscriber | undefined;
}

/** How many subscribers there are by status and language (the CLI's `stats`). */
export function countsByStatus(
  db: Store,
): { status: Subscriber['status']; lang: Lang; n: number }[] {
  return db
    .prepare(
      'SELECT status, lang, count(*) AS n FROM subscribers GROUP BY status, lang ORDER BY status, lang',
    )
    .all() as { status: Subscriber['status']; lang: Lang; n: number }[];
}

/** How many erased addresses are remembered by their fingerprint only (see `erase`). */
export function erasedCount(db: Store): number {
  return (db.prepare('SELECT count(*) AS n FROM suppressed').get() as { n: number }).n;
}

function record(db: Store, id: number, at: number, action: string, detail: object = {}): void {
  db.prepare('INSERT INTO events (subscriber_id, at, action, detail) VALUES (?, ?, ?, ?)').run(
    id,
    at,
    action,
    JSON.stringify(detail),
  );
}

/**
 * Records a signup and, in the same transaction, queues its confirmation mail when the address
 * may get one (see `takeMail`). A new or unsubscribed address becomes `pending` with a new
 * consent record; a pending one gets its record refreshed; a confirmed one is left alone. The
 * caller answers the same in every case, so nobody can learn who is subscribed.
 * Returns whether a mail was queued (for tests and logs, never for the answer).
 */
export function signup(db: Store, form: CountedSignup, now: number): boolean {
  return transaction(db, () => {
    const row = db
      .prepare(
        `INSERT INTO subscribers (email, lang, status, created_at, consent_at, consent_version, source)
         VALUES (?, ?, 'pending', ?, ?, ?, ?)
         ON CONFLICT (email) DO UPDATE SET
           lang = excluded.lang, status = 'pending', consent_at = excluded.consent_at,
           consent_version = excluded.consent_version, source = excluded.source
         WHERE status != 'confirmed'
         RETURNING id`,
      )
      .get(form.email, form.lang, now, now, form.consentVersion, form.source) as
      { id: number } | undefined;
    if (!row) return false; // already confirmed: nothing to do
    record(db, row.id, now, 'signup', {
      lang: form.lang,
      source: form.source,
      version: form.consentVersion,
    });
    if (!takeMail(db, form.mailbox, now)) return false;
    enqueue(db, { kind: 'confirm', subscriberId: row.id, payload: { issuedAt: now }, now });
    return true;
  });
}

/** What a confirmation link leads to. */
export type ConfirmState = 'ask' | 'done' | 'expired' | 'invalid';

/**
 * What a confirmation link from `issuedAt` can do now, without changing anything (GET and HEAD
 * land here, so mail scanners that open links confirm nobody): `ask` shows the button, `done`
 * says it is already confirmed, `expired` after 48 hours, `invalid` when the subscriber is gone
 * or left after the link was sent.
 */
export function confirmState(db: Store, id: number, issuedAt: number, now: number): ConfirmState {
  const row = subscriberById(db, id);
  if (!row || issuedAt > now) return 'invalid';
  if (row.status === 'confirmed') return 'done';
  if (row.status === 'unsubscribed') return 'invalid';
  // A link sent before the reader left does not bring them back.
  if (row.unsubscribed_at !== null && issuedAt < row.unsubscribed_at) return 'invalid';
  return now - issuedAt > CONFIRM_TTL_MS ? 'expired' : 'ask';
}

/**
 * Confirms a pending subscriber (the POST behind the button): status, time, a consent event, the
 * erasure fingerprint lifted (they asked again themselves), and the welcome mail queued in the
 * same transaction. Confirming twice changes nothing and sends no second welcome.
 */
export function confirm(db: Store, id: number, issuedAt: number, now: number): ConfirmState {
  return transaction(db, () => {
    const state = confirmState(db, id, issuedAt, now);
    if (state !== 'ask') return state;
    const row = db
      .prepare(
        `UPDATE subscribers SET status = 'confirmed', confirmed_at = ?
         WHERE id = ? AND status = 'pending' RETURNING email`,
      )
      .get(now, id) as { email: string };
    record(db, id, now, 'confirm', { issuedAt });
    db.prepare('DELETE FROM suppressed WHERE hash = ?').run(suppressionHash(row.email));
    enqueue(db, { kind: 'welcome', subscriberId: id, key: `welcome:${id}:${issuedAt}`, now });
    return 'done';
  });
}

/**
 * Unsubscribes at once (RFC 8058's one-click POST or the page's button) and drops any mail still
 * queued for the address. Idempotent: an unknown, erased or already unsubscribed subscriber is
 * answered the same.
 */
export function unsubscribe(db: Store, id: number, now: number): void {
  transaction(db, () => {
    const changed = db
      .prepare(
        `UPDATE subscribers SET status = 'unsubscribed', unsubscribed_at = ?
         WHERE id = ? AND status != 'unsubscribed' RETURNING id`,
      )
      .get(now, id);
    if (!changed) return;
    record(db, id, now, 'unsubscribe');
    db.prepare('DELETE FROM outbox WHERE subscriber_id = ? AND sent_at IS NULL').run(id);
  });
}

/**
 * Erases a person (GDPR art. 17): the row, its events and its mails go, and only the address's
 * SHA-256 stays so a later import cannot add them back. Returns whether they were there.
 */
export function erase(db: Store, email: string, now: number): boolean {
  return transaction(db, () => {
    const gone = db.prepare('DELETE FROM subscribers WHERE email = ? RETURNING id').get(email);
    db.prepare('INSERT OR IGNORE INTO suppressed (hash, at) VALUES (?, ?)').run(
      suppressionHash(email),
      now,
    );
    return gone !== undefined;
  });
}

/**
 * Erases what is no longer needed: signups never confirmed after `KEEP_DAYS` (they never
 * consented, so nothing is kept), and addresses unsubscribed for `KEEP_DAYS` (only their
 * fingerprint is kept, as for `erase`).
 */
export function purge(db: Store, now: number): { pending: number; unsubscribed: number } {
  const before = now - KEEP_DAYS * DAY;
  return transaction(db, () => {
    const pending = db
      .prepare(`DELETE FROM subscribers WHERE status = 'pending' AND consent_at < ?`)
      .run(before).changes;
    const left = db
      .prepare(
        `DELETE FROM subscribers WHERE status = 'unsubscribed' AND unsubscribed_at < ?
         RETURNING email`,
      )
      .all(before) as { email: string }[];
    const keep = db.prepare('INSERT OR IGNORE INTO suppressed (hash, at) VALUES (?, ?)');
    for (const { email } of left) keep.run(suppressionHash(email), now);
    return { pending: Number(pending), unsubscribed: left.length };
  });
}

/** Whether an address was erased, so an import must skip it. */
export function isSuppressed(db: Store, email: string): boolean {
  return (
    db.prepare('SELECT 1 FROM suppressed WHERE hash = ?').get(suppressionHash(email)) !== undefined
  );
}

/** One row of an import: a subscriber who consented elsewhere, with their consent record. */
export interface Imported {
  email: string;
  lang: Lang;
  consentAt: number;
  consentVersion: string;
  source: string;
  confirmedAt: number;
}

/**
 * Adds confirmed subscribers from another list (the CSV that `export` writes), in one
 * transaction. An erased address (see `erase`) is skipped, so no import brings back someone who
 * asked to be forgotten; so is an address already here, whatever its state.
 */
export function importSubscribers(
  db: Store,
  rows: Imported[],
  now: number,
): { added: number; erased: number; present: number } {
  return transaction(db, () => {
    const counts = { added: 0, erased: 0, present: 0 };
    const insert = db.prepare(
      `INSERT INTO subscribers (email, lang, status, created_at, consent_at, consent_version, source, confirmed_at)
       VALUES (?, ?, 'confirmed', ?, ?, ?, ?, ?) ON CONFLICT (email) DO NOTHING RETURNING id`,
    );
    for (const row of rows) {
      if (isSuppressed(db, row.email)) {
        counts.erased += 1;
        continue;
      }
      const added = insert.get(
        row.email,
        row.lang,
        now,
        row.consentAt,
        row.consentVersion,
        row.source,
        row.confirmedAt,
      ) as { id: number } | undefined;
      if (!added) {
        counts.present += 1;
        continue;
      }
      record(db, added.id, now, 'import', { source: row.source, version: row.consentVersion });
      counts.added += 1;
    }
    return counts;
  });
}
