import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { citedIds } from '../../src/articles/mdx.ts';
import { filesUnder } from '../support/dist.ts';

interface Article {
  file: string;
  lang: string;
  key: string;
  draft: boolean;
  body: string;
}

const articles: Article[] = filesUnder('content/articles')
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => {
    const text = readFileSync(file, 'utf8');
    const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    const data = load(front) as { translationKey: string; draft?: boolean };
    return { file, lang: file.split('/')[2] ?? '', key: data.translationKey, draft: !!data.draft, body };
  });
const published = articles.filter((a) => !a.draft);
const termIds = new Set(filesUnder('content/glossary').map((f) => f.replace(/^.*\/|\.ya?ml$/g, '')));
const sourceIds = new Set(filesUnder('content/sources').map((f) => f.replace(/^.*\/|\.ya?ml$/g, '')));

/** Words of the article's text, without frontmatter, MDX tags or Markdown marks. */
const words = (body: string) => body.replace(/<[^>]+>/g, ' ').split(/\s+/).filter((w) => /\p{L}/u.test(w));

describe('the articles', () => {
  it('exist in French and English as pairs sharing a translation key', () => {
    const keys = (lang: string) => published.filter((a) => a.lang === lang).map((a) => a.key).sort();
    expect(keys('fr').length).toBeGreaterThanOrEqual(2);
    expect(keys('en')).toEqual(keys('fr'));
  });

  it.each(published.map((a) => [a.file, a] as const))('%s cites at least three distinct known sources', (_, a) => {
    const cited = citedIds(a.body);
    expect(cited.length).toBeGreaterThanOrEqual(3);
    for (const id of cited) expect(sourceIds.has(id), id).toBe(true);
  });

  it.each(published.map((a) => [a.file, a] as const))('%s uses only glossary terms that exist', (_, a) => {
    for (const [, id] of a.body.matchAll(/<Term\b[^>]*\bid="([^"]+)"/g)) expect(termIds.has(id!), id).toBe(true);
  });

  it('define at least 15 glossary terms, some of them used in articles', () => {
    expect(termIds.size).toBeGreaterThanOrEqual(15);
    expect(published.some((a) => a.body.includes('<Term '))).toBe(true);
  });

  it.each(published.map((a) => [a.file, a] as const))('%s has 900 to 2,000 words and a Monday section', (_, a) => {
    const count = words(a.body).length;
    expect(count).toBeGreaterThanOrEqual(900);
    expect(count).toBeLessThanOrEqual(2000);
    expect(a.body).toMatch(a.lang === 'fr' ? /^## Ce que vous pouvez faire lundi/m : /^## What to do on Monday/m);
  });
});
