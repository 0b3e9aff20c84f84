import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvLine, parseCsv } from '../../../src/server/newsletter/csv';
import { clientNetwork, originAllowed } from '../../../src/server/http/origin';
import { progressBar } from '../../../src/server/cli/progress';
import { configFromEnv } from '../../../src/config';
import { backoff } from '../../../src/server/newsletter/outbox';
import { outagePause } from '../../../src/server/newsletter/worker';

describe('csv', () => {
  it('reads back every field, formulas defused', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 6 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          const text = rows.map(csvLine).join('\r\n') + '\r\n';
          // An empty single-field row reads back as nothing to split: compare what can be told apart.
          const expected = rows.map((r) => (r.length === 1 && r[0] === '' ? [''] : r));
          expect(parseCsv(text)).toEqual(expected);
        },
      ),
    );
    expect(csvLine(['=HYPERLINK("x")', 'a,b'])).toBe(`"'=HYPERLINK(""x"")","a,b"`);
  });
});

describe('progress bar', () => {
  it('fills in proportion and never overflows', () => {
    expect(progressBar(0, 10, 10)).toBe('[░░░░░░░░░░]   0 % 0/10');
    expect(progressBar(6, 10, 10)).toBe('[██████░░░░]  60 % 6/10');
    expect(progressBar(0, 0, 4)).toBe('[████] 100 % 0/0');
    fc.assert(
      fc.property(fc.nat(5000), fc.nat(5000), (done, total) => {
        expect(progressBar(done, total, 20).match(/[█░]/g)).toHaveLength(20);
      }),
    );
  });
});

describe('origin', () => {
  const own = { site: new URL('https://lelien.example/'), https: true };
  it('lets same-origin POSTs through and refuses others', () => {
    const post = (
      origin: string | undefined,
      path = '/api/newsletter/subscribe',
      host = 'lelien.example',
    ) => originAllowed('POST', path, { origin, host }, own);
    expect(post('https://lelien.example')).toBe(true);
    expect(post('https://evil.example')).toBe(false);
    expect(post('null')).toBe(false);
    expect(post(undefined)).toBe(false);
    expect(post('http://lelien.example')).toBe(false);
    expect(originAllowed('GET', '/', { origin: 'https://evil.example' }, own)).toBe(true);
  });

  it('exempts only the bare POST to the unsubscribe pages', () => {
    for (const path of [
      '/newsletter/desinscription/',
      '/en/newsletter/unsubscribe/',
      '/newsletter/desinscription',
    ]) {
      expect(originAllowed('POST', path, {}, own)).toBe(true);
      expect(originAllowed('POST', path, { origin: 'https://evil.example' }, own)).toBe(false);
    }
    for (const path of [
      '/newsletter/confirmer/',
      '/api/newsletter/subscribe',
      '/newsletter/desinscription/x',
      '/x/newsletter/unsubscribe/',
    ])
      expect(originAllowed('POST', path, {}, own)).toBe(false);
  });

  it('takes the proxy’s own X-Forwarded-For entry only when told to', () => {
    expect(clientNetwork('127.0.0.1', '6.6.6.6, 203.0.113.9', true)).toBe('203.0.113.9');
    expect(clientNetwork('127.0.0.1', '6.6.6.6, 203.0.113.9', false)).toBe('127.0.0.1');
    expect(clientNetwork('127.0.0.1', 'not-an-ip', true)).toBe('127.0.0.1');
  });
});

describe('config', () => {
  const local = { host: 'localhost', port: 4321 };
  it('needs nothing, and names the variable that is wrong', () => {
    const config = configFromEnv({}, local);
    expect(config.site.href).toBe('http://localhost:4321/');
    expect(config.smtpUrl).toBeUndefined();
    expect(() => configFromEnv({ SITE_URL: 'ftp://x' }, local)).toThrow(/SITE_URL/);
    expect(() => configFromEnv({ SMTP_URL: 'http://x' }, local)).toThrow(/SMTP_URL/);
    expect(() => configFromEnv({ MAIL_FROM: 'Le Lien <not an address>' }, local)).toThrow(
      /MAIL_FROM/,
    );
    expect(configFromEnv({ TRUST_PROXY: '1' }, local).trustProxy).toBe(true);
  });
});

describe('retries', () => {
  it('backs off by doubling, within bounds', () => {
    expect([1, 2, 3].map(backoff)).toEqual([15_000, 30_000, 60_000]);
    expect(backoff(30)).toBe(3_600_000);
    expect([1, 2, 5, 9].map(outagePause)).toEqual([1000, 2000, 10_000, 10_000]);
  });
});
