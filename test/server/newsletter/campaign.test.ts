import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../../src/server/newsletter/campaign.ts';

const NOW = new Date('2026-06-15T12:00:00Z');

/** A content folder holding `articles/<lang>/<slug>.mdx` for each entry, with that frontmatter. */
function contentWith(articles: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lelien-content-'));
  for (const [name, front] of Object.entries(articles)) {
    const file = join(dir, 'articles', `${name}.mdx`);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, `---\n${front.trim()}\n---\n\nThe text.\n`);
  }
  return dir;
}

const article = (extra = '') => `
title: "Ce que coûte un départ"
description: "Ce que valent les estimations du coût d’un départ."
pubDate: 2026-06-01
tags: [engagement]
translationKey: turnover-cost
${extra}`;

const content = contentWith({
  'fr/publie': article(),
  'fr/brouillon': article('draft: true'),
  'fr/demain': article().replace('2026-06-01', '2026-06-16'),
  'en/bad-date': article().replace('2026-06-01', 'next tuesday'),
  'en/bad-draft': article('draft: "yes"'),
  'en/no-title': article().replace(/^title:.*$/m, ''),
  'en/bad-yaml': 'title: [unclosed',
});

describe('findArticle', () => {
  it('accepts a published article, with its title, summary and path', () => {
    expect(findArticle('fr/publie', content, NOW)).toEqual({
      lang: 'fr',
      slug: 'publie',
      title: 'Ce que coûte un départ',
      summary: 'Ce que valent les estimations du coût d’un départ.',
      path: '/articles/publie/',
      key: 'article:fr/publie:',
    });
  });

  it('refuses a draft and an article dated after today', () => {
    expect(() => findArticle('fr/brouillon', content, NOW)).toThrow(
      /fr\/brouillon is not published/,
    );
    expect(() => findArticle('fr/demain', content, NOW)).toThrow(/fr\/demain is not published/);
    // The same article goes out once its day has come.
    expect(findArticle('fr/demain', content, new Date('2026-06-16T00:00:00Z')).slug).toBe('demain');
  });

  it('refuses an unknown slug and a name that is not <lang>/<slug>', () => {
    expect(() => findArticle('fr/nulle-part', content, NOW)).toThrow(/No article fr\/nulle-part/);
    expect(() => findArticle('de/publie', content, NOW)).toThrow(/is not <lang>\/<slug>/);
    expect(() => findArticle('fr/../publie', content, NOW)).toThrow(/is not <lang>\/<slug>/);
  });

  it('refuses frontmatter the build would refuse, naming the file and the field', () => {
    const refusal = (name: string) => {
      try {
        findArticle(name, content, NOW);
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error(`${name} was accepted`);
    };
    const file = (name: string) => join(content, 'articles', `${name}.mdx`);
    expect(refusal('en/bad-date')).toContain(`${file('en/bad-date')}: pubDate:`);
    expect(refusal('en/bad-draft')).toContain(`${file('en/bad-draft')}: draft:`);
    expect(refusal('en/no-title')).toContain(`${file('en/no-title')}: title:`);
    expect(refusal('en/bad-yaml')).toContain(
      `${file('en/bad-yaml')}: its frontmatter is not valid YAML`,
    );
  });
});
