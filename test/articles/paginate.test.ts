import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paginate } from '../../src/articles/paginate.ts';

describe('paginate', () => {
  it('splits 23 items by 10 into 10, 10 and 3', () => {
    const pages = paginate(
      Array.from({ length: 23 }, (_, i) => i),
      10,
    );
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 3]);
    expect(pages.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(pages.every((p) => p.pages === 3)).toBe(true);
  });

  it('keeps one empty page for an empty list', () => {
    expect(paginate([], 10)).toEqual([{ items: [], page: 1, pages: 1 }]);
  });

  it('loses nothing and repeats nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 1, max: 50 }), (items, size) => {
        const pages = paginate(items, size);
        expect(pages.flatMap((p) => p.items)).toEqual(items);
        expect(pages.every((p) => p.items.length <= size)).toBe(true);
      }),
    );
  });
});
