import { describe, expect, it } from 'vitest';
import { articleJsonLd, type ArticleFacts } from '../../src/articles/json-ld.ts';

const facts: ArticleFacts = {
  lang: 'fr',
  title: 'Le climat de service',
  description: 'Ce que disent les études.',
  pubDate: new Date('2026-01-05T00:00:00Z'),
  url: 'https://lelien.example/articles/climat/',
  image: 'https://lelien.example/og/fr/climat.png',
  tags: ['Climat', 'Leadership'],
  site: { name: 'Le Lien', url: 'https://lelien.example', author: 'Le Lien' },
};

describe('articleJsonLd', () => {
  it('describes a BlogPosting in the page language, modified when published if never updated', () => {
    const ld = articleJsonLd(facts);
    expect(ld).toMatchObject({
      '@type': 'BlogPosting',
      headline: 'Le climat de service',
      inLanguage: 'fr-FR',
      datePublished: '2026-01-05T00:00:00.000Z',
      dateModified: '2026-01-05T00:00:00.000Z',
      keywords: 'Climat, Leadership',
      mainEntityOfPage: facts.url,
    });
    expect(ld).not.toHaveProperty('workTranslation');
  });

  it('gives the update date and the translation when there are', () => {
    const ld = articleJsonLd({
      ...facts,
      updatedDate: new Date('2026-12-02T00:00:00Z'),
      translation: 'https://lelien.example/en/articles/climate/',
    });
    expect(ld.dateModified).toBe('2026-12-02T00:00:00.000Z');
    expect(ld.workTranslation).toBe('https://lelien.example/en/articles/climate/');
  });
});
