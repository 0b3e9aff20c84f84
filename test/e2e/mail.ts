import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A received mail, parsed, with its raw source (headers unfolded) kept for header checks. */
export interface Received {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  raw: string;
  headers: ParsedMail['headers'];
}

/** A real SMTP server on loopback that keeps every mail it accepts. */
export interface MailCatcher {
  port: number;
  url: string;
  mails: Received[];
  /** Resolves when `count` mails (in all) have arrived, or rejects after `ms`. */
  waitFor(count: number, ms?: number): Promise<Received[]>;
  close(): Promise<void>;
}

/** Starts the catcher, on `port` when given (to bring an "outage" back on the same port). */
export async function catchMail(port = 0): Promise<MailCatcher> {
  const mails: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      // A mail that cannot be parsed is refused to the sender, so the test sees it fail.
      const receive = async () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const unfolded = raw.replace(/\r?\n[ \t]+/g, ' ');
        const parsed = await simpleParser(raw);
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address).join(','),
          subject: parsed.subject ?? '',
          text: parsed.text ?? '',
          html: typeof parsed.html === 'string' ? parsed.html : '',
          messageId: parsed.messageId ?? '',
          raw: unfolded,
          headers: parsed.headers,
        });
      };
      stream.on('end', () => {
        receive().then(() => callback(), callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = (server.server.address() as AddressInfo).port;
  return {
    port: bound,
    url: `smtp://127.0.0.1:${bound}`,
    mails,
    async waitFor(count, ms = 20_000) {
      const end = Date.now() + ms;
      while (mails.length < count) {
        if (Date.now() > end) throw new Error(`expected ${count} mails, got ${mails.length}`);
        await new Promise((r) => setTimeout(r, 25));
      }
      return mails;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The link in a mail's text that starts with `prefix` (the confirm or unsubscribe page). */
export function linkIn(mail: Received, pattern: RegExp): string {
  const found = mail.text.match(new RegExp(`https?://\\S*${pattern.source}\\S*`));
  if (!found) throw new Error(`no link matching ${pattern} in:\n${mail.text}`);
  return found[0];
}
