import { LOCALES, type Lang } from './lang.ts';

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** One formatter per language: building one costs about 60 times a format, and lists show hundreds. */
function dateFormat(lang: Lang): Intl.DateTimeFormat {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(lang, format);
  }
  return format;
}

/**
 * A calendar date as readers of each language write it, in UTC so a frontmatter date never
 * shifts by a day: `6 octobre 2026`, `1er octobre 2026`, `6 October 2026`.
 */
export function formatDate(date: Date, lang: Lang): string {
  const text = dateFormat(lang).format(date);
  return lang === 'fr' ? text.replace(/^1 /, '1er ') : text;
}

/** The date as `YYYY-MM-DD`, for `<time datetime>` and feeds. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** An integer with the locale's grouping (`1 234` in French, `1,234` in English). */
export function formatCount(n: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0 }).format(n);
}

/** The plural category of `n` in `lang`, to pick `one` or `other` strings. */
export function plural(n: number, lang: Lang): 'one' | 'other' {
  return new Intl.PluralRules(LOCALES[lang]).select(n) === 'one' ? 'one' : 'other';
}
