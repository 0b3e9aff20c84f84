import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPublished } from '../../src/articles/publish.ts';

const now = new Date('2026-11-22T12:00:00Z');

describe('isPublished', () => {
  it.each([
    [{ draft: false, pubDate: new Date('2026-10-06') }, true],
    [{ draft: false, pubDate: now }, true],
    [{ draft: true, pubDate: new Date('2026-10-06') }, false],
    [{ draft: false, pubDate: new Date('2026-11-23') }, false],
    [{ draft: true, pubDate: new Date('2027-01-01') }, false],
  ])('in a build, %j → %s', (article, expected) => {
    expect(isPublished(article, now)).toBe(expected);
  });

  it('shows every article, drafts and future ones included, when previewing', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.date({ noInvalidDate: true }), (draft, pubDate) => {
        expect(isPublished({ draft, pubDate }, now, true)).toBe(true);
      }),
    );
  });

  it('never publishes a draft or a future article in a build', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.date({ noInvalidDate: true }), (draft, pubDate) => {
        const shown = isPublished({ draft, pubDate }, now);
        expect(shown).toBe(!draft && pubDate <= now);
      }),
    );
  });
});
