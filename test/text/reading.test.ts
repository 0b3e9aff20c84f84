import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from '../../src/text/reading.ts';

describe('countWords', () => {
  it('counts prose words and skips markup, code and link targets', () => {
    expect(countWords('## Le *lien*\n\n<Cite id="x" /> Voir [la page](/a/).')).toBe(5);
  });

  it('skips import lines, comments and fenced code', () => {
    const source =
      "import X from './x';\n\n{/* note */}\n\nUn deux.\n\n```js\nconst a = 1;\n```\n<!-- caché -->";
    expect(countWords(source)).toBe(2);
  });

  it('keeps elisions and decimals as one word each', () => {
    expect(countWords("l’équipe d'abord 2,6 fois 20.5")).toBe(5);
  });

  it('counts n words separated by any whitespace as n', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zé]{1,10}$/), { maxLength: 300 }),
        fc.constantFrom(' ', '\n', '  \n\t'),
        (words, gap) => {
          expect(countWords(words.join(gap))).toBe(words.length);
        },
      ),
    );
  });
});

describe('readingMinutes', () => {
  it('rounds up and never says zero', () => {
    expect(readingMinutes(0, 'fr')).toBe(1);
    expect(readingMinutes(1100, 'fr')).toBe(6);
    expect(readingMinutes(WORDS_PER_MINUTE.en + 1, 'en')).toBe(2);
  });

  it('is monotone in the number of words', () => {
    fc.assert(
      fc.property(
        fc.nat(100_000),
        fc.nat(1000),
        fc.constantFrom('fr', 'en'),
        (words, more, lang) => {
          expect(readingMinutes(words + more, lang)).toBeGreaterThanOrEqual(
            readingMinutes(words, lang),
          );
        },
      ),
    );
  });
});
