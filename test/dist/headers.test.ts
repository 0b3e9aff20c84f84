import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, CLIENT } from '../support/dist.ts';

const file = readFileSync(`${CLIENT}/_headers`, 'utf8');
const rules = new Map(
  file
    .trim()
    .split(/\n(?=\S)/)
    .map((rule) => [rule.split('\n')[0]!, rule] as const),
);

describe('the _headers file for static hosts', () => {
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
