import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Letter } from './letters.ts';

/** Where letters go: an SMTP server, or files when nothing is configured. */
export interface Transport {
  /** Said at start, so the author knows where mail goes. */
  describe: string;
  /** Delivers one letter, or throws; `permanent` on the error means retrying cannot help. */
  send(letter: Letter): Promise<void>;
  close(): void;
}

/**
 * A delivery failure: `permanent` when retrying this mail cannot help (a 5xx for the recipient),
 * `outage` when the server could not be reached at all, so the worker pauses everything rather
 * than spending each mail's retries.
 */
export class DeliveryError extends Error {
  /** Tells it from a mailing engine's `ProviderError` (see `verdictOf` in worker.ts). */
  readonly kind = 'delivery';
  readonly permanent: boolean;
  readonly outage: boolean;
  constructor(message: string, permanent: boolean, outage = false) {
    super(message);
    this.permanent = permanent;
    this.outage = outage;
  }
}

/** Nodemailer's codes for a server that cannot be reached or talked to. */
const OUTAGE = new Set([
  'ECONNECTION',
  'ESOCKET',
  'ETIMEDOUT',
  'EDNS',
  'ECONNREFUSED',
  'EGREETING',
]);

function message(from: string, letter: Letter) {
  return {
    from,
    to: letter.to,
    subject: letter.subject,
    text: letter.text,
    html: letter.html,
    headers: letter.headers,
    messageId: letter.messageId,
  };
}

/**
 * Mail through an SMTP server (`SMTP_URL`, e.g. `smtps://user:pass@smtp.example.org:465`), over
 * a small pool of kept-alive connections. A 5xx reply for a recipient is permanent; timeouts,
 * refused connections and 4xx are retried by the outbox.
 */
export function smtpTransport(url: string, from: string): Transport {
  const transporter = nodemailer.createTransport({ url, pool: true, maxConnections: 2 });
  const where = new URL(url);
  return {
    describe: `SMTP ${where.protocol}//${where.host}`,
    async send(letter) {
      try {
        await transporter.sendMail(message(from, letter));
      } catch (error) {
        const { responseCode = 0, code = '' } = error as { responseCode?: number; code?: string };
        // 421: the server is closing the channel, as it does when overloaded or shutting down.
        const outage = OUTAGE.has(code) || responseCode === 421;
        throw new DeliveryError(
          (error as Error).message,
          responseCode >= 500 && responseCode < 600,
          outage,
        );
      }
    },
    close: () => transporter.close(),
  };
}

/**
 * With no SMTP server configured, each letter is written as a `.eml` file to `dir` (open it with
 * any mail client), so `npm start` works with no configuration.
 */
export function fileTransport(dir: string, from: string): Transport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return {
    describe: `files in ${dir}`,
    async send(letter) {
      const info = await transporter.sendMail(message(from, letter));
      const name = letter.messageId.replace(/[^A-Za-z0-9.-]/g, '_');
      // Private: a confirmation mail holds a working link.
      writeFileSync(join(dir, `${name}.eml`), info.message as Buffer, { mode: 0o600 });
    },
    close: () => transporter.close(),
  };
}
