import { resolve } from 'node:path';
import { checkEmail } from './newsletter/email.ts';

/** The newsletter's settings, read once from the environment. */
export interface Config {
  /** Where the database, the secret and the file outbox live (`DATA_DIR`, default `./var`). */
  dataDir: string;
  /** The public address links in mails are built on (`SITE_URL`, default the local server). */
  site: URL;
  /** The sender (`MAIL_FROM`). */
  mailFrom: string;
  /** `SMTP_URL`, or undefined to write mails as files. */
  smtpUrl: string | undefined;
  /** Whether `X-Forwarded-For` comes from our own reverse proxy (`TRUST_PROXY`). */
  trustProxy: boolean;
  /** `SECRET`, or undefined to use the one kept in `DATA_DIR`. */
  secret: string | undefined;
}

/** A setting that cannot work, named so the author knows which variable to fix. */
export class ConfigError extends Error {}

function url(name: string, value: string, protocols: string[]): URL {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(`${name} is not a URL: "${value}".`);
  }
  if (!protocols.includes(parsed.protocol))
    throw new ConfigError(`${name} must start with ${protocols.join(' or ')}//, not "${value}".`);
  return parsed;
}

/**
 * Reads and checks the newsletter's environment. Nothing is required: with no variable set the
 * site works locally (links on `http://<host>:<port>`, mails written to `DATA_DIR/outbox`).
 * A variable that is set but wrong throws a `ConfigError` naming it.
 */
export function configFromEnv(
  env: Record<string, string | undefined>,
  local: { host: string; port: number },
): Config {
  const site = url('SITE_URL', env.SITE_URL || `http://${local.host}:${local.port}/`, [
    'http:',
    'https:',
  ]);
  const smtpUrl = env.SMTP_URL || undefined;
  if (smtpUrl) url('SMTP_URL', smtpUrl, ['smtp:', 'smtps:']);
  const mailFrom = env.MAIL_FROM || `Le Lien <newsletter@${site.hostname}>`;
  if (env.MAIL_FROM) {
    const address = /<([^<>]+)>\s*$/.exec(mailFrom)?.[1] ?? mailFrom;
    if (!checkEmail(address).ok || /[\r\n]/.test(mailFrom))
      throw new ConfigError(`MAIL_FROM is not a valid sender: "${mailFrom}".`);
  }
  return {
    dataDir: resolve(env.DATA_DIR || 'var'),
    site,
    mailFrom,
    smtpUrl,
    trustProxy: ['1', 'true', 'yes'].includes((env.TRUST_PROXY ?? '').toLowerCase()),
    secret: env.SECRET || undefined,
  };
}
