import fc from 'fast-check';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config.ts';
import { createAtomically } from '../../../src/server/newsletter/data.ts';
import {
  confirmToken,
  counterKey,
  loadSecret,
  readConfirmToken,
  readUnsubscribeToken,
  unsubscribeToken,
} from '../../../src/server/newsletter/tokens.ts';

const secret = Buffer.from('a-test-secret-that-is-long-enough-123');
const other = Buffer.from('another-secret-that-is-long-enough-456');

describe('tokens', () => {
  it('reads back what it wrote, for any id and time', () => {
    fc.assert(
      fc.property(fc.nat(2 ** 40), fc.nat(2 ** 45), (id, at) => {
        expect(readConfirmToken(secret, confirmToken(secret, id, at))).toEqual({
          id,
          issuedAt: at,
        });
        expect(readUnsubscribeToken(secret, unsubscribeToken(secret, id))).toBe(id);
      }),
    );
  });

  it('refuses a token made with another secret, or for another purpose', () => {
    expect(readConfirmToken(secret, confirmToken(other, 7, 1000))).toBeUndefined();
    expect(readUnsubscribeToken(secret, unsubscribeToken(other, 7))).toBeUndefined();
    const [id, , sig] = confirmToken(secret, 7, 1000).split('.');
    expect(readUnsubscribeToken(secret, `${id}.${sig}`)).toBeUndefined();
  });

  it('refuses every altered token and never throws on garbage', () => {
    const good = confirmToken(secret, 42, 1_700_000_000_000);
    fc.assert(
      fc.property(fc.nat(good.length - 1), fc.constantFrom(...'0a_-.Z9'), (at, c) => {
        const bad = good.slice(0, at) + c + good.slice(at + 1);
        if (bad !== good) expect(readConfirmToken(secret, bad)).toBeUndefined();
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(() => readConfirmToken(secret, text)).not.toThrow();
        expect(() => readUnsubscribeToken(secret, text)).not.toThrow();
      }),
    );
  });

  it('keys counters without the address in clear', () => {
    const key = counterKey(secret, 'email', 'ana@example.org');
    expect(key).not.toContain('ana');
    expect(key).toBe(counterKey(secret, 'email', 'ana@example.org'));
    expect(key).not.toBe(counterKey(other, 'email', 'ana@example.org'));
  });

  it('creates one secret file, private, and keeps it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lelien-secret-'));
    const first = loadSecret(dir);
    expect(loadSecret(dir).equals(first)).toBe(true);
    expect(statSync(join(dir, 'secret')).mode & 0o777).toBe(0o600);
    expect(() => loadSecret(dir, 'short')).toThrow(/SECRET/);
  });

  it('refuses an empty or short key file rather than sign links with it', () => {
    for (const text of ['', '\n', 'x'.repeat(31)]) {
      const dir = mkdtempSync(join(tmpdir(), 'lelien-secret-'));
      writeFileSync(join(dir, 'secret'), text);
      expect(() => loadSecret(dir)).toThrow(ConfigError);
      expect(() => loadSecret(dir)).toThrow(/at least 32/);
    }
  });
});

describe('createAtomically', () => {
  it('writes a private file once: a second writer keeps the first one’s content', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lelien-atomic-'));
    const file = join(dir, 'secret');
    expect(createAtomically(file, 'first')).toBe(true);
    expect(createAtomically(file, 'second')).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('first');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['secret']);
  });
});
