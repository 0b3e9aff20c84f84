import { join } from 'node:path';
import type { Config } from '../../config.ts';
import { prepareDataDir } from './data.ts';
import type { Delivery } from './delivery.ts';
import { listmonkFromConfig } from './listmonk.ts';
import { fileTransport, smtpTransport, type Transport } from './mail.ts';
import type { Newsletter } from './handlers.ts';
import { openStore } from './store.ts';
import { loadSecret } from './tokens.ts';
import { createWorker, type Worker } from './worker.ts';

/** The newsletter as one server process runs it: handlers' dependencies, worker, settings. */
export interface Runtime {
  newsletter: Newsletter;
  worker: Worker;
  /** What the worker sends with: the CLI's dry run writes its sample letter with it too. */
  delivery: Delivery;
  transport: Transport;
  config: Config;
  close(): Promise<void>;
}

/**
 * Builds the newsletter from the settings (see src/config.ts): the database in `DATA_DIR`, the
 * secret, the mail transport (SMTP, or `.eml` files with each confirmation link printed), the
 * optional provider, and the outbox worker.
 */
export function createRuntime(config: Config, log: (line: string) => void = console.log): Runtime {
  // On stderr: the CLI's stdout may be a CSV export.
  for (const change of prepareDataDir(config.dataDir))
    console.error(`Le Lien: made private to this user: ${change}`);
  const db = openStore(join(config.dataDir, 'newsletter.db'));
  const secret = loadSecret(config.dataDir, config.secret);
  const files = config.smtpUrl === undefined;
  const transport = files
    ? fileTransport(join(config.dataDir, 'outbox'), config.mailFrom)
    : smtpTransport(config.smtpUrl!, config.mailFrom);
  const provider = listmonkFromConfig(config.listmonk);
  const delivery: Delivery = {
    db,
    secret,
    site: config.site,
    transport,
    provider,
    onConfirmLink: files
      ? (email, url) => log(`Le Lien: confirmation link for ${email}: ${url}`)
      : undefined,
  };
  const worker = createWorker(delivery);
  const newsletter: Newsletter = {
    db,
    secret,
    site: config.site,
    clock: Date.now,
    provider,
    wake: () => worker.wake(),
  };
  return {
    newsletter,
    worker,
    delivery,
    transport,
    config,
    async close() {
      await worker.stop();
      transport.close();
      db.close();
    },
  };
}
