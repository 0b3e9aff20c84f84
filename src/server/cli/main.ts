/**
 * The author's newsletter tools: `npm run newsletter -- <command>`. Reads the same environment
 * as the server (DATA_DIR, SITE_URL, SMTP_URL, MAIL_FROM) and can run while the server runs.
 */
import { parseArgs } from 'node:util';
import { readConfig } from '../../config.ts';
import { audience, campaignPayload, findArticle, queueCampaign } from '../newsletter/campaign.ts';
import { csvLine } from '../newsletter/csv.ts';
import { checkEmail } from '../../newsletter/email.ts';
import { progressBar } from './progress.ts';
import { createRuntime } from '../newsletter/runtime.ts';
import { readFileSync } from 'node:fs';
import { readImport } from '../newsletter/import.ts';
import { erase, importSubscribers, purge, type Subscriber } from '../newsletter/subscribers.ts';
import { letterFor } from '../newsletter/delivery.ts';
import { pendingCount } from '../newsletter/outbox.ts';

const USAGE = `Usage: npm run newsletter -- <command>

  list                      every subscriber: status, language, address, dates
  stats                     counts by status and language, mail waiting and sent
  export                    CSV of confirmed subscribers with their consent record (stdout)
  delete <email>            erase a person; only a fingerprint is kept so no import adds them back
  import <file.csv>         add confirmed subscribers from a CSV with export's columns; erased
                            addresses are skipped; a file with any bad row imports nothing
  purge                     erase signups unconfirmed and addresses unsubscribed for 30 days
  send <lang>/<slug> [--dry-run]
                            mail a published article to its language's confirmed subscribers,
                            once each; run it again to resume after a stop`;

const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());

/** Exits with a message on stderr: 2 for a wrong command line, 1 for a refusal. */
function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

// What the CLI writes in DATA_DIR (the database, an export's mails) is for its user only.
process.umask(0o077);

const { positionals, values } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { 'dry-run': { type: 'boolean', default: false }, help: { type: 'boolean' } },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${USAGE}`, 2);
  }
})();
const [command, argument, ...extra] = positionals;
if (values.help || !command) fail(USAGE, command ? 0 : 2);
if (extra.length) fail(`Too many arguments: ${extra.join(' ')}\n\n${USAGE}`, 2);

let runtime: ReturnType<typeof createRuntime>;
try {
  runtime = createRuntime(readConfig(process.env));
} catch (error) {
  fail((error as Error).message);
}
const { db } = runtime.newsletter;
const now = Date.now();
const out = (line: string) => process.stdout.write(`${line}\n`);

switch (command) {
  case 'list': {
    const rows = db
      .prepare('SELECT * FROM subscribers ORDER BY id')
      .all() as unknown as Subscriber[];
    for (const r of rows)
      out(
        `${r.status.padEnd(12)} ${r.lang}  ${r.email.padEnd(40)} ${iso(r.created_at).slice(0, 10)}`,
      );
    out(`${rows.length} subscriber${rows.length === 1 ? '' : 's'}`);
    break;
  }
  case 'stats': {
    const by = db
      .prepare(
        'SELECT status, lang, count(*) AS n FROM subscribers GROUP BY status, lang ORDER BY status, lang',
      )
      .all() as { status: string; lang: string; n: number }[];
    for (const { status, lang, n } of by) out(`${status.padEnd(12)} ${lang}  ${n}`);
    if (by.length === 0) out('no subscribers yet');
    const mail = db
      .prepare(
        `SELECT coalesce(outcome, 'waiting') AS outcome, count(*) AS n FROM outbox GROUP BY 1`,
      )
      .all() as { outcome: string; n: number }[];
    out(`mail: ${mail.map((m) => `${m.n} ${m.outcome}`).join(', ') || 'none'}`);
    const erased = db.prepare('SELECT count(*) AS n FROM suppressed').get() as { n: number };
    out(`erased (fingerprints kept): ${erased.n}`);
    break;
  }
  case 'export': {
    out(csvLine(['email', 'lang', 'signup_at', 'consent_version', 'source', 'confirmed_at']));
    const rows = db
      .prepare(`SELECT * FROM subscribers WHERE status = 'confirmed' ORDER BY id`)
      .all() as unknown as Subscriber[];
    for (const r of rows)
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
    break;
  }
  case 'delete': {
    const checked = checkEmail(argument ?? '');
    if (!checked.ok) fail(`"${argument ?? ''}" is not an email address (${checked.problem}).`, 2);
    const existed = erase(db, checked.email, now);
    out(
      existed
        ? `Erased ${checked.email}. Only its fingerprint is kept, so no import can add it back.`
        : `${checked.email} was not on the list. Its fingerprint is kept, so no import can add it.`,
    );
    break;
  }
  case 'import': {
    if (!argument) fail(`import needs a file.\n\n${USAGE}`, 2);
    let text: string;
    try {
      text = readFileSync(argument, 'utf8');
    } catch (error) {
      fail(`Cannot read ${argument}: ${(error as Error).message}`);
    }
    const read = readImport(text);
    if (!read.ok) fail(`Nothing imported; fix these and run again:\n${read.problems.join('\n')}`);
    const counts = importSubscribers(db, read.rows, now);
    out(
      `Imported ${counts.added}; skipped ${counts.erased} erased and ${counts.present} already on the list.`,
    );
    break;
  }
  case 'purge': {
    const gone = purge(db, now);
    out(
      `Erased ${gone.pending} unconfirmed signup(s) and ${gone.unsubscribed} unsubscribed address(es).`,
    );
    break;
  }
  case 'send': {
    if (!argument) fail(`send needs <lang>/<slug>.\n\n${USAGE}`, 2);
    if (runtime.newsletter.provider)
      fail(
        'Subscribers are handed to listmonk (LISTMONK_URL is set): send the article from listmonk.',
      );
    let campaign: ReturnType<typeof findArticle>;
    try {
      campaign = findArticle(argument, runtime.config.contentDir, new Date(now));
    } catch (error) {
      fail((error as Error).message);
    }
    const reach = audience(db, campaign);
    if (values['dry-run']) {
      out(
        `"${campaign.title}" (${campaign.lang}) → ${reach.total - reach.queued} new recipient(s); ${reach.queued} already had it.`,
      );
      const sample = db
        .prepare(`SELECT id FROM subscribers WHERE status = 'confirmed' AND lang = ? LIMIT 1`)
        .get(campaign.lang) as { id: number } | undefined;
      if (sample) {
        const payload = JSON.stringify(campaignPayload(campaign));
        const row = {
          id: 0,
          key: null,
          kind: 'article' as const,
          subscriber_id: sample.id,
          payload,
          created_at: now,
          attempts: 0,
        };
        const letter = letterFor(row, { ...runtime.newsletter, transport: runtime.transport });
        if (letter) out(`\nSubject: ${letter.subject}\n\n${letter.text}`);
      }
      out('\nDry run: nothing was queued or sent.');
      break;
    }
    const added = queueCampaign(db, campaign, now);
    const total = pendingCount(db, campaign.key);
    out(
      `"${campaign.title}": ${added} newly queued, ${total} to send, ${reach.queued} queued before.`,
    );
    const tty = process.stderr.isTTY;
    let shown = -1;
    const done = await runtime.worker.drain({
      keyPrefix: campaign.key,
      onProgress: ({ sent, skipped, failed }) => {
        const count = sent + skipped + failed;
        const tenth = Math.floor((count / Math.max(1, total)) * 10);
        if (tty) process.stderr.write(`\r${progressBar(count, total)}`);
        else if (tenth !== shown) process.stderr.write(`${progressBar(count, total)}\n`);
        shown = tenth;
      },
    });
    if (tty) process.stderr.write('\n');
    const left = pendingCount(db, campaign.key);
    out(
      `Sent ${done.sent}, skipped ${done.skipped} (left meanwhile), ${done.failed} failed attempt(s); ${left} waiting for a retry.`,
    );
    if (left > 0) out('The server retries them, or run this command again later.');
    break;
  }
  default:
    fail(`Unknown command "${command}".\n\n${USAGE}`, 2);
}
await runtime.close();
