import { describe, expect, it } from 'vitest';
import { countMessage, toHit } from '../../src/search/hits.ts';

const data = {
  url: '/articles/chaine-sears/',
  excerpt: 'la <mark>chaîne</mark> Sears',
  meta: { title: 'La chaîne Sears', date: '2026-10-01' },
  filters: { kind: ['article'], tag: ['Leadership'] },
};

describe('toHit', () => {
  it('shows an article with its kind, title, marked excerpt and date in the page language', () => {
    const hit = toHit(data, 'fr');
    expect(hit).toMatchObject({ url: data.url, kind: 'article', title: 'La chaîne Sears' });
    expect(hit.segments.find((s) => s.mark)?.text).toBe('chaîne');
    expect(hit.date).toBe('1er octobre 2026');
    expect(toHit(data, 'en').date).toBe('1 October 2026');
  });

  it('gives no date to other kinds, and survives a record with gaps', () => {
    expect(toHit({ ...data, filters: { kind: ['term'] } }, 'fr').date).toBeNull();
    const bare = toHit({ url: '/x/', excerpt: '', meta: { date: 'soon' }, filters: {} }, 'en');
    expect(bare).toMatchObject({ kind: 'article', title: '/x/', date: null, segments: [] });
  });

  it('shows a source with the words of its evidence badge, and no other kind', () => {
    const source = { ...data, meta: { title: 'Rucci', evidence: 'Étude · vérifié' } };
    expect(toHit({ ...source, filters: { kind: ['source'] } }, 'fr').evidence).toBe(
      'Étude · vérifié',
    );
    expect(toHit(source, 'fr').evidence).toBeNull();
  });
});

describe('countMessage', () => {
  it('counts with the plural and the quotes of each language', () => {
    expect(countMessage(1, ' nps ', 'fr')).toBe('1\u00a0résultat pour «\u00a0nps\u00a0»');
    expect(countMessage(1234, 'nps', 'fr')).toMatch(/^1\u202f234\u00a0résultats pour «/);
    expect(countMessage(2, 'nps', 'en')).toBe('2 results for “nps”');
    expect(countMessage(0, 'zz', 'en')).toMatch(/^Nothing found for “zz”/);
    expect(countMessage(5, '', 'en')).toBe('5 results');
    expect(countMessage(0, '', 'fr')).toBe('Aucun résultat avec ces filtres.');
  });
});
