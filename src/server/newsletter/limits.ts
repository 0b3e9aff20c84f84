import { transaction, type Store } from './store.ts';

/** One limit: at most `max` hits per window of `windowMs`. */
export interface Limit {
  windowMs: number;
  max: number;
}

/**
 * The abuse limits. Per client network: 5 signups a minute and 20 an hour (an office behind one
 * address can still sign up its team); per inbox: 5 signup attempts an hour; per client,
 * 30 confirm or unsubscribe clicks a minute. Confirmation mails have their own cap (see
 * `CONFIRM_MAILS`).
 */
export const LIMITS = {
  signupPerMinute: { windowMs: 60_000, max: 5 },
  signupPerHour: { windowMs: 3_600_000, max: 20 },
  emailPerHour: { windowMs: 3_600_000, max: 5 },
  clicksPerMinute: { windowMs: 60_000, max: 30 },
} as const satisfies Record<string, Limit>;

/** Within the limits, or how many seconds to wait (for `Retry-After`). */
export type Verdict = { ok: true } | { ok: false; retryAfter: number };

/**
 * Counts one hit against each `(key, limit)` pair, in fixed windows stored in SQLite so a restart
 * resets nothing. When any is already full the hit is refused, without a write, with the time
 * until that window ends: `retryAfter = ⌈(windowStart + windowMs − now) / 1000⌉`.
 */
export function hit(db: Store, checks: [key: string, limit: Limit][], now: number): Verdict {
  return transaction(db, () => count(db, checks, now));
}

function count(db: Store, checks: [key: string, limit: Limit][], now: number): Verdict {
  const read = db.prepare('SELECT count FROM limits WHERE key = ? AND window = ?');
  let wait = 0;
  for (const [key, { windowMs, max }] of checks) {
    const window = Math.floor(now / windowMs) * windowMs;
    const row = read.get(key, window) as { count: number } | undefined;
    if ((row?.count ?? 0) >= max)
      wait = Math.max(wait, Math.ceil((window + windowMs - now) / 1000));
  }
  if (wait > 0) return { ok: false, retryAfter: wait };
  const add = db.prepare(
    `INSERT INTO limits (key, window, count) VALUES (?, ?, 1)
     ON CONFLICT (key, window) DO UPDATE SET count = count + 1`,
  );
  for (const [key, { windowMs }] of checks) add.run(key, Math.floor(now / windowMs) * windowMs);
  return { ok: true };
}

/**
 * How often one inbox may be sent a confirmation mail, or handed to the mailing engine (which
 * sends its own): never twice within 10 minutes (a burst of signups gets one mail), and at most
 * 3 in 24 hours whatever happens, however the address is spelt, as far as `mailboxOf` can tell
 * (no list bombing).
 */
export const CONFIRM_MAILS = { gapMs: 10 * 60 * 1000, perDay: 3 } as const;

const DAY = 24 * 3600 * 1000;

/**
 * Whether `mailbox` (a keyed hash of `mailboxOf(email)`, so the table holds no readable address)
 * may be sent one more confirmation now under `CONFIRM_MAILS`; if so the mail is counted. Call it
 * inside the transaction that queues the mail.
 */
export function takeMail(db: Store, mailbox: string, now: number): boolean {
  const sent = db
    .prepare(
      'SELECT count(*) AS n, max(at) AS last FROM mailbox_mails WHERE mailbox = ? AND at > ?',
    )
    .get(mailbox, now - DAY) as { n: number; last: number | null };
  if (sent.n >= CONFIRM_MAILS.perDay) return false;
  if (sent.last !== null && now - sent.last < CONFIRM_MAILS.gapMs) return false;
  db.prepare('INSERT INTO mailbox_mails (mailbox, at) VALUES (?, ?)').run(mailbox, now);
  return true;
}

/** Drops counters older than a day, the longest window, so the tables stay small. */
export function forgetOldHits(db: Store, now: number): void {
  db.prepare('DELETE FROM limits WHERE window < ?').run(now - DAY);
  db.prepare('DELETE FROM mailbox_mails WHERE at < ?').run(now - DAY);
}
