import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig, readListen, readRequestTimeout, readSite } from '../src/config.ts';

describe('config', () => {
  it('needs nothing, and names the variable that is wrong', () => {
    const config = readConfig({});
    expect(config.site.href).toBe('http://localhost:4321/');
    expect(config.smtpUrl).toBeUndefined();
    expect(() => readConfig({ SITE_URL: 'ftp://x' })).toThrow(/SITE_URL/);
    expect(() => readConfig({ SMTP_URL: 'http://x' })).toThrow(/SMTP_URL/);
    expect(() => readConfig({ MAIL_FROM: 'Le Lien <not an address>' })).toThrow(/MAIL_FROM/);
    expect(readConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(true);
  });
});

describe('one default per setting', () => {
  it('puts the public address on the local server unless SITE_URL says otherwise', () => {
    expect(readSite({}).href).toBe('http://localhost:4321/');
    expect(readSite({ HOST: '127.0.0.1', PORT: '8080' }).href).toBe('http://127.0.0.1:8080/');
    expect(readSite({ SITE_URL: 'https://lelien.example' }).href).toBe('https://lelien.example/');
    expect(readConfig({ PORT: '8080' }).site.href).toBe(readSite({ PORT: '8080' }).href);
  });

  it('reads the rest with their defaults, and refuses a port that is not one', () => {
    const config = readConfig({});
    expect(config.mailFrom).toBe('Le Lien <newsletter@localhost>');
    expect(config.contentDir).toBe('content');
    // A folder given relative to where the command runs still names that folder from any root.
    expect(readConfig({ LELIEN_CONTENT: 'var/corpus' }).contentDir).toBe(resolve('var/corpus'));
    expect(config.listmonk).toBeUndefined();
    expect(config.secret).toBeUndefined();
    expect(readListen({ PORT: '0' }).port).toBe(0);
    expect(() => readListen({ PORT: 'http' })).toThrow(/PORT/);
    expect(() => readListen({ PORT: '70000' })).toThrow(/PORT/);
  });

  it('gives a request 30 s unless REQUEST_TIMEOUT says otherwise, in whole seconds up to 600', () => {
    expect(readConfig({}).requestTimeout).toBe(30_000);
    expect(readRequestTimeout({ REQUEST_TIMEOUT: '4' })).toBe(4_000);
    for (const wrong of ['0', '1.5', '601', 'soon'])
      expect(() => readRequestTimeout({ REQUEST_TIMEOUT: wrong }), wrong).toThrow(
        /REQUEST_TIMEOUT/,
      );
  });
});
