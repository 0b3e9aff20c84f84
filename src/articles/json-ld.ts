import { LOCALES, type Lang } from '../i18n/lang.ts';

/** What an article's structured data is made of, all already resolved to text and URLs. */
export interface ArticleFacts {
  lang: Lang;
  /** Typeset title and description, as the page shows them. */
  title: string;
  description: string;
  pubDate: Date;
  updatedDate?: Date | undefined;
  /** Absolute URLs of the page, its social image and its translation (when it has one). */
  url: string;
  image: string;
  translation?: string | undefined;
  tags: readonly string[];
  site: { name: string; url: string; author: string };
}

/**
 * The schema.org `BlogPosting` that search engines read from an article page: dates in ISO
 * form, `dateModified` falling back to the publication date, the translation as
 * `workTranslation`.
 * Example: an article of 2026-01-05 with no update → `dateModified: '2026-01-05T00:00:00.000Z'`.
 */
export function articleJsonLd(a: ArticleFacts): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: a.title,
    description: a.description,
    inLanguage: LOCALES[a.lang],
    datePublished: a.pubDate.toISOString(),
    dateModified: (a.updatedDate ?? a.pubDate).toISOString(),
    author: { '@type': 'Person', name: a.site.author },
    publisher: { '@type': 'Organization', name: a.site.name, url: a.site.url },
    image: a.image,
    mainEntityOfPage: a.url,
    url: a.url,
    keywords: a.tags.join(', '),
    ...(a.translation && { workTranslation: a.translation }),
  };
}
