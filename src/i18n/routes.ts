import type { Lang } from './lang.ts';

/** Path segments that differ by language; everything else in a URL is shared or a slug. */
const SEGMENTS = {
  articles: { fr: 'articles', en: 'articles' },
  tags: { fr: 'etiquettes', en: 'tags' },
  about: { fr: 'a-propos', en: 'about' },
  methods: { fr: 'methode', en: 'methods' },
  tools: { fr: 'outils', en: 'tools' },
  sources: { fr: 'sources', en: 'sources' },
  glossary: { fr: 'glossaire', en: 'glossary' },
  search: { fr: 'recherche', en: 'search' },
  privacy: { fr: 'confidentialite', en: 'privacy' },
  thanks: { fr: 'merci', en: 'thanks' },
  confirm: { fr: 'confirmer', en: 'confirm' },
  unsubscribe: { fr: 'desinscription', en: 'unsubscribe' },
} as const;

function prefix(lang: Lang): string {
  return lang === 'fr' ? '' : '/en';
}

/**
 * Every internal URL the site builds, per language, so no page spells a path by hand.
 * All page URLs end with a slash, as Astro's directory build writes them.
 */
export const paths = {
  home: (lang: Lang) => `${prefix(lang)}/`,
  articles: (lang: Lang, page = 1) =>
    `${prefix(lang)}/${SEGMENTS.articles[lang]}/${page > 1 ? `page/${page}/` : ''}`,
  article: (lang: Lang, slug: string) => `${prefix(lang)}/${SEGMENTS.articles[lang]}/${slug}/`,
  tags: (lang: Lang) => `${prefix(lang)}/${SEGMENTS.tags[lang]}/`,
  tag: (lang: Lang, slug: string) => `${prefix(lang)}/${SEGMENTS.tags[lang]}/${slug}/`,
  about: (lang: Lang) => `${prefix(lang)}/${SEGMENTS.about[lang]}/`,
  /** How sources are graded: kinds of source, verification, our own arithmetic. */
  methods: (lang: Lang) => `${prefix(lang)}/${SEGMENTS.methods[lang]}/`,
  tools: (lang: Lang) => `${prefix(lang)}/${SEGMENTS.tools[lang]}/`,
  tool: (lang: Lang, slug: string) => `${prefix(lang)}/${SEGMENTS.tools[lang]}/${slug}/`,
  /** The chrome-free page for iframes, named by the calculator's English slug in both languages. */
  embed: (lang: Lang, slugEn: string) => `${prefix(lang)}/embed/${slugEn}/`,
  sources: (lang: Lang) => `${prefix(lang)}/${SEGMENTS.sources[lang]}/`,
  /** A source's entry on the reference list page. */
  source: (lang: Lang, id: string) => `${prefix(lang)}/${SEGMENTS.sources[lang]}/#${id}`,
  glossary: (lang: Lang) => `${prefix(lang)}/${SEGMENTS.glossary[lang]}/`,
  term: (lang: Lang, id: string) => `${prefix(lang)}/${SEGMENTS.glossary[lang]}/#${id}`,
  search: (lang: Lang) => `${prefix(lang)}/${SEGMENTS.search[lang]}/`,
  privacy: (lang: Lang) => `${prefix(lang)}/${SEGMENTS.privacy[lang]}/`,
  newsletter: (lang: Lang) => `${prefix(lang)}/newsletter/`,
  /** Where a signup sent without JavaScript lands: "check your inbox". */
  newsletterThanks: (lang: Lang) => `${prefix(lang)}/newsletter/${SEGMENTS.thanks[lang]}/`,
  /** The on-demand page a confirmation mail links to (`?t=` token), with its confirm button. */
  newsletterConfirm: (lang: Lang) => `${prefix(lang)}/newsletter/${SEGMENTS.confirm[lang]}/`,
  /** The on-demand `List-Unsubscribe` page (`?t=` token): a button, or RFC 8058's one-click POST. */
  newsletterUnsubscribe: (lang: Lang) =>
    `${prefix(lang)}/newsletter/${SEGMENTS.unsubscribe[lang]}/`,
  /** The signup endpoint the newsletter form posts to, in both languages. */
  newsletterSubscribe: () => '/api/newsletter/subscribe',
  rss: (lang: Lang) => `${prefix(lang)}/rss.xml`,
  socialImage: (lang: Lang, slug: string) => `/og/${lang}/${slug}.png`,
};

/** The language a URL path belongs to: `/en` and `/en/…` are English, the rest French. */
export function langOfPath(pathname: string): Lang {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'fr';
}
