import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CACHE } from '../../src/policy/cache.ts';
import { inlineHashes } from '../../src/policy/csp.ts';
import { baseUrl, sharedBrowser } from './browser.ts';

const asset = `/_astro/${readdirSync('dist/client/_astro').find((f) => f.endsWith('.css'))}`;

/** One path of each kind of response `npm start` gives. */
const CLASSES = {
  page: '/articles/',
  'English page': '/en/tools/',
  asset,
  'search index': '/pagefind/pagefind.js',
  feed: '/rss.xml',
  '404': '/no-such-page/',
  'malformed address': '/%E0%A4%A',
};

describe('the server behind `npm start`', () => {
  it.each(Object.entries(CLASSES))('sends the security headers on a %s', async (_, path) => {
    const response = await fetch(baseUrl + path);
    const h = response.headers;
    expect(h.get('x-content-type-options')).toBe('nosniff');
    expect(h.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(h.get('x-frame-options')).toBe('DENY');
    expect(h.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(h.get('permissions-policy')).toContain('camera=()');
    expect(response.status).toBe(path.startsWith('/no-such') || path.startsWith('/%') ? 404 : 200);
  });

  it('tells caches how long to keep each class of response, and answers a revalidation with 304', async () => {
    const policy = async (path: string, init?: RequestInit) =>
      (await fetch(baseUrl + path, init)).headers.get('cache-control');
    expect(await policy('/articles/')).toBe(CACHE.revalidate);
    expect(await policy(asset)).toBe(CACHE.immutable);
    expect(await policy('/pagefind/pagefind.js')).toBe(CACHE.minutes);
    const fragment = readdirSync('dist/client/pagefind/fragment')[0]!;
    expect(await policy(`/pagefind/fragment/${fragment}`)).toBe(CACHE.immutable);
    expect(await policy('/og/fr/site.png')).toBe(CACHE.hours);
    expect(await policy('/rss.xml')).toBe(CACHE.hours);
    expect(await policy('/api/newsletter/subscribe', { method: 'POST' })).toBe(CACHE.never);
    // What is rendered for one request (a missing page, a newsletter link's token) is not kept.
    expect(await policy('/no-such-page/')).toBe(CACHE.never);
    expect(await policy('/newsletter/confirmer/?t=abc')).toBe(CACHE.never);
    // Its status line names its status, not the default "OK".
    const refused = await fetch(`${baseUrl}/newsletter/confirmer/?t=abc`);
    expect([refused.status, refused.statusText]).toEqual([400, 'Bad Request']);
    const first = await fetch(`${baseUrl}/articles/`);
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    const again = await fetch(`${baseUrl}/articles/`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe(CACHE.revalidate);
  });

  it('lets partners frame the calculator embeds', async () => {
    const response = await fetch(`${baseUrl}/embed/service-climate/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-frame-options')).toBeNull();
    expect(response.headers.get('content-security-policy')).not.toContain('frame-ancestors');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('sends text precompressed, Brotli first, and caches hashed assets for a year', async () => {
    const br = await fetch(`${baseUrl}/articles/`, { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    const gz = await fetch(`${baseUrl}/pagefind/pagefind.js`, {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect((await gz.text()).length).toBeGreaterThan(1000);
    const cached = await fetch(baseUrl + asset);
    expect(cached.headers.get('cache-control')).toContain('immutable');
  });

  it('refuses to leave the site folder', async () => {
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/_astro/..%2f..%2fpackage.json',
    ]) {
      const response = await fetch(baseUrl + path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('"name": "le-lien"');
    }
  });
});

describe('the Content-Security-Policy of built pages', () => {
  it('allows exactly the inline scripts and styles each page holds, and none on other files', async () => {
    for (const path of ['/', '/articles/chaine-service-profit/', '/en/tools/engagement-roi/']) {
      const response = await fetch(baseUrl + path);
      const policy = response.headers.get('content-security-policy') ?? '';
      const own = inlineHashes(await response.text());
      const allowed = (directive: string) =>
        (new RegExp(`${directive} ([^;]*)`).exec(policy)?.[1] ?? '').match(/'sha256-[^']+'/g) ?? [];
      expect(allowed('script-src').sort(), path).toEqual([...new Set(own.scripts)].sort());
      expect(allowed('style-src').sort(), path).toEqual([...new Set(own.styles)].sort());
    }
    const asset = await fetch(`${baseUrl}/robots.txt`);
    expect(asset.headers.get('content-security-policy')).not.toContain('sha256-');
    expect(asset.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});

describe('the Content-Security-Policy in Chromium', () => {
  const browser = sharedBrowser();

  it('blocks nothing the site does: pages, a calculator, search, the 404 and an embed', async () => {
    const page = await browser().newPage();
    const violations: string[] = [];
    await page.addInitScript(() =>
      addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    page.on('console', (m) => {
      if (m.type() === 'error') violations.push(`${page.url()}: ${m.text()}`);
    });
    for (const path of [
      '/',
      '/articles/chaine-service-profit/',
      '/en/tools/engagement-roi/',
      '/embed/service-climate/',
      '/recherche/?q=climat',
    ]) {
      await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
      if (path.includes('/tools/')) {
        await page.locator('.calc').hover();
        await page.waitForSelector('astro-island:not([ssr]) .calc');
      }
    }
    await page.waitForSelector('[role="option"]');
    await page.goto(`${baseUrl}/en/articles/`, { waitUntil: 'networkidle' });
    await page.keyboard.press('/');
    await page.keyboard.type('engagement');
    await page.waitForSelector('dialog [role="option"]');
    await page.goto(`${baseUrl}/articles/chaine-sears-2024/`, { waitUntil: 'networkidle' });
    expect(await page.inputValue('#lost-q')).toBe('chaine sears');
    expect(violations.filter((v) => !/404 \(Not Found\)/.test(v))).toEqual([]);
    await page.close();
  });
});
