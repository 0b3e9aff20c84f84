import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtFiles } from '../../src/policy/built.ts';
import { CACHE } from '../../src/policy/cache.ts';
import { builtPages, CLIENT } from '../support/dist.ts';

const file = readFileSync(`${CLIENT}/_headers`, 'utf8');
const rules = new Map(
  file
    .trim()
    .split(/\n(?=\S)/)
    .map((rule) => [rule.split('\n')[0]!, rule] as const),
);

describe('the _headers file for static hosts', () => {
  it('gives every page and every other file one caching policy, from one rule only', () => {
    const cacheRules = [...rules].filter(([, rule]) => rule.includes('Cache-Control'));
    const matches = (pattern: string, path: string) =>
      pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
    for (const page of builtPages())
      expect(rules.get(page.path), page.path).toContain(`Cache-Control: ${CACHE.revalidate}`);
    const files = builtFiles(CLIENT).filter((f) => !/\.(html|br|gz)$|^\/_headers$/.test(f));
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const matching = cacheRules.filter(([pattern]) => matches(pattern, file));
      expect(
        matching.map(([pattern]) => pattern),
        file,
      ).toHaveLength(1);
    }
    expect(rules.get('/_astro/*')).toContain(CACHE.immutable);
    expect(rules.get('/pagefind/fragment/*')).toContain(CACHE.immutable);
    expect(rules.get('/pagefind/pagefind.js')).toContain(CACHE.minutes);
    expect(rules.get('/rss.xml')).toContain(CACHE.hours);
  });

  it('gives every built page its policy, framing refused but on embeds', () => {
    for (const page of builtPages()) {
      const rule = rules.get(page.path);
      expect(rule, page.path).toContain("default-src 'none'");
      const embed = /^(\/en)?\/embed\//.test(page.path);
      expect(rule?.includes("frame-ancestors 'none'"), page.path).toBe(!embed);
    }
  });

  it('allows by hash every inline script and style of every page, each by its own hash', () => {
    expect(rules.get('/*')).toContain('X-Content-Type-Options: nosniff');
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    let scripts = 0;
    for (const page of builtPages()) {
      const policy = rules.get(page.path) ?? '';
      const directive = (name: string) =>
        new Set(new RegExp(`${name} ([^;\\n]*)`).exec(policy)?.[1]?.split(' ') ?? []);
      const scriptSrc = directive('script-src');
      const styleSrc = directive('style-src');
      // Data blocks (JSON-LD) and external scripts are not run as inline script.
      for (const s of page.doc.querySelectorAll('script:not([src])')) {
        if (s.getAttribute('type')?.includes('json')) continue;
        scripts++;
        expect(scriptSrc.has(hash(s.rawText)), `${page.path}: ${s.rawText.slice(0, 60)}`).toBe(
          true,
        );
      }
      for (const s of page.doc.querySelectorAll('style'))
        expect(styleSrc.has(hash(s.rawText)), `${page.path}: <style>`).toBe(true);
    }
    expect(scripts).toBeGreaterThan(builtPages().length);
  });
});
