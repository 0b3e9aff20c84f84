import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, CLIENT } from '../support/dist';

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

  it('allows by hash every inline script the pages contain', () => {
    const page = builtPages().find((p) => p.path === '/outils/climat-de-service/')!;
    const inline = page.doc
      .querySelectorAll('script:not([src])')
      .filter((s) => !s.getAttribute('type')?.includes('json'));
    expect(inline.length).toBeGreaterThan(0);
    expect(rules.get('/*')).toContain('X-Content-Type-Options: nosniff');
    expect((rules.get(page.path)?.match(/'sha256-/g) ?? []).length).toBeGreaterThanOrEqual(
      inline.length,
    );
  });
});
