import { describe, expect, it } from 'vitest';
import { CACHE, cacheControl, cacheRules } from '../../src/policy/cache.ts';

describe('caching policies', () => {
  it.each([
    ['/_astro/Calculator.B1x2.js', CACHE.immutable],
    ['/pagefind/fragment/en_120356d.pf_fragment', CACHE.immutable],
    ['/pagefind/index/fr_3a9.pf_index', CACHE.immutable],
    ['/pagefind/pagefind.fr_eacf6ad23f.pf_meta', CACHE.immutable],
    ['/pagefind/pagefind.js', CACHE.minutes],
    ['/pagefind/pagefind-entry.json', CACHE.minutes],
    ['/pagefind/wasm.fr.pagefind', CACHE.minutes],
    ['/og/fr/site.png', CACHE.hours],
    ['/rss.xml', CACHE.hours],
    ['/robots.txt', CACHE.hours],
    ['/articles/', CACHE.revalidate],
    ['/articles/x/index.html', CACHE.revalidate],
    ['/', CACHE.revalidate],
    ['/api/newsletter/subscribe', CACHE.never],
  ])('%s: %s', (path, policy) => {
    expect(cacheControl(path)).toBe(policy);
  });

  it('gives each file one rule in _headers: hashed folders by a splat, other files by name', () => {
    const rules = cacheRules([
      '/_astro/a.js',
      '/_astro/a.js.br',
      '/_astro/b.css',
      '/pagefind/fragment/x.pf_fragment',
      '/pagefind/pagefind.js',
      '/rss.xml',
      '/articles/index.html',
      '/_headers',
    ]);
    expect(rules).toEqual([
      ['/_astro/*', CACHE.immutable],
      ['/pagefind/fragment/*', CACHE.immutable],
      ['/pagefind/pagefind.js', CACHE.minutes],
      ['/rss.xml', CACHE.hours],
    ]);
  });
});
