/** The site's languages, French first: French lives at `/`, English under `/en/`. */
export const LANGS = ['fr', 'en'] as const;

/** One of the site's languages. */
export type Lang = (typeof LANGS)[number];

/** BCP 47 tags used for `Intl` formatting, `og:locale` and feeds. */
export const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

/** Why: language must be checked, never cast, when it comes from a URL or a file path. */
export function isLang(value: unknown): value is Lang {
  return value === 'fr' || value === 'en';
}

/** The other language, for the language switch. */
export function otherLang(lang: Lang): Lang {
  return lang === 'fr' ? 'en' : 'fr';
}
