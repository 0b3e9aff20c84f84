import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../../config.ts';
import { createAtomically } from './data.ts';

/** How long a confirmation link works: 48 hours. */
export const CONFIRM_TTL_MS = 48 * 3600 * 1000;

/** A 128-bit MAC in base64url: 22 characters. */
const MAC = /^[A-Za-z0-9_-]{22}$/;
const NUMBER = /^[0-9a-z]{1,11}$/;

function mac(secret: Buffer, payload: string): string {
  return createHmac('sha256', secret)
    .update(payload)
    .digest()
    .subarray(0, 16)
    .toString('base64url');
}

function sameMac(a: string, b: string): boolean {
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/**
 * The token in a confirmation link: `<id>.<issued>.<mac>` (base 36, then an HMAC-SHA-256 of both
 * under the site's secret). Nothing is stored: the server recomputes the MAC, so a database leak
 * gives no working link, and the time it was issued makes it expire.
 */
export function confirmToken(secret: Buffer, id: number, issuedAt: number): string {
  const payload = `${id.toString(36)}.${issuedAt.toString(36)}`;
  return `${payload}.${mac(secret, `confirm.${payload}`)}`;
}

/** A confirmation token read back: whose and when, or `undefined` when forged or malformed. */
export function readConfirmToken(
  secret: Buffer,
  token: string,
): { id: number; issuedAt: number } | undefined {
  const [id, issued, sig, ...rest] = token.split('.');
  if (rest.length || !id || !issued || !sig) return undefined;
  if (!NUMBER.test(id) || !NUMBER.test(issued) || !MAC.test(sig)) return undefined;
  if (!sameMac(sig, mac(secret, `confirm.${id}.${issued}`))) return undefined;
  return { id: parseInt(id, 36), issuedAt: parseInt(issued, 36) };
}

/**
 * The per-subscriber token in every `List-Unsubscribe` URL: `<id>.<mac>`. It never expires, as
 * RFC 8058 expects: an old mail's link must still work.
 */
export function unsubscribeToken(secret: Buffer, id: number): string {
  const payload = id.toString(36);
  return `${payload}.${mac(secret, `unsubscribe.${payload}`)}`;
}

/** The subscriber an unsubscribe token names, or `undefined` when forged or malformed. */
export function readUnsubscribeToken(secret: Buffer, token: string): number | undefined {
  const [id, sig, ...rest] = token.split('.');
  if (rest.length || !id || !sig || !NUMBER.test(id) || !MAC.test(sig)) return undefined;
  return sameMac(sig, mac(secret, `unsubscribe.${id}`)) ? parseInt(id, 36) : undefined;
}

/**
 * A keyed hash for rate-limit counters, so the database never holds a readable IP or email
 * address for them.
 */
export function counterKey(secret: Buffer, kind: string, value: string): string {
  return `${kind}:${mac(secret, `limit.${kind}.${value}`)}`;
}

/**
 * The fingerprint kept after an erasure, so an import cannot bring the address back:
 * SHA-256 of the normalized address, unkeyed so it survives a change of secret.
 */
export function suppressionHash(email: string): string {
  return createHash('sha256').update(email).digest('hex');
}

/** The shortest secret accepted: 32 characters (the generated one is 43, 256 random bits). */
const MIN_SECRET = 32;

/**
 * The site's secret: `SECRET` when set, otherwise a random one created once in
 * `DATA_DIR/secret` (atomically, mode 600, see `createAtomically`), so `npm start` needs no
 * configuration and links survive restarts. Either must have at least 32 characters: a short or
 * empty key (a 0-byte file left by a full disk) would let anyone compute valid confirm and
 * unsubscribe links, so it stops the start with a `ConfigError` saying what to do.
 */
export function loadSecret(dataDir: string, fromEnv?: string): Buffer {
  if (fromEnv !== undefined && fromEnv !== '') {
    if (fromEnv.length < MIN_SECRET)
      throw new ConfigError(`SECRET must be at least ${MIN_SECRET} characters long.`);
    return Buffer.from(fromEnv);
  }
  const file = join(dataDir, 'secret');
  if (!existsSync(file)) createAtomically(file, randomBytes(32).toString('base64url'));
  let secret: string;
  try {
    secret = readFileSync(file, 'utf8').trim();
  } catch (error) {
    throw new ConfigError(
      `${file} cannot be read (${(error as NodeJS.ErrnoException).code}): make it a file this user can read, or set SECRET.`,
    );
  }
  if (secret.length < MIN_SECRET)
    throw new ConfigError(
      `${file} holds a key of ${secret.length} characters, at least ${MIN_SECRET} are needed: delete the file to have a new one made (links already mailed stop working), or set SECRET.`,
    );
  return Buffer.from(secret);
}
