import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NBSP, NNBSP, typeset } from '../../src/text/typography.ts';

describe('typeset', () => {
  it.each([
    ['Pourquoi ?', `Pourquoi${NNBSP}?`],
    ['Pourquoi?', `Pourquoi${NNBSP}?`],
    ['Vraiment !', `Vraiment${NNBSP}!`],
    ['un ; deux', `un${NNBSP}; deux`],
    ['Note : ceci', `Note${NBSP}: ceci`],
    ['Note: ceci', `Note${NBSP}: ceci`],
    ['« Oui »', `«${NBSP}Oui${NBSP}»`],
    ['«Oui»', `«${NBSP}Oui${NBSP}»`],
    ['plus de 20 000 enquêtes', `plus de 20${NNBSP}000 enquêtes`],
    ['1 234 567 €', `1${NNBSP}234${NNBSP}567 €`],
    ["le chiffre d'affaires", 'le chiffre d’affaires'],
    ['Vraiment ?!', `Vraiment${NNBSP}?!`],
    ['de 55 % à 95 %', `de 55${NNBSP}% à 95${NNBSP}%`],
    ['50%', `50${NNBSP}%`],
  ])('French: %j', (input, expected) => {
    expect(typeset(input, 'fr')).toBe(expected);
  });

  it.each([
    ['à 10:30 précises', 'à 10:30 précises'],
    ['voir https://hbr.org/x?a=1', 'voir https://hbr.org/x?a=1'],
    ['en 1994 puis 2008', 'en 1994 puis 2008'],
    ['les 1994 123 magasins', 'les 1994 123 magasins'],
  ])('French leaves %j alone', (input, expected) => {
    expect(typeset(input, 'fr')).toBe(expected);
  });

  it('leaves English spacing alone and only curls apostrophes', () => {
    expect(typeset("Why? It's 20 000 : « x »", 'en')).toBe('Why? It’s 20 000 : « x »');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.constantFrom('fr', 'en'), (text, lang) => {
        const once = typeset(text, lang);
        expect(typeset(once, lang)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('never changes the letters and digits of a text', () => {
    const visible = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(visible(typeset(text, 'fr'))).toBe(visible(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves no ordinary space before ; ! ? or inside guillemets in French', () => {
    const word = fc.stringMatching(/^[a-zéèàç]{1,8}$/);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, fc.constantFrom(' ?', ' !', ' ;', ' :', '?', '!', ' « ', ' » ')), {
          maxLength: 8,
        }),
        (parts) => {
          const out = typeset(parts.map(([w, p]) => w + p).join(' '), 'fr');
          expect(out).not.toMatch(/ [;!?:»]|« /);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
