/**
 * The newsletter CLI's commands, each a function of what it needs (the database, where its lines
 * go, the time) so tests run them in process; `main.ts` only reads the command line and the
 * settings, then calls one. The SQL is in the newsletter's modules, not here.
 */
import { readFileSync } from 'node:fs';
import { checkEmail } from '../../newsletter/email.ts';
import { audience, campaignPayload, findArticle, queueCampaign } from '../newsletter/campaign.ts';
import { csvLine } from '../newsletter/csv.ts';
import { letterFor, type Delivery } from '../newsletter/delivery.ts';
import { IMPORT_COLUMNS, readImport } from '../newsletter/import.ts';
import { countsByOutcome, pendingCount } from '../newsletter/outbox.ts';
import type { Store } from '../newsletter/store.ts';
import {
  allSubscribers,
  confirmedSubscribers,
  countsByStatus,
  erase,
  erasedCount,
  firstConfirmed,
  importSubscribers,
  purge,
} from '../newsletter/subscribers.ts';
import type { Worker } from '../newsletter/worker.ts';
import { progressBar } from './progress.ts';

/** What every command needs: the database, where its lines go, and the time it runs at. */
export interface Tools {
  db: Store;
  out: (line: string) => void;
  now: number;
}

/** What `send` needs besides: the worker, the mail parts, the content and where progress goes. */
export interface SendTools extends Tools {
  worker: Pick<Worker, 'drain'>;
  /** The mail parts a dry run writes its sample letter with; `provider` set means listmonk. */
  delivery: Delivery;
  /** The content folder the article is read from (`LELIEN_CONTENT`). */
  contentDir: string;
  /** Where the progress bar goes: stderr, redrawn in place on a terminal. */
  progress: { write(text: string): unknown; isTTY?: boolean };
}

/**
 * A command that cannot be carried out, with the exit code to end with: 2 for a wrong command
 * line, 1 for a refusal. The message says what to do.
 */
export class CommandError extends Error {
  readonly code: number;
  constructor(message: string, code = 1) {
    super(message);
    this.name = 'CommandError';
    this.code = code;
  }
}

const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());

/** `list`: every subscriber, one line each: status, language, address, signup date. */
export function list({ db, out }: Tools): void {
  const rows = allSubscribers(db);
  for (const r of rows)
    out(
      `${r.status.padEnd(12)} ${r.lang}  ${r.email.padEnd(40)} ${iso(r.created_at).slice(0, 10)}`,
    );
  out(`${rows.length} subscriber${rows.length === 1 ? '' : 's'}`);
}

/** `stats`: counts by status and language, mail by outcome, erased fingerprints kept. */
export function stats({ db, out }: Tools): void {
  const by = countsByStatus(db);
  for (const { status, lang, n } of by) out(`${status.padEnd(12)} ${lang}  ${n}`);
  if (by.length === 0) out('no subscribers yet');
  const mail = countsByOutcome(db);
  out(`mail: ${mail.map((m) => `${m.n} ${m.outcome}`).join(', ') || 'none'}`);
  out(`erased (fingerprints kept): ${erasedCount(db)}`);
}

/** `export`: the confirmed subscribers with their consent record, as CSV (`IMPORT_COLUMNS`). */
export function exportCsv({ db, out }: Tools): void {
  out(csvLine([...IMPORT_COLUMNS]));
  for (const r of confirmedSubscribers(db))
    out(
      csvLine([
        r.email,
        r.lang,
        iso(r.consent_at),
        r.consent_version,
        r.source,
        iso(r.confirmed_at),
      ]),
    );
}

/** `delete <email>`: erases a person, keeping only the fingerprint that stops a re-import. */
export function erasePerson({ db, out, now }: Tools, input: string): void {
  const checked = checkEmail(input);
  if (!checked.ok)
    throw new CommandError(`"${input}" is not an email address (${checked.problem}).`, 2);
  const existed = erase(db, checked.email, now);
  out(
    existed
      ? `Erased ${checked.email}. Only its fingerprint is kept, so no import can add it back.`
      : `${checked.email} was not on the list. Its fingerprint is kept, so no import can add it.`,
  );
}

/** `import <file.csv>`: adds confirmed subscribers, all of the file or, on any bad row, none. */
export function importFile({ db, out, now }: Tools, file: string): void {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CommandError(`Cannot read ${file}: ${(error as Error).message}`);
  }
  const read = readImport(text);
  if (!read.ok)
    throw new CommandError(
      `Nothing imported; fix these and run again:\n${read.problems.join('\n')}`,
    );
  const counts = importSubscribers(db, read.rows, now);
  out(
    `Imported ${counts.added}; skipped ${counts.erased} erased and ${counts.present} already on the list.`,
  );
}

/** `purge`: erases signups left unconfirmed and addresses unsubscribed for 30 days. */
export function purgeOld({ db, out, now }: Tools): void {
  const gone = purge(db, now);
  out(
    `Erased ${gone.pending} unconfirmed signup(s) and ${gone.unsubscribed} unsubscribed address(es).`,
  );
}

/**
 * `send <lang>/<slug> [--dry-run]`: queues a published article for its language's confirmed
 * subscribers, once each, and sends it, showing progress; a dry run says who would get it and
 * shows one letter, queuing nothing. Refused when listmonk holds the list, or the article is not
 * published (see `findArticle`).
 */
export async function send(tools: SendTools, name: string, dryRun = false): Promise<void> {
  const { db, out, now, delivery } = tools;
  if (delivery.provider)
    throw new CommandError(
      'Subscribers are handed to listmonk (LISTMONK_URL is set): send the article from listmonk.',
    );
  let campaign: ReturnType<typeof findArticle>;
  try {
    campaign = findArticle(name, tools.contentDir, new Date(now));
  } catch (error) {
    throw new CommandError((error as Error).message);
  }
  const reach = audience(db, campaign);
  if (dryRun) {
    out(
      `"${campaign.title}" (${campaign.lang}) → ${reach.total - reach.queued} new recipient(s); ${reach.queued} already had it.`,
    );
    const sample = firstConfirmed(db, campaign.lang);
    if (sample) {
      const row = {
        id: 0,
        key: null,
        kind: 'article' as const,
        subscriber_id: sample.id,
        payload: JSON.stringify(campaignPayload(campaign)),
        created_at: now,
        attempts: 0,
      };
      const letter = letterFor(row, delivery);
      if (letter) out(`\nSubject: ${letter.subject}\n\n${letter.text}`);
    }
    out('\nDry run: nothing was queued or sent.');
    return;
  }
  const added = queueCampaign(db, campaign, now);
  const total = pendingCount(db, campaign.key);
  out(
    `"${campaign.title}": ${added} newly queued, ${total} to send, ${reach.queued} queued before.`,
  );
  const { progress } = tools;
  let shown = -1;
  const done = await tools.worker.drain({
    keyPrefix: campaign.key,
    onProgress: ({ sent, skipped, failed }) => {
      const count = sent + skipped + failed;
      const tenth = Math.floor((count / Math.max(1, total)) * 10);
      if (progress.isTTY) progress.write(`\r${progressBar(count, total)}`);
      else if (tenth !== shown) progress.write(`${progressBar(count, total)}\n`);
      shown = tenth;
    },
  });
  if (progress.isTTY) progress.write('\n');
  const left = pendingCount(db, campaign.key);
  out(
    `Sent ${done.sent}, skipped ${done.skipped} (left meanwhile), ${done.failed} failed attempt(s); ${left} waiting for a retry.`,
  );
  if (left > 0) out('The server retries them, or run this command again later.');
}
