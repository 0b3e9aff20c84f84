import { describe, expect, it } from 'vitest';
import { en, enPages } from '../../src/i18n/en.ts';
import { formatCount, formatDate, isoDate, plural } from '../../src/i18n/format.ts';
import { fr, frPages } from '../../src/i18n/fr.ts';
import { fill } from '../../src/i18n/fill.ts';
import { ui } from '../../src/i18n/ui.ts';

describe('interface strings', () => {
  it.each([
    ['shared with islands', fr, en],
    ['shown by pages only', frPages, enPages],
  ] as [string, Record<string, string>, Record<string, string>][])(
    'exist in both languages, never empty, with the same placeholders (%s)',
    (_, french, english) => {
      expect(Object.keys(english).sort()).toEqual(Object.keys(french).sort());
      for (const key of Object.keys(french)) {
        expect(french[key]!.trim(), key).not.toBe('');
        expect(english[key]!.trim(), key).not.toBe('');
        const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(names(english[key]!), key).toEqual(names(french[key]!));
      }
    },
  );

  it('never define a key twice, in the shared and the page-only strings', () => {
    expect(Object.keys(frPages).filter((key) => key in fr)).toEqual([]);
  });

  it('include the page-only strings on the server', () => {
    expect(ui('en')('newsletter.submit')).toBe('Subscribe');
    expect(ui('fr')('newsletter.problem.lang.invalid')).toContain('\u00a0:');
  });

  it('come out of ui() with French typography applied', () => {
    expect(ui('fr')('tag.title', { tag: 'Leadership' })).toBe('Étiquette\u00a0: Leadership');
    expect(ui('en')('tag.title', { tag: 'Leadership' })).toBe('Tag: Leadership');
  });

  it('fill() leaves unknown placeholders visible', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});

describe('formatting', () => {
  it('writes dates the way each language does, in UTC', () => {
    expect(formatDate(new Date('2026-10-06'), 'fr')).toBe('6 octobre 2026');
    expect(formatDate(new Date('2026-10-01'), 'fr')).toBe('1er octobre 2026');
    expect(formatDate(new Date('2026-10-06'), 'en')).toBe('6 October 2026');
    expect(isoDate(new Date('2026-10-06T23:30:00Z'))).toBe('2026-10-06');
  });

  it('groups thousands per locale', () => {
    expect(formatCount(20000, 'fr')).toBe('20\u202f000');
    expect(formatCount(20000, 'en')).toBe('20,000');
  });

  it('picks plural forms per locale (French treats 0 and 1 as singular)', () => {
    expect([0, 1, 2].map((n) => plural(n, 'fr'))).toEqual(['one', 'one', 'other']);
    expect([0, 1, 2].map((n) => plural(n, 'en'))).toEqual(['other', 'one', 'other']);
  });
});
