import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseUrl } from './browser.ts';

/** Pages Astro renders for one request (the built ones are validated in test/dist/html.test.ts). */
const ON_REQUEST = [
  '/no-such-page/',
  '/en/no-such-page/',
  '/newsletter/confirmer/?t=abc',
  '/en/newsletter/confirm/?t=abc',
  '/newsletter/desinscription/?t=abc',
  '/en/newsletter/unsubscribe/?t=abc',
];

describe('the pages rendered on request', () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());

  it.each(ON_REQUEST)('validate, with their styles in the head (%s)', async (path) => {
    const response = await fetch(baseUrl + path);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('</html>');
    // Under the site's rules (.htmlvalidate.mjs), as if the page were a built file.
    const report = await validator.validateString(html, resolve('dist/client/on-request.html'));
    const errors = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(errors).toEqual([]);
  });
});
