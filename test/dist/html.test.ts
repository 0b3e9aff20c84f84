import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT, filesUnder } from '../support/dist.ts';

describe('the built HTML', () => {
  it('validates: html-validate finds no error on any page (rules in .htmlvalidate.mjs)', async () => {
    // The loader reads .htmlvalidate.mjs, the file the command line uses too.
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    // The project's rules apply (role="list" is allowed), and the validator does find errors.
    const probe = async (body: string) => {
      const report = await validator.validateString(
        `<!DOCTYPE html><html lang="fr"><head><title>t</title></head><body>${body}</body></html>`,
        resolve(CLIENT, 'probe.html'),
      );
      return report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    };
    expect(await probe('<ul role="list"><li>a</li></ul>')).toEqual([]);
    expect(await probe('<div><style>p{}</style></div>')).toEqual(['element-permitted-content']);
    const pages = filesUnder(CLIENT).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(resolve(page));
      for (const { messages } of report.results)
        for (const m of messages)
          errors.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(errors).toEqual([]);
  });
});
