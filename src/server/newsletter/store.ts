import { chmodSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/** The newsletter's database: one SQLite file, opened by the server and by the CLI. */
export type Store = DatabaseSync;

/**
 * The schema, one entry per version; a database is brought up to date on open and records its
 * version in `user_version`. Times are milliseconds since the epoch. `AUTOINCREMENT` keeps an
 * erased subscriber's id from ever naming someone else, since links carry ids.
 */
const MIGRATIONS = [
  `CREATE TABLE subscribers (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     email TEXT NOT NULL UNIQUE,
     lang TEXT NOT NULL CHECK (lang IN ('fr', 'en')),
     status TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'unsubscribed')),
     created_at INTEGER NOT NULL,
     consent_at INTEGER NOT NULL,
     consent_version TEXT NOT NULL,
     source TEXT NOT NULL,
     confirmed_at INTEGER,
     unsubscribed_at INTEGER
   );
   CREATE TABLE events (
     id INTEGER PRIMARY KEY,
     subscriber_id INTEGER NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
     at INTEGER NOT NULL,
     action TEXT NOT NULL CHECK (action IN ('signup', 'confirm', 'unsubscribe', 'import')),
     detail TEXT NOT NULL DEFAULT ''
   );
   CREATE INDEX events_subscriber ON events (subscriber_id);
   CREATE TABLE outbox (
     id INTEGER PRIMARY KEY,
     key TEXT UNIQUE,
     kind TEXT NOT NULL CHECK (kind IN ('confirm', 'welcome', 'article', 'provider')),
     subscriber_id INTEGER REFERENCES subscribers (id) ON DELETE CASCADE,
     payload TEXT NOT NULL DEFAULT '{}',
     created_at INTEGER NOT NULL,
     next_at INTEGER NOT NULL,
     attempts INTEGER NOT NULL DEFAULT 0,
     lease_until INTEGER,
     lease_pid INTEGER,
     sent_at INTEGER,
     outcome TEXT,
     error TEXT
   );
   CREATE INDEX outbox_due ON outbox (sent_at, next_at);
   CREATE INDEX outbox_subscriber ON outbox (subscriber_id, kind, created_at);
   CREATE TABLE limits (
     key TEXT NOT NULL,
     window INTEGER NOT NULL,
     count INTEGER NOT NULL,
     PRIMARY KEY (key, window)
   ) WITHOUT ROWID;
   CREATE TABLE suppressed (hash TEXT PRIMARY KEY, at INTEGER NOT NULL) WITHOUT ROWID;`,
  // The confirmation mails (and hand-offs to a mailing engine) per inbox, by keyed hash: the cap
  // holds however an address is spelt, and in listmonk mode, where no subscriber row is kept.
  `CREATE TABLE mailbox_mails (mailbox TEXT NOT NULL, at INTEGER NOT NULL);
   CREATE INDEX mailbox_mails_key ON mailbox_mails (mailbox, at);`,
];

/**
 * Opens (and creates or migrates) the database at `file`, readable by its owner only: WAL so readers never wait for the
 * writer, `synchronous=FULL` so an answered signup survives a power cut as well as a crash,
 * foreign keys on, and a busy timeout so the server and the CLI can write in turn.
 */
export function openStore(file: string): Store {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const db = new DatabaseSync(file, { timeout: 5000 });
  // Private before the first write: SQLite gives its -wal and -shm files the database's mode.
  if (file !== ':memory:') chmodSync(file, 0o600);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;');
  const version = () =>
    (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
  for (const [index, sql] of MIGRATIONS.entries()) {
    if (index < version()) continue;
    transaction(db, () => {
      // Read again inside the lock: another process may have migrated meanwhile.
      if (index < version()) return;
      db.exec(sql);
      db.exec(`PRAGMA user_version = ${index + 1}`);
    });
  }
  return db;
}

/**
 * Runs `work` in one write transaction (`BEGIN IMMEDIATE`, so two processes never deadlock on
 * an upgrade from read to write): all of it is committed, or none.
 */
export function transaction<T>(db: Store, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
