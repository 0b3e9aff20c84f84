import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { inlineHashes, mergeHashes } from '../../src/policy/csp.ts';
import { headersFile, isEmbed, securityHeaders } from '../../src/policy/headers.ts';

const hashes = { scripts: ["'sha256-abc'"], styles: ["'sha256-def'"] };

describe('securityHeaders', () => {
  it('refuses framing everywhere but on the calculator embeds', () => {
    const page = securityHeaders('/articles/x/', { https: false, hashes });
    expect(page['X-Frame-Options']).toBe('DENY');
    expect(page['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    for (const path of ['/embed/service-climate/', '/en/embed/sears-chain/']) {
      const embed = securityHeaders(path, { https: false, hashes });
      expect(isEmbed(path)).toBe(true);
      expect(embed['X-Frame-Options']).toBeUndefined();
      expect(embed['Content-Security-Policy']).not.toContain('frame-ancestors');
    }
    expect(isEmbed('/articles/embed/')).toBe(false);
  });

  it('always sends the rest, and HSTS only over HTTPS', () => {
    const plain = securityHeaders('/', { https: false, hashes });
    expect(plain).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
    expect(plain['Content-Security-Policy']).toContain("object-src 'none'");
    expect(plain['Strict-Transport-Security']).toBeUndefined();
    expect(securityHeaders('/', { https: true, hashes })['Strict-Transport-Security']).toMatch(
      /max-age=\d{8}/,
    );
  });
});

describe('the Content-Security-Policy', () => {
  it('allows nothing by default, then the site, its own inline code by hash and Pagefind', () => {
    const csp = securityHeaders('/', { https: false, hashes })['Content-Security-Policy']!;
    expect(csp).toMatch(/^default-src 'none'/);
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc'");
    expect(csp).toContain("style-src 'self' 'sha256-def'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(securityHeaders('/', { https: true, hashes })['Content-Security-Policy']).toContain(
      'upgrade-insecure-requests',
    );
  });
});

describe('inlineHashes', () => {
  it('hashes inline scripts and styles as the browser does, not data blocks or files', () => {
    const html =
      '<script>a()</script><script type="module">b()</script><script src="/x.js"></script>' +
      '<script type="application/ld+json">{}</script><style>p{}</style>';
    const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(inlineHashes(html)).toEqual({ scripts: [sha('a()'), sha('b()')], styles: [sha('p{}')] });
    expect(
      mergeHashes([inlineHashes(html), inlineHashes('<script>a()</script>')]).scripts,
    ).toHaveLength(2);
  });
});

describe('headersFile', () => {
  it('shares the common headers under /* and gives each page its policy, embeds framable', () => {
    const file = headersFile(['/', '/embed/service-climate/'], { https: true, hashes });
    const rules = file.trim().split(/\n(?=\S)/);
    expect(rules[0]).toMatch(/^\/\*\n {2}X-Content-Type-Options: nosniff/);
    expect(rules[0]).toContain('Strict-Transport-Security');
    // A policy for every file, the 404 page a host shows included, with no framing rule to undo.
    expect(rules[0]).toContain("Content-Security-Policy: default-src 'none'");
    expect(rules[0]).not.toContain('frame-ancestors');
    expect(rules[0]).not.toContain('X-Frame-Options');
    const home = rules.find((r) => r.startsWith('/\n'))!;
    expect(home).toContain("frame-ancestors 'none'");
    expect(home).toContain('X-Frame-Options: DENY');
    const embed = rules.find((r) => r.startsWith('/embed/'))!;
    expect(embed).toContain("default-src 'none'");
    expect(embed).not.toContain('frame-ancestors');
    expect(embed).not.toContain('X-Frame-Options');
  });
});
