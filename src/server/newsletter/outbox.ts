import { transaction, type Store } from './store.ts';

/** What a queued row asks for: a mail to a subscriber, or a signup handed to a provider. */
export type OutboxKind = 'confirm' | 'welcome' | 'article' | 'provider';

/** One queued message as stored. */
export interface OutboxRow {
  id: number;
  key: string | null;
  kind: OutboxKind;
  subscriber_id: number | null;
  payload: string;
  created_at: number;
  attempts: number;
}

/** What a queued message needs at queue time; the mail itself is written when it is sent. */
export interface Job {
  kind: OutboxKind;
  subscriberId?: number;
  payload?: object;
  /** Unique: queuing the same key twice queues it once (an article is sent once per person). */
  key?: string;
  now: number;
}

/**
 * Queues a message, to be called inside the transaction that causes it, so the change and its
 * mail are committed together or not at all. Returns false when `key` was already queued.
 */
export function enqueue(db: Store, job: Job): boolean {
  const result = db
    .prepare(
      `INSERT INTO outbox (key, kind, subscriber_id, payload, created_at, next_at)
       VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING`,
    )
    .run(
      job.key ?? null,
      job.kind,
      job.subscriberId ?? null,
      JSON.stringify(job.payload ?? {}),
      job.now,
      job.now,
    );
  return result.changes > 0;
}

/** A `LIKE … ESCAPE '\\'` pattern for keys starting with `prefix`, its `%` and `_` taken literally. */
function startsWith(prefix: string): string {
  return `${prefix.replace(/[%_\\]/g, '\\$&')}%`;
}

/** How long a worker holds a claimed row before another may take it: 2 minutes. */
const LEASE_MS = 2 * 60 * 1000;

/** Attempts after which a message is given up (about 3 days of retries). */
const MAX_ATTEMPTS = 20;

/**
 * The wait before retry `attempts` (1, 2, …): 15 s doubled each time, at most 1 hour:
 * `min(15 s · 2^(attempts−1), 1 h)`, so 15 s, 30 s, 1 min, … an SMTP outage of hours loses nothing.
 */
export function backoff(attempts: number): number {
  return Math.min(15_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/** Which rows a worker takes: all due rows, or one campaign's (`key` prefix). */
export interface ClaimFilter {
  limit: number;
  now: number;
  pid: number;
  keyPrefix?: string;
}

/**
 * Claims up to `limit` due rows for this process (a lease of `LEASE_MS`), so the server's worker
 * and a `send` from the CLI never take the same row. Leases held by a process that no longer
 * exists on this machine are released first (a crash must not hold mail for 2 minutes).
 */
export function claim(db: Store, filter: ClaimFilter): OutboxRow[] {
  releaseDeadLeases(db, filter.now);
  return transaction(db, () => {
    const prefix = filter.keyPrefix === undefined ? '' : "AND key LIKE ? ESCAPE '\\'";
    const args: (string | number)[] = [filter.now, filter.now];
    if (filter.keyPrefix !== undefined) args.push(startsWith(filter.keyPrefix));
    const rows = db
      .prepare(
        `SELECT id FROM outbox WHERE sent_at IS NULL AND next_at <= ?
         AND (lease_until IS NULL OR lease_until < ?) ${prefix} ORDER BY id LIMIT ${filter.limit}`,
      )
      .all(...args) as { id: number }[];
    const take = db.prepare(
      `UPDATE outbox SET lease_until = ?, lease_pid = ?, attempts = attempts + 1
       WHERE id = ? RETURNING id, key, kind, subscriber_id, payload, created_at, attempts`,
    );
    return rows.map(
      ({ id }) => take.get(filter.now + LEASE_MS, filter.pid, id) as unknown as OutboxRow,
    );
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function releaseDeadLeases(db: Store, now: number): void {
  const holders = db
    .prepare(
      `SELECT DISTINCT lease_pid AS pid FROM outbox
       WHERE sent_at IS NULL AND lease_until >= ? AND lease_pid IS NOT NULL`,
    )
    .all(now) as { pid: number }[];
  const dead = holders.map((h) => h.pid).filter((pid) => pid !== process.pid && !alive(pid));
  if (dead.length === 0) return;
  transaction(db, () => {
    const free = db.prepare(
      'UPDATE outbox SET lease_until = NULL, lease_pid = NULL WHERE sent_at IS NULL AND lease_pid = ?',
    );
    for (const pid of dead) free.run(pid);
  });
}

/**
 * Marks a row done: `sent`, or `skipped` when there was nothing left to send (the reader left).
 * A signup handed to a provider forgets its address then: the provider holds it now.
 */
export function markDone(db: Store, id: number, now: number, outcome: 'sent' | 'skipped'): void {
  db.prepare(
    `UPDATE outbox SET sent_at = ?, outcome = ?, lease_until = NULL, error = NULL,
       payload = CASE kind WHEN 'provider' THEN '{}' ELSE payload END
     WHERE id = ?`,
  ).run(now, outcome, id);
}

/**
 * Records a failed attempt and schedules the next one (see `backoff`); after `MAX_ATTEMPTS`, or
 * at once when the failure is permanent, the row is closed as `failed` with its error kept.
 */
export function markFailed(
  db: Store,
  row: Pick<OutboxRow, 'id' | 'attempts'>,
  now: number,
  error: string,
  permanent = false,
): void {
  if (permanent || row.attempts >= MAX_ATTEMPTS) {
    db.prepare(
      `UPDATE outbox SET sent_at = ?, outcome = 'failed', error = ?, lease_until = NULL WHERE id = ?`,
    ).run(now, error.slice(0, 500), row.id);
  } else {
    db.prepare(
      'UPDATE outbox SET next_at = ?, error = ?, lease_until = NULL, lease_pid = NULL WHERE id = ?',
    ).run(now + backoff(row.attempts), error.slice(0, 500), row.id);
  }
}

/**
 * Gives a claimed row back untouched, its attempt uncounted: the mail server could not be reached,
 * which says nothing about this mail.
 */
export function release(db: Store, id: number): void {
  db.prepare(
    'UPDATE outbox SET lease_until = NULL, lease_pid = NULL, attempts = attempts - 1 WHERE id = ?',
  ).run(id);
}

/** How many rows wait, in all or for one key prefix. */
export function pendingCount(db: Store, keyPrefix?: string): number {
  const row = (
    keyPrefix === undefined
      ? db.prepare('SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL').get()
      : db
          .prepare(
            "SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL AND key LIKE ? ESCAPE '\\'",
          )
          .get(startsWith(keyPrefix))
  ) as { n: number };
  return row.n;
}

/** How many queued rows ended each way (`sent`, `skipped`, `failed`) or are `waiting`. */
export function countsByOutcome(db: Store): { outcome: string; n: number }[] {
  return db
    .prepare(`SELECT coalesce(outcome, 'waiting') AS outcome, count(*) AS n FROM outbox GROUP BY 1`)
    .all() as { outcome: string; n: number }[];
}
