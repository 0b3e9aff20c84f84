/**
 * Every setting Le Lien reads from the environment, each with its one default, read and checked
 * here only: by the build (astro.config.mjs and the pages, through src/site.ts), by the server and
 * by the newsletter's CLI. Framework-free and with `.ts` imports, so Node runs it as it is.
 */
import { resolve } from 'node:path';
import { checkEmail } from './newsletter/email.ts';

/** The environment, or any stand-in for it (tests pass a plain object). */
export type Env = Record<string, string | undefined>;

/** Where the server listens (and `astro dev`). */
export interface Listen {
  /** `HOST`, default `localhost`. */
  host: string;
  /** `PORT`, default 4321. */
  port: number;
}

/** A listmonk to hand signups to instead of keeping them (see server/newsletter/listmonk.ts). */
export interface ListmonkSettings {
  /** `LISTMONK_URL`: listmonk's base address. */
  url: string;
  /** `LISTMONK_LIST_FR`, `LISTMONK_LIST_EN`: the UUIDs of the public lists, checked by the adapter. */
  lists: { fr: string; en: string };
}

/** All the settings, read once from the environment. */
export interface Config extends Listen {
  /** The public address (`SITE_URL`); see `readSite` for its default and what it decides. */
  site: URL;
  /** The author's content folder (`LELIEN_CONTENT`, default `content`; tests point it at fixtures). */
  contentDir: string;
  /** Where the database, the secret and the file outbox live (`DATA_DIR`, default `./var`). */
  dataDir: string;
  /** The sender (`MAIL_FROM`, default `Le Lien <newsletter@<the site's host name>>`). */
  mailFrom: string;
  /** `SMTP_URL`, or undefined (the default) to write mails as files in `DATA_DIR/outbox`. */
  smtpUrl: string | undefined;
  /** Whether `X-Forwarded-For` comes from our own reverse proxy (`TRUST_PROXY`, default no). */
  trustProxy: boolean;
  /** `SECRET`, or undefined (the default) to use the one kept in `DATA_DIR/secret`. */
  secret: string | undefined;
  /** Set when `LISTMONK_URL` is (default: unset, the site keeps its own list). */
  listmonk: ListmonkSettings | undefined;
  /** Milliseconds a client has to send a whole request (`REQUEST_TIMEOUT` in seconds, default 30). */
  requestTimeout: number;
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

/** `HOST` and `PORT`: where the server listens; a port that is not one is refused by name. */
export function readListen(env: Env): Listen {
  const port = Number(env.PORT || 4321);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT must be a port number (0 to 65535), not "${env.PORT}".`);
  return { host: env.HOST || 'localhost', port };
}

/**
 * The public address (`SITE_URL`): the build makes canonical links, feeds and social images
 * absolute on it and writes HSTS into `_headers` when it is `https:`; the server builds mail
 * links on it, accepts POSTs from its origin and sends HSTS when it is `https:`. Its one default
 * is the local server, `http://<HOST>:<PORT>/`, so a site built and served with no setting links
 * to itself, and a local server neither sends HSTS nor refuses its own forms.
 */
export function readSite(env: Env): URL {
  const { host, port } = readListen(env);
  return url('SITE_URL', env.SITE_URL || `http://${host}:${port}/`, ['http:', 'https:']);
}

/**
 * The content folder (`LELIEN_CONTENT`, default `content`): articles, pages, sources, tags. A
 * folder given is made absolute: Astro's loaders read it from another root (astro.config.mjs
 * `fixtureRoot`), where a relative path found nothing and the build failed on a missing tool page.
 */
export function readContentDir(env: Env): string {
  return env.LELIEN_CONTENT ? resolve(env.LELIEN_CONTENT) : 'content';
}

/**
 * `LELIEN_BUILD_CACHE`: where the build keeps the outputs it may reuse (src/build/cache.ts),
 * `node_modules/.cache/lelien` by default; the bench points it into `var/` to time clean builds.
 */
export function readBuildCacheDir(env: Env): string {
  return env.LELIEN_BUILD_CACHE || 'node_modules/.cache/lelien';
}

/**
 * `REQUEST_TIMEOUT`: the seconds a client has to send a whole request, 30 by default (Node's own
 * 300 lets a few hundred slow sockets hold the server for minutes); from 1 to 600, in ms.
 */
export function readRequestTimeout(env: Env): number {
  const seconds = Number(env.REQUEST_TIMEOUT || 30);
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 600)
    throw new ConfigError(
      `REQUEST_TIMEOUT must be whole seconds from 1 to 600, not "${env.REQUEST_TIMEOUT}".`,
    );
  return seconds * 1000;
}

/**
 * The source folder to build (`LELIEN_SRC`, default `src`): the tests build a copy with a toy
 * calculator added, as a newcomer would add one, without touching this one.
 */
export function readSourceDir(env: Env): string {
  return env.LELIEN_SRC || 'src';
}

/** The listmonk settings, or undefined when `LISTMONK_URL` is not set (or blank). */
export function readListmonk(env: Env): ListmonkSettings | undefined {
  const listmonk = env.LISTMONK_URL?.trim() ?? '';
  if (listmonk === '') return undefined;
  return {
    url: listmonk,
    lists: { fr: env.LISTMONK_LIST_FR ?? '', en: env.LISTMONK_LIST_EN ?? '' },
  };
}

/**
 * Reads and checks every setting. Nothing is required: with no variable set the site works
 * locally (links on `http://localhost:4321/`, mails written to `DATA_DIR/outbox`). A variable
 * that is set but wrong throws a `ConfigError` naming it.
 */
export function readConfig(env: Env): Config {
  const site = readSite(env);
  const smtpUrl = env.SMTP_URL || undefined;
  if (smtpUrl) url('SMTP_URL', smtpUrl, ['smtp:', 'smtps:']);
  const mailFrom = env.MAIL_FROM || `Le Lien <newsletter@${site.hostname}>`;
  if (env.MAIL_FROM) {
    const address = /<([^<>]+)>\s*$/.exec(mailFrom)?.[1] ?? mailFrom;
    if (!checkEmail(address).ok || /[\r\n]/.test(mailFrom))
      throw new ConfigError(`MAIL_FROM is not a valid sender: "${mailFrom}".`);
  }
  return {
    ...readListen(env),
    site,
    contentDir: readContentDir(env),
    dataDir: resolve(env.DATA_DIR || 'var'),
    mailFrom,
    smtpUrl,
    trustProxy: ['1', 'true', 'yes'].includes((env.TRUST_PROXY ?? '').toLowerCase()),
    secret: env.SECRET || undefined,
    listmonk: readListmonk(env),
    requestTimeout: readRequestTimeout(env),
  };
}
