import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/text/slug.ts';

describe('slugify', () => {
  it.each([
    [
      'La chaîne service-profit, maillon par maillon',
      'la-chaine-service-profit-maillon-par-maillon',
    ],
    ['Œuvrer : « l’équipe » d’abord !', 'oeuvrer-l-equipe-d-abord'],
    ['Straße & Æsir', 'strasse-aesir'],
    ['  --  ', ''],
    ['Ce que vous pouvez faire lundi', 'ce-que-vous-pouvez-faire-lundi'],
  ])('%j → %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('cuts long titles at a word boundary', () => {
    expect(slugify('un deux trois quatre', 12)).toBe('un-deux');
  });

  it('always yields lowercase ASCII words joined by single hyphens, within the limit', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.integer({ min: 1, max: 120 }),
        (title, max) => {
          const slug = slugify(title, max);
          expect(slug).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
          expect(slug.length).toBeLessThanOrEqual(max);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (title) => {
        expect(slugify(slugify(title))).toBe(slugify(title));
      }),
      { numRuns: 2000 },
    );
  });
});
