import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byNewest, neighbours, related, type Ranked } from '../../src/articles/order.ts';

const a = (id: string, day: number, tags: string[]): Ranked => ({
  id,
  pubDate: new Date(Date.UTC(2026, 0, day)),
  tags,
});

const articles = [
  a('fr/one', 1, ['climate', 'leadership']),
  a('fr/two', 2, ['climate']),
  a('fr/three', 3, ['loyalty']),
  a('fr/four', 4, ['climate', 'leadership', 'loyalty']),
  a('fr/five', 5, ['leadership']),
];

const arbitraryArticles = fc.uniqueArray(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 6 }),
    pubDate: fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) }),
    tags: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 3 }),
  }),
  { selector: (x) => x.id, maxLength: 20 },
);

describe('byNewest', () => {
  it('puts the newest first', () => {
    expect(byNewest(articles).map((x) => x.id)).toEqual([
      'fr/five',
      'fr/four',
      'fr/three',
      'fr/two',
      'fr/one',
    ]);
  });

  it('orders by date, then id, whatever the input order', () => {
    fc.assert(
      fc.property(arbitraryArticles, (list) => {
        const sorted = byNewest(list);
        expect(byNewest([...list].reverse())).toEqual(sorted);
        for (let i = 1; i < sorted.length; i++) {
          expect(sorted[i - 1]!.pubDate.getTime()).toBeGreaterThanOrEqual(
            sorted[i]!.pubDate.getTime(),
          );
        }
      }),
    );
  });
});

describe('neighbours', () => {
  const list = byNewest(articles);
  it('gives the older article as previous and the newer as next', () => {
    const { previous, next } = neighbours(list, 'fr/three');
    expect(previous?.id).toBe('fr/two');
    expect(next?.id).toBe('fr/four');
  });

  it('has no next for the newest and no previous for the oldest', () => {
    expect(neighbours(list, 'fr/five').next).toBeUndefined();
    expect(neighbours(list, 'fr/one').previous).toBeUndefined();
    expect(neighbours(list, 'missing')).toEqual({});
  });
});

describe('related', () => {
  it('ranks by shared tags, then by date', () => {
    expect(related(articles[0]!, articles).map((x) => x.id)).toEqual([
      'fr/four',
      'fr/five',
      'fr/two',
    ]);
  });

  it('never returns the article itself, an article without a shared tag, or more than asked', () => {
    fc.assert(
      fc.property(arbitraryArticles, fc.nat(5), (list, count) => {
        fc.pre(list.length > 0);
        const current = list[0]!;
        const found = related(current, list, count);
        expect(found.length).toBeLessThanOrEqual(count);
        for (const r of found) {
          expect(r.id).not.toBe(current.id);
          expect(r.tags.some((t) => current.tags.includes(t))).toBe(true);
        }
      }),
    );
  });
});
