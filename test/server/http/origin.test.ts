import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clientNetwork,
  hostAcceptable,
  networkOf,
  originAllowed,
} from '../../../src/server/http/origin.ts';

/** An IPv6 address from eight 16-bit groups, spelt in full or with `::` where it can be. */
function spell(groups: number[], short: boolean): string {
  const full = groups.map((g) => g.toString(16)).join(':');
  return short ? full.replace(/(^|:)0(:0)+(:|$)/, '::') : full;
}

describe('networkOf', () => {
  it('keeps IPv4, reads IPv4-mapped IPv6 as IPv4, and cuts IPv6 to its /64', () => {
    expect(networkOf('203.0.113.7')).toBe('203.0.113.7');
    expect(networkOf('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(networkOf('::FFFF:cb00:7107')).toBe('203.0.113.7');
    expect(networkOf('2001:db8:1:2::7')).toBe('2001:db8:1:2::/64');
    expect(networkOf('2001:0DB8:0001:0002:ffff:1:2:3')).toBe('2001:db8:1:2::/64');
    expect(networkOf('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(networkOf('::1')).toBe('0:0:0:0::/64');
    expect(networkOf('unknown')).toBe('unknown');
  });

  it('gives every address of one /64 the same key, and two /64s different ones', () => {
    const group = fc.integer({ min: 0, max: 0xffff });
    const groups = fc.array(group, { minLength: 8, maxLength: 8 });
    fc.assert(
      fc.property(groups, groups, fc.boolean(), fc.boolean(), (a, b, shortA, shortB) => {
        fc.pre(!(a.slice(0, 5).every((g) => g === 0) && a[5] === 0xffff));
        const sameNet = [...a.slice(0, 4), ...b.slice(4)];
        expect(networkOf(spell(a, shortA))).toBe(networkOf(spell(sameNet, shortB)));
        const otherNet = [...b.slice(0, 4), ...a.slice(4)];
        if (b.slice(0, 4).join() !== a.slice(0, 4).join())
          expect(networkOf(spell(otherNet, shortB))).not.toBe(networkOf(spell(a, shortA)));
      }),
    );
  });

  it('counts the proxy’s client by network', () => {
    expect(clientNetwork('127.0.0.1', '2001:db8::1, 2001:db8:0:0:ab::9', true)).toBe(
      '2001:db8:0:0::/64',
    );
    expect(clientNetwork('::ffff:10.0.0.1', undefined, false)).toBe('10.0.0.1');
  });
});

describe('hostAcceptable', () => {
  it('takes one host name or address with an optional port', () => {
    for (const host of ['lelien.example', 'localhost:4321', '127.0.0.1', '[::1]:80', 'a.b-c.d.'])
      expect(hostAcceptable([host], '1.1'), host).toBe(true);
    expect(hostAcceptable(undefined, '1.0')).toBe(true);
  });

  it('refuses what cannot name this site', () => {
    for (const host of ['a@b', 'x y', '', '[::1', '[zz]', 'h:99999', 'h:', 'h/x', '-a.b', 'ä.fr'])
      expect(hostAcceptable([host], '1.1'), host).toBe(false);
    expect(hostAcceptable(undefined, '1.1')).toBe(false);
    expect(hostAcceptable(['a.example', 'b.example'], '1.1')).toBe(false);
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
